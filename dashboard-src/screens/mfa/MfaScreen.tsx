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
import type { Session, TotpEnrolment } from '../../types';

/**
 * The wrong-code message as the person signing in should read it.
 *
 * @param error The failed call.
 */
function codeErrorMessage( error: ApiError ): string {
	if ( error.code === 'mfa_attempts_exhausted' ) {
		return 'Too many wrong codes. Sign in again.';
	}
	if ( error.status === 401 ) {
		return 'That code is not valid. Codes change every 30 seconds and work once.';
	}
	return (
		error.fieldErrors.code ?? error.fieldErrors.backupCode ?? error.message
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

/**
 * The second sign-in step for an enrolled user: the authenticator's code, or a backup
 * code when the authenticator is lost (then re-enrol under Account).
 */
function ChallengeForm() {
	const api = useApi();
	const session = useCurrentSession();
	const [ useBackup, setUseBackup ] = useState( false );
	const [ value, setValue ] = useState( '' );
	const [ message, setMessage ] = useState< string >();
	const challenge = useAsyncAction( api.mfaChallenge );

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( challenge.pending || ! value.trim() ) {
			setMessage( value.trim() ? undefined : 'Enter the code.' );
			return;
		}
		const result = await challenge.run(
			useBackup
				? { backupCode: value.trim() }
				: { code: value.replace( /\s/g, '' ) }
		);
		if ( result.ok ) {
			session.signedIn( result.value );
		} else if ( result.error.code === 'mfa_attempts_exhausted' ) {
			navigate( paths.login(), { replace: true } );
			session.signedOut();
		} else {
			setMessage( codeErrorMessage( result.error ) );
		}
	};

	return (
		<Page
			title="Two-step verification"
			description={
				useBackup
					? 'Enter one of your backup codes. Each code works once.'
					: 'Enter the 6-digit code from your authenticator app.'
			}
		>
			<form className="form" onSubmit={ handleSubmit } noValidate>
				{ message && <ErrorAlert>{ message }</ErrorAlert> }
				<TextField
					key={ useBackup ? 'backup' : 'code' }
					label={ useBackup ? 'Backup code' : 'Authentication code' }
					name={ useBackup ? 'backupCode' : 'code' }
					inputMode={ useBackup ? 'text' : 'numeric' }
					autoComplete="one-time-code"
					value={ value }
					onChange={ ( event ) => setValue( event.target.value ) }
				/>
				<button
					type="submit"
					className="button button-primary button-block"
					aria-disabled={ challenge.pending || undefined }
				>
					{ challenge.pending ? 'Verifying…' : 'Verify' }
				</button>
			</form>
			<p>
				<button
					type="button"
					className="button button-link"
					onClick={ () => {
						setUseBackup( ! useBackup );
						setValue( '' );
						setMessage( undefined );
					} }
				>
					{ useBackup
						? 'Use the authenticator app instead'
						: 'Lost your authenticator? Use a backup code' }
				</button>
			</p>
			<SignOutLink />
		</Page>
	);
}

export interface EnrolmentProps {
	/** Called with the verified session once the backup codes have been acknowledged. */
	onDone: ( session: Session ) => void;
	title?: string;
}

/**
 * Authenticator enrolment: a QR code and the same secret as text (for apps without a
 * camera), a first code to prove it works, then the ten backup codes, shown once.
 *
 * @param props Enrolment props.
 */
export function TotpEnrolmentForm( props: EnrolmentProps ) {
	const { onDone, title = 'Set up two-step verification' } = props;
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
			<Page
				title="Save your backup codes"
				description="Each code signs you in once if you lose your authenticator. Store them somewhere safe: they are not shown again."
			>
				<ul className="backup-codes" aria-label="Backup codes">
					{ done.backupCodes.map( ( backupCode ) => (
						<li key={ backupCode }>
							<code>{ backupCode }</code>
						</li>
					) ) }
				</ul>
				<button
					type="button"
					className="button button-primary"
					onClick={ () => onDone( done ) }
				>
					I have saved my backup codes
				</button>
			</Page>
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
			<form className="form" onSubmit={ handleSubmit } noValidate>
				<TextField
					label="Secret key"
					readOnly
					value={ enrolment.secret }
					hint="For apps without a camera: enter this key, time-based, 6 digits."
				/>
				{ message && <ErrorAlert>{ message }</ErrorAlert> }
				<TextField
					label="Authentication code"
					name="code"
					inputMode="numeric"
					autoComplete="one-time-code"
					value={ code }
					onChange={ ( event ) => setCode( event.target.value ) }
				/>
				<button
					type="submit"
					className="button button-primary button-block"
					aria-disabled={ activate.pending || undefined }
				>
					{ activate.pending
						? 'Checking…'
						: 'Turn on two-step verification' }
				</button>
			</form>
		</Page>
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
				<>
					<TotpEnrolmentForm onDone={ session.signedIn } />
					<SignOutLink />
				</>
			) }
		</AuthLayout>
	);
}
