import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useFormErrors } from '../../hooks/useFormErrors';
import { Link, paths } from '../../router';
import type { Organization } from '../../types';
import { PendingButton } from '../../components/PendingButton';
import { ValidatedForm } from '../../components/ValidatedForm';

export const ORGANIZATION_NAME_MAX_LENGTH = 120;

const FIELDS = [ 'name' ] as const;

export interface NewOrganizationFormProps {
	/** Called after the organization was created (e.g. to reload the list). */
	onCreated: ( organization: Organization ) => void;
}

/**
 * "New organization": one name field; confirms with a link to the new organization.
 *
 * @param props Form props.
 */
export function NewOrganizationForm( props: NewOrganizationFormProps ) {
	const { onCreated } = props;
	const api = useApi();
	const create = useAsyncAction( api.createOrganization );
	const form = useFormErrors( FIELDS );
	const [ name, setName ] = useState( '' );
	const [ formError, setFormError ] = useState< string >();
	const [ created, setCreated ] = useState< Organization >();

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( create.pending ) {
			return;
		}
		const trimmed = name.trim();
		setFormError( undefined );
		setCreated( undefined );
		if ( ! trimmed ) {
			form.show( { name: 'Enter a name for the organization.' } );
			return;
		}
		if ( trimmed.length > ORGANIZATION_NAME_MAX_LENGTH ) {
			form.show( {
				name: `Use at most ${ ORGANIZATION_NAME_MAX_LENGTH } characters.`,
			} );
			return;
		}
		form.show( {} );

		const result = await create.run( trimmed );
		if ( result.ok ) {
			setName( '' );
			setCreated( result.value );
			onCreated( result.value );
		} else if ( ! form.showApiError( result.error ) ) {
			setFormError( result.error.message );
		}
	};

	return (
		<ValidatedForm
			form={ form }
			className="form form-inline"
			onSubmit={ handleSubmit }
			error={ formError }
		>
			<div className="form-inline-row">
				<TextField
					label="Organization name"
					name="name"
					autoComplete="organization"
					maxLength={ ORGANIZATION_NAME_MAX_LENGTH }
					value={ name }
					error={ form.errors.name }
					onChange={ ( event ) => {
						setName( event.target.value );
						form.clear( 'name' );
					} }
				/>
				<PendingButton
					pending={ create.pending }
					pendingLabel="Creating…"
				>
					Create organization
				</PendingButton>
			</div>
			<div role="status" className="status-message">
				{ created && (
					<>
						Created{ ' ' }
						<Link to={ paths.organization( created.id ) }>
							{ created.name }
						</Link>
						. Open it to connect a shop.
					</>
				) }
			</div>
		</ValidatedForm>
	);
}
