import { useId, useState, type FormEvent } from 'react';
import { FormError } from '../../components/FormError';
import { Page } from '../../components/Page';
import { ResourceStatus } from '../../components/ResourceStatus';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import type { OrgSectionProps } from './nav';
import { orgApi, type OrgSettings } from './orgApi';
import { PendingButton } from '../../components/PendingButton';

function SettingsForm( props: {
	settings: OrgSettings;
	editable: boolean;
	onSave: ( changes: OrgSettings ) => Promise< boolean >;
	pending: boolean;
	fieldError?: string;
} ) {
	const { settings, editable, onSave, pending, fieldError } = props;
	const [ name, setName ] = useState( settings.name );
	const [ requireMfa, setRequireMfa ] = useState( settings.requireMfa );
	const checkboxId = useId();
	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( ! pending ) {
			await onSave( { name, requireMfa } );
		}
	};
	return (
		<form className="form" onSubmit={ handleSubmit } noValidate>
			<TextField
				label="Organization name"
				value={ name }
				readOnly={ ! editable }
				error={ fieldError }
				onChange={ ( event ) => setName( event.target.value ) }
			/>
			<div className="field">
				<label htmlFor={ checkboxId }>
					<input
						id={ checkboxId }
						type="checkbox"
						checked={ requireMfa }
						disabled={ ! editable }
						onChange={ ( event ) =>
							setRequireMfa( event.target.checked )
						}
						aria-describedby="require-mfa-hint"
					/>{ ' ' }
					Require two-step verification for every member
				</label>
				<p className="field-hint" id="require-mfa-hint">
					Members without an authenticator are asked to set one up
					before they can open anything in this organization.
				</p>
			</div>
			{ editable && (
				<PendingButton pending={ pending } pendingLabel="Saving…">
					Save settings
				</PendingButton>
			) }
		</form>
	);
}

/**
 * `/app/:orgId/settings`: the organization's name and MFA enforcement.
 *
 * @param props Section props.
 */
export function OrgSettingsSection( props: OrgSectionProps ) {
	const { organizationId, overview, reload } = props;
	const api = useApi();
	const settings = useApiResource(
		`org-settings:${ organizationId }`,
		( client, signal ) => orgApi.settings( client, organizationId, signal )
	);
	const [ saved, setSaved ] = useState( false );
	const save = useAsyncAction( ( changes: OrgSettings ) =>
		orgApi.updateSettings( api, organizationId, changes )
	);
	const editable = overview.permissions.includes( 'org.settings.manage' );

	const handleSave = async ( changes: OrgSettings ) => {
		setSaved( false );
		const result = await save.run( changes );
		if ( result.ok ) {
			settings.setData( result.value );
			setSaved( true );
			reload();
		}
		return result.ok;
	};

	return (
		<Page title="Organization settings">
			<ResourceStatus
				resource={ settings }
				failure="Could not load the settings"
				loading="Loading settings…"
			/>
			{ settings.data && (
				<SettingsForm
					settings={ settings.data }
					editable={ editable }
					onSave={ handleSave }
					pending={ save.pending }
					fieldError={ save.error?.fieldErrors.name }
				/>
			) }
			<FormError
				error={ save.error }
				fields={ [ 'name' ] }
				lead="Could not save"
			/>
			<p className="status-message" role="status">
				{ saved ? 'Settings saved.' : '' }
			</p>
		</Page>
	);
}
