/**
 * The signature headers of a plugin request to the sidecar (docs/contracts.md), computed
 * independently of the sidecar's own code. No other imports, so that the Playwright journeys
 * (tests/e2e) and the jest suites (through flows.ts) share it.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Signature headers computed independently of the sidecar's own code (docs/contracts.md). */
export function signedHeaders(
	site: { publicKey: string; secret: string },
	method: string,
	target: string,
	body: string,
	overrides: { timestamp?: number; nonce?: string } = {}
): Record< string, string > {
	const timestamp = String(
		overrides.timestamp ?? Math.floor( Date.now() / 1000 )
	);
	const nonce = overrides.nonce ?? randomBytes( 16 ).toString( 'hex' );
	const bodyHash = createHash( 'sha256' ).update( body ).digest( 'hex' );
	const canonical = [
		method.toUpperCase(),
		target,
		timestamp,
		nonce,
		bodyHash,
	].join( '\n' );
	return {
		'x-omniops-key': site.publicKey,
		'x-omniops-timestamp': timestamp,
		'x-omniops-nonce': nonce,
		'x-omniops-signature': createHmac( 'sha256', site.secret )
			.update( canonical )
			.digest( 'hex' ),
	};
}
