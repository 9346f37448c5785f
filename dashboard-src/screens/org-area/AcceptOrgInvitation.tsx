import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormError } from '../../components/FormError';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { Link, navigate, paths, useLocation } from '../../router';
import { useCurrentSession } from '../../SessionProvider';
import { ORG_ROLE_LABELS, orgApi, type OrgRole } from './orgApi';
import { PendingButton } from '../../components/PendingButton';

interface Described {
	organizationName: string;
	email: string;
	role: OrgRole;
	accountExists: boolean;
}

/** A new person: name and password create the account, which joins the organization. */
function NewAccountForm( props: { token: string; invitation: Described } ) {
	const { token, invitation } = props;
	const api = useApi();
	const session = useCurrentSession();
	const [ name, setName ] = useState( '' );
	const [ password, setPassword ] = useState( '' );
	const accept = useAsyncAction( () =>
		orgApi.acceptInvitation( api, { token, name, password } )
	);
	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( accept.pending ) {
			return;
		}
		const result = await accept.run();
		if ( result.ok ) {
			navigate( paths.appOrg( result.value.organizationId ), {
				replace: true,
			} );
			session.signedIn( result.value );
		}
	};
	const fieldErrors = accept.error?.fieldErrors ?? {};
	return (
		<form className="form" onSubmit={ handleSubmit } noValidate>
			<TextField label="E-mail" value={ invitation.email } readOnly />
			<TextField
				label="Your name"
				autoComplete="name"
				value={ name }
				error={ fieldErrors.name }
				onChange={ ( event ) => setName( event.target.value ) }
			/>
			<TextField
				label="Choose a password"
				type="password"
				autoComplete="new-password"
				hint="At least 12 characters."
				value={ password }
				error={ fieldErrors.password }
				onChange={ ( event ) => setPassword( event.target.value ) }
			/>
			<FormError
				error={ accept.error }
				fields={ [ 'name', 'password' ] }
			/>
			<PendingButton
				pending={ accept.pending }
				size="block"
				pendingLabel="Creating your account…"
			>
				Create account and join
			</PendingButton>
		</form>
	);
}

/** Someone with an account: join while signed in as the invited address, else sign in first. */
function ExistingAccount( props: { token: string; invitation: Described } ) {
	const { token, invitation } = props;
	const api = useApi();
	const session = useCurrentSession();
	const { pathname, search } = useLocation();
	const join = useAsyncAction( () => orgApi.joinInvitation( api, token ) );
	const user = session.data?.user;
	if ( ! user ) {
		return (
			<p>
				You already have an OmniOps account as { invitation.email }.{ ' ' }
				<Link to={ paths.login( pathname + search ) }>
					Sign in to join
				</Link>
			</p>
		);
	}
	if ( user.email !== invitation.email ) {
		return (
			<p>
				You are signed in as { user.email }, but this invitation is for{ ' ' }
				{ invitation.email }. Sign out and sign in as{ ' ' }
				{ invitation.email } to join.
			</p>
		);
	}
	const handleJoin = async () => {
		const result = await join.run();
		if ( result.ok ) {
			navigate( paths.appOrg( result.value.organizationId ), {
				replace: true,
			} );
		}
	};
	return (
		<>
			{ join.error && <ErrorAlert>{ join.error.message }</ErrorAlert> }
			<PendingButton
				onClick={ handleJoin }
				pending={ join.pending }
				size="block"
				pendingLabel="Joining…"
			>{ `Join ${ invitation.organizationName }` }</PendingButton>
		</>
	);
}

/**
 * `/app/accept-invitation?token=…`: the link from an organization invitation e-mail. It works
 * whether or not someone is signed in on this browser.
 */
export function AcceptOrgInvitation() {
	const api = useApi();
	const { query } = useLocation();
	const token = query.get( 'token' ) ?? '';
	const [ described, setDescribed ] = useState< Described >();
	const [ error, setError ] = useState< ApiError >();

	useEffect( () => {
		let current = true;
		orgApi.describeInvitation( api, token ).then(
			( value ) => current && setDescribed( value ),
			( failure: ApiError ) => current && setError( failure )
		);
		return () => {
			current = false;
		};
	}, [ api, token ] );

	let body;
	if ( error ) {
		body = (
			<ErrorAlert>
				{ error.status === 401 || error.status === 400
					? 'This invitation is not valid any more. Ask for a new one.'
					: error.message }
			</ErrorAlert>
		);
	} else if ( ! described ) {
		body = <LoadingState label="Checking the invitation…" />;
	} else if ( described.accountExists ) {
		body = <ExistingAccount token={ token } invitation={ described } />;
	} else {
		body = <NewAccountForm token={ token } invitation={ described } />;
	}
	return (
		<AuthLayout>
			<Page
				title={
					described
						? `Join ${ described.organizationName }`
						: 'Accept invitation'
				}
				description={
					described &&
					`You are invited as ${ ORG_ROLE_LABELS[ described.role ] }.`
				}
			>
				{ body }
			</Page>
		</AuthLayout>
	);
}
