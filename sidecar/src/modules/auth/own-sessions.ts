/**
 * The signed-in user's own sessions: list, end one, end all others. Part of the auth
 * service (`createAuthService` spreads it in); split from service.ts along that seam
 * (issue 14 item 4).
 */
import { NotFoundError } from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import {
	actorOf,
	type AuthServiceDeps,
	type UserPrincipal,
} from './service-types';

export function createOwnSessions( {
	deps,
	now,
}: {
	deps: AuthServiceDeps;
	now: () => string;
} ) {
	const { repo, audit } = deps;
	return {
		async listSessions( principal: UserPrincipal ) {
			const sessions = await repo.listSessions( principal.userId, now() );
			return sessions.map( ( session ) => ( {
				...session,
				current: session.id === principal.sessionId,
			} ) );
		},

		async revokeSession(
			principal: UserPrincipal,
			sessionId: string
		): Promise< void > {
			if (
				! ( await repo.deleteSessionOfUser(
					principal.userId,
					sessionId
				) )
			) {
				throw new NotFoundError( 'No such session.' );
			}
		},

		/**
		 * Signs out every other session of the user ("I left myself signed in somewhere").
		 * Platform staff's use is written to the audit log in the same transaction.
		 * @param principal
		 * @param context
		 */
		async revokeOtherSessions(
			principal: UserPrincipal,
			context: RequestContext
		): Promise< number > {
			if ( principal.roles.length === 0 ) {
				return repo.deleteOtherSessions(
					principal.userId,
					principal.sessionId
				);
			}
			return audit.audited(
				actorOf( principal, context ),
				async ( trx ) => {
					const ended = await deps
						.repoFor( trx )
						.deleteOtherSessions(
							principal.userId,
							principal.sessionId
						);
					return {
						result: ended,
						entry: {
							action: 'auth.sessions.revoke_others',
							resourceType: 'user',
							resourceId: principal.userId,
							details: { ended },
						},
					};
				}
			);
		},
	};
}
