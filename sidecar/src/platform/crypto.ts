import {
	createHash,
	createHmac,
	randomBytes,
	timingSafeEqual,
} from 'node:crypto';

/**
 * A random, URL-safe token with a readable prefix (pk_, sk_, ct_, oct_ …) so a leaked
 * value says what it is.
 * @param prefix
 * @param bytes
 */
export function randomToken( prefix: string, bytes = 24 ): string {
	return `${ prefix }${ randomBytes( bytes ).toString( 'base64url' ) }`;
}

/** Tokens are stored as their SHA-256: a database leak does not leak usable tokens. */
export function sha256Hex( value: string | Buffer ): string {
	return createHash( 'sha256' ).update( value ).digest( 'hex' );
}

export function hmacSha256Hex( secret: string, value: string ): string {
	return createHmac( 'sha256', secret ).update( value ).digest( 'hex' );
}

/** Constant-time comparison of two strings of any length. */
export function safeEqual( a: string, b: string ): boolean {
	const left = Buffer.from( a );
	const right = Buffer.from( b );
	return left.length === right.length && timingSafeEqual( left, right );
}

export function newId(): string {
	return crypto.randomUUID();
}

export function nowIso( clock: () => Date = () => new Date() ): string {
	return clock().toISOString();
}
