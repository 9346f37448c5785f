/**
 * The organization area's team pages (`/api/org/:orgId/*`, auth mode `org`, ADR 0014): the
 * overview with its sites and connect tokens, members, invitations and settings. The
 * organization id comes from the path and is checked against the principal (membership or
 * impersonation grant); every service call takes it from the principal. The area's other
 * route modules: entry.ts (before choosing an organization, invitation links) and
 * conversations.ts; areas/org/index.ts composes them (ADR 0026).
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { ChatService } from '../../modules/chat/service';
import { issuedConnectTokenSchema } from '../../modules/sites/schema';
import type { SitesService } from '../../modules/sites/service';
import type { AuthService } from '../../modules/auth/service';
import type { OrgAccessService } from '../../modules/orgs/access';
import { type MembersService } from '../../modules/orgs/members';
import {
	changeRoleBody,
	invitationReply,
	memberListSchema,
	orgInvitationListSchema,
	orgInvitationParams,
	orgInviteBody,
	orgMemberParams,
	orgOverviewSchema,
	orgParams,
	orgSettingsBody,
	orgSettingsSchema,
	publicInvitation,
	type OrgOverview,
} from '../../modules/orgs/schema';
import type { OrgsService } from '../../modules/orgs/service';

export interface OrgAreaDeps {
	orgs: OrgsService;
	members: MembersService;
	access: OrgAccessService;
	sites: SitesService;
	chat: ChatService;
	auth: AuthService;
}

const noBody = z.strictObject( {} ).optional();

/** `/api/org/:orgId/*`: one organization, as a member (or impersonating staff). */
export function teamRoutes( deps: OrgAreaDeps ): AnyRoute[] {
	const { orgs, members, sites, access } = deps;
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
				200: orgOverviewSchema,
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
					} satisfies OrgOverview,
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
				201: issuedConnectTokenSchema,
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
				200: memberListSchema,
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
				200: orgInvitationListSchema,
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
			responses: { 200: orgSettingsSchema },
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
			responses: { 200: orgSettingsSchema },
			handler: async ( { principal, body, context } ) => ( {
				body: await members.updateSettings( principal, body, context ),
			} ),
		} ),
	];
}
