/**
 * The Twilio-compatible sender against the Twilio double over real HTTP (the double checks
 * Basic auth and the form body as Twilio does), and the SMS part of the configuration.
 */
import { ConfigError, loadConfig } from '../config';
import {
	startTwilioDouble,
	type TwilioDouble,
} from '../../../tests/doubles/twilio/server';
import { SmsDeliveryError, createTwilioSender } from './sms';

describe( 'Twilio sender', () => {
	let double: TwilioDouble;
	beforeAll( async () => {
		double = await startTwilioDouble();
	} );
	afterAll( () => double.close() );

	const sender = ( overrides: { authToken?: string; from?: string } = {} ) =>
		createTwilioSender( {
			accountSid: double.accountSid,
			authToken: overrides.authToken ?? double.authToken,
			from: overrides.from ?? '+15005550006',
			baseUrl: `${ double.url }/`,
			timeoutMs: 5000,
		} );

	it( 'posts To, From and Body with Basic auth and returns the message sid', async () => {
		const sent = await sender().send( {
			to: '+447700900123',
			body: '123456 is your code',
		} );
		expect( sent.id ).toMatch( /^SM[0-9a-f]{32}$/ );
		expect( double.messages.at( -1 ) ).toMatchObject( {
			sid: sent.id,
			to: '+447700900123',
			from: '+15005550006',
			messagingServiceSid: null,
			body: '123456 is your code',
		} );
	} );

	it( 'sends through a Messaging Service when the sender is an MG sid', async () => {
		const service = `MG${ 'a'.repeat( 32 ) }`;
		await sender( { from: service } ).send( {
			to: '+15005550010',
			body: 'hello',
		} );
		expect( double.messages.at( -1 ) ).toMatchObject( {
			from: null,
			messagingServiceSid: service,
		} );
	} );

	it( 'turns Twilio errors into SmsDeliveryError with the provider code', async () => {
		await expect(
			sender( { authToken: 'wrong-token-wrong-token' } ).send( {
				to: '+447700900123',
				body: 'x',
			} )
		).rejects.toMatchObject( {
			name: 'SmsDeliveryError',
			providerCode: 20003,
		} );
		double.failNext( {
			status: 429,
			code: 20429,
			message: 'Too Many Requests',
		} );
		const refused = sender().send( { to: '+447700900123', body: 'x' } );
		await expect( refused ).rejects.toBeInstanceOf( SmsDeliveryError );
		await expect( refused ).rejects.toThrow(
			/HTTP 429: Too Many Requests/
		);
	} );

	it( 'reports an unreachable provider', async () => {
		const gone = createTwilioSender( {
			accountSid: double.accountSid,
			authToken: double.authToken,
			from: '+15005550006',
			baseUrl: 'http://127.0.0.1:9',
			timeoutMs: 2000,
		} );
		await expect(
			gone.send( { to: '+447700900123', body: 'x' } )
		).rejects.toThrow( /could not be reached/ );
	} );
} );

describe( 'SMS configuration', () => {
	const valid = {
		OMNIOPS_TWILIO_ACCOUNT_SID: `AC${ '0'.repeat( 32 ) }`,
		OMNIOPS_TWILIO_AUTH_TOKEN: 'f'.repeat( 32 ),
		OMNIOPS_TWILIO_FROM: '+15005550006',
	};

	it( 'is off without Twilio variables, and on with the default base URL', () => {
		expect( loadConfig( {} ).sms ).toBeNull();
		expect( loadConfig( valid ).sms ).toEqual( {
			accountSid: valid.OMNIOPS_TWILIO_ACCOUNT_SID,
			authToken: valid.OMNIOPS_TWILIO_AUTH_TOKEN,
			from: '+15005550006',
			baseUrl: 'https://api.twilio.com',
		} );
	} );

	it.each( [
		[ 'a partial set', { OMNIOPS_TWILIO_FROM: '+15005550006' } ],
		[
			'a bad account sid',
			{ ...valid, OMNIOPS_TWILIO_ACCOUNT_SID: 'AC123' },
		],
		[
			'a local sender number',
			{ ...valid, OMNIOPS_TWILIO_FROM: '0800123' },
		],
		[
			'a non-http base URL',
			{ ...valid, OMNIOPS_TWILIO_BASE_URL: 'ftp://x' },
		],
	] )( 'refuses %s', ( _case, env ) => {
		expect( () => loadConfig( env ) ).toThrow( ConfigError );
		expect( () => loadConfig( env ) ).toThrow( /OMNIOPS_TWILIO_/ );
	} );
} );
