/**
 * How each route's `auth` mode turns a request into a principal (ADR 0010, ADR 0014,
 * ADR 0026): one authenticator per mode, each asking the module that owns the credential.
 */
import type { Authenticator } from '../platform/http';
import { NotFoundError, UnauthorizedError } from '../platform/errors';
import { MfaRequiredError, type AuthService } from '../modules/auth/service';
import type { ChatService } from '../modules/chat/service';
import type { OrgAccessService } from '../modules/orgs/access';
import type { SitesService } from '../modules/sites/service';

export type AuthenticatedMode =
	'session' | 'user' | 'platform' | 'org' | 'site' | 'conversation';

export function createAuthenticators( deps: {
	auth: Pick< AuthService, 'authenticate' >;
	orgAccess: Pick< OrgAccessService, 'principalFor' >;
	sites: Pick< SitesService, 'verifySignedRequest' >;
	chat: Pick< ChatService, 'conversationForToken' >;
} ): Record< AuthenticatedMode, Authenticator > {
	const { auth, orgAccess, sites, chat } = deps;
	return {
		// Any live session, also one still waiting for its second factor (MFA routes, me, logout).
		session: ( context, req ) => auth.authenticate( context, req.method ),
		user: async ( context, req ) => {
			const principal = await auth.authenticate( context, req.method );
			if ( principal.mfa === 'pending' ) {
				throw new MfaRequiredError();
			}
			return principal;
		},
		// Platform staff only (others get 404: the surface is not advertised), and only after MFA.
		platform: async ( context, req ) => {
			const principal = await auth.authenticate( context, req.method );
			if ( principal.roles.length === 0 ) {
				throw new NotFoundError();
			}
			if ( principal.mfa !== 'verified' ) {
				throw new MfaRequiredError();
			}
			return principal;
		},
		// A member of the path's organization (or staff with a live impersonation grant for it).
		org: async ( context, req ) => {
			const principal = await auth.authenticate( context, req.method );
			if ( principal.mfa === 'pending' ) {
				throw new MfaRequiredError();
			}
			const orgId = req.params?.orgId;
			return orgAccess.principalFor(
				principal,
				typeof orgId === 'string' ? orgId : ''
			);
		},
		site: async ( context, req ) => {
			const site = await sites.verifySignedRequest(
				context,
				req.method,
				req.originalUrl
			);
			return {
				kind: 'site',
				siteId: site.id,
				organizationId: site.organizationId,
			};
		},
		conversation: async ( context ) => {
			const match = /^Bearer\s+(ct_[A-Za-z0-9_-]{10,100})$/.exec(
				context.headers.authorization ?? ''
			);
			if ( ! match?.[ 1 ] ) {
				throw new UnauthorizedError(
					'A conversation token is required.'
				);
			}
			const conversation = await chat.conversationForToken( match[ 1 ] );
			return {
				kind: 'conversation',
				conversationId: conversation.id,
				siteId: conversation.siteId,
				organizationId: conversation.organizationId,
			};
		},
	};
}
