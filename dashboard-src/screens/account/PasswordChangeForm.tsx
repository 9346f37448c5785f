import { Section } from '../../components/Section';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useFormErrors } from '../../hooks/useFormErrors';
import { PendingButton } from '../../components/PendingButton';
import { ValidatedForm } from '../../components/ValidatedForm';

const FIELDS = [ 'currentPassword', 'newPassword' ] as const;
type PasswordValues = Record< ( typeof FIELDS )[ number ], string >;

const PASSWORD_FIELDS: Array< {
	name: keyof PasswordValues;
	label: string;
	autoComplete: string;
} > = [
	{
		name: 'currentPassword',
		label: 'Current password',
		autoComplete: 'current-password',
	},
	{
		name: 'newPassword',
		label: 'New password',
		autoComplete: 'new-password',
	},
];
const EMPTY: PasswordValues = { currentPassword: '', newPassword: '' };

interface PasswordChangeFormProps {
	/** Called after the change: every other session has ended, this one stays. */
	onChanged: ( message: string ) => void;
}

/**
 * "Change password" on the account page: the current password proves it is the owner at the
 * keyboard; the server ends every other session of the account and voids reset links.
 *
 * @param props
 * @param props.onChanged
 */
export function PasswordChangeForm( { onChanged }: PasswordChangeFormProps ) {
	const api = useApi();
	const form = useFormErrors( FIELDS );
	const [ values, setValues ] = useState< PasswordValues >( EMPTY );
	const { currentPassword, newPassword } = values;
	const change = useAsyncAction(
		( body: { currentPassword: string; newPassword: string } ) =>
			api.request< void >( 'POST', '/api/auth/password', { body } )
	);

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( change.pending ) {
			return;
		}
		const missing: Record< string, string > = {};
		if ( ! currentPassword ) {
			missing.currentPassword = 'Enter your current password.';
		}
		if ( newPassword.length < 12 ) {
			missing.newPassword = 'Use at least 12 characters.';
		}
		form.show( missing );
		if ( Object.keys( missing ).length > 0 ) {
			return;
		}
		const result = await change.run( { currentPassword, newPassword } );
		if ( result.ok ) {
			setValues( EMPTY );
			onChanged(
				'Your password is changed. Every other session is signed out.'
			);
		} else {
			form.showApiError( result.error );
		}
	};

	const fieldErrorsShown =
		change.error && Object.keys( change.error.fieldErrors ).length > 0;
	return (
		<Section id="password-heading" title="Password">
			<ValidatedForm form={ form } onSubmit={ handleSubmit }>
				{ change.error && ! fieldErrorsShown && (
					<ErrorAlert>
						{ change.error.status === 429
							? 'Too many wrong passwords. Try again later.'
							: change.error.message }
					</ErrorAlert>
				) }
				{ PASSWORD_FIELDS.map( ( field ) => (
					<TextField
						key={ field.name }
						{ ...field }
						type="password"
						value={ values[ field.name ] }
						error={ form.errors[ field.name ] }
						onChange={ ( event ) => {
							setValues( ( previous ) => ( {
								...previous,
								[ field.name ]: event.target.value,
							} ) );
							form.clear( field.name );
						} }
					/>
				) ) }
				<p>
					<PendingButton
						pending={ change.pending }
						pendingLabel="Changing…"
					>
						Change password
					</PendingButton>
				</p>
			</ValidatedForm>
		</Section>
	);
}
