import { defineRoute, type AnyRoute } from '../../platform/http';
import type { AccountsService } from './accounts';
import {
	acceptInvitationBody,
	invitationInfoSchema,
	invitationQuery,
	resetCompleteBody,
	resetRequestBody,
	sessionReply,
} from './schema';
import type { AuthService } from './service';
import { sessionAnswer } from './session-reply';

/**
 * The invitee's side of a staff invitation and password reset by e-mail (the staff who
 * invite are the owner area's, areas/owner/invitations.ts).
 */
export function accountRoutes(
	accounts: AccountsService,
	auth: AuthService
): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/auth/invitation',
			summary:
				'Who an invitation link is for (to prefill the sign-up form)',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: { query: invitationQuery },
			responses: {
				200: invitationInfoSchema,
				401: 'Unknown, used or expired invitation',
			},
			handler: async ( { query } ) => ( {
				body: await accounts.describeInvitation( query.token ),
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/invitations/accept',
			summary:
				'Create the invited account (single use) and sign in; MFA enrolment follows for platform roles',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: { body: acceptInvitationBody },
			responses: {
				201: sessionReply,
				401: 'Unknown, used or expired invitation',
				409: 'The account exists already',
			},
			handler: async ( { body, context } ) => {
				const user = await accounts.acceptInvitation( body, context );
				return sessionAnswer(
					await auth.startSession( user, context ),
					201
				);
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/password-reset',
			summary:
				'E-mail a one-hour reset link if the account exists (the answer is the same either way)',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: { body: resetRequestBody },
			responses: { 202: 'Accepted', 429: 'Too many requests' },
			handler: async ( { body, context } ) => {
				await accounts.requestPasswordReset( body.email, context );
				return { status: 202, body: { accepted: true } };
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/password-reset/complete',
			summary:
				'Set a new password from a reset link (single use); every session of the account ends',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: { body: resetCompleteBody },
			responses: {
				204: 'Password changed',
				401: 'Unknown, used or expired link',
			},
			handler: async ( { body, context } ) => {
				await accounts.completePasswordReset(
					body.token,
					body.password,
					context
				);
				return { status: 204 };
			},
		} ),
	];
}
