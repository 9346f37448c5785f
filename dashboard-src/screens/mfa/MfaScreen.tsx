import { CodeEntryForm } from '../../components/CodeEntryForm';
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { navigate, paths } from '../../router';
import { useCurrentSession } from '../../SessionProvider';
import type { Session, SmsSent, TotpEnrolment } from '../../types';
import { BackupCodesPage } from './BackupCodesPage';
import {
	EnrolmentCancel,
	SmsEnrolmentForm,
	TextedCodeNotice,
	smsErrorMessage,
} from './SmsEnrolmentForm';
import { PendingButton } from '../../components/PendingButton';

/**
 * "45 seconds", "4 minutes": how long to wait, as a person reads it.
 *
 * @param seconds Retry-After, when the server sent one.
 */
function waitText( seconds: number | undefined ): string {
	if ( ! seconds || seconds < 90 ) {
		return `${ Math.max( 1, Math.ceil( seconds ?? 60 ) ) } seconds`;
	}
	return `${ Math.ceil( seconds / 60 ) } minutes`;
}

/**
 * The wrong-code message as the person signing in should read it.
 *
 * @param error The failed call.
 */
function codeErrorMessage( error: ApiError ): string {
	if ( error.code === 'mfa_attempts_exhausted' ) {
		return 'Too many wrong codes. Sign in again.';
	}
	// Wrong codes count per account (ADR 0020): growing waits, then a lock with an e-mail.
	if ( error.code === 'mfa_wait' ) {
		return `Too many wrong codes. Try again in ${ waitText(
			error.retryAfterSeconds
		) }.`;
	}
	if ( error.code === 'mfa_locked' ) {
		return 'Too many wrong codes: the second step is locked for 24 hours. We e-mailed you a link to unlock it. If you did not try to sign in, someone knows your password: reset it.';
	}
	if ( error.status === 401 ) {
		return 'That code is not valid. Codes change every 30 seconds and work once.';
	}
	return (
		error.fieldErrors.code ??
		error.fieldErrors.smsCode ??
		error.fieldErrors.backupCode ??
		error.message
	);
}

/** "Sign out" for someone stuck at the second step. */
function SignOutLink() {
	const api = useApi();
	const session = useCurrentSession();
	return (
		<button
			type="button"
			className="button button-secondary"
			onClick={ async () => {
				await api.logout().catch( () => undefined );
				navigate( paths.login(), { replace: true } );
				session.signedOut();
			} }
		>
			Sign out
		</button>
	);
}

type ChallengeMethod = 'totp' | 'sms' | 'backup';

const METHOD_HINT: Record< ChallengeMethod, string > = {
	totp: 'Enter the 6-digit code from your authenticator app.',
	sms: 'We text a 6-digit code to your phone.',
	backup: 'Enter one of your backup codes. Each code works once.',
};

/**
 * After a backup code: say how many are left and offer to set up a new factor at once
 * (the recovery path: backup code, then re-enrol under Account).
 *
 * @param props         Props.
 * @param props.session The verified session the backup code opened.
 */
function RecoveryNotice( props: { session: Session } ) {
	const { session: verified } = props;
	const session = useCurrentSession();
	return (
		<Page
			title="Signed in with a backup code"
			description={ `You have ${ verified.mfa.backupCodesLeft } backup codes left.` }
		>
			<p>
				If you lost your authenticator app or phone, set up a new second
				factor now: the lost one keeps working for whoever has it until
				you replace or remove it.
			</p>
			<div className="form-inline-row">
				<button
					type="button"
					className="button button-primary"
					onClick={ () => {
						navigate( paths.account, { replace: true } );
						session.signedIn( verified );
					} }
				>
					Set up a new second factor
				</button>
				<button
					type="button"
					className="button button-secondary"
					onClick={ () => session.signedIn( verified ) }
				>
					Continue
				</button>
			</div>
		</Page>
	);
}

/**
 * The second sign-in step for an enrolled user: a choice of the confirmed factors
 * (authenticator code, a code by text message) or a backup code when those are lost.
 */
function ChallengeForm() {
	const api = useApi();
	const session = useCurrentSession();
	const mfa = session.data!.mfa;
	const [ method, setMethod ] = useState< ChallengeMethod >(
		mfa.methods[ 0 ] ?? 'backup'
	);
	const [ value, setValue ] = useState( '' );
	const [ message, setMessage ] = useState< string >();
	const [ sent, setSent ] = useState< SmsSent >();
	const [ recovered, setRecovered ] = useState< Session >();
	const challenge = useAsyncAction( api.mfaChallenge );
	const sendSms = useAsyncAction( () =>
		api.request< SmsSent >( 'POST', '/api/auth/mfa/sms/challenge' )
	);
	// The confirmed factors to choose from; backup codes are the fallback link below.
	const options: Array< { id: ChallengeMethod; label: string } > = [
		...( mfa.methods.includes( 'totp' )
			? [ { id: 'totp' as const, label: 'Authenticator app' } ]
			: [] ),
		...( mfa.methods.includes( 'sms' )
			? [
					{
						id: 'sms' as const,
						label: `Text message to the number ending ${ mfa.smsPhoneEnding }`,
					},
				]
			: [] ),
	];
	const choose = ( next: ChallengeMethod ) => {
		setMethod( next );
		setValue( '' );
		setMessage( undefined );
	};

	if ( recovered ) {
		return <RecoveryNotice session={ recovered } />;
	}

	const handleSend = async () => {
		const result = await sendSms.run();
		if ( result.ok ) {
			setSent( result.value );
			setMessage( undefined );
		} else {
			setMessage( smsErrorMessage( result.error ) );
		}
	};

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( challenge.pending || ! value.trim() ) {
			setMessage( value.trim() ? undefined : 'Enter the code.' );
			return;
		}
		const digits = value.replace( /\s/g, '' );
		const proofs = {
			backup: { backupCode: value.trim() },
			sms: { smsCode: digits },
			totp: { code: digits },
		};
		const proof = proofs[ method ];
		const result = await challenge.run( proof );
		if ( result.ok ) {
			if ( method === 'backup' ) {
				setRecovered( result.value );
			} else {
				session.signedIn( result.value );
			}
		} else if ( result.error.code === 'mfa_attempts_exhausted' ) {
			navigate( paths.login(), { replace: true } );
			session.signedOut();
		} else {
			setMessage( codeErrorMessage( result.error ) );
		}
	};

	const fieldLabel = {
		totp: 'Authentication code',
		sms: 'Code from the text message',
		backup: 'Backup code',
	}[ method ];

	return (
		<Page
			title="Two-step verification"
			description={ METHOD_HINT[ method ] }
		>
			{ options.length > 1 && method !== 'backup' && (
				<fieldset className="field method-choice">
					<legend>How do you want to verify?</legend>
					{ options.map( ( option ) => (
						<div key={ option.id } className="choice">
							<input
								id={ `mfa-method-${ option.id }` }
								type="radio"
								name="mfa-method"
								value={ option.id }
								checked={ method === option.id }
								onChange={ () => choose( option.id ) }
							/>
							<label htmlFor={ `mfa-method-${ option.id }` }>
								{ option.label }
							</label>
						</div>
					) ) }
				</fieldset>
			) }
			{ method === 'sms' && (
				<div className="form">
					{ sent && <TextedCodeNotice sent={ sent } lasting /> }
					<PendingButton
						onClick={ handleSend }
						pending={ sendSms.pending }
						variant="secondary"
					>
						{ sent ? 'Send a new code' : 'Text me a code' }
					</PendingButton>
				</div>
			) }
			<CodeEntryForm
				fieldKey={ method }
				label={ fieldLabel }
				name={ method === 'backup' ? 'backupCode' : 'code' }
				inputMode={ method === 'backup' ? 'text' : 'numeric' }
				value={ value }
				onChange={ setValue }
				onSubmit={ handleSubmit }
				message={ message }
				pending={ challenge.pending }
				submitLabel="Verify"
				pendingLabel="Verifying…"
			/>
			<p>
				<button
					type="button"
					className="button button-link"
					onClick={ () =>
						choose(
							method === 'backup'
								? ( options[ 0 ]?.id ?? 'backup' )
								: 'backup'
						)
					}
				>
					{ method !== 'backup'
						? 'Lost your authenticator or phone? Use a backup code'
						: 'Use your authenticator app or phone instead' }
				</button>
			</p>
			<SignOutLink />
		</Page>
	);
}

export interface EnrolmentProps {
	/** Called with the verified session once the backup codes have been acknowledged. */
	onDone: ( session: Session ) => void;
	onCancel?: () => void;
	title?: string;
}

/**
 * Authenticator enrolment: a QR code and the same secret as text (for apps without a
 * camera), a first code to prove it works, then the ten backup codes, shown once.
 *
 * @param props Enrolment props.
 */
export function TotpEnrolmentForm( props: EnrolmentProps ) {
	const { onDone, onCancel, title = 'Set up two-step verification' } = props;
	const api = useApi();
	const [ enrolment, setEnrolment ] = useState< TotpEnrolment >();
	const [ startError, setStartError ] = useState< string >();
	const [ code, setCode ] = useState( '' );
	const [ message, setMessage ] = useState< string >();
	const [ done, setDone ] = useState< Session & { backupCodes: string[] } >();
	const activate = useAsyncAction( api.activateTotp );

	useEffect( () => {
		let current = true;
		api.startTotpEnrolment().then(
			( value ) => current && setEnrolment( value ),
			( error: Error ) => current && setStartError( error.message )
		);
		return () => {
			current = false;
		};
	}, [ api ] );

	if ( startError ) {
		return (
			<ErrorAlert>Could not start the set-up: { startError }</ErrorAlert>
		);
	}
	if ( ! enrolment ) {
		return <LoadingState label="Preparing your authenticator set-up…" />;
	}
	if ( done ) {
		return (
			<BackupCodesPage
				codes={ done.backupCodes }
				factorName="your authenticator"
				onContinue={ () => onDone( done ) }
			/>
		);
	}

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( activate.pending ) {
			return;
		}
		const result = await activate.run( code.replace( /\s/g, '' ) );
		if ( result.ok ) {
			setDone( result.value );
		} else {
			setMessage( codeErrorMessage( result.error ) );
		}
	};

	return (
		<Page
			title={ title }
			description="Scan the QR code with an authenticator app (Google Authenticator, 1Password, Authy, FreeOTP …), or type the secret key into it. Then enter the 6-digit code it shows."
		>
			<img
				className="qr-code"
				width={ 200 }
				height={ 200 }
				src={ `data:image/svg+xml;charset=utf-8,${ encodeURIComponent(
					enrolment.qrSvg
				) }` }
				alt="QR code for your authenticator app"
			/>
			<CodeEntryForm
				label="Authentication code"
				name="code"
				value={ code }
				onChange={ setCode }
				onSubmit={ handleSubmit }
				message={ message }
				pending={ activate.pending }
				submitLabel="Turn on two-step verification"
				pendingLabel="Checking…"
			>
				<TextField
					label="Secret key"
					readOnly
					value={ enrolment.secret }
					hint="For apps without a camera: enter this key, time-based, 6 digits."
				/>
			</CodeEntryForm>
			<EnrolmentCancel onCancel={ onCancel } />
		</Page>
	);
}

/**
 * First factor for someone who must have one: an authenticator app (recommended) or, when
 * the server can send them, text messages.
 */
function EnrolmentChoice() {
	const session = useCurrentSession();
	const [ method, setMethod ] = useState< 'totp' | 'sms' >( 'totp' );
	const smsAvailable = session.data?.mfa.smsAvailable;
	return (
		<>
			{ method === 'sms' && smsAvailable ? (
				<SmsEnrolmentForm
					title="Set up two-step verification"
					onDone={ session.signedIn }
				/>
			) : (
				<TotpEnrolmentForm onDone={ session.signedIn } />
			) }
			{ smsAvailable && (
				<p>
					<button
						type="button"
						className="button button-link"
						onClick={ () =>
							setMethod( method === 'sms' ? 'totp' : 'sms' )
						}
					>
						{ method === 'sms'
							? 'Use an authenticator app instead (recommended)'
							: 'No authenticator app? Use text messages instead' }
					</button>
				</p>
			) }
			<SignOutLink />
		</>
	);
}

/**
 * Shown instead of every dashboard screen while the session waits for its second factor:
 * the challenge for enrolled users, enrolment for platform staff who have none yet.
 */
export function MfaScreen() {
	const session = useCurrentSession();
	return (
		<AuthLayout>
			{ session.data?.mfa.enrolled ? (
				<ChallengeForm />
			) : (
				<EnrolmentChoice />
			) }
		</AuthLayout>
	);
}
