/**
 * The server-to-server signature of DESIGN.md "Server to server": HMAC-SHA256 over
 * method, request target, timestamp, nonce and the body's SHA-256, with the site secret.
 * The plugin computes the same canonical string in PHP (plugin/src/Sidecar/RequestSigner.php).
 */
import { hmacSha256Hex, sha256Hex } from '../../platform/crypto';

export const SIGNATURE_WINDOW_SECONDS = 300;

export const SIGNATURE_HEADERS = {
	key: 'x-omniops-key',
	timestamp: 'x-omniops-timestamp',
	nonce: 'x-omniops-nonce',
	signature: 'x-omniops-signature',
} as const;

export interface SignatureInput {
	method: string;
	requestTarget: string;
	timestamp: string;
	nonce: string;
	body: Buffer | string;
}

export function canonicalString( input: SignatureInput ): string {
	return [
		input.method.toUpperCase(),
		input.requestTarget,
		input.timestamp,
		input.nonce,
		sha256Hex( input.body ),
	].join( '\n' );
}

export function signRequest( secret: string, input: SignatureInput ): string {
	return hmacSha256Hex( secret, canonicalString( input ) );
}
