import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface TextFieldProps extends Omit<
	InputHTMLAttributes< HTMLInputElement >,
	'id' | 'children'
> {
	label: string;
	/** Help shown under the input, linked with aria-describedby. */
	hint?: ReactNode;
	/** The field's error; marks the input invalid and describes it. */
	error?: string;
}

/**
 * A labelled input with its hint and error. The error is tied to the input through
 * aria-describedby and aria-invalid (forms move focus to the first invalid field), so it
 * is read with the field instead of interrupting as a separate alert.
 *
 * @param props Input attributes plus label, hint and error.
 */
export function TextField( props: TextFieldProps ) {
	const { label, hint, error, className, ...inputProps } = props;
	const id = useId();
	const hintId = `${ id }-hint`;
	const errorId = `${ id }-error`;
	const describedBy =
		[ error ? errorId : null, hint ? hintId : null ]
			.filter( Boolean )
			.join( ' ' ) || undefined;

	return (
		<div className={ [ 'field', className ].filter( Boolean ).join( ' ' ) }>
			<label htmlFor={ id }>{ label }</label>
			<input
				{ ...inputProps }
				id={ id }
				aria-invalid={ error ? true : undefined }
				aria-describedby={ describedBy }
			/>
			{ error && (
				<p className="field-error" id={ errorId }>
					{ error }
				</p>
			) }
			{ hint && (
				<p className="field-hint" id={ hintId }>
					{ hint }
				</p>
			) }
		</div>
	);
}
