import { Section } from '../../components/Section';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormError } from '../../components/FormError';
import { FormattedDate } from '../../components/FormattedDate';
import { ResourceStatus } from '../../components/ResourceStatus';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useCurrentSession } from '../../SessionProvider';
import type { OrgSectionProps } from './nav';
import { SelectField } from '../../components/SelectField';
import {
	ORG_ROLE_LABELS,
	orgApi,
	type InvitationResult,
	type OrgMember,
	type OrgRole,
} from './orgApi';
import { PendingButton } from '../../components/PendingButton';

const ROLES: OrgRole[] = [ 'owner', 'admin', 'agent', 'viewer' ];

/** The roles the current member may hand out: owners only by owners. */
const grantable = ( myRole: OrgRole ) =>
	ROLES.filter( ( role ) => role !== 'owner' || myRole === 'owner' );

function RoleSelect( props: {
	label: string;
	value: OrgRole;
	choices: OrgRole[];
	onChange: ( role: OrgRole ) => void;
	disabled?: boolean;
} ) {
	const { label, value, choices, onChange, disabled } = props;
	return (
		<select
			aria-label={ label }
			value={ value }
			disabled={ disabled }
			onChange={ ( event ) => onChange( event.target.value as OrgRole ) }
		>
			{ ( choices.includes( value )
				? choices
				: [ value, ...choices ]
			).map( ( role ) => (
				<option key={ role } value={ role }>
					{ ORG_ROLE_LABELS[ role ] }
				</option>
			) ) }
		</select>
	);
}

function InviteForm( props: {
	myRole: OrgRole;
	onInvite: (
		email: string,
		role: OrgRole
	) => Promise< InvitationResult | null >;
	pending: boolean;
	emailError?: string;
} ) {
	const { myRole, onInvite, pending, emailError } = props;
	const [ email, setEmail ] = useState( '' );
	const [ role, setRole ] = useState< OrgRole >( 'agent' );
	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( ! pending && ( await onInvite( email.trim(), role ) ) ) {
			setEmail( '' );
		}
	};
	return (
		<form
			className="form form-inline-row"
			onSubmit={ handleSubmit }
			noValidate
		>
			<TextField
				label="E-mail address"
				type="email"
				autoComplete="off"
				value={ email }
				error={ emailError }
				onChange={ ( event ) => setEmail( event.target.value ) }
			/>
			<SelectField
				label="Role"
				value={ role }
				onChange={ ( event ) =>
					setRole( event.target.value as OrgRole )
				}
			>
				{ grantable( myRole ).map( ( choice ) => (
					<option key={ choice } value={ choice }>
						{ ORG_ROLE_LABELS[ choice ] }
					</option>
				) ) }
			</SelectField>
			<PendingButton pending={ pending } pendingLabel="Inviting…">
				Send invitation
			</PendingButton>
		</form>
	);
}

/** "Remove" with an inline confirmation step (no modal dialog to trap focus). */
function RemoveButton( props: { member: OrgMember; onRemove: () => void } ) {
	const { member, onRemove } = props;
	const [ confirming, setConfirming ] = useState( false );
	if ( ! confirming ) {
		return (
			<button
				type="button"
				className="button button-secondary button-small"
				aria-label={ `Remove ${ member.email }` }
				onClick={ () => setConfirming( true ) }
			>
				Remove
			</button>
		);
	}
	return (
		<span
			role="group"
			aria-label={ `Confirm removal of ${ member.email }` }
		>
			<button
				type="button"
				className="button button-primary button-small"
				// eslint-disable-next-line jsx-a11y/no-autofocus -- the confirmation replaces the button that had focus
				autoFocus
				onClick={ onRemove }
			>
				Yes, remove { member.email }
			</button>{ ' ' }
			<button
				type="button"
				className="button button-secondary button-small"
				onClick={ () => setConfirming( false ) }
			>
				Cancel
			</button>
		</span>
	);
}

/**
 * `/app/:orgId/members`: members with their roles, invitations by e-mail, pending
 * invitations (resend, revoke). Changes are offered only to roles that may make them.
 *
 * @param props Section props.
 */
export function OrgMembers( props: OrgSectionProps ) {
	const { organizationId, overview, reload } = props;
	const api = useApi();
	const session = useCurrentSession();
	const members = useApiResource(
		`org-members:${ organizationId }`,
		( client, signal ) => orgApi.members( client, organizationId, signal )
	);
	const invitations = useApiResource(
		`org-invitations:${ organizationId }`,
		( client, signal ) =>
			orgApi.invitations( client, organizationId, signal )
	);
	const [ status, setStatus ] = useState( '' );
	const [ link, setLink ] = useState< string >();
	const invite = useAsyncAction( ( email: string, role: OrgRole ) =>
		orgApi.invite( api, organizationId, email, role )
	);
	const change = useAsyncAction( ( run: () => Promise< unknown > ) => run() );
	const canManage = overview.permissions.includes( 'org.members.manage' );
	const myRole = overview.role;
	const mayTouch = ( member: OrgMember ) =>
		canManage && ( member.role !== 'owner' || myRole === 'owner' );

	const refresh = () => {
		members.retry();
		invitations.retry();
		reload();
	};
	const act = async ( run: () => Promise< unknown >, done: string ) => {
		setStatus( '' );
		const result = await change.run( run );
		if ( result.ok ) {
			setStatus( done );
			refresh();
		}
	};
	const handleInvite = async ( email: string, role: OrgRole ) => {
		setStatus( '' );
		setLink( undefined );
		const result = await invite.run( email, role );
		if ( ! result.ok ) {
			return null;
		}
		setStatus(
			result.value.emailed
				? `Invitation sent to ${ email }.`
				: `Invitation created for ${ email }; the e-mail could not be sent. Pass on the link below.`
		);
		setLink( result.value.link );
		refresh();
		return result.value;
	};

	return (
		<Page title="Members">
			<p className="status-message" role="status">
				{ status }
			</p>
			{ change.error && (
				<ErrorAlert>
					Could not change that: { change.error.message }
				</ErrorAlert>
			) }
			<Section id="members-heading" title="Members">
				<ResourceStatus
					resource={ members }
					failure="Could not load members"
					loading="Loading members…"
				/>
				{ members.data && (
					<DataTable
						label="Members"
						rowKey={ ( row ) => row.userId }
						rows={ members.data.members }
						columns={ [
							{ header: 'Name', render: ( row ) => row.name },
							{ header: 'E-mail', render: ( row ) => row.email },
							{
								header: 'Role',
								render: ( row ) =>
									mayTouch( row ) ? (
										<RoleSelect
											label={ `Role of ${ row.email }` }
											value={ row.role }
											choices={ grantable( myRole ) }
											disabled={ change.pending }
											onChange={ ( role ) =>
												act(
													() =>
														orgApi.changeRole(
															api,
															organizationId,
															row.userId,
															role
														),
													`${ row.email } is now ${ ORG_ROLE_LABELS[ role ] }.`
												)
											}
										/>
									) : (
										ORG_ROLE_LABELS[ row.role ]
									),
							},
							{
								header: 'Actions',
								render: ( row ) =>
									mayTouch( row ) &&
									row.userId !== session.data?.user.id ? (
										<RemoveButton
											member={ row }
											onRemove={ () =>
												act(
													() =>
														orgApi.removeMember(
															api,
															organizationId,
															row.userId
														),
													`${ row.email } was removed.`
												)
											}
										/>
									) : null,
							},
						] }
					/>
				) }
			</Section>
			{ canManage && (
				<Section id="invite-heading" title="Invite a member">
					<InviteForm
						myRole={ myRole }
						onInvite={ handleInvite }
						pending={ invite.pending }
						emailError={ invite.error?.fieldErrors.email }
					/>
					<FormError
						error={ invite.error }
						fields={ [ 'email' ] }
						lead="Could not invite"
					/>
					{ link && (
						<TextField
							label="Invitation link"
							className="monospace"
							readOnly
							value={ link }
						/>
					) }
				</Section>
			) }
			<Section id="invitations-heading" title="Pending invitations">
				{ invitations.error && (
					<ErrorAlert onRetry={ invitations.retry }>
						Could not load invitations:{ ' ' }
						{ invitations.error.message }
					</ErrorAlert>
				) }
				{ invitations.data &&
					invitations.data.invitations.length === 0 && (
						<p className="empty">No pending invitations.</p>
					) }
				{ invitations.data &&
					invitations.data.invitations.length > 0 && (
						<DataTable
							label="Pending invitations"
							rows={ invitations.data.invitations }
							columns={ [
								{
									header: 'E-mail',
									render: ( row ) => row.email,
								},
								{
									header: 'Role',
									render: ( row ) =>
										ORG_ROLE_LABELS[ row.role ],
								},
								{
									header: 'Expires',
									render: ( row ) => (
										<FormattedDate
											value={ row.expiresAt }
										/>
									),
								},
								{
									header: 'Actions',
									render: ( row ) =>
										canManage &&
										( row.role !== 'owner' ||
											myRole === 'owner' ) ? (
											<>
												<button
													type="button"
													className="button button-secondary button-small"
													aria-label={ `Resend invitation to ${ row.email }` }
													onClick={ () =>
														act(
															() =>
																orgApi.resendInvitation(
																	api,
																	organizationId,
																	row.id
																),
															`Invitation sent to ${ row.email } again.`
														)
													}
												>
													Resend
												</button>{ ' ' }
												<button
													type="button"
													className="button button-secondary button-small"
													aria-label={ `Revoke invitation to ${ row.email }` }
													onClick={ () =>
														act(
															() =>
																orgApi.revokeInvitation(
																	api,
																	organizationId,
																	row.id
																),
															`Invitation to ${ row.email } revoked.`
														)
													}
												>
													Revoke
												</button>
											</>
										) : null,
								},
							] }
						/>
					) }
			</Section>
		</Page>
	);
}
