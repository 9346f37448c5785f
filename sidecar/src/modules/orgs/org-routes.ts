/**
 * The organization area (`/api/org/*`, auth mode `org`): an organization's team sees its
 * sites, members, invitations, settings and conversations. The organization id comes from
 * the path and is checked against the principal (membership or impersonation grant); every
 * service call below takes it from the principal. Also: organization invitation links
 * (`/api/org-invitations/*`) and the platform's impersonation and first-invitation routes.
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { messageSchema } from '../chat/schema';
import type { ChatService } from '../chat/service';
import { siteSchema } from '../sites/schema';
import type { SitesService } from '../sites/service';
import { SESSION_COOKIE } from '../auth/service';
import { sessionReply } from '../auth/schema';
import type { AuthService } from '../auth/service';
import type { OrgAccessService } from './access';
import { actorOf, type MembersService } from './members';
import {
	acceptOrgInvitationBody,
	changeRoleBody,
	impersonationBody,
	impersonationSchema,
	invitationReply,
	invitationTokenBody,
	memberSchema,
	orgConversationParams,
	orgInvitationParams,
	orgInvitationSchema,
	orgInviteBody,
	organizationIdParams,
	orgMemberParams,
	orgParams,
	orgRoleSchema,
	orgSettingsBody,
} from './schema';
import type { OrgsService } from './service';

export interface OrgAreaDeps {
	orgs: OrgsService;
	members: MembersService;
	access: OrgAccessService;
	sites: SitesService;
	chat: ChatService;
	auth: AuthService;
}

const noBody = z.strictObject( {} ).optional();
const settingsSchema = z.object( {
	name: z.string(),
	requireMfa: z.boolean(),
} );

const publicInvitation = ( invitation: {
	id: string;
	email: string;
	role: 'owner' | 'admin' | 'agent' | 'viewer';
	createdAt: string;
	expiresAt: string;
} ) => ( {
	id: invitation.id,
	email: invitation.email,
	role: invitation.role,
	createdAt: invitation.createdAt,
	expiresAt: invitation.expiresAt,
} );

/** Routes a signed-in user calls before choosing an organization, and invitation links. */
function entryRoutes( deps: OrgAreaDeps ): AnyRoute[] {
	const { members, access, auth } = deps;
	return [
		defineRoute( {
			method: 'get',
			path: '/api/org',
			summary:
				'The organizations I belong to (with my role) and my running impersonation, if any',
			tag: 'org',
			auth: 'user',
			permission: null,
			schema: {},
			responses: {
				200: z.object( {
					organizations: z.array(
						z.object( {
							id: z.string(),
							name: z.string(),
							role: orgRoleSchema,
						} )
					),
					impersonation: impersonationSchema.nullable(),
				} ),
			},
			handler: async ( { principal } ) => ( {
				body: {
					organizations: await members.organizationsOf(
						principal.userId
					),
					impersonation: await access.currentImpersonation(
						principal.sessionId
					),
				},
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/org-invitations/describe',
			summary:
				'What an organization invitation link is for (organization, e-mail, role, whether the account exists)',
			tag: 'org',
			auth: 'public',
			permission: null,
			schema: { body: invitationTokenBody },
			responses: {
				200: z.object( {
					organizationName: z.string(),
					email: z.string(),
					role: orgRoleSchema,
					accountExists: z.boolean(),
				} ),
				401: 'Unknown, used, revoked or expired invitation',
			},
			handler: async ( { body } ) => ( {
				body: await members.describeInvitation( body.token ),
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/org-invitations/accept',
			summary:
				'Accept an organization invitation with a new account (single use) and sign in',
			tag: 'org',
			auth: 'public',
			permission: null,
			schema: { body: acceptOrgInvitationBody },
			responses: {
				201: sessionReply.extend( { organizationId: z.string() } ),
				401: 'Unknown, used, revoked or expired invitation',
				409: 'The account exists already: sign in and join instead',
			},
			handler: async ( { body, context } ) => {
				const { user, organizationId } =
					await members.acceptWithNewAccount( body, context );
				const session = await auth.startSession( user, context );
				return {
					status: 201,
					body: {
						user: session.user,
						csrfToken: session.csrfToken,
						mfa: session.mfa,
						organizationId,
					},
					cookies: [
						{
							name: SESSION_COOKIE,
							value: session.token,
							maxAgeMs: session.maxAgeMs,
						},
					],
				};
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/org-invitations/join',
			summary:
				'Accept an organization invitation with the signed-in account (its e-mail must match)',
			tag: 'org',
			auth: 'user',
			permission: null,
			schema: { body: invitationTokenBody },
			responses: {
				200: z.object( { organizationId: z.string() } ),
				401: 'Unknown, used, revoked or expired invitation',
				403: 'The invitation is for another e-mail address',
				409: 'Already a member',
			},
			handler: async ( { body, principal, context } ) => ( {
				body: await members.acceptAsUser(
					principal,
					body.token,
					context
				),
			} ),
		} ),
	];
}

/** `/api/org/:orgId/*`: one organization, as a member (or impersonating staff). */
function memberRoutes( deps: OrgAreaDeps ): AnyRoute[] {
	const { orgs, members, sites, chat, access } = deps;
	return [
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId',
			summary:
				'Organization overview: my role and permissions, sites, connect tokens, member count',
			tag: 'org',
			auth: 'org',
			permission: 'org.overview.read',
			schema: { params: orgParams },
			responses: {
				200: z.object( {
					organization: z.object( {
						id: z.string(),
						name: z.string(),
					} ),
					role: orgRoleSchema,
					permissions: z.array( z.string() ),
					impersonation: impersonationSchema.nullable(),
					sites: z.array( siteSchema ),
					connectTokens: z.array(
						z.object( {
							id: z.string(),
							createdAt: z.string(),
							expiresAt: z.string(),
							usedAt: z.string().nullable(),
							siteId: z.string().nullable(),
						} )
					),
					memberCount: z.number(),
				} ),
				404: 'No such organization, or not yours',
			},
			handler: async ( { principal } ) => {
				const id = principal.organizationId;
				const [ organization, siteList, tokens, team, impersonation ] =
					await Promise.all( [
						orgs.get( id ),
						sites.listByOrganization( id ),
						sites.listConnectTokens( id ),
						members.listMembers( principal ),
						principal.impersonation
							? access.currentImpersonation( principal.sessionId )
							: null,
					] );
				return {
					body: {
						organization: {
							id: organization.id,
							name: organization.name,
						},
						role: principal.orgRole,
						permissions: [ ...principal.permissions ],
						impersonation,
						sites: siteList,
						connectTokens: tokens.map(
							( { organizationId: _org, ...token } ) => token
						),
						memberCount: team.length,
					},
				};
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/org/:orgId/connect-tokens',
			summary:
				'Create a one-time connect token for a new site (shown once, valid 24 hours)',
			tag: 'org',
			auth: 'org',
			permission: 'org.sites.manage',
			schema: { params: orgParams, body: noBody },
			responses: {
				201: z.object( { token: z.string(), expiresAt: z.string() } ),
			},
			handler: async ( { principal } ) => ( {
				status: 201,
				body: await sites.createConnectToken(
					principal.organizationId
				),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/members',
			summary: 'Members of the organization with their roles',
			tag: 'org',
			auth: 'org',
			permission: 'org.members.read',
			schema: { params: orgParams },
			responses: {
				200: z.object( { members: z.array( memberSchema ) } ),
			},
			handler: async ( { principal } ) => ( {
				body: { members: await members.listMembers( principal ) },
			} ),
		} ),
		defineRoute( {
			method: 'patch',
			path: '/api/org/:orgId/members/:userId',
			summary:
				"Change a member's role (owners only by owners; the last owner stays)",
			tag: 'org',
			auth: 'org',
			permission: 'org.members.manage',
			schema: { params: orgMemberParams, body: changeRoleBody },
			responses: {
				204: 'Changed',
				403: 'Only owners change owners',
				404: 'No such member',
				409: 'The last owner',
			},
			handler: async ( { principal, params, body, context } ) => {
				await members.changeRole(
					principal,
					params.userId,
					body.role,
					context
				);
				return { status: 204 };
			},
		} ),
		defineRoute( {
			method: 'delete',
			path: '/api/org/:orgId/members/:userId',
			summary:
				'Remove a member (owners only by owners; the last owner stays)',
			tag: 'org',
			auth: 'org',
			permission: 'org.members.manage',
			schema: { params: orgMemberParams },
			responses: {
				204: 'Removed',
				403: 'Only owners remove owners',
				404: 'No such member',
				409: 'The last owner',
			},
			handler: async ( { principal, params, context } ) => {
				await members.removeMember( principal, params.userId, context );
				return { status: 204 };
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/invitations',
			summary: 'Open invitations of the organization',
			tag: 'org',
			auth: 'org',
			permission: 'org.members.read',
			schema: { params: orgParams },
			responses: {
				200: z.object( {
					invitations: z.array( orgInvitationSchema ),
				} ),
			},
			handler: async ( { principal } ) => ( {
				body: {
					invitations: (
						await members.listInvitations( principal )
					).map( publicInvitation ),
				},
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/org/:orgId/invitations',
			summary:
				'Invite a person by e-mail with a role (owners only by owners); the link is e-mailed',
			tag: 'org',
			auth: 'org',
			permission: 'org.members.manage',
			schema: { params: orgParams, body: orgInviteBody },
			responses: {
				201: invitationReply,
				403: 'Only owners invite owners',
				409: 'Already a member, or invited already',
			},
			handler: async ( { principal, body, context } ) => {
				const result = await members.invite( principal, body, context );
				return {
					status: 201,
					body: {
						...result,
						invitation: publicInvitation( result.invitation ),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'delete',
			path: '/api/org/:orgId/invitations/:invitationId',
			summary: 'Revoke an open invitation (its link stops working)',
			tag: 'org',
			auth: 'org',
			permission: 'org.members.manage',
			schema: { params: orgInvitationParams },
			responses: { 204: 'Revoked', 404: 'No such open invitation' },
			handler: async ( { principal, params, context } ) => {
				await members.revokeInvitation(
					principal,
					params.invitationId,
					context
				);
				return { status: 204 };
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/org/:orgId/invitations/:invitationId/resend',
			summary:
				'Send an open invitation again with a new link valid 7 days (the old link stops working)',
			tag: 'org',
			auth: 'org',
			permission: 'org.members.manage',
			schema: { params: orgInvitationParams, body: noBody },
			responses: { 200: invitationReply, 404: 'No such open invitation' },
			handler: async ( { principal, params, context } ) => {
				const result = await members.resendInvitation(
					principal,
					params.invitationId,
					context
				);
				return {
					body: {
						...result,
						invitation: publicInvitation( result.invitation ),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/settings',
			summary: "The organization's settings (name, MFA enforcement)",
			tag: 'org',
			auth: 'org',
			permission: 'org.settings.read',
			schema: { params: orgParams },
			responses: { 200: settingsSchema },
			handler: async ( { principal } ) => ( {
				body: await members.settings( principal ),
			} ),
		} ),
		defineRoute( {
			method: 'patch',
			path: '/api/org/:orgId/settings',
			summary:
				'Rename the organization or require MFA of every member (members without it are sent to enrolment)',
			tag: 'org',
			auth: 'org',
			permission: 'org.settings.manage',
			schema: { params: orgParams, body: orgSettingsBody },
			responses: { 200: settingsSchema },
			handler: async ( { principal, body, context } ) => ( {
				body: await members.updateSettings( principal, body, context ),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/conversations',
			summary:
				"The organization's conversations, newest activity first (read-only)",
			tag: 'org',
			auth: 'org',
			permission: 'org.conversations.read',
			schema: { params: orgParams },
			responses: {
				200: z.object( {
					conversations: z.array(
						z.object( {
							id: z.string(),
							siteId: z.string(),
							createdAt: z.string(),
							updatedAt: z.string(),
							messageCount: z.number(),
						} )
					),
				} ),
			},
			handler: async ( { principal } ) => ( {
				body: {
					conversations: (
						await chat.listForOrganization(
							principal.organizationId
						)
					).map(
						( { organizationId: _org, ...conversation } ) =>
							conversation
					),
				},
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/conversations/:conversationId',
			summary: 'One conversation with its messages (read-only)',
			tag: 'org',
			auth: 'org',
			permission: 'org.conversations.read',
			schema: { params: orgConversationParams },
			responses: {
				200: z.object( {
					conversation: z.object( {
						id: z.string(),
						siteId: z.string(),
						createdAt: z.string(),
						updatedAt: z.string(),
					} ),
					messages: z.array( messageSchema ),
				} ),
				404: 'No such conversation in this organization',
			},
			handler: async ( { principal, params } ) => {
				const { conversation, messages } =
					await chat.transcriptForOrganization(
						principal.organizationId,
						params.conversationId
					);
				return {
					body: {
						conversation: {
							id: conversation.id,
							siteId: conversation.siteId,
							createdAt: conversation.createdAt,
							updatedAt: conversation.updatedAt,
						},
						messages: messages.map( ( message ) => ( {
							id: message.id,
							role: message.role,
							text: message.text,
							sources: message.sources,
							createdAt: message.createdAt,
						} ) ),
					},
				};
			},
		} ),
	];
}

/** Platform staff: view an organization as its admin (time-boxed, audited), invite its first people. */
function platformRoutes( deps: OrgAreaDeps ): AnyRoute[] {
	const { access, members } = deps;
	return [
		defineRoute( {
			method: 'post',
			path: '/api/owner/organizations/:id/impersonation',
			summary:
				"View an organization's dashboard as admin for up to 60 minutes (reason required; no billing or member changes)",
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.organizations.impersonate',
			audit: 'service',
			schema: { params: organizationIdParams, body: impersonationBody },
			responses: {
				201: z.object( { impersonation: impersonationSchema } ),
				404: 'No such organization',
			},
			handler: async ( { principal, params, body, context } ) => ( {
				status: 201,
				body: {
					impersonation: await access.start(
						principal,
						params.id,
						body,
						context
					),
				},
			} ),
		} ),
		defineRoute( {
			method: 'delete',
			path: '/api/owner/organizations/:id/impersonation',
			summary: "Stop viewing an organization's dashboard",
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.organizations.impersonate',
			audit: 'service',
			schema: { params: organizationIdParams },
			responses: { 204: 'Stopped', 404: 'None running' },
			handler: async ( { principal, params, context } ) => {
				await access.stop( principal, params.id, context );
				return { status: 204 };
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/owner/organizations/:id/invitations',
			summary:
				"Invite an organization's first people (its owner) by e-mail",
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.organizations.manage',
			audit: 'service',
			schema: { params: organizationIdParams, body: orgInviteBody },
			responses: {
				201: invitationReply,
				404: 'No such organization',
				409: 'Already a member, or invited already',
			},
			handler: async ( { principal, params, body, context } ) => {
				const result = await members.inviteAsPlatform(
					actorOf( principal, context ),
					params.id,
					body
				);
				return {
					status: 201,
					body: {
						...result,
						invitation: publicInvitation( result.invitation ),
					},
				};
			},
		} ),
	];
}

export function orgAreaRoutes( deps: OrgAreaDeps ): AnyRoute[] {
	return [
		...entryRoutes( deps ),
		...memberRoutes( deps ),
		...platformRoutes( deps ),
	];
}
