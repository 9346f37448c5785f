import { CodeEntryForm } from '../../components/CodeEntryForm';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { BackupCodesPage } from './BackupCodesPage';
import type { Session, SmsSent } from '../../types';
import type { SmsActivated } from '../../../contracts/auth';
import { PendingButton } from '../../components/PendingButton';

/**
 * What went wrong with a texted code or number, as the person should read it.
 *
 * @param error The failed call.
 */
export function smsErrorMessage( error: ApiError ): string {
	if ( error.code === 'mfa_attempts_exhausted' ) {
		return 'Too many wrong codes. Sign in again.';
	}
	if ( error.status === 401 ) {
		return 'That code is not valid. Codes expire after 5 minutes and work once.';
	}
	if ( error.status === 429 ) {
		return 'A code was sent moments ago. Wait a little before asking for another.';
	}
	return (
		error.fieldErrors.phone ??
		error.fieldErrors.code ??
		error.fieldErrors.smsCode ??
		error.message
	);
}

/**
 * Where a texted code went (the number's last digits), and, with `lasting`, how long it works.
 *
 * @param props         Notice props.
 * @param props.sent    The server's answer to sending the code.
 * @param props.lasting Says the code works for 5 minutes.
 */
export function TextedCodeNotice( props: {
	sent: SmsSent;
	lasting?: boolean;
} ) {
	return (
		<p role="status">
			We texted a code to the number ending { props.sent.phoneEnding }.
			{ props.lasting && ' It works for 5 minutes.' }
		</p>
	);
}

/**
 * The way out of an enrolment started from the account page (none at sign-in).
 *
 * @param props          Cancel props.
 * @param props.onCancel Leaves the enrolment; without it nothing is shown.
 */
export function EnrolmentCancel( props: { onCancel?: () => void } ) {
	if ( ! props.onCancel ) {
		return null;
	}
	return (
		<p>
			<button
				type="button"
				className="button button-secondary"
				onClick={ props.onCancel }
			>
				Cancel
			</button>
		</p>
	);
}

export interface SmsEnrolmentProps {
	/** Called with the verified session once the number is confirmed (and backup codes acknowledged). */
	onDone: ( session: Session ) => void;
	onCancel?: () => void;
	title?: string;
}

type Activated = SmsActivated;

/**
 * Text-message enrolment: the number (international format), a texted code to prove it,
 * then — when it is the account's first factor — the ten backup codes, shown once.
 *
 * @param props Enrolment props.
 */
export function SmsEnrolmentForm( props: SmsEnrolmentProps ) {
	const { onDone, onCancel, title = 'Verify with text messages' } = props;
	const api = useApi();
	const [ phone, setPhone ] = useState( '' );
	const [ code, setCode ] = useState( '' );
	const [ sent, setSent ] = useState< SmsSent >();
	const [ message, setMessage ] = useState< string >();
	const [ done, setDone ] = useState< Activated >();
	const send = useAsyncAction( ( number: string ) =>
		api.request< SmsSent >( 'POST', '/api/auth/mfa/sms/enrolment', {
			body: { phone: number },
		} )
	);
	const activate = useAsyncAction( ( value: string ) =>
		api.request< Activated >( 'POST', '/api/auth/mfa/sms/activation', {
			body: { code: value },
			expectUnauthorized: true,
		} )
	);

	const sendCode = async () => {
		if ( send.pending ) {
			return;
		}
		const result = await send.run( phone.trim() );
		if ( result.ok ) {
			setSent( result.value );
			setMessage( undefined );
		} else {
			setMessage( smsErrorMessage( result.error ) );
		}
	};

	const handlePhone = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		await sendCode();
	};

	const handleCode = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( activate.pending ) {
			return;
		}
		const result = await activate.run( code.replace( /\s/g, '' ) );
		if ( ! result.ok ) {
			setMessage( smsErrorMessage( result.error ) );
			return;
		}
		api.setCsrfToken( result.value.csrfToken );
		if ( result.value.backupCodes ) {
			setDone( result.value );
		} else {
			onDone( result.value );
		}
	};

	if ( done?.backupCodes ) {
		return (
			<BackupCodesPage
				codes={ done.backupCodes }
				factorName="your phone"
				onContinue={ () => onDone( done ) }
			/>
		);
	}

	return (
		<Page
			title={ title }
			description="We text a 6-digit code to your phone each time you sign in."
		>
			{ message && <ErrorAlert>{ message }</ErrorAlert> }
			{ ! sent ? (
				<form className="form" onSubmit={ handlePhone } noValidate>
					<TextField
						label="Mobile number"
						name="phone"
						type="tel"
						autoComplete="tel"
						value={ phone }
						onChange={ ( event ) => setPhone( event.target.value ) }
						hint="International format with the country code, like +44 7700 900123."
					/>
					<PendingButton
						pending={ send.pending }
						pendingLabel="Sending…"
					>
						Text me a code
					</PendingButton>
				</form>
			) : (
				<CodeEntryForm
					label="Code from the text message"
					name="code"
					value={ code }
					onChange={ setCode }
					onSubmit={ handleCode }
					pending={ activate.pending }
					submitLabel="Confirm number"
					pendingLabel="Checking…"
					submitClassName="button button-primary"
					actions={
						<>
							<button
								type="button"
								className="button button-secondary"
								onClick={ sendCode }
							>
								Send a new code
							</button>
							<button
								type="button"
								className="button button-link"
								onClick={ () => {
									setSent( undefined );
									setCode( '' );
									setMessage( undefined );
								} }
							>
								Use another number
							</button>
						</>
					}
				>
					<TextedCodeNotice sent={ sent } lasting />
				</CodeEntryForm>
			) }
			<EnrolmentCancel onCancel={ onCancel } />
		</Page>
	);
}
