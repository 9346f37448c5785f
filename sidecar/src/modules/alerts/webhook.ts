/**
 * Outgoing webhooks: URL validation (SSRF), the signature (docs/contracts.md "Alert
 * webhooks"), and the POST itself. In production, addresses inside private, loopback,
 * link-local and similar ranges are refused unless OMNIOPS_WEBHOOK_ALLOW_PRIVATE says
 * otherwise — at save time for literal addresses, and again at connect time for whatever
 * the name resolves to, so a DNS answer that changes after the check does not get through.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { hmacSha256Hex } from '../../platform/crypto';
import { ValidationError } from '../../platform/errors';

const BLOCKED = new net.BlockList();
for ( const [ prefix, bits ] of [
	[ '0.0.0.0', 8 ],
	[ '10.0.0.0', 8 ],
	[ '100.64.0.0', 10 ],
	[ '127.0.0.0', 8 ],
	[ '169.254.0.0', 16 ],
	[ '172.16.0.0', 12 ],
	[ '192.0.0.0', 24 ],
	[ '192.168.0.0', 16 ],
	[ '198.18.0.0', 15 ],
	[ '224.0.0.0', 4 ],
	[ '240.0.0.0', 4 ],
] as const ) {
	BLOCKED.addSubnet( prefix, bits, 'ipv4' );
}
for ( const [ prefix, bits ] of [
	[ '::', 128 ],
	[ '::1', 128 ],
	[ 'fc00::', 7 ],
	[ 'fe80::', 10 ],
	[ 'ff00::', 8 ],
] as const ) {
	BLOCKED.addSubnet( prefix, bits, 'ipv6' );
}

/**
 * True for addresses a webhook must not reach in production (private networks, loopback,
 * link-local such as cloud metadata, multicast, reserved); IPv4-mapped IPv6 included.
 *
 * @param address An IP address.
 */
export function isPrivateAddress( address: string ): boolean {
	const plain = address.replace( /^\[|\]$/g, '' );
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec( plain );
	if ( mapped?.[ 1 ] ) {
		return BLOCKED.check( mapped[ 1 ], 'ipv4' );
	}
	const family = net.isIP( plain );
	if ( family === 0 ) {
		return false;
	}
	return BLOCKED.check( plain, family === 6 ? 'ipv6' : 'ipv4' );
}

/**
 * Checks a webhook URL before it is saved: http or https, no credentials in it, and (when
 * private addresses are not allowed) no private literal address or `localhost`.
 *
 * @param raw                  The URL as typed.
 * @param options              Policy.
 * @param options.allowPrivate Allow private and loopback addresses (development, tests, or config).
 * @return The normalised URL.
 */
export function validateWebhookUrl(
	raw: string,
	options: { allowPrivate: boolean }
): string {
	let url: URL;
	try {
		url = new URL( raw );
	} catch {
		throw new ValidationError( 'The webhook URL is not a valid URL.', {
			target: [ 'Not a URL.' ],
		} );
	}
	const refuse = ( reason: string ) => {
		throw new ValidationError( `The webhook URL is refused: ${ reason }`, {
			target: [ reason ],
		} );
	};
	if ( url.protocol !== 'http:' && url.protocol !== 'https:' ) {
		refuse( 'only http and https are allowed.' );
	}
	if ( url.username || url.password ) {
		refuse( 'credentials in the URL are not allowed.' );
	}
	if ( ! options.allowPrivate ) {
		const host = url.hostname.replace( /^\[|\]$/g, '' ).toLowerCase();
		if (
			host === 'localhost' ||
			host.endsWith( '.localhost' ) ||
			isPrivateAddress( host )
		) {
			refuse( 'private and loopback addresses are not allowed.' );
		}
	}
	return url.toString();
}

/**
 * The signature header value: HMAC-SHA256 over `<timestamp>.<body>` with the channel secret.
 *
 * @param secret    The channel's signing secret.
 * @param timestamp Unix seconds, as sent in `X-OmniOps-Timestamp`.
 * @param body      The exact request body.
 */
export function webhookSignature(
	secret: string,
	timestamp: number,
	body: string
): string {
	return `sha256=${ hmacSha256Hex( secret, `${ timestamp }.${ body }` ) }`;
}

/** dns.lookup that refuses private answers (the connect-time half of the SSRF guard). */
const guardedLookup: net.LookupFunction = ( hostname, options, callback ) => {
	dns.lookup( hostname, { ...options, all: true }, ( error, addresses ) => {
		if ( error ) {
			callback( error, '', 0 );
			return;
		}
		const list = addresses as dns.LookupAddress[];
		const blocked = list.find( ( entry ) =>
			isPrivateAddress( entry.address )
		);
		if ( blocked || list.length === 0 ) {
			callback(
				new Error(
					`refused: ${ hostname } resolves to a private address`
				),
				'',
				0
			);
			return;
		}
		if ( ( options as { all?: boolean } ).all ) {
			(
				callback as unknown as (
					e: null,
					a: dns.LookupAddress[]
				) => void
			 )( null, list );
		} else {
			callback( null, list[ 0 ]!.address, list[ 0 ]!.family );
		}
	} );
};

/**
 * POSTs a signed JSON body. Resolves on a 2xx answer; rejects with a short reason
 * otherwise (status, timeout, refused address), which the delivery log shows.
 *
 * @param input              What to send.
 * @param input.url          The saved (validated) URL.
 * @param input.secret       Signing secret.
 * @param input.body         JSON text.
 * @param input.now          Current time (signature timestamp).
 * @param input.allowPrivate Skip the connect-time address check.
 * @param input.timeoutMs    Give up after this long.
 */
export function postWebhook( input: {
	url: string;
	secret: string;
	body: string;
	now: Date;
	allowPrivate: boolean;
	timeoutMs: number;
} ): Promise< void > {
	const url = new URL( input.url );
	const literal = url.hostname.replace( /^\[|\]$/g, '' );
	if ( ! input.allowPrivate && isPrivateAddress( literal ) ) {
		return Promise.reject(
			new Error( 'refused: the webhook address is private' )
		);
	}
	const send = url.protocol === 'https:' ? https.request : http.request;
	const timestamp = Math.floor( input.now.getTime() / 1000 );
	return new Promise( ( resolve, reject ) => {
		const request = send(
			url,
			{
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength( input.body ),
					'user-agent': 'OmniOps-Alerts/1',
					'x-omniops-timestamp': String( timestamp ),
					'x-omniops-signature': webhookSignature(
						input.secret,
						timestamp,
						input.body
					),
				},
				lookup: input.allowPrivate ? undefined : guardedLookup,
				timeout: input.timeoutMs,
			},
			( response ) => {
				// Drain the answer: only the status matters.
				response.resume();
				response.on( 'end', () => {
					const status = response.statusCode ?? 0;
					if ( status >= 200 && status < 300 ) {
						resolve();
					} else {
						reject(
							new Error(
								`the receiver answered HTTP ${ status }`
							)
						);
					}
				} );
			}
		);
		request.on( 'timeout', () =>
			request.destroy( new Error( 'timed out' ) )
		);
		request.on( 'error', ( error ) => reject( error ) );
		request.end( input.body );
	} );
}
