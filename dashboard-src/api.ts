/**
 * The dashboard's only door to the sidecar. Every call goes through `request`, which
 * sends the session cookie (same origin), attaches the CSRF token to state-changing
 * requests and turns the error envelope `{ error: { code, message, details } }` into an
 * `ApiError` — the one place the envelope is unwrapped (CONVENTIONS 3).
 */
import type {
	AuditPage,
	IssuedConnectToken,
	Role,
	StaffMember,
	TotpEnrolment,
	LoginInput,
	Organization,
	OrganizationDetail,
	OrganizationSummary,
	Session,
	SetupInput,
	SetupStatus,
} from './types';
import type { TotpActivated } from '../contracts/auth';

import { ApiError, errorFromResponse, isAbortError } from './apiError';

export { ApiError, fieldErrorsFrom } from './apiError';
export type { ApiErrorInit, FieldErrors } from './apiError';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function readJson( response: Response ): Promise< unknown > {
	const type = response.headers.get( 'Content-Type' ) ?? '';
	if ( ! type.includes( 'json' ) ) {
		return undefined;
	}
	try {
		return ( await response.json() ) as unknown;
	} catch {
		return undefined;
	}
}

export interface RequestOptions {
	/** Serialised as JSON. */
	body?: unknown;
	signal?: AbortSignal;
	/**
	 * A 401 here is an expected answer (wrong password, no session yet), not a session
	 * that ended: don't tell the `onUnauthorized` listeners.
	 */
	expectUnauthorized?: boolean;
}

export interface ApiClientOptions {
	/** Defaults to the global `fetch`, looked up at call time. */
	fetch?: typeof fetch;
	/** Prefix for every path; empty for same-origin calls. */
	baseUrl?: string;
}

export interface ApiClient {
	request: < T >(
		method: HttpMethod,
		path: string,
		options?: RequestOptions
	) => Promise< T >;
	/** Remembers (or forgets, with `null`) the token sent as `X-CSRF-Token`. */
	setCsrfToken: ( token: string | null ) => void;
	/**
	 * Calls `listener` when a request fails with 401 because the session ended.
	 * Returns the unsubscribe function.
	 */
	onUnauthorized: ( listener: () => void ) => () => void;

	getSetupStatus: ( signal?: AbortSignal ) => Promise< SetupStatus >;
	setup: ( input: SetupInput ) => Promise< Session >;
	login: ( input: LoginInput ) => Promise< Session >;
	logout: () => Promise< void >;
	/** The current session; rejects with a 401 ApiError when signed out. */
	me: ( signal?: AbortSignal ) => Promise< Session >;
	listOrganizations: (
		signal?: AbortSignal
	) => Promise< OrganizationSummary[] >;
	createOrganization: ( name: string ) => Promise< Organization >;
	getOrganization: (
		id: string,
		signal?: AbortSignal
	) => Promise< OrganizationDetail >;
	createConnectToken: (
		organizationId: string
	) => Promise< IssuedConnectToken >;
	/** The second sign-in step; answers with the new, verified session. */
	mfaChallenge: (
		proof: { code: string } | { smsCode: string } | { backupCode: string }
	) => Promise< Session >;
	startTotpEnrolment: () => Promise< TotpEnrolment >;
	/** Confirms enrolment; the backup codes are shown once. */
	activateTotp: ( code: string ) => Promise< TotpActivated >;
	/** Audit events; `query` holds the filters and paging as the API names them. */
	auditLog: (
		query: URLSearchParams,
		signal?: AbortSignal
	) => Promise< AuditPage >;
	verifyAuditLog: () => Promise< {
		ok: boolean;
		rows: number;
		firstBroken?: { seq: number; reason: string };
	} >;
	listStaff: ( signal?: AbortSignal ) => Promise< StaffMember[] >;
	listRoles: ( signal?: AbortSignal ) => Promise< Role[] >;
	grantRole: ( email: string, role: string ) => Promise< void >;
	revokeRole: ( userId: string, role: string ) => Promise< void >;
}

/**
 * Creates a client. The app uses one (`defaultApiClient`); tests create their own with a
 * fake `fetch`.
 *
 * @param options Client options.
 */
export function createApiClient( options: ApiClientOptions = {} ): ApiClient {
	const baseUrl = options.baseUrl ?? '';
	const doFetch: typeof fetch =
		options.fetch ?? ( ( input, init ) => globalThis.fetch( input, init ) );
	let csrfToken: string | null = null;
	const unauthorizedListeners = new Set< () => void >();

	async function request< T >(
		method: HttpMethod,
		path: string,
		{ body, signal, expectUnauthorized = false }: RequestOptions = {}
	): Promise< T > {
		const headers: Record< string, string > = {
			Accept: 'application/json',
		};
		if ( body !== undefined ) {
			headers[ 'Content-Type' ] = 'application/json';
		}
		if ( method !== 'GET' && csrfToken ) {
			headers[ 'X-CSRF-Token' ] = csrfToken;
		}

		let response: Response;
		try {
			response = await doFetch( baseUrl + path, {
				method,
				headers,
				body: body === undefined ? undefined : JSON.stringify( body ),
				credentials: 'same-origin',
				signal,
			} );
		} catch ( error ) {
			if ( isAbortError( error ) || signal?.aborted ) {
				throw error;
			}
			throw new ApiError( {
				status: 0,
				code: 'network_error',
				message:
					'Could not reach the OmniOps server. Check your connection and try again.',
			} );
		}

		const payload = await readJson( response );
		if ( ! response.ok ) {
			const error = errorFromResponse( response, payload );
			if ( error.status === 401 && ! expectUnauthorized ) {
				unauthorizedListeners.forEach( ( listener ) => listener() );
			}
			throw error;
		}
		if ( response.status === 204 ) {
			return undefined as T;
		}
		if ( payload === undefined ) {
			throw new ApiError( {
				status: response.status,
				code: 'invalid_response',
				message: 'The server answered with something other than JSON.',
			} );
		}
		return payload as T;
	}

	function remember( session: Session ): Session {
		csrfToken = session.csrfToken;
		return session;
	}

	const staffRolePath = ( userId: string, role: string ) =>
		`/api/owner/staff/${ encodeURIComponent(
			userId
		) }/roles/${ encodeURIComponent( role ) }`;

	const organizationPath = ( id: string ) =>
		`/api/owner/organizations/${ encodeURIComponent( id ) }`;

	return {
		request,
		setCsrfToken( token ) {
			csrfToken = token;
		},
		onUnauthorized( listener ) {
			unauthorizedListeners.add( listener );
			return () => {
				unauthorizedListeners.delete( listener );
			};
		},

		getSetupStatus: ( signal ) =>
			request< SetupStatus >( 'GET', '/api/auth/setup-status', {
				signal,
			} ),
		setup: async ( input ) =>
			remember(
				await request< Session >( 'POST', '/api/auth/setup', {
					body: input,
					expectUnauthorized: true,
				} )
			),
		login: async ( input ) =>
			remember(
				await request< Session >( 'POST', '/api/auth/login', {
					body: input,
					expectUnauthorized: true,
				} )
			),
		logout: async () => {
			try {
				await request< void >( 'POST', '/api/auth/logout', {
					expectUnauthorized: true,
				} );
			} catch ( error ) {
				// A 401 means the session was already gone: the goal is reached.
				if ( ! ( error instanceof ApiError && error.status === 401 ) ) {
					throw error;
				}
			}
			csrfToken = null;
		},
		me: async ( signal ) =>
			remember(
				await request< Session >( 'GET', '/api/auth/me', {
					signal,
					expectUnauthorized: true,
				} )
			),
		listOrganizations: async ( signal ) =>
			(
				await request< { organizations: OrganizationSummary[] } >(
					'GET',
					'/api/owner/organizations',
					{ signal }
				)
			).organizations,
		createOrganization: async ( name ) =>
			(
				await request< { organization: Organization } >(
					'POST',
					'/api/owner/organizations',
					{ body: { name } }
				)
			).organization,
		getOrganization: ( id, signal ) =>
			request< OrganizationDetail >( 'GET', organizationPath( id ), {
				signal,
			} ),
		createConnectToken: ( organizationId ) =>
			request< IssuedConnectToken >(
				'POST',
				`${ organizationPath( organizationId ) }/connect-tokens`,
				{ body: {} }
			),
		mfaChallenge: async ( proof ) =>
			remember(
				await request< Session >( 'POST', '/api/auth/mfa/challenge', {
					body: proof,
					expectUnauthorized: true,
				} )
			),
		startTotpEnrolment: () =>
			request< TotpEnrolment >( 'POST', '/api/auth/mfa/totp/enrolment', {
				body: {},
			} ),
		activateTotp: async ( code ) => {
			const activated = await request< TotpActivated >(
				'POST',
				'/api/auth/mfa/totp/activation',
				{
					body: { code },
					expectUnauthorized: true,
				}
			);
			remember( activated );
			return activated;
		},
		auditLog: ( query, signal ) =>
			request< AuditPage >( 'GET', `/api/owner/audit-log?${ query }`, {
				signal,
			} ),
		verifyAuditLog: () =>
			request( 'GET', '/api/owner/audit-log/verification' ),
		listStaff: async ( signal ) =>
			(
				await request< { staff: StaffMember[] } >(
					'GET',
					'/api/owner/staff',
					{ signal }
				)
			).staff,
		listRoles: async ( signal ) =>
			(
				await request< { roles: Role[] } >( 'GET', '/api/owner/roles', {
					signal,
				} )
			).roles,
		grantRole: async ( email, role ) => {
			await request( 'POST', '/api/owner/staff', {
				body: { email, role },
			} );
		},
		revokeRole: async ( userId, role ) => {
			await request( 'DELETE', staffRolePath( userId, role ) );
		},
	};
}

/** The client the running dashboard uses. */
export const defaultApiClient = createApiClient();
