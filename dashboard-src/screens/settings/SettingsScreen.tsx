import { Section } from '../../components/Section';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { ResourceStatus } from '../../components/ResourceStatus';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useCurrentSession } from '../../SessionProvider';
import type { Role, StaffMember } from '../../types';
import type { InvitationSent } from '../../../contracts/auth';
import { RolePermissionsEditor } from './RolePermissionsEditor';
import { PendingButton } from '../../components/PendingButton';

/**
 * A form naming a person by e-mail and one platform role (granting a role, inviting
 * someone); the e-mail empties once `onSubmit` reports success.
 *
 * @param props             Form props.
 * @param props.emailLabel  The e-mail field's label.
 * @param props.roleLabel   The role field's label.
 * @param props.roles       The roles to offer (none while they load).
 * @param props.submitLabel The button's label.
 * @param props.pending     Whether the action runs.
 * @param props.onSubmit    Runs the action; resolves true when it succeeded.
 */
function EmailRoleForm( props: {
	emailLabel: string;
	roleLabel: string;
	roles: Role[] | undefined;
	submitLabel: string;
	pending: boolean;
	onSubmit: ( email: string, roleId: string ) => Promise< boolean >;
} ) {
	const [ email, setEmail ] = useState( '' );
	const [ role, setRole ] = useState( 'platform_admin' );
	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( await props.onSubmit( email.trim(), role ) ) {
			setEmail( '' );
		}
	};
	return (
		<form className="form" onSubmit={ handleSubmit }>
			<TextField
				label={ props.emailLabel }
				type="email"
				value={ email }
				onChange={ ( event ) => setEmail( event.target.value ) }
			/>
			<SelectField
				label={ props.roleLabel }
				value={ role }
				onChange={ ( event ) => setRole( event.target.value ) }
				options={ ( props.roles ?? [] ).map( ( entry ) => ( {
					value: entry.id,
					label: entry.name,
				} ) ) }
			/>
			<PendingButton pending={ props.pending }>
				{ props.submitLabel }
			</PendingButton>
		</form>
	);
}

/**
 * `/owner/settings`: platform staff and their roles (grant, revoke), and what each role
 * may do. Controls appear only for users whose permissions allow them; the server refuses
 * the rest regardless.
 */
export function SettingsScreen() {
	const api = useApi();
	const session = useCurrentSession();
	const canManage =
		session.data?.user.permissions.includes( 'platform.admins.manage' ) ||
		session.data?.user.roles.includes( 'platform_owner' );
	const canEditRoles =
		session.data?.user.permissions.includes( 'platform.roles.manage' ) ||
		session.data?.user.roles.includes( 'platform_owner' );
	const staff = useApiResource( 'staff', ( client, signal ) =>
		client.listStaff( signal )
	);
	const roles = useApiResource( 'roles', ( client, signal ) =>
		client.listRoles( signal )
	);
	const grant = useAsyncAction( api.grantRole );
	const revoke = useAsyncAction( api.revokeRole );
	const [ status, setStatus ] = useState< string >();
	const [ inviteLink, setInviteLink ] = useState< string >();
	const invite = useAsyncAction( ( address: string, roleId: string ) =>
		api.request< InvitationSent >( 'POST', '/api/owner/invitations', {
			body: { email: address, role: roleId },
		} )
	);
	const roleName = ( id: string ) =>
		roles.data?.find( ( entry ) => entry.id === id )?.name ?? id;

	const handleGrant = async ( email: string, role: string ) => {
		const result = await grant.run( email, role );
		if ( result.ok ) {
			setStatus( `${ roleName( role ) } granted to ${ email }.` );
			staff.retry();
		}
		return result.ok;
	};

	const handleInvite = async ( email: string, role: string ) => {
		const result = await invite.run( email, role );
		if ( result.ok ) {
			setStatus(
				result.value.emailed
					? `Invitation e-mailed to ${ email }.`
					: `No mail server is configured: send ${ email } the link below.`
			);
			setInviteLink( result.value.link );
		}
		return result.ok;
	};

	const staffColumns = [
		{ header: 'Name', render: ( member: StaffMember ) => member.name },
		{
			header: 'Email',
			className: 'break',
			render: ( member: StaffMember ) => member.email,
		},
		{
			header: 'Roles',
			render: ( member: StaffMember ) => (
				<ul className="plain-list">
					{ member.roles.map( ( memberRole ) => (
						<li key={ memberRole }>
							{ roleName( memberRole ) }{ ' ' }
							{ canManage && (
								<button
									type="button"
									className="button button-link"
									aria-label={ `Revoke ${ roleName( memberRole ) } from ${ member.email }` }
									onClick={ async () => {
										const result = await revoke.run(
											member.userId,
											memberRole
										);
										if ( result.ok ) {
											setStatus(
												`${ roleName( memberRole ) } revoked from ${ member.email }.`
											);
											staff.retry();
										}
									} }
								>
									Revoke
								</button>
							) }
						</li>
					) ) }
				</ul>
			),
		},
	];

	return (
		<Page
			title="Settings"
			description="Platform staff, their roles, and what each role may do."
		>
			<p role="status">{ status }</p>
			{ ( grant.error || revoke.error ) && (
				<ErrorAlert>
					{ ( grant.error ?? revoke.error )!.message }
				</ErrorAlert>
			) }
			{ canManage && (
				<Section
					id="grant-heading"
					title="Grant a platform role"
					variant="card"
				>
					<EmailRoleForm
						emailLabel="User email"
						roleLabel="Role"
						roles={ roles.data }
						submitLabel="Grant role"
						pending={ grant.pending }
						onSubmit={ handleGrant }
					/>
				</Section>
			) }
			{ canManage && (
				<Section
					id="invite-heading"
					title="Invite a person"
					variant="card"
				>
					{ invite.error && (
						<ErrorAlert>{ invite.error.message }</ErrorAlert>
					) }
					<EmailRoleForm
						emailLabel="Email of the person to invite"
						roleLabel="Their role"
						roles={ roles.data }
						pending={ invite.pending }
						submitLabel="Send invitation"
						onSubmit={ handleInvite }
					/>
					{ inviteLink && (
						<TextField
							label="Invitation link"
							readOnly
							value={ inviteLink }
						/>
					) }
				</Section>
			) }
			<Section id="staff-heading" title="Platform staff">
				<ResourceStatus resource={ staff } loading="Loading staff…" />
				{ staff.data && (
					<DataTable
						label="Platform staff"
						columns={ staffColumns }
						rows={ staff.data }
						rowKey={ ( member ) => member.userId }
					/>
				) }
			</Section>
			<Section id="roles-heading" title="Roles">
				{ canEditRoles && (
					<div className="card">
						<RolePermissionsEditor onSaved={ roles.retry } />
					</div>
				) }
				{ roles.data ? (
					<DataTable
						label="Roles and their permissions"
						columns={ [
							{
								header: 'Role',
								render: ( entry: Role ) => entry.name,
							},
							{
								header: 'Description',
								render: ( entry: Role ) => entry.description,
							},
							{
								header: 'Permissions',
								className: 'break',
								render: ( entry: Role ) =>
									entry.permissions.join( ', ' ) || '—',
							},
						] }
						rows={ roles.data }
					/>
				) : (
					! roles.error && <LoadingState label="Loading roles…" />
				) }
			</Section>
		</Page>
	);
}
