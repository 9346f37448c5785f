import type {
	FormEvent,
	FormHTMLAttributes,
	ReactNode,
	RefObject,
} from 'react';
import { ErrorAlert } from './ErrorAlert';

export interface ValidatedFormProps extends Omit<
	FormHTMLAttributes< HTMLFormElement >,
	'onSubmit'
> {
	/** The form's useFormErrors: its ref lets it focus the first invalid field. */
	form: { formRef: RefObject< HTMLFormElement > };
	onSubmit: ( event: FormEvent< HTMLFormElement > ) => void;
	/** A form-level message, shown above the fields while there is one. */
	error?: string;
	children: ReactNode;
}

/**
 * A dashboard form: checked by our own rules and the server's answer, never by the browser's
 * built-in validation (its bubbles are neither announced nor styled), so `noValidate`, with
 * useFormErrors' ref and any form-level error above the fields.
 *
 * @param props The form's errors hook, its submit handler, an error, and the form's own attributes.
 */
export function ValidatedForm( props: ValidatedFormProps ) {
	const { form, error, className = 'form', children, ...attributes } = props;
	return (
		<form
			ref={ form.formRef }
			className={ className }
			noValidate
			{ ...attributes }
		>
			{ error && <ErrorAlert>{ error }</ErrorAlert> }
			{ children }
		</form>
	);
}
