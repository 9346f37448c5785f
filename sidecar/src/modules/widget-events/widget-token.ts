/**
 * Short-lived signed widget tokens for telemetry (ADR 0019). The frame receives one with its
 * widget config and puts it in every beacon's body (sendBeacon cannot set headers). The
 * token says "the sidecar handed this to a widget of site X, recently"; it is an HMAC with a
 * server key that is not in the database (derived from the master key), so nobody can mint
 * one, and it expires after minutes, so a leaked one is soon worthless.
 *
 * Format: `wt_<expiry, unix seconds>.<nonce>.<HMAC-SHA256(key, siteKey.expiry.nonce), base64url>`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { UnauthorizedError } from '../../platform/errors';
import { safeEqual } from '../../platform/crypto';

/** Long enough for a frame to refresh it well before it runs out; short enough to age out leaks. */
export const WIDGET_TOKEN_TTL_SECONDS = 15 * 60;

const TOKEN = /^wt_(\d{1,12})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

export class WidgetTokenError extends UnauthorizedError {
	constructor( message: string ) {
		super( message, 'telemetry_token_invalid' );
	}
}

/**
 * The HMAC key of widget tokens, derived from the master key so it lives where that key
 * lives (environment or key file), never in the database.
 *
 * @param masterKey The 32-byte master key.
 */
export function widgetTokenKey( masterKey: Buffer ): Buffer {
	return createHmac( 'sha256', masterKey )
		.update( 'omniops/widget-telemetry-token/v1' )
		.digest();
}

export function createWidgetTokens( deps: {
	key: Buffer;
	clock: () => Date;
	ttlSeconds?: number;
} ) {
	const ttl = deps.ttlSeconds ?? WIDGET_TOKEN_TTL_SECONDS;
	const sign = ( siteKey: string, expiry: string, nonce: string ) =>
		createHmac( 'sha256', deps.key )
			.update( `${ siteKey }.${ expiry }.${ nonce }` )
			.digest( 'base64url' );

	return {
		/**
		 * A token for a site's widget.
		 *
		 * @param siteKey The site's public key.
		 * @return The token and when it expires (ISO).
		 */
		issue( siteKey: string ): { token: string; expiresAt: string } {
			const expiry = String(
				Math.floor( deps.clock().getTime() / 1000 ) + ttl
			);
			const nonce = randomBytes( 12 ).toString( 'base64url' );
			return {
				token: `wt_${ expiry }.${ nonce }.${ sign( siteKey, expiry, nonce ) }`,
				expiresAt: new Date( Number( expiry ) * 1000 ).toISOString(),
			};
		},

		/**
		 * Checks a token against the site it claims; throws WidgetTokenError (401) when it is
		 * malformed, signed for another site or with another key, or expired.
		 *
		 * @param siteKey The beacon's site key.
		 * @param token   The beacon's token.
		 * @return The token's nonce: one widget session, for per-session limits.
		 */
		verify( siteKey: string, token: string ): string {
			const match = TOKEN.exec( token );
			if (
				! match ||
				! safeEqual(
					match[ 3 ]!,
					sign( siteKey, match[ 1 ]!, match[ 2 ]! )
				)
			) {
				throw new WidgetTokenError(
					'The telemetry token is not valid for this site.'
				);
			}
			if ( Number( match[ 1 ] ) * 1000 <= deps.clock().getTime() ) {
				throw new WidgetTokenError(
					'The telemetry token has expired; reload the widget config.'
				);
			}
			return match[ 2 ]!;
		},
	};
}

export type WidgetTokens = ReturnType< typeof createWidgetTokens >;
