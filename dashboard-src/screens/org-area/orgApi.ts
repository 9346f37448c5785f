/**
 * Calls of the organization area (`/api/org/*`, `/api/org-invitations/*`) and the platform's
 * impersonation routes, on the dashboard's one API client (CSRF and errors handled there).
 */
import type { ApiClient } from '../../api';
import type { Session } from '../../types';

export type OrgRole = 'owner' | 'admin' | 'agent' | 'viewer';

export const ORG_ROLE_LABELS: Record< OrgRole, string > = {
	owner: 'Owner',
	admin: 'Admin',
	agent: 'Agent',
	viewer: 'Viewer',
};

export interface Impersonation {
	grantId: string;
	organizationId: string;
	organizationName: string;
	reason: string;
	startedAt: string;
	expiresAt: string;
}

export interface MyOrganizations {
	organizations: Array< { id: string; name: string; role: OrgRole } >;
	impersonation: Impersonation | null;
}

export interface OrgOverview {
	organization: { id: string; name: string };
	role: OrgRole;
	permissions: string[];
	impersonation: Impersonation | null;
	sites: Array< {
		id: string;
		name: string;
		url: string;
		createdAt: string;
		disconnectedAt: string | null;
	} >;
	connectTokens: Array< {
		id: string;
		createdAt: string;
		expiresAt: string;
		usedAt: string | null;
		siteId: string | null;
	} >;
	memberCount: number;
}

export interface OrgMember {
	userId: string;
	email: string;
	name: string;
	role: OrgRole;
	createdAt: string;
}

export interface OrgInvitation {
	id: string;
	email: string;
	role: OrgRole;
	createdAt: string;
	expiresAt: string;
}

export interface InvitationResult {
	invitation: OrgInvitation;
	emailed: boolean;
	link?: string;
}

export interface OrgSettings {
	name: string;
	requireMfa: boolean;
}

export interface ConversationSummary {
	id: string;
	siteId: string;
	createdAt: string;
	updatedAt: string;
	messageCount: number;
}

export interface Transcript {
	conversation: { id: string; siteId: string; createdAt: string };
	messages: Array< {
		id: string;
		role: 'shopper' | 'assistant';
		text: string;
		createdAt: string;
	} >;
}

const org = ( id: string ) => `/api/org/${ encodeURIComponent( id ) }`;

export const orgApi = {
	mine: ( api: ApiClient, signal?: AbortSignal ) =>
		api.request< MyOrganizations >( 'GET', '/api/org', { signal } ),
	overview: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< OrgOverview >( 'GET', org( id ), { signal } ),
	createConnectToken: ( api: ApiClient, id: string ) =>
		api.request< { token: string; expiresAt: string } >(
			'POST',
			`${ org( id ) }/connect-tokens`,
			{ body: {} }
		),
	members: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< { members: OrgMember[] } >(
			'GET',
			`${ org( id ) }/members`,
			{ signal }
		),
	changeRole: ( api: ApiClient, id: string, userId: string, role: OrgRole ) =>
		api.request< void >( 'PATCH', `${ org( id ) }/members/${ userId }`, {
			body: { role },
		} ),
	removeMember: ( api: ApiClient, id: string, userId: string ) =>
		api.request< void >( 'DELETE', `${ org( id ) }/members/${ userId }` ),
	invitations: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< { invitations: OrgInvitation[] } >(
			'GET',
			`${ org( id ) }/invitations`,
			{ signal }
		),
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
		api.request< { conversations: ConversationSummary[] } >(
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
		api.request< Transcript >(
			'GET',
			`${ org( id ) }/conversations/${ conversationId }`,
			{ signal }
		),
	describeInvitation: ( api: ApiClient, token: string ) =>
		api.request< {
			organizationName: string;
			email: string;
			role: OrgRole;
			accountExists: boolean;
		} >( 'POST', '/api/org-invitations/describe', {
			body: { token },
			expectUnauthorized: true,
		} ),
	acceptInvitation: (
		api: ApiClient,
		input: { token: string; name: string; password: string }
	) =>
		api.request< Session & { organizationId: string } >(
			'POST',
			'/api/org-invitations/accept',
			{ body: input, expectUnauthorized: true }
		),
	joinInvitation: ( api: ApiClient, token: string ) =>
		api.request< { organizationId: string } >(
			'POST',
			'/api/org-invitations/join',
			{ body: { token }, expectUnauthorized: true }
		),
	startImpersonation: (
		api: ApiClient,
		id: string,
		input: { reason: string; minutes: number }
	) =>
		api.request< { impersonation: Impersonation } >(
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
