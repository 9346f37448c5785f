/**
 * Calls of the organization area (`/api/org/*`, `/api/org-invitations/*`) and the platform's
 * impersonation routes, on the dashboard's one API client (CSRF and errors handled there).
 */
import type { ApiClient } from '../../api';
import type { IssuedConnectToken } from '../../../contracts/sites';
import type {
	ImpersonationStarted,
	InvitationDescription,
	InvitationResult,
	MemberList,
	MyOrganizations,
	OrgConversationList,
	OrgInvitationList,
	OrgJoined,
	OrgOverview,
	OrgRole,
	OrgSessionReply,
	OrgSettings,
	OrgTranscript,
} from '../../../contracts/organizations';

export type {
	ConversationSummary,
	Impersonation,
	InvitationResult,
	MyOrganizations,
	OrgInvitation,
	OrgMember,
	OrgOverview,
	OrgRole,
	OrgSettings,
	OrgTranscript as Transcript,
} from '../../../contracts/organizations';

export const ORG_ROLE_LABELS: Record< OrgRole, string > = {
	owner: 'Owner',
	admin: 'Admin',
	agent: 'Agent',
	viewer: 'Viewer',
};

const org = ( id: string ) => `/api/org/${ encodeURIComponent( id ) }`;

export const orgApi = {
	mine: ( api: ApiClient, signal?: AbortSignal ) =>
		api.request< MyOrganizations >( 'GET', '/api/org', { signal } ),
	overview: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< OrgOverview >( 'GET', org( id ), { signal } ),
	createConnectToken: ( api: ApiClient, id: string ) =>
		api.request< IssuedConnectToken >(
			'POST',
			`${ org( id ) }/connect-tokens`,
			{ body: {} }
		),
	members: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< MemberList >( 'GET', `${ org( id ) }/members`, {
			signal,
		} ),
	changeRole: ( api: ApiClient, id: string, userId: string, role: OrgRole ) =>
		api.request< void >( 'PATCH', `${ org( id ) }/members/${ userId }`, {
			body: { role },
		} ),
	removeMember: ( api: ApiClient, id: string, userId: string ) =>
		api.request< void >( 'DELETE', `${ org( id ) }/members/${ userId }` ),
	invitations: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< OrgInvitationList >( 'GET', `${ org( id ) }/invitations`, {
			signal,
		} ),
	invite: ( api: ApiClient, id: string, email: string, role: OrgRole ) =>
		api.request< InvitationResult >( 'POST', `${ org( id ) }/invitations`, {
			body: { email, role },
		} ),
	revokeInvitation: ( api: ApiClient, id: string, invitationId: string ) =>
		api.request< void >(
			'DELETE',
			`${ org( id ) }/invitations/${ invitationId }`
		),
	resendInvitation: ( api: ApiClient, id: string, invitationId: string ) =>
		api.request< InvitationResult >(
			'POST',
			`${ org( id ) }/invitations/${ invitationId }/resend`,
			{ body: {} }
		),
	settings: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< OrgSettings >( 'GET', `${ org( id ) }/settings`, {
			signal,
		} ),
	updateSettings: (
		api: ApiClient,
		id: string,
		changes: Partial< OrgSettings >
	) =>
		api.request< OrgSettings >( 'PATCH', `${ org( id ) }/settings`, {
			body: changes,
		} ),
	conversations: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< OrgConversationList >(
			'GET',
			`${ org( id ) }/conversations`,
			{ signal }
		),
	transcript: (
		api: ApiClient,
		id: string,
		conversationId: string,
		signal?: AbortSignal
	) =>
		api.request< OrgTranscript >(
			'GET',
			`${ org( id ) }/conversations/${ conversationId }`,
			{ signal }
		),
	describeInvitation: ( api: ApiClient, token: string ) =>
		api.request< InvitationDescription >(
			'POST',
			'/api/org-invitations/describe',
			{
				body: { token },
				expectUnauthorized: true,
			}
		),
	acceptInvitation: (
		api: ApiClient,
		input: { token: string; name: string; password: string }
	) =>
		api.request< OrgSessionReply >( 'POST', '/api/org-invitations/accept', {
			body: input,
			expectUnauthorized: true,
		} ),
	joinInvitation: ( api: ApiClient, token: string ) =>
		api.request< OrgJoined >( 'POST', '/api/org-invitations/join', {
			body: { token },
			expectUnauthorized: true,
		} ),
	startImpersonation: (
		api: ApiClient,
		id: string,
		input: { reason: string; minutes: number }
	) =>
		api.request< ImpersonationStarted >(
			'POST',
			`/api/owner/organizations/${ encodeURIComponent(
				id
			) }/impersonation`,
			{ body: input }
		),
	stopImpersonation: ( api: ApiClient, id: string ) =>
		api.request< void >(
			'DELETE',
			`/api/owner/organizations/${ encodeURIComponent(
				id
			) }/impersonation`
		),
};
