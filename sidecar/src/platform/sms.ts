/**
 * Outgoing SMS through a provider interface. The one implementation speaks Twilio's
 * Messages API (also offered by Twilio-compatible gateways): POST
 * `{base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded To/From/Body (or
 * MessagingServiceSid instead of From), HTTP Basic auth AccountSid:AuthToken; the answer is
 * JSON with `sid` and `status`, errors `{ code, message, more_info, status }`.
 */

export interface SmsMessage {
	/** E.164, e.g. +447700900123. */
	to: string;
	body: string;
}

export interface SmsSender {
	/** Resolves with the provider's message id once the provider accepted the message. */
	send: ( message: SmsMessage ) => Promise< { id: string } >;
}

/** The provider refused or could not be reached; `providerCode` is Twilio's error code when given. */
export class SmsDeliveryError extends Error {
	constructor(
		message: string,
		readonly providerCode?: number
	) {
		super( message );
		this.name = 'SmsDeliveryError';
	}
}

export interface TwilioOptions {
	accountSid: string;
	authToken: string;
	/** A sender number in E.164, or a Messaging Service SID (MG…). */
	from: string;
	baseUrl: string;
	timeoutMs: number;
	fetch?: typeof fetch;
}

/** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;

export function createTwilioSender( options: TwilioOptions ): SmsSender {
	const doFetch = options.fetch ?? globalThis.fetch;
	const endpoint = `${ options.baseUrl.replace( /\/+$/, '' ) }/2010-04-01/Accounts/${ encodeURIComponent( options.accountSid ) }/Messages.json`;
	const authorization = `Basic ${ Buffer.from(
		`${ options.accountSid }:${ options.authToken }`
	).toString( 'base64' ) }`;
	const sender: Record< string, string > = options.from.startsWith( 'MG' )
		? { MessagingServiceSid: options.from }
		: { From: options.from };

	return {
		async send( message ) {
			let response: Response;
			try {
				response = await doFetch( endpoint, {
					method: 'POST',
					headers: {
						authorization,
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'application/json',
					},
					body: new URLSearchParams( {
						To: message.to,
						...sender,
						Body: message.body,
					} ).toString(),
					signal: AbortSignal.timeout( options.timeoutMs ),
				} );
			} catch ( error ) {
				throw new SmsDeliveryError(
					`The SMS provider could not be reached: ${ ( error as Error ).message }`
				);
			}
			const payload = ( await response.json().catch( () => null ) ) as {
				sid?: unknown;
				code?: unknown;
				message?: unknown;
			} | null;
			if ( ! response.ok || typeof payload?.sid !== 'string' ) {
				throw new SmsDeliveryError(
					`The SMS provider refused the message (HTTP ${ response.status }${
						typeof payload?.message === 'string'
							? `: ${ payload.message }`
							: ''
					}).`,
					typeof payload?.code === 'number' ? payload.code : undefined
				);
			}
			return { id: payload.sid };
		},
	};
}
