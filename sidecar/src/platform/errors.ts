/**
 * Typed errors. Services throw these; one middleware (http.ts) turns them into the
 * `{ error: { code, message, details } }` envelope with the fitting status.
 */
import { EnvelopeError } from '../../../contracts/plain/error-envelope';

/** An error a service throws on purpose, with the status and code the envelope carries. */
export class AppError extends EnvelopeError {}

export class ValidationError extends AppError {
	constructor( message = 'The request is not valid.', details?: unknown ) {
		super( 400, 'validation_failed', message, details );
	}
}

export class UnauthorizedError extends AppError {
	constructor( message = 'Authentication required.', code = 'unauthorized' ) {
		super( 401, code, message );
	}
}

export class ForbiddenError extends AppError {
	constructor( message = 'You may not do this.' ) {
		super( 403, 'forbidden', message );
	}
}

export class NotFoundError extends AppError {
	constructor( message = 'Not found.' ) {
		super( 404, 'not_found', message );
	}
}

export class ConflictError extends AppError {
	constructor( message: string, details?: unknown ) {
		super( 409, 'conflict', message, details );
	}
}

export class RateLimitedError extends AppError {
	constructor( readonly retryAfterSeconds: number ) {
		super( 429, 'rate_limited', 'Too many attempts. Try again later.', {
			retryAfterSeconds,
		} );
	}
}

export class UpstreamError extends AppError {
	constructor( message: string ) {
		super( 502, 'upstream_failed', message );
	}
}

/** Unique-constraint violations, recognised by driver error code (never by message text). */
export function isUniqueViolation( error: unknown ): boolean {
	const code = ( error as { code?: unknown } | null )?.code;
	return (
		code === 'SQLITE_CONSTRAINT_UNIQUE' ||
		code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
		code === '23505'
	);
}
