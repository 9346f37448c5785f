/**
 * A Twilio Messages API double for tests, over real HTTP: POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json with HTTP Basic auth (AccountSid:AuthToken)
 * and a form-encoded body (To, From or MessagingServiceSid, Body). Answers as Twilio does:
 * 201 with the message resource (sid SM…, status "queued"), or Twilio's error envelope
 * `{ code, message, more_info, status }` (20003 bad credentials, 21211 invalid To, 21602
 * missing Body, 21604 missing From, or a scripted failure). Accepted messages are recorded
 * so a test can read the code it was sent, in process or through Twilio's own message list
 * (GET …/Messages.json?To=…, newest first).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface SentSms {
	sid: string;
	to: string;
	from: string | null;
	messagingServiceSid: string | null;
	body: string;
	at: string;
}

export interface TwilioDouble {
	url: string;
	accountSid: string;
	authToken: string;
	messages: SentSms[];
	/** Every request seen, accepted or not (method, path, status answered). */
	requests: Array< { method: string; path: string; status: number } >;
	/** The next `count` sends fail with this Twilio error. */
	failNext: (
		error: { status: number; code: number; message: string },
		count?: number
	) => void;
	/** The newest message sent to a number. */
	lastTo: ( to: string ) => SentSms | undefined;
	close: () => Promise< void >;
}

function twilioError(
	res: http.ServerResponse,
	status: number,
	code: number,
	message: string
): number {
	res.writeHead( status, { 'content-type': 'application/json' } );
	res.end(
		JSON.stringify( {
			code,
			message,
			more_info: `https://www.twilio.com/docs/errors/${ code }`,
			status,
		} )
	);
	return status;
}

export async function startTwilioDouble(
	options: { port?: number; accountSid?: string; authToken?: string } = {}
): Promise< TwilioDouble > {
	const accountSid =
		options.accountSid ?? `AC${ randomBytes( 16 ).toString( 'hex' ) }`;
	const authToken = options.authToken ?? randomBytes( 16 ).toString( 'hex' );
	const messages: SentSms[] = [];
	const requests: TwilioDouble[ 'requests' ] = [];
	const failures: Array< { status: number; code: number; message: string } > =
		[];
	const messagesPath = `/2010-04-01/Accounts/${ accountSid }/Messages.json`;
	const expectedAuth = `Basic ${ Buffer.from(
		`${ accountSid }:${ authToken }`
	).toString( 'base64' ) }`;

	function answer(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		raw: string
	): number {
		const path = ( req.url ?? '' ).split( '?' )[ 0 ];
		if ( req.headers.authorization !== expectedAuth ) {
			return twilioError( res, 401, 20003, 'Authenticate' );
		}
		if ( req.method === 'GET' && path === messagesPath ) {
			// Twilio's message list (newest first), filtered by To like the real API.
			const to = new URL(
				req.url ?? '',
				'http://double'
			).searchParams.get( 'To' );
			res.writeHead( 200, { 'content-type': 'application/json' } );
			res.end(
				JSON.stringify( {
					messages: [ ...messages ]
						.reverse()
						.filter( ( message ) => ! to || message.to === to )
						.map( ( message ) => ( {
							sid: message.sid,
							to: message.to,
							from: message.from,
							body: message.body,
							status: 'delivered',
						} ) ),
				} )
			);
			return 200;
		}
		if ( req.method !== 'POST' || path !== messagesPath ) {
			return twilioError(
				res,
				404,
				20404,
				`The requested resource ${ path } was not found`
			);
		}
		if (
			! ( req.headers[ 'content-type' ] ?? '' ).startsWith(
				'application/x-www-form-urlencoded'
			)
		) {
			return twilioError( res, 400, 21602, 'Message body is required.' );
		}
		const form = new URLSearchParams( raw );
		const to = form.get( 'To' ) ?? '';
		if ( ! /^\+[1-9]\d{6,14}$/.test( to ) ) {
			return twilioError(
				res,
				400,
				21211,
				`The 'To' number ${ to } is not a valid phone number.`
			);
		}
		const from = form.get( 'From' );
		const service = form.get( 'MessagingServiceSid' );
		if ( ! from && ! service ) {
			return twilioError(
				res,
				400,
				21604,
				"A 'From' phone number is required."
			);
		}
		const body = form.get( 'Body' ) ?? '';
		if ( ! body ) {
			return twilioError( res, 400, 21602, 'Message body is required.' );
		}
		const failure = failures.shift();
		if ( failure ) {
			return twilioError(
				res,
				failure.status,
				failure.code,
				failure.message
			);
		}
		const sent: SentSms = {
			sid: `SM${ randomBytes( 16 ).toString( 'hex' ) }`,
			to,
			from,
			messagingServiceSid: service,
			body,
			at: new Date().toISOString(),
		};
		messages.push( sent );
		res.writeHead( 201, { 'content-type': 'application/json' } );
		res.end(
			JSON.stringify( {
				account_sid: accountSid,
				api_version: '2010-04-01',
				body,
				date_created: new Date().toUTCString(),
				direction: 'outbound-api',
				error_code: null,
				error_message: null,
				from,
				messaging_service_sid: service,
				num_segments: '1',
				sid: sent.sid,
				status: 'queued',
				to,
				uri: `${ messagesPath.replace( '.json', '' ) }/${ sent.sid }.json`,
			} )
		);
		return 201;
	}

	const server = http.createServer( ( req, res ) => {
		let raw = '';
		req.on( 'data', ( chunk: Buffer ) => ( raw += chunk.toString() ) );
		req.on( 'end', () => {
			const status = answer( req, res, raw );
			requests.push( {
				method: req.method ?? '',
				path: req.url ?? '',
				status,
			} );
		} );
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( options.port ?? 0, '127.0.0.1', resolve )
	);
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${ port }`,
		accountSid,
		authToken,
		messages,
		requests,
		failNext( error, count = 1 ) {
			for ( let i = 0; i < count; i++ ) {
				failures.push( error );
			}
		},
		lastTo: ( to ) =>
			[ ...messages ].reverse().find( ( message ) => message.to === to ),
		close: () =>
			new Promise< void >( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => resolve() );
			} ),
	};
}
