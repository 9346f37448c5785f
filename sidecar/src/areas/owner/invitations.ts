import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { AccountsService } from '../../modules/auth/accounts';
import {
	invitationSchema,
	invitationSentSchema,
	inviteBody,
} from '../../modules/auth/schema';

/**
 * Platform staff invite a person to a platform role and list the open invitations; the
 * invitee accepts through /api/auth/invitations/accept (modules/auth/account-routes.ts).
 */
export function staffInvitationRoutes(
	accounts: Pick< AccountsService, 'invite' | 'listInvitations' >
): AnyRoute[] {
	return [
		defineRoute( {
			method: 'post',
			path: '/api/owner/invitations',
			summary:
				'Invite a person to a platform role by e-mail (the link is returned when it could not be e-mailed)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.admins.manage',
			audit: 'service',
			schema: { body: inviteBody },
			responses: {
				201: invitationSentSchema,
				409: 'Unknown role, or the person already has an account',
			},
			handler: async ( { body, principal, context } ) => ( {
				status: 201,
				body: await accounts.invite(
					{
						userId: principal.userId,
						ip: context.ip,
						userAgent: context.userAgent,
					},
					body.email,
					body.role
				),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/invitations',
			summary: 'Invitations not yet accepted and not expired',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.admins.read',
			schema: {},
			responses: {
				200: z.object( {
					invitations: z.array(
						invitationSchema.extend( { createdAt: z.string() } )
					),
				} ),
			},
			handler: async () => ( {
				body: { invitations: await accounts.listInvitations() },
			} ),
		} ),
	];
}
