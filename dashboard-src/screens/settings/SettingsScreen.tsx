import { useState, type FormEvent } from 'react';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useCurrentSession } from '../../SessionProvider';
import type { Role, StaffMember } from '../../types';
import { RolePermissionsEditor } from './RolePermissionsEditor';
import { PendingButton } from '../../components/PendingButton';

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
	const [ email, setEmail ] = useState( '' );
	const [ role, setRole ] = useState( 'platform_admin' );
	const [ status, setStatus ] = useState< string >();
	const [ inviteEmail, setInviteEmail ] = useState( '' );
	const [ inviteRole, setInviteRole ] = useState( 'platform_admin' );
	const [ inviteLink, setInviteLink ] = useState< string >();
	const invite = useAsyncAction( ( address: string, roleId: string ) =>
		api.request< { emailed: boolean; link?: string } >(
			'POST',
			'/api/owner/invitations',
			{
				body: { email: address, role: roleId },
			}
		)
	);
	const roleName = ( id: string ) =>
		roles.data?.find( ( entry ) => entry.id === id )?.name ?? id;

	const handleGrant = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		const result = await grant.run( email.trim(), role );
		if ( result.ok ) {
			setStatus( `${ roleName( role ) } granted to ${ email.trim() }.` );
			setEmail( '' );
			staff.retry();
		}
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
				<section className="card" aria-labelledby="grant-heading">
					<h2 id="grant-heading">Grant a platform role</h2>
					<form className="form" onSubmit={ handleGrant }>
						<TextField
							label="User email"
							type="email"
							value={ email }
							onChange={ ( event ) =>
								setEmail( event.target.value )
							}
						/>
						<div className="field">
							<label htmlFor="grant-role">Role</label>
							<select
								id="grant-role"
								value={ role }
								onChange={ ( event ) =>
									setRole( event.target.value )
								}
							>
								{ ( roles.data ?? [] ).map( ( entry: Role ) => (
									<option key={ entry.id } value={ entry.id }>
										{ entry.name }
									</option>
								) ) }
							</select>
						</div>
						<PendingButton pending={ grant.pending }>
							Grant role
						</PendingButton>
					</form>
				</section>
			) }
			{ canManage && (
				<section className="card" aria-labelledby="invite-heading">
					<h2 id="invite-heading">Invite a person</h2>
					{ invite.error && (
						<ErrorAlert>{ invite.error.message }</ErrorAlert>
					) }
					<form
						className="form"
						onSubmit={ async ( event ) => {
							event.preventDefault();
							const result = await invite.run(
								inviteEmail.trim(),
								inviteRole
							);
							if ( result.ok ) {
								setStatus(
									result.value.emailed
										? `Invitation e-mailed to ${ inviteEmail.trim() }.`
										: `No mail server is configured: send ${ inviteEmail.trim() } the link below.`
								);
								setInviteLink( result.value.link );
								setInviteEmail( '' );
							}
						} }
					>
						<TextField
							label="Email of the person to invite"
							type="email"
							value={ inviteEmail }
							onChange={ ( event ) =>
								setInviteEmail( event.target.value )
							}
						/>
						<div className="field">
							<label htmlFor="invite-role">Their role</label>
							<select
								id="invite-role"
								value={ inviteRole }
								onChange={ ( event ) =>
									setInviteRole( event.target.value )
								}
							>
								{ ( roles.data ?? [] ).map( ( entry: Role ) => (
									<option key={ entry.id } value={ entry.id }>
										{ entry.name }
									</option>
								) ) }
							</select>
						</div>
						<PendingButton pending={ invite.pending }>
							Send invitation
						</PendingButton>
					</form>
					{ inviteLink && (
						<TextField
							label="Invitation link"
							readOnly
							value={ inviteLink }
						/>
					) }
				</section>
			) }
			<section className="section" aria-labelledby="staff-heading">
				<h2 id="staff-heading">Platform staff</h2>
				{ staff.error && (
					<ErrorAlert onRetry={ staff.retry }>
						{ staff.error.message }
					</ErrorAlert>
				) }
				{ staff.data ? (
					<DataTable
						label="Platform staff"
						columns={ staffColumns }
						rows={ staff.data }
						rowKey={ ( member ) => member.userId }
					/>
				) : (
					! staff.error && <LoadingState label="Loading staff…" />
				) }
			</section>
			<section className="section" aria-labelledby="roles-heading">
				<h2 id="roles-heading">Roles</h2>
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
						rowKey={ ( entry ) => entry.id }
					/>
				) : (
					! roles.error && <LoadingState label="Loading roles…" />
				) }
			</section>
		</Page>
	);
}
