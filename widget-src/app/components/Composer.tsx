import { forwardRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { MAX_MESSAGE_LENGTH } from '../hooks/useMessageState';

export interface ComposerProps {
	onSend: ( text: string ) => void;
	/** False until a conversation exists; typing is still allowed. */
	canSend: boolean;
	label: string;
	placeholder: string;
	sendLabel: string;
}

// Keeps the textarea as tall as its text, up to the CSS max-height.
function fitHeight( textarea: HTMLTextAreaElement ) {
	textarea.style.height = 'auto';
	textarea.style.height = `${ textarea.scrollHeight + 2 }px`;
}

/**
 * The message box: Enter sends, Shift+Enter starts a new line, Send is disabled while
 * the box is empty. The ref reaches the textarea, so the app can focus it on open.
 */
export const Composer = forwardRef< HTMLTextAreaElement, ComposerProps >(
	function ComposerBox(
		{ onSend, canSend, label, placeholder, sendLabel },
		ref
	) {
		const [ text, setText ] = useState( '' );
		const sendable = canSend && text.trim().length > 0;

		const submit = ( form: HTMLFormElement | null ) => {
			if ( sendable ) {
				onSend( text );
				setText( '' );
				const textarea = form?.querySelector( 'textarea' );
				if ( textarea ) {
					textarea.style.height = '';
				}
			}
		};

		const onSubmit = ( event: FormEvent< HTMLFormElement > ) => {
			event.preventDefault();
			submit( event.currentTarget );
		};

		const onKeyDown = ( event: KeyboardEvent< HTMLTextAreaElement > ) => {
			// isComposing: Enter that confirms an IME candidate (Japanese, Chinese…) is not a send.
			if (
				event.key === 'Enter' &&
				! event.shiftKey &&
				! event.nativeEvent.isComposing
			) {
				event.preventDefault();
				submit( event.currentTarget.form );
			}
		};

		return (
			<form className="oo-composer" onSubmit={ onSubmit }>
				<label className="oo-sr" htmlFor="oo-input">
					{ label }
				</label>
				<textarea
					id="oo-input"
					ref={ ref }
					className="oo-input"
					rows={ 1 }
					maxLength={ MAX_MESSAGE_LENGTH }
					placeholder={ placeholder }
					value={ text }
					onChange={ ( event ) => {
						setText( event.target.value );
						fitHeight( event.target );
					} }
					onKeyDown={ onKeyDown }
				/>
				<button
					type="submit"
					className="oo-send"
					disabled={ ! sendable }
				>
					{ sendLabel }
				</button>
			</form>
		);
	}
);
