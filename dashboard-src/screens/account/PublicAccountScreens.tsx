/**
 * Screens reached from e-mailed links or by signed-out visitors: accepting an invitation,
 * asking for a password reset, and choosing a new password.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { Link, navigate, paths, useLocation } from '../../router';
import { useCurrentSession } from '../../SessionProvider';
import type { Session } from '../../types';
import type { InvitationInfo } from '../../../contracts/auth';
import { PASSWORD_MIN_LENGTH } from '../setup/SetupScreen';
import { PendingButton } from '../../components/PendingButton';

/** A new password as typed twice, and what is wrong with it (undefined: nothing). */
function useNewPassword() {
	const [ password, setPassword ] = useState( '' );
	const [ confirm, setConfirm ] = useState( '' );
	const problem = (): string | undefined => {
		if ( password.length < PASSWORD_MIN_LENGTH ) {
			return `Use at least ${ PASSWORD_MIN_LENGTH } characters.`;
		}
		if ( password !== confirm ) {
			return 'The passwords do not match.';
		}
		return undefined;
	};
	return { password, setPassword, confirm, setConfirm, problem };
}

/**
 * A new password typed twice (both fields `new-password`, so password managers offer one).
 *
 * @param props             Labels and the typed password.
 * @param props.label       The first field's label.
 * @param props.repeatLabel The second field's label.
 * @param props.hint        Help under the first field.
 * @param props.value       The password as typed (useNewPassword).
 */
function NewPasswordFields( props: {
	label: string;
	repeatLabel: string;
	hint?: string;
	value: ReturnType< typeof useNewPassword >;
} ) {
	const { value } = props;
	return (
		<>
			<TextField
				label={ props.label }
				type="password"
				autoComplete="new-password"
				value={ value.password }
				hint={ props.hint }
				onChange={ ( e ) => value.setPassword( e.target.value ) }
			/>
			<TextField
				label={ props.repeatLabel }
				type="password"
				autoComplete="new-password"
				value={ value.confirm }
				onChange={ ( e ) => value.setConfirm( e.target.value ) }
			/>
		</>
	);
}

/** `/owner/accept-invitation?token=…`: name and password for the invited account. */
export function AcceptInvitationScreen() {
	const api = useApi();
	const session = useCurrentSession();
	const token = useLocation().query.get( 'token' ) ?? '';
	const [ invitation, setInvitation ] = useState< InvitationInfo >();
	const [ invalid, setInvalid ] = useState< string >();
	const [ name, setName ] = useState( '' );
	const newPassword = useNewPassword();
	const [ message, setMessage ] = useState< string >();
	const accept = useAsyncAction(
		( input: { token: string; name: string; password: string } ) =>
			api.request< Session >( 'POST', '/api/auth/invitations/accept', {
				body: input,
				expectUnauthorized: true,
			} )
	);

	useEffect( () => {
		let current = true;
		api.request< InvitationInfo >(
			'GET',
			`/api/auth/invitation?token=${ encodeURIComponent( token ) }`,
			{ expectUnauthorized: true }
		).then(
			( value ) => current && setInvitation( value ),
			( error: Error ) => current && setInvalid( error.message )
		);
		return () => {
			current = false;
		};
	}, [ api, token ] );

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		const problem = name.trim()
			? newPassword.problem()
			: 'Enter your name.';
		setMessage( problem );
		if ( problem || accept.pending ) {
			return;
		}
		const result = await accept.run( {
			token,
			name: name.trim(),
			password: newPassword.password,
		} );
		if ( result.ok ) {
			navigate( paths.home, { replace: true } );
			session.signedIn( result.value );
		} else {
			setMessage( result.error.message );
		}
	};

	return (
		<AuthLayout>
			<Page title="Accept your invitation">
				{ invalid && <ErrorAlert>{ invalid }</ErrorAlert> }
				{ ! invalid && ! invitation && (
					<LoadingState label="Checking the invitation…" />
				) }
				{ invitation && (
					<form className="form" onSubmit={ handleSubmit } noValidate>
						<p>
							Create the account for{ ' ' }
							<strong>{ invitation.email }</strong>.
						</p>
						{ message && <ErrorAlert>{ message }</ErrorAlert> }
						<TextField
							label="Your name"
							autoComplete="name"
							value={ name }
							onChange={ ( e ) => setName( e.target.value ) }
						/>
						<NewPasswordFields
							label="Password"
							repeatLabel="Repeat the password"
							hint={ `At least ${ PASSWORD_MIN_LENGTH } characters.` }
							value={ newPassword }
						/>
						<PendingButton pending={ accept.pending } size="block">
							Create account
						</PendingButton>
					</form>
				) }
			</Page>
		</AuthLayout>
	);
}

/** `/owner/forgot-password`: asks for a reset link. The answer never tells whether the account exists. */
export function ForgotPasswordScreen() {
	const api = useApi();
	const [ email, setEmail ] = useState( '' );
	const [ sent, setSent ] = useState( false );
	const request = useAsyncAction( ( value: string ) =>
		api.request( 'POST', '/api/auth/password-reset', {
			body: { email: value },
		} )
	);
	return (
		<AuthLayout>
			<Page title="Reset your password">
				{ sent ? (
					<p role="status">
						If an account exists for { email }, a link to choose a
						new password is on its way. It works once, for one hour.
					</p>
				) : (
					<form
						className="form"
						noValidate
						onSubmit={ async ( event ) => {
							event.preventDefault();
							if ( ( await request.run( email.trim() ) ).ok ) {
								setSent( true );
							}
						} }
					>
						{ request.error && (
							<ErrorAlert>
								{ request.error.fieldErrors.email ??
									request.error.message }
							</ErrorAlert>
						) }
						<TextField
							label="Email"
							type="email"
							autoComplete="username"
							value={ email }
							onChange={ ( e ) => setEmail( e.target.value ) }
						/>
						<button
							type="submit"
							className="button button-primary button-block"
						>
							Send reset link
						</button>
					</form>
				) }
				<p>
					<Link to={ paths.login() }>Back to sign in</Link>
				</p>
			</Page>
		</AuthLayout>
	);
}

/** `/owner/reset-password?token=…`: the new password; every session of the account ends. */
export function ResetPasswordScreen() {
	const api = useApi();
	const token = useLocation().query.get( 'token' ) ?? '';
	const newPassword = useNewPassword();
	const [ message, setMessage ] = useState< string >();
	const [ done, setDone ] = useState( false );
	const complete = useAsyncAction( ( value: string ) =>
		api.request( 'POST', '/api/auth/password-reset/complete', {
			body: { token, password: value },
			expectUnauthorized: true,
		} )
	);
	return (
		<AuthLayout>
			<Page title="Choose a new password">
				{ done ? (
					<p role="status">
						Your password is changed and every session was signed
						out. <Link to={ paths.login() }>Sign in</Link>
					</p>
				) : (
					<form
						className="form"
						noValidate
						onSubmit={ async ( event ) => {
							event.preventDefault();
							const problem = newPassword.problem();
							setMessage( problem );
							if ( problem ) {
								return;
							}
							const result = await complete.run(
								newPassword.password
							);
							if ( result.ok ) {
								setDone( true );
							} else {
								setMessage( result.error.message );
							}
						} }
					>
						{ message && <ErrorAlert>{ message }</ErrorAlert> }
						<NewPasswordFields
							label="New password"
							repeatLabel="Repeat the new password"
							value={ newPassword }
						/>
						<button
							type="submit"
							className="button button-primary button-block"
						>
							Change password
						</button>
					</form>
				) }
			</Page>
		</AuthLayout>
	);
}
