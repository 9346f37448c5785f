/**
 * The organization area's entry (ADR 0014, ADR 0026): the organizations a signed-in user
 * may open (`/api/org`), and organization invitation links (`/api/org-invitations/*`).
 */
import { defineRoute, type AnyRoute } from '../../platform/http';
import { sessionAnswer } from '../../modules/auth/session-reply';
import {
	acceptOrgInvitationBody,
	invitationDescriptionSchema,
	invitationTokenBody,
	myOrganizationsSchema,
	orgJoinedSchema,
	orgSessionReply,
	type InvitationDescription,
	type MyOrganizations,
	type OrgJoined,
} from '../../modules/orgs/schema';
import type { OrgAreaDeps } from './routes';

/** Routes a signed-in user calls before choosing an organization, and invitation links. */
export function entryRoutes( deps: OrgAreaDeps ): AnyRoute[] {
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
				200: myOrganizationsSchema,
			},
			handler: async ( { principal } ) => ( {
				body: {
					organizations: await members.organizationsOf(
						principal.userId
					),
					impersonation: await access.currentImpersonation(
						principal.sessionId
					),
				} satisfies MyOrganizations,
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
				200: invitationDescriptionSchema,
				401: 'Unknown, used, revoked or expired invitation',
			},
			handler: async ( { body } ) => ( {
				body: ( await members.describeInvitation(
					body.token
				) ) satisfies InvitationDescription,
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
				201: orgSessionReply,
				401: 'Unknown, used, revoked or expired invitation',
				409: 'The account exists already: sign in and join instead',
			},
			handler: async ( { body, context } ) => {
				const { user, organizationId } =
					await members.acceptWithNewAccount( body, context );
				return sessionAnswer(
					await auth.startSession( user, context ),
					201,
					{ organizationId }
				);
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
				200: orgJoinedSchema,
				401: 'Unknown, used, revoked or expired invitation',
				403: 'The invitation is for another e-mail address',
				409: 'Already a member',
			},
			handler: async ( { body, principal, context } ) => ( {
				body: ( await members.acceptAsUser(
					principal,
					body.token,
					context
				) ) satisfies OrgJoined,
			} ),
		} ),
	];
}
