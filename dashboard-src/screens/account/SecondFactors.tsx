import { CodeEntryForm } from '../../components/CodeEntryForm';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import type { MfaStatus, SmsSent } from '../../types';
import type { BackupCodes, MfaReply } from '../../../contracts/auth';
import { TextedCodeNotice, smsErrorMessage } from '../mfa/SmsEnrolmentForm';
import { PendingButton } from '../../components/PendingButton';

type Method = 'totp' | 'sms';

const METHOD_NAME: Record< Method, string > = {
	totp: 'authenticator app',
	sms: 'text messages',
};

export interface SecondFactorsProps {
	mfa: MfaStatus;
	/** Opens the set-up (or replacement) form of a factor. */
	onSetup: ( method: Method ) => void;
	/** A factor or the backup codes changed: the new status and what to announce. */
	onChanged: ( mfa: MfaStatus, message: string ) => void;
}

/**
 * Removing a factor asks first, inline: the question and its buttons replace the Remove
 * button, and focus moves to the question's first answer so keyboard and screen-reader
 * users land on it.
 *
 * @param props          Props.
 * @param props.method   The factor to remove.
 * @param props.onRemove Does the removal.
 * @param props.pending  A removal is in flight.
 */
function RemoveFactor( props: {
	method: Method;
	onRemove: () => Promise< boolean >;
	pending: boolean;
} ) {
	const { method, onRemove, pending } = props;
	const [ asking, setAsking ] = useState( false );
	const confirmRef = useRef< HTMLButtonElement >( null );
	useEffect( () => {
		if ( asking ) {
			confirmRef.current?.focus();
		}
	}, [ asking ] );
	if ( ! asking ) {
		return (
			<button
				type="button"
				className="button button-secondary"
				onClick={ () => setAsking( true ) }
			>
				{ method === 'totp'
					? 'Remove authenticator'
					: 'Remove text messages' }
			</button>
		);
	}
	return (
		<div role="group" aria-label={ `Remove ${ METHOD_NAME[ method ] }?` }>
			<p>
				Remove { METHOD_NAME[ method ] } as a way to sign in? It stops
				working at once.
			</p>
			<div className="form-inline-row">
				<PendingButton
					ref={ confirmRef }
					onClick={ async () => {
						if ( ! pending && ( await onRemove() ) ) {
							setAsking( false );
						}
					} }
					pending={ pending }
				>
					Yes, remove
				</PendingButton>
				<button
					type="button"
					className="button button-secondary"
					onClick={ () => setAsking( false ) }
				>
					Keep it
				</button>
			</div>
		</div>
	);
}

/**
 * New backup codes, proven with a current code from a confirmed factor (authenticator
 * code, or a code texted on request).
 *
 * @param props           Props.
 * @param props.mfa       The current status.
 * @param props.onChanged Reports the new status.
 */
function BackupCodes( props: {
	mfa: MfaStatus;
	onChanged: SecondFactorsProps[ 'onChanged' ];
} ) {
	const { mfa, onChanged } = props;
	const api = useApi();
	const [ proofMethod, setProofMethod ] = useState< Method >(
		mfa.methods[ 0 ] ?? 'totp'
	);
	const [ code, setCode ] = useState( '' );
	const [ sent, setSent ] = useState< SmsSent >();
	const [ message, setMessage ] = useState< string >();
	const [ newCodes, setNewCodes ] = useState< string[] >();
	const regenerate = useAsyncAction(
		( proof: { code: string } | { smsCode: string } ) =>
			api.request< BackupCodes >( 'POST', '/api/auth/mfa/backup-codes', {
				body: proof,
				expectUnauthorized: true,
			} )
	);
	const sendSms = useAsyncAction( () =>
		api.request< SmsSent >( 'POST', '/api/auth/mfa/sms/challenge' )
	);

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		const digits = code.replace( /\s/g, '' );
		const result = await regenerate.run(
			proofMethod === 'sms' ? { smsCode: digits } : { code: digits }
		);
		if ( result.ok ) {
			setNewCodes( result.value.backupCodes );
			setCode( '' );
			setMessage( undefined );
			onChanged(
				{ ...mfa, backupCodesLeft: result.value.backupCodes.length },
				'New backup codes are ready; the old ones no longer work.'
			);
		} else {
			setMessage(
				result.error.status === 401
					? 'That code is not valid. Each code works once.'
					: smsErrorMessage( result.error )
			);
		}
	};

	return (
		<div className="factor">
			<h3>Backup codes</h3>
			<p>{ mfa.backupCodesLeft } unused backup codes left.</p>
			<CodeEntryForm
				fieldKey={ proofMethod }
				label={
					proofMethod === 'sms'
						? 'Code from the text message'
						: 'Code from your authenticator'
				}
				value={ code }
				onChange={ setCode }
				onSubmit={ handleSubmit }
				message={ message }
				pending={ regenerate.pending }
				submitLabel="Make new backup codes"
				submitClassName="button button-secondary"
			>
				{ mfa.methods.length > 1 && (
					<fieldset className="field method-choice">
						<legend>Confirm with</legend>
						{ mfa.methods.map( ( method ) => (
							<div key={ method } className="choice">
								<input
									id={ `backup-proof-${ method }` }
									type="radio"
									name="backup-proof"
									checked={ proofMethod === method }
									onChange={ () => {
										setProofMethod( method );
										setCode( '' );
									} }
								/>
								<label htmlFor={ `backup-proof-${ method }` }>
									{ method === 'totp'
										? 'Authenticator app'
										: 'Text message' }
								</label>
							</div>
						) ) }
					</fieldset>
				) }
				{ proofMethod === 'sms' && (
					<div>
						{ sent && <TextedCodeNotice sent={ sent } /> }
						<button
							type="button"
							className="button button-secondary"
							onClick={ async () => {
								const result = await sendSms.run();
								if ( result.ok ) {
									setSent( result.value );
								} else {
									setMessage(
										smsErrorMessage( result.error )
									);
								}
							} }
						>
							{ sent ? 'Send a new code' : 'Text me a code' }
						</button>
					</div>
				) }
			</CodeEntryForm>
			{ newCodes && (
				<ul className="backup-codes" aria-label="New backup codes">
					{ newCodes.map( ( backupCode ) => (
						<li key={ backupCode }>
							<code>{ backupCode }</code>
						</li>
					) ) }
				</ul>
			) }
		</div>
	);
}

/**
 * The factors section of the account page: each factor with its state and actions, then
 * the backup codes. Platform staff cannot remove their last factor (the server says so).
 *
 * @param props Props.
 */
export function SecondFactors( props: SecondFactorsProps ) {
	const { mfa, onSetup, onChanged } = props;
	const api = useApi();
	const remove = useAsyncAction( ( method: Method ) =>
		api.request< MfaReply >( 'DELETE', `/api/auth/mfa/${ method }` )
	);
	const hasTotp = mfa.methods.includes( 'totp' );
	const hasSms = mfa.methods.includes( 'sms' );
	let smsState = 'Not available: this server has no SMS provider.';
	if ( hasSms ) {
		smsState = `On: codes go to the number ending ${ mfa.smsPhoneEnding }.`;
	} else if ( mfa.smsAvailable ) {
		smsState = 'Not set up.';
	}

	const removeFactor = async ( method: Method ) => {
		const result = await remove.run( method );
		if ( result.ok ) {
			onChanged(
				result.value.mfa,
				method === 'totp'
					? 'The authenticator app is removed.'
					: 'Text messages are removed.'
			);
		}
		return result.ok;
	};

	return (
		<section className="card" aria-labelledby="mfa-heading">
			<h2 id="mfa-heading">Two-step verification</h2>
			<p>
				{ mfa.enrolled
					? `On. ${ mfa.backupCodesLeft } unused backup codes left.`
					: 'Off.' }
			</p>
			{ remove.error && (
				<ErrorAlert>{ remove.error.message }</ErrorAlert>
			) }
			<div className="factor">
				<h3>Authenticator app</h3>
				<p>{ hasTotp ? 'On.' : 'Not set up.' }</p>
				<div className="form-inline-row">
					<button
						type="button"
						className="button button-secondary"
						onClick={ () => onSetup( 'totp' ) }
					>
						{ hasTotp
							? 'Replace authenticator'
							: 'Set up an authenticator' }
					</button>
					{ hasTotp && (
						<RemoveFactor
							method="totp"
							pending={ remove.pending }
							onRemove={ () => removeFactor( 'totp' ) }
						/>
					) }
				</div>
			</div>
			<div className="factor">
				<h3>Text messages</h3>
				<p>{ smsState }</p>
				<div className="form-inline-row">
					{ mfa.smsAvailable && (
						<button
							type="button"
							className="button button-secondary"
							onClick={ () => onSetup( 'sms' ) }
						>
							{ hasSms
								? 'Change phone number'
								: 'Set up text messages' }
						</button>
					) }
					{ hasSms && (
						<RemoveFactor
							method="sms"
							pending={ remove.pending }
							onRemove={ () => removeFactor( 'sms' ) }
						/>
					) }
				</div>
			</div>
			{ mfa.enrolled && (
				<BackupCodes mfa={ mfa } onChanged={ onChanged } />
			) }
		</section>
	);
}
