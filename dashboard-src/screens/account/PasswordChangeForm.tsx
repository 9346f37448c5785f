import { Section } from '../../components/Section';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useFormErrors } from '../../hooks/useFormErrors';
import { PendingButton } from '../../components/PendingButton';

const FIELDS = [ 'currentPassword', 'newPassword' ] as const;

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
	const [ currentPassword, setCurrentPassword ] = useState( '' );
	const [ newPassword, setNewPassword ] = useState( '' );
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
			setCurrentPassword( '' );
			setNewPassword( '' );
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
			<form
				ref={ form.formRef }
				className="form"
				onSubmit={ handleSubmit }
				noValidate
			>
				{ change.error && ! fieldErrorsShown && (
					<ErrorAlert>
						{ change.error.status === 429
							? 'Too many wrong passwords. Try again later.'
							: change.error.message }
					</ErrorAlert>
				) }
				<TextField
					label="Current password"
					type="password"
					name="currentPassword"
					autoComplete="current-password"
					value={ currentPassword }
					error={ form.errors.currentPassword }
					onChange={ ( event ) => {
						setCurrentPassword( event.target.value );
						form.clear( 'currentPassword' );
					} }
				/>
				<TextField
					label="New password"
					type="password"
					name="newPassword"
					autoComplete="new-password"
					value={ newPassword }
					error={ form.errors.newPassword }
					onChange={ ( event ) => {
						setNewPassword( event.target.value );
						form.clear( 'newPassword' );
					} }
				/>
				<p>
					<PendingButton
						pending={ change.pending }
						pendingLabel="Changing…"
					>
						Change password
					</PendingButton>
				</p>
			</form>
		</Section>
	);
}
