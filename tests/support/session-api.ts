/**
 * Requests as a signed-in dashboard user (or as nobody): the session's cookie and CSRF header
 * go along, a body goes as JSON. Suites that walk through who may do what call the dashboard
 * API dozens of times; with this each call is one line, and `api.status` answers just the
 * status for the steps that check only that.
 *
 * The sidecar is read lazily, so the helper can be made in a `describe` body before
 * `beforeAll` has started it: `const api = sessionApi( () => sidecar );`.
 */
import { call, type JsonResponse, type TestSidecar } from './sidecar-harness';

/** Whatever carries a session's request headers (OwnerSession, OrgMember, staff sessions). */
export interface SignedInSession {
	headers: Record< string, string >;
}

export interface SessionApi {
	< T = any >(
		method: string,
		path: string,
		session: SignedInSession | null,
		body?: unknown
	): Promise< JsonResponse< T > >;
	/** The same request, answering only its HTTP status. */
	status: (
		method: string,
		path: string,
		session: SignedInSession | null,
		body?: unknown
	) => Promise< number >;
}

export function sessionApi( sidecar: () => TestSidecar ): SessionApi {
	const request = < T = any >(
		method: string,
		path: string,
		session: SignedInSession | null,
		body?: unknown
	) =>
		call< T >( sidecar().baseUrl, method, path, {
			headers: session?.headers ?? {},
			...( body === undefined ? {} : { body } ),
		} );
	return Object.assign( request, {
		status: async (
			method: string,
			path: string,
			session: SignedInSession | null,
			body?: unknown
		) => ( await request( method, path, session, body ) ).status,
	} );
}
