import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import type { IssuedConnectToken } from '../../types';
import { PendingButton } from '../../components/PendingButton';

export const CONNECT_TOKEN_INSTRUCTIONS =
	'Paste this token into OmniOps settings in your WordPress admin. It works once and expires in 24 hours.';

/**
 * Copies text with the Clipboard API, falling back to the selection + execCommand path
 * that still works where the API is missing (e.g. plain http outside localhost).
 *
 * @param text  Text to copy.
 * @param input The input that shows the same text.
 */
async function copyText(
	text: string,
	input: HTMLInputElement | null
): Promise< boolean > {
	try {
		if ( navigator.clipboard ) {
			await navigator.clipboard.writeText( text );
			return true;
		}
	} catch {
		// Permission denied or insecure context: try the fallback.
	}
	if ( ! input ) {
		return false;
	}
	input.select();
	try {
		return document.execCommand( 'copy' );
	} catch {
		return false;
	}
}

export interface NewConnectTokenProps {
	organizationId: string;
	/** Called after a token was created (e.g. to reload the token list). */
	onCreated: () => void;
}

/**
 * "Create connect token" and, once created, the token itself in a read-only field
 * with a Copy button. The value exists only in this component's state: it is shown once.
 *
 * @param props Component props.
 */
export function NewConnectToken( props: NewConnectTokenProps ) {
	const { organizationId, onCreated } = props;
	const api = useApi();
	const create = useAsyncAction( () =>
		api.createConnectToken( organizationId )
	);
	const [ issued, setIssued ] = useState< IssuedConnectToken >();
	const [ copyState, setCopyState ] = useState<
		'idle' | 'copied' | 'failed'
	>( 'idle' );
	const inputRef = useRef< HTMLInputElement >( null );

	useEffect( () => {
		if ( issued ) {
			inputRef.current?.focus();
		}
	}, [ issued ] );

	const handleCreate = async () => {
		if ( create.pending ) {
			return;
		}
		const result = await create.run();
		if ( result.ok ) {
			setCopyState( 'idle' );
			setIssued( result.value );
			onCreated();
		}
	};

	const handleCopy = async () => {
		if ( issued ) {
			const copied = await copyText( issued.token, inputRef.current );
			setCopyState( copied ? 'copied' : 'failed' );
		}
	};

	return (
		<div className="new-token">
			<PendingButton
				onClick={ handleCreate }
				pending={ create.pending }
				pendingLabel="Creating token…"
			>
				Create connect token
			</PendingButton>
			{ create.error && (
				<ErrorAlert>
					Could not create a connect token: { create.error.message }
				</ErrorAlert>
			) }
			{ issued && (
				<div className="token-panel">
					<label htmlFor="connect-token">Connect token</label>
					<div className="copy-field">
						<input
							ref={ inputRef }
							id="connect-token"
							type="text"
							readOnly
							value={ issued.token }
							aria-describedby="connect-token-instructions"
							onFocus={ ( event ) => event.target.select() }
						/>
						<button
							type="button"
							className="button button-secondary"
							onClick={ handleCopy }
						>
							Copy
						</button>
					</div>
					<p id="connect-token-instructions" className="field-hint">
						{ CONNECT_TOKEN_INSTRUCTIONS }
					</p>
					<p className="token-warning">
						This is the only time the token is shown.
					</p>
					<p role="status" className="status-message">
						{ copyState === 'copied' && 'Copied to the clipboard.' }
						{ copyState === 'failed' &&
							'Could not copy. Select the token and copy it by hand.' }
					</p>
				</div>
			) }
		</div>
	);
}
