import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useSetupStatus } from '../../hooks/useSetupStatus';
import {
	Link,
	homeFor,
	navigate,
	paths,
	safeNextPath,
	useLocation,
} from '../../router';
import { useCurrentSession } from '../../SessionProvider';
import { PendingButton } from '../../components/PendingButton';
import { ValidatedForm } from '../../components/ValidatedForm';

const FIELDS = [ 'email', 'password' ] as const;

/**
 * The sign-in failure as the person signing in should read it.
 *
 * @param error The failed login call.
 */
function loginErrorMessage( error: ApiError ): string {
	if ( error.status === 401 ) {
		return 'Invalid email or password';
	}
	if ( error.status === 429 ) {
		const seconds = error.retryAfterSeconds;
		if ( ! seconds ) {
			return 'Too many sign-in attempts. Wait a minute and try again.';
		}
		return seconds < 90
			? `Too many sign-in attempts. Try again in ${ Math.ceil(
					seconds
				) } seconds.`
			: `Too many sign-in attempts. Try again in ${ Math.ceil(
					seconds / 60
				) } minutes.`;
	}
	return error.message;
}

interface LoginScreenProps {
	/** From `/owner/unlock?token=…`: the e-mailed one-time link that lets the owner in while the account is locked. */
	unlockToken?: string;
}

/**
 * `/owner/login`: email and password; on success goes to `?next=` (if it is a dashboard
 * path) or the organizations list. Also `/owner/unlock?token=…` (the same form, sent with the
 * unlock link's token).
 *
 * @param props
 * @param props.unlockToken
 */
export function LoginScreen( { unlockToken }: LoginScreenProps = {} ) {
	const api = useApi();
	const session = useCurrentSession();
	const { query } = useLocation();
	const setupStatus = useSetupStatus();
	const login = useAsyncAction( api.login );
	const form = useFormErrors( FIELDS );
	const [ email, setEmail ] = useState( '' );
	const [ password, setPassword ] = useState( '' );
	const [ formError, setFormError ] = useState< string >();

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( login.pending ) {
			return;
		}
		const missing: Record< string, string > = {};
		if ( ! email.trim() ) {
			missing.email = 'Enter your email address.';
		}
		if ( ! password ) {
			missing.password = 'Enter your password.';
		}
		form.show( missing );
		setFormError( undefined );
		if ( Object.keys( missing ).length > 0 ) {
			return;
		}

		const result = await login.run( {
			email: email.trim(),
			password,
			...( unlockToken ? { unlockToken } : {} ),
		} );
		if ( result.ok ) {
			navigate(
				safeNextPath(
					query.get( 'next' ),
					homeFor( result.value.user )
				),
				{ replace: true }
			);
			session.signedIn( result.value );
		} else if ( ! form.showApiError( result.error ) ) {
			setFormError( loginErrorMessage( result.error ) );
		}
	};

	return (
		<AuthLayout>
			<Page title={ unlockToken ? 'Unlock your account' : 'Sign in' }>
				{ unlockToken && (
					<p className="notice">
						Sign in with your password to use the one-time link we
						e-mailed you. It lets you in while sign-in is paused for
						your account, and unlocks the second step.
					</p>
				) }
				{ setupStatus.data?.needsSetup && (
					<p className="notice">
						This installation has no owner account yet. Open the
						setup link printed in the OmniOps server log to create
						it.
					</p>
				) }
				<ValidatedForm
					form={ form }
					onSubmit={ handleSubmit }
					error={ formError }
				>
					<TextField
						label="Email"
						type="email"
						name="email"
						autoComplete="username"
						value={ email }
						error={ form.errors.email }
						onChange={ ( event ) => {
							setEmail( event.target.value );
							form.clear( 'email' );
						} }
					/>
					<TextField
						label="Password"
						type="password"
						name="password"
						autoComplete="current-password"
						value={ password }
						error={ form.errors.password }
						onChange={ ( event ) => {
							setPassword( event.target.value );
							form.clear( 'password' );
						} }
					/>
					<PendingButton
						pending={ login.pending }
						size="block"
						pendingLabel="Signing in…"
					>
						Sign in
					</PendingButton>
				</ValidatedForm>
				<p>
					<Link to={ paths.forgotPassword }>
						Forgot your password?
					</Link>
				</p>
			</Page>
		</AuthLayout>
	);
}
