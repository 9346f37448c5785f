import type { Reply } from '../../platform/http';
import { SESSION_COOKIE, type NewSession } from './service';

/**
 * The answer that signs a browser in: the user, the CSRF token and the MFA state in the body
 * (plus `extra`, e.g. the organization just joined) and the session cookie. Every route that
 * starts a session answers with it (sign-in, setup, accepting an invitation).
 */
export function sessionAnswer(
	session: NewSession,
	status: number,
	extra: Record< string, unknown > = {}
): Reply {
	return {
		status,
		body: {
			user: session.user,
			csrfToken: session.csrfToken,
			mfa: session.mfa,
			...extra,
		},
		cookies: [
			{
				name: SESSION_COOKIE,
				value: session.token,
				maxAgeMs: session.maxAgeMs,
			},
		],
	};
}
