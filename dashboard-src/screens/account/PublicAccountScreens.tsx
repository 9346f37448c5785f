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
import { PASSWORD_MIN_LENGTH } from '../setup/SetupScreen';
import { PendingButton } from '../../components/PendingButton';

function passwordProblem(
	password: string,
	confirm: string
): string | undefined {
	if ( password.length < PASSWORD_MIN_LENGTH ) {
		return `Use at least ${ PASSWORD_MIN_LENGTH } characters.`;
	}
	if ( password !== confirm ) {
		return 'The passwords do not match.';
	}
	return undefined;
}

/**
 * A new password typed twice (both fields `new-password`, so password managers offer one).
 *
 * @param props             Labels, values and setters.
 * @param props.label       The first field's label.
 * @param props.repeatLabel The second field's label.
 * @param props.hint        Help under the first field.
 * @param props.password    The first field's value.
 * @param props.confirm     The second field's value.
 * @param props.onPassword  Sets the first field's value.
 * @param props.onConfirm   Sets the second field's value.
 */
function NewPasswordFields( props: {
	label: string;
	repeatLabel: string;
	hint?: string;
	password: string;
	confirm: string;
	onPassword: ( value: string ) => void;
	onConfirm: ( value: string ) => void;
} ) {
	return (
		<>
			<TextField
				label={ props.label }
				type="password"
				autoComplete="new-password"
				value={ props.password }
				hint={ props.hint }
				onChange={ ( e ) => props.onPassword( e.target.value ) }
			/>
			<TextField
				label={ props.repeatLabel }
				type="password"
				autoComplete="new-password"
				value={ props.confirm }
				onChange={ ( e ) => props.onConfirm( e.target.value ) }
			/>
		</>
	);
}

/** `/owner/accept-invitation?token=…`: name and password for the invited account. */
export function AcceptInvitationScreen() {
	const api = useApi();
	const session = useCurrentSession();
	const token = useLocation().query.get( 'token' ) ?? '';
	const [ invitation, setInvitation ] = useState< { email: string } >();
	const [ invalid, setInvalid ] = useState< string >();
	const [ name, setName ] = useState( '' );
	const [ password, setPassword ] = useState( '' );
	const [ confirm, setConfirm ] = useState( '' );
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
		api.request< { email: string } >(
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
			? passwordProblem( password, confirm )
			: 'Enter your name.';
		setMessage( problem );
		if ( problem || accept.pending ) {
			return;
		}
		const result = await accept.run( {
			token,
			name: name.trim(),
			password,
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
							password={ password }
							confirm={ confirm }
							onPassword={ setPassword }
							onConfirm={ setConfirm }
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
	const [ password, setPassword ] = useState( '' );
	const [ confirm, setConfirm ] = useState( '' );
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
							const problem = passwordProblem(
								password,
								confirm
							);
							setMessage( problem );
							if ( problem ) {
								return;
							}
							const result = await complete.run( password );
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
							password={ password }
							confirm={ confirm }
							onPassword={ setPassword }
							onConfirm={ setConfirm }
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
