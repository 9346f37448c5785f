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

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Field name (dotted path for nested fields) -> the first message for that field. */
export type FieldErrors = Record< string, string >;

export interface ApiErrorInit {
	status: number;
	code: string;
	message: string;
	details?: unknown;
	retryAfterSeconds?: number;
}

/**
 * A failed call. `status` is the HTTP status, or 0 when the server could not be reached;
 * `code` is the envelope's code (`validation_failed`, `unauthorized`, …), or one derived
 * from the status when the answer carried no envelope.
 */
export class ApiError extends Error {
	readonly status: number;
	readonly code: string;
	readonly details: unknown;
	/** From a `Retry-After` header in seconds, when the server sent one (429). */
	readonly retryAfterSeconds: number | undefined;

	constructor( init: ApiErrorInit ) {
		super( init.message );
		this.name = 'ApiError';
		this.status = init.status;
		this.code = init.code;
		this.details = init.details;
		this.retryAfterSeconds = init.retryAfterSeconds;
	}

	/** Per-field messages of a `validation_failed` error; empty for any other error. */
	get fieldErrors(): FieldErrors {
		return this.code === 'validation_failed'
			? fieldErrorsFrom( this.details )
			: {};
	}

	/**
	 * Wraps anything thrown into an ApiError, so callers handle a single type.
	 *
	 * @param error What was thrown.
	 */
	static from( error: unknown ): ApiError {
		if ( error instanceof ApiError ) {
			return error;
		}
		return new ApiError( {
			status: 0,
			code: 'unexpected',
			message:
				error instanceof Error && error.message
					? error.message
					: 'Something went wrong.',
		} );
	}
}

const CODE_BY_STATUS: Record< number, string > = {
	400: 'validation_failed',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not_found',
	409: 'conflict',
	413: 'payload_too_large',
	429: 'rate_limited',
};

/**
 * Messages for answers without an envelope (a proxy's HTML page, an empty 502, …).
 *
 * @param status HTTP status.
 */
function fallbackMessage( status: number ): string {
	if ( status === 401 ) {
		return 'Your session has ended. Sign in again.';
	}
	if ( status === 403 ) {
		return 'You do not have permission to do that.';
	}
	if ( status === 404 ) {
		return 'Not found.';
	}
	if ( status === 429 ) {
		return 'Too many requests. Wait a moment and try again.';
	}
	if ( status >= 500 ) {
		return 'The server had a problem. Try again in a moment.';
	}
	return `The server answered with an unexpected response (HTTP ${ status }).`;
}

function isRecord( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}

function firstMessage( value: unknown ): string | undefined {
	if ( typeof value === 'string' ) {
		return value;
	}
	if ( Array.isArray( value ) ) {
		return value.find(
			( item ): item is string => typeof item === 'string'
		);
	}
	return undefined;
}

function issuePath( path: unknown ): string | undefined {
	if ( typeof path === 'string' ) {
		return path;
	}
	if ( Array.isArray( path ) && path.length > 0 ) {
		return path.map( String ).join( '.' );
	}
	return undefined;
}

/**
 * Reads per-field messages out of `validation_failed` details. The contract leaves the
 * details' shape open, so this accepts what zod-based servers produce: a list of issues
 * (`[{ path, message }]`, bare or under `issues`), a flattened error
 * (`{ formErrors, fieldErrors: { name: [msg] } }`) or a plain `{ field: msg | [msg] }`
 * map (bare or under `fields`) — each either directly or per request part, as in
 * `{ body: { fieldErrors: … } }`.
 *
 * @param details The error envelope's `details`.
 */
export function fieldErrorsFrom( details: unknown ): FieldErrors {
	const errors: FieldErrors = {};
	const add = ( field: string | undefined, message: string | undefined ) => {
		if ( field && message && ! ( field in errors ) ) {
			errors[ field ] = message;
		}
	};
	const addIssues = ( issues: unknown[] ) => {
		for ( const issue of issues ) {
			if ( isRecord( issue ) ) {
				add(
					issuePath( issue.path ?? issue.field ),
					firstMessage( issue.message )
				);
			}
		}
	};
	const addMap = ( map: Record< string, unknown > ) => {
		for ( const [ field, value ] of Object.entries( map ) ) {
			add( field, firstMessage( value ) );
		}
	};

	if ( Array.isArray( details ) ) {
		addIssues( details );
		return errors;
	}
	if ( ! isRecord( details ) ) {
		return errors;
	}
	const parts = [ 'body', 'query', 'params' ]
		.map( ( part ) => details[ part ] )
		.filter( isRecord );
	for ( const part of parts.length > 0 ? parts : [ details ] ) {
		if ( Array.isArray( part.issues ) ) {
			addIssues( part.issues );
		} else if ( isRecord( part.fieldErrors ) ) {
			addMap( part.fieldErrors );
		} else if ( isRecord( part.fields ) ) {
			addMap( part.fields );
		} else {
			addMap( part );
		}
	}
	return errors;
}

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

function retryAfter( response: Response ): number | undefined {
	const seconds = Number( response.headers.get( 'Retry-After' ) );
	return Number.isFinite( seconds ) && seconds > 0 ? seconds : undefined;
}

function errorFromResponse( response: Response, payload: unknown ): ApiError {
	const envelope =
		isRecord( payload ) && isRecord( payload.error )
			? payload.error
			: undefined;
	const code =
		envelope && typeof envelope.code === 'string'
			? envelope.code
			: ( CODE_BY_STATUS[ response.status ] ??
				( response.status >= 500 ? 'internal' : 'http_error' ) );
	const message =
		envelope && typeof envelope.message === 'string' && envelope.message
			? envelope.message
			: fallbackMessage( response.status );
	return new ApiError( {
		status: response.status,
		code,
		message,
		details: envelope?.details,
		retryAfterSeconds: retryAfter( response ),
	} );
}

function isAbortError( error: unknown ): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		( error as { name?: unknown } ).name === 'AbortError'
	);
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
	activateTotp: (
		code: string
	) => Promise< Session & { backupCodes: string[] } >;
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
			const activated = await request<
				Session & { backupCodes: string[] }
			>( 'POST', '/api/auth/mfa/totp/activation', {
				body: { code },
				expectUnauthorized: true,
			} );
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
