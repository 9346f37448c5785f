/**
 * The sidecar's error envelope `{ error: { code, message, details } }` as the dashboard
 * sees it: `ApiError`, field errors from validation details, and the message for a status
 * without one. `api.ts` is the only caller that builds them from a response.
 */
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

function retryAfter( response: Response ): number | undefined {
	const seconds = Number( response.headers.get( 'Retry-After' ) );
	return Number.isFinite( seconds ) && seconds > 0 ? seconds : undefined;
}

export function errorFromResponse(
	response: Response,
	payload: unknown
): ApiError {
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

export function isAbortError( error: unknown ): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		( error as { name?: unknown } ).name === 'AbortError'
	);
}
