import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { TextField } from './TextField';

export interface CodeEntryFormProps {
	/** The code field's label (its accessible name). */
	label: string;
	value: string;
	onChange: ( value: string ) => void;
	onSubmit: ( event: FormEvent< HTMLFormElement > ) => void;
	/** The submit button's text. */
	submitLabel: ReactNode;
	/** The submit button's text while `pending` (the submit label when omitted). */
	pendingLabel?: ReactNode;
	/** A request is under way: the submit button is marked disabled. */
	pending: boolean;
	/** The error shown above the code field. */
	message?: string;
	/** The input's name (none when omitted). */
	name?: string;
	/** `numeric` for digit codes (the default), `text` for backup codes. */
	inputMode?: 'numeric' | 'text';
	/** Re-creates the field when it changes (a new method, a fresh input). */
	fieldKey?: string;
	/** The submit button's classes. */
	submitClassName?: string;
	/** Shown in the form before the error and the code field. */
	children?: ReactNode;
	/** More buttons beside the submit button, in one row. */
	actions?: ReactNode;
}

/**
 * The one form for entering a one-time code: the sign-in challenge (authenticator, text
 * message, backup code), confirming an authenticator or a phone, and the proof before new
 * backup codes. An error, the code field (one-time-code autofill) and a submit button.
 *
 * @param props What the form asks for and what it does with the code.
 */
export function CodeEntryForm( props: CodeEntryFormProps ) {
	const {
		label,
		value,
		onChange,
		onSubmit,
		submitLabel,
		pendingLabel,
		pending,
		message,
		name,
		inputMode = 'numeric',
		fieldKey,
		submitClassName = 'button button-primary button-block',
		children,
		actions,
	} = props;
	const submit = (
		<button
			type="submit"
			className={ submitClassName }
			aria-disabled={ pending || undefined }
		>
			{ pending && pendingLabel !== undefined
				? pendingLabel
				: submitLabel }
		</button>
	);
	return (
		<form className="form" onSubmit={ onSubmit } noValidate>
			{ children }
			{ message && <ErrorAlert>{ message }</ErrorAlert> }
			<TextField
				key={ fieldKey }
				label={ label }
				name={ name }
				inputMode={ inputMode }
				autoComplete="one-time-code"
				value={ value }
				onChange={ ( event ) => onChange( event.target.value ) }
			/>
			{ actions ? (
				<div className="form-inline-row">
					{ submit }
					{ actions }
				</div>
			) : (
				submit
			) }
		</form>
	);
}
