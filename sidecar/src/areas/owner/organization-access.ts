/**
 * The owner area's organization access routes (ADR 0014, ADR 0026): platform staff view an
 * organization as its admin (time-boxed, audited) and invite its first people.
 */
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { OrgAccessService } from '../../modules/orgs/access';
import { actorOf, type MembersService } from '../../modules/orgs/members';
import {
	impersonationBody,
	impersonationStartedSchema,
	invitationReply,
	orgInviteBody,
	organizationIdParams,
	publicInvitation,
} from '../../modules/orgs/schema';

/** Platform staff: view an organization as its admin (time-boxed, audited), invite its first people. */
export function organizationAccessRoutes( deps: {
	access: OrgAccessService;
	members: MembersService;
} ): AnyRoute[] {
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
				201: impersonationStartedSchema,
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
