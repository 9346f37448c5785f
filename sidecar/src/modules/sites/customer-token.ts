/**
 * Signed-in customer tokens (docs/contracts.md "Customer identity"). The plugin vouches for
 * a logged-in WooCommerce customer by printing a short-lived token into the storefront page:
 *
 *     token   = base64url(JSON { v: 1, site, customer, email, exp }) + "." + signature
 *     signed  = HMAC-SHA256(site signing secret, "omniops-customer-v1." + payload part), hex
 *
 * `site` is the sidecar's site id, `customer` the WordPress user id (WooCommerce's
 * order customer_id), `exp` Unix seconds. The shopper's browser carries the token but cannot
 * forge or alter it without the site's secret, which never leaves the plugin and the sidecar.
 * The prefix keeps these signatures apart from signed requests made with the same secret.
 */
import { createHmac } from 'node:crypto';
import { safeEqual } from '../../platform/crypto';

export const CUSTOMER_TOKEN_CONTEXT = 'omniops-customer-v1.';
/** Tokens promising to live longer than this are refused (the plugin issues 2-hour ones). */
export const CUSTOMER_TOKEN_MAX_TTL_SECONDS = 24 * 60 * 60;

export interface VerifiedCustomer {
	/** WordPress user id, as WooCommerce stores it in an order's customer_id. */
	customerId: string;
	email: string;
	expiresAt: string;
}

export function signCustomerPayload( secret: string, payload: string ): string {
	return createHmac( 'sha256', secret )
		.update( CUSTOMER_TOKEN_CONTEXT + payload )
		.digest( 'hex' );
}

/**
 * The customer a token vouches for, or null when it is malformed, signed with another
 * secret, altered, for another site, or expired. Never throws on bad input.
 *
 * @param secret The site's signing secret.
 * @param siteId The site the token must name.
 * @param token  The token from the widget.
 * @param now    The current time.
 */
export function verifyCustomerToken(
	secret: string,
	siteId: string,
	token: string,
	now: Date
): VerifiedCustomer | null {
	const match = /^([A-Za-z0-9_-]{10,1400})\.([0-9a-f]{64})$/.exec( token );
	if ( ! match ) {
		return null;
	}
	const [ , payload, signature ] = match as unknown as [
		string,
		string,
		string,
	];
	if ( ! safeEqual( signCustomerPayload( secret, payload ), signature ) ) {
		return null;
	}
	let claims: Record< string, unknown >;
	try {
		claims = JSON.parse(
			Buffer.from( payload, 'base64url' ).toString( 'utf8' )
		) as Record< string, unknown >;
	} catch {
		return null;
	}
	const seconds = now.getTime() / 1000;
	const { v, site, customer, email, exp } = claims ?? {};
	if (
		v !== 1 ||
		site !== siteId ||
		typeof customer !== 'string' ||
		! /^[1-9]\d{0,19}$/.test( customer ) ||
		typeof email !== 'string' ||
		email.length > 254 ||
		typeof exp !== 'number' ||
		! Number.isInteger( exp ) ||
		exp <= seconds ||
		exp > seconds + CUSTOMER_TOKEN_MAX_TTL_SECONDS
	) {
		return null;
	}
	return {
		customerId: customer,
		email,
		expiresAt: new Date( exp * 1000 ).toISOString(),
	};
}
