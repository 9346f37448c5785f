import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface SelectFieldProps extends Omit<
	SelectHTMLAttributes< HTMLSelectElement >,
	'id'
> {
	label: string;
	children: ReactNode;
	/** Class of the wrapper (`field` by default). */
	wrapperClassName?: string;
}

/**
 * A labelled select (label tied by id), for the organization area's forms and switcher.
 *
 * @param props Select attributes plus label.
 */
export function SelectField( props: SelectFieldProps ) {
	const {
		label,
		children,
		wrapperClassName = 'field',
		...selectProps
	} = props;
	const id = useId();
	return (
		<div className={ wrapperClassName }>
			<label htmlFor={ id }>{ label }</label>
			<select id={ id } { ...selectProps }>
				{ children }
			</select>
		</div>
	);
}
