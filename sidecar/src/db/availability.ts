/**
 * Which errors mean "the database cannot be reached right now" rather than "this request or
 * this code is wrong". They become 503 database_unavailable with Retry-After (platform/http.ts),
 * so clients retry a restart or failover instead of reporting a defect, and the log says what
 * happened instead of printing one stack trace per request.
 */

/** PostgreSQL SQLSTATEs of a server that is going away or not accepting connections yet. */
const UNAVAILABLE_SQLSTATES = new Set( [
	'57P01', // admin_shutdown: the server terminated the connection (fast shutdown, pg_terminate_backend)
	'57P02', // crash_shutdown
	'57P03', // cannot_connect_now: starting up or shutting down
	'53300', // too_many_connections
] );

/** node-postgres raises these as plain Errors, without a code. */
const UNAVAILABLE_MESSAGES = [
	'Connection terminated',
	'Client has encountered a connection error and is not queryable',
	'Client was closed and is not queryable',
	'timeout exceeded when trying to connect',
];

/** Socket errors while opening a connection (the server's port refuses, resets or is gone). */
const UNAVAILABLE_SOCKET_CODES = new Set( [
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENOTFOUND',
	'EPIPE',
] );

interface ErrorShape {
	code?: unknown;
	message?: unknown;
	syscall?: unknown;
}

export function isDatabaseUnavailable( error: unknown ): boolean {
	// Duck-typed: errors made by Node's socket layer are not `instanceof Error` in every realm.
	if ( typeof error !== 'object' || error === null ) {
		return false;
	}
	const { code, message, syscall } = error as ErrorShape;
	if ( typeof code === 'string' ) {
		// SQLSTATE class 08: connection exception.
		if (
			UNAVAILABLE_SQLSTATES.has( code ) ||
			/^08[0-9A-Z]{3}$/.test( code )
		) {
			return true;
		}
		// SQLite: another writer held the lock for longer than busy_timeout.
		if ( code === 'SQLITE_BUSY' ) {
			return true;
		}
		// Outbound HTTP failures (a shop, a provider) arrive wrapped ("fetch failed" with a
		// cause), so a bare socket error at the top is the database driver's.
		if (
			syscall === 'connect' ||
			syscall === 'read' ||
			syscall === 'write'
		) {
			return UNAVAILABLE_SOCKET_CODES.has( code );
		}
	}
	return (
		typeof message === 'string' &&
		UNAVAILABLE_MESSAGES.some( ( known ) => message.startsWith( known ) )
	);
}
