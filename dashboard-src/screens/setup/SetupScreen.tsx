import { useState, type FormEvent } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../api';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useSetupStatus } from '../../hooks/useSetupStatus';
import { Link, navigate, paths, useLocation } from '../../router';
import { useCurrentSession } from '../../SessionProvider';
import { PendingButton } from '../../components/PendingButton';
import { ValidatedForm } from '../../components/ValidatedForm';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

const FIELDS = [ 'name', 'email', 'password', 'confirmPassword' ] as const;

interface SetupValues {
	name: string;
	email: string;
	password: string;
	confirmPassword: string;
}

/** The form's fields in order, each named as its value and error. */
const SETUP_FIELDS: Array< {
	name: keyof SetupValues;
	label: string;
	type?: string;
	autoComplete: string;
	hint?: string;
} > = [
	{ name: 'name', label: 'Name', autoComplete: 'name' },
	{ name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
	{
		name: 'password',
		label: 'Password',
		type: 'password',
		autoComplete: 'new-password',
		hint: `At least ${ PASSWORD_MIN_LENGTH } characters.`,
	},
	{
		name: 'confirmPassword',
		label: 'Confirm password',
		type: 'password',
		autoComplete: 'new-password',
	},
];

/**
 * The same rules the server applies, checked first so most mistakes need no round trip.
 *
 * @param values The form's values.
 */
function validate( values: SetupValues ): FieldErrors {
	const errors: FieldErrors = {};
	if ( ! values.name.trim() ) {
		errors.name = 'Enter your name.';
	}
	if ( ! values.email.trim() ) {
		errors.email = 'Enter your email address.';
	} else if ( ! /^[^\s@]+@[^\s@]+$/.test( values.email.trim() ) ) {
		errors.email = 'Enter a valid email address, like name@example.com.';
	}
	if ( values.password.length < PASSWORD_MIN_LENGTH ) {
		errors.password = `Use at least ${ PASSWORD_MIN_LENGTH } characters.`;
	} else if ( values.password.length > PASSWORD_MAX_LENGTH ) {
		errors.password = `Use at most ${ PASSWORD_MAX_LENGTH } characters.`;
	}
	if ( ! errors.password && values.confirmPassword !== values.password ) {
		errors.confirmPassword = 'The passwords do not match.';
	}
	return errors;
}

/**
 * `/owner/setup?token=…`: creates the first platform owner account with the one-time
 * token the sidecar printed, then signs in.
 */
export function SetupScreen() {
	const api = useApi();
	const session = useCurrentSession();
	const { query } = useLocation();
	const token = query.get( 'token' ) ?? '';
	const setupStatus = useSetupStatus();
	const setup = useAsyncAction( api.setup );
	const form = useFormErrors( FIELDS );
	const [ values, setValues ] = useState< SetupValues >( {
		name: '',
		email: '',
		password: '',
		confirmPassword: '',
	} );
	const [ formError, setFormError ] = useState< string >();

	const update =
		( field: keyof SetupValues ) =>
		( event: { target: { value: string } } ) => {
			setValues( ( previous ) => ( {
				...previous,
				[ field ]: event.target.value,
			} ) );
			form.clear( field );
		};

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( setup.pending ) {
			return;
		}
		const errors = validate( values );
		form.show( errors );
		setFormError( undefined );
		if ( Object.keys( errors ).length > 0 ) {
			return;
		}

		const result = await setup.run( {
			token,
			name: values.name.trim(),
			email: values.email.trim(),
			password: values.password,
		} );
		if ( result.ok ) {
			navigate( paths.home, { replace: true } );
			session.signedIn( result.value );
		} else if ( ! form.showApiError( result.error ) ) {
			setFormError( result.error.message );
		}
	};

	let body;
	if ( ! token ) {
		body = (
			<ErrorAlert>
				This setup link has no token. Open the full link printed in the
				OmniOps server log.
			</ErrorAlert>
		);
	} else if ( setupStatus.error ) {
		body = (
			<ErrorAlert onRetry={ setupStatus.retry }>
				{ setupStatus.error.message }
			</ErrorAlert>
		);
	} else if ( ! setupStatus.data ) {
		body = <LoadingState label="Checking setup…" />;
	} else if ( ! setupStatus.data.needsSetup ) {
		body = (
			<p className="notice">
				Setup is already complete.{ ' ' }
				<Link to={ paths.login() }>Sign in</Link> instead.
			</p>
		);
	} else {
		body = (
			<ValidatedForm
				form={ form }
				onSubmit={ handleSubmit }
				error={ formError }
			>
				{ SETUP_FIELDS.map( ( field ) => (
					<TextField
						key={ field.name }
						{ ...field }
						value={ values[ field.name ] }
						error={ form.errors[ field.name ] }
						onChange={ update( field.name ) }
					/>
				) ) }
				<PendingButton
					pending={ setup.pending }
					size="block"
					pendingLabel="Creating account…"
				>
					Create owner account
				</PendingButton>
			</ValidatedForm>
		);
	}

	return (
		<AuthLayout>
			<Page
				title="Create the owner account"
				description="This account runs the OmniOps platform: organizations, shops and settings."
			>
				{ body }
			</Page>
		</AuthLayout>
	);
}
