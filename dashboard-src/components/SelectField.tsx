import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface SelectFieldProps extends Omit<
	SelectHTMLAttributes< HTMLSelectElement >,
	'id'
> {
	label: string;
	/** Choices as value and label, listed after any written out as `children`. */
	options?: ReadonlyArray< { value: string; label: string } >;
	children?: ReactNode;
	/** Class of the wrapper (`field` by default). */
	wrapperClassName?: string;
}

/**
 * A labelled select (label tied by id), for the dashboard's forms, filters and switchers.
 *
 * @param props Select attributes plus label and choices.
 */
export function SelectField( props: SelectFieldProps ) {
	const {
		label,
		options = [],
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
				{ options.map( ( option ) => (
					<option key={ option.value } value={ option.value }>
						{ option.label }
					</option>
				) ) }
			</select>
		</div>
	);
}
