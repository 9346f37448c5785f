/**
 * SMS as a second factor, end to end over real HTTP: the sidecar talks to the Twilio double
 * (which checks Basic auth and the form body exactly as Twilio does), and the tests read the
 * texted codes from what the double received. Covered: enrolment, sign-in with SMS, a code
 * used twice, expiry, the per-code attempt limit, send rate limits, provider errors, E.164
 * validation, step-up and factor removal rules.
 */
import {
	startTestSidecar,
	testDialects,
} from '../../../../tests/support/sidecar-harness';
import {
	startOwnerSidecar,
	type TestSidecar,
} from '../../../../tests/support/owner-sidecar';
import {
	createUser,
	passwordOnly,
	sessionFrom,
	type OwnerSession,
	ownerSession,
} from '../../../../tests/support/flows';
import {
	startTwilioDouble,
	type TwilioDouble,
} from '../../../../tests/doubles/twilio/server';
import {
	sessionApi,
	type SignedInSession,
} from '../../../../tests/support/session-api';

const PASSWORD = 'correct horse battery staple';
const SENDER = '+15005550006';

function twilioEnv( double: TwilioDouble ): Record< string, string > {
	return {
		OMNIOPS_TWILIO_ACCOUNT_SID: double.accountSid,
		OMNIOPS_TWILIO_AUTH_TOKEN: double.authToken,
		OMNIOPS_TWILIO_FROM: SENDER,
		OMNIOPS_TWILIO_BASE_URL: double.url,
	};
}

/** The six digits of the newest text to `phone`. */
function codeSentTo( double: TwilioDouble, phone: string ): string {
	const body = double.lastTo( phone )?.body ?? '';
	const match = /^(\d{6}) is your OmniOps verification code/.exec( body );
	if ( ! match ) {
		throw new Error( `no code texted to ${ phone }: "${ body }"` );
	}
	return match[ 1 ]!;
}

describe.each( testDialects() )( 'SMS second factor on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let double: TwilioDouble;
	let now = Date.now();
	const advance = ( ms: number ) => {
		now += ms;
	};
	// Each test moves past the resend cooldown and the hourly cap of the test before.
	const nextHour = () => advance( 61 * 60 * 1000 );
	const api = sessionApi( () => sidecar );
	/** The first step of SMS enrolment: the number to text a code to. */
	const startEnrolment = ( session: SignedInSession, phone: string ) =>
		api( 'POST', '/api/auth/mfa/sms/enrolment', session, { phone } );
	/** The second step: the code texted to it. */
	const activate = ( session: SignedInSession, code: string ) =>
		api( 'POST', '/api/auth/mfa/sms/activation', session, { code } );
	/** The account the first test enrols with SMS, signed in with its password alone. */
	const smsUserPasswordOnly = () =>
		passwordOnly( sidecar, 'sms-user@omniops.test', PASSWORD );

	beforeAll( async () => {
		// Real time at the start (the owner enrols an authenticator with codes of the wall
		// clock), however long the other dialect's block took before.
		now = Date.now();
		double = await startTwilioDouble();
		( { sidecar } = await startOwnerSidecar( dialect, {
			env: twilioEnv( double ),
			clock: () => new Date( now ),
		} ) );
	} );
	afterAll( async () => {
		await sidecar.close();
		await double.close();
	} );

	/**
	 * An SMS code as the second step, waiting out the account's growing waits after wrong
	 * codes (lockout.test.ts) so that only the per-code limit is what a test sees.
	 * @param session
	 * @param smsCode
	 */
	async function challengeWaitingOut(
		session: OwnerSession,
		smsCode: string
	) {
		for (;;) {
			const answer = await api(
				'POST',
				'/api/auth/mfa/challenge',
				session,
				{ smsCode }
			);
			if ( answer.body?.error?.code !== 'mfa_wait' ) {
				return answer;
			}
			advance( Number( answer.headers.get( 'retry-after' ) ) * 1000 );
		}
	}

	/** A new account without roles, signed in with its password (no second step yet). */
	async function freshUser( email: string ): Promise< OwnerSession > {
		await createUser( sidecar, email, PASSWORD );
		return passwordOnly( sidecar, email, PASSWORD );
	}

	/** Enrols `phone` for a signed-in user; returns the verified session and backup codes. */
	async function enrolSms(
		session: OwnerSession,
		phone: string
	): Promise< OwnerSession > {
		const started = await startEnrolment( session, phone );
		expect( started.status ).toBe( 202 );
		const activated = await activate(
			session,
			codeSentTo( double, phone )
		);
		expect( activated.status ).toBe( 200 );
		return sessionFrom( activated.headers, activated.body );
	}

	it( 'enrols a number with the texted code, then signs in with a code sent by SMS', async () => {
		nextHour();
		const session = await freshUser( 'sms-user@omniops.test' );
		expect( session.body.mfa ).toMatchObject( {
			state: 'none',
			methods: [],
			smsAvailable: true,
		} );
		const started = await startEnrolment( session, '+44 7700 900-123' );
		expect( started.status ).toBe( 202 );
		expect( started.body.phoneEnding ).toBe( '0123' );
		expect(
			Date.parse( started.body.expiresAt ) - now
		).toBeLessThanOrEqual( 5 * 60 * 1000 );
		const texted = double.lastTo( '+447700900123' )!;
		expect( texted.from ).toBe( SENDER );
		const code = codeSentTo( double, '+447700900123' );

		const wrong = await activate(
			session,
			code === '000000' ? '000001' : '000000'
		);
		expect( wrong.status ).toBe( 401 );
		const activated = await activate( session, code );
		expect( activated.status ).toBe( 200 );
		expect( activated.body.backupCodes ).toHaveLength( 10 );
		expect( activated.body.mfa ).toMatchObject( {
			state: 'verified',
			enrolled: true,
			methods: [ 'sms' ],
			smsPhoneEnding: '0123',
			backupCodesLeft: 10,
		} );
		// The session that enrolled is replaced by a new one.
		expect( await api.status( 'GET', '/api/auth/me', session ) ).toBe(
			401
		);

		advance( 31_000 );
		const pending = await smsUserPasswordOnly();
		expect( pending.body.mfa ).toMatchObject( {
			state: 'pending',
			methods: [ 'sms' ],
		} );
		// Not even a guess is possible before a code was sent.
		const early = await api( 'POST', '/api/auth/mfa/challenge', pending, {
			smsCode: code,
		} );
		expect( early.status ).toBe( 401 );
		const sent = await api(
			'POST',
			'/api/auth/mfa/sms/challenge',
			pending
		);
		expect( sent.status ).toBe( 202 );
		expect( sent.body.phoneEnding ).toBe( '0123' );
		const signIn = codeSentTo( double, '+447700900123' );
		const passed = await api( 'POST', '/api/auth/mfa/challenge', pending, {
			smsCode: signIn,
		} );
		expect( passed.status ).toBe( 200 );
		expect( passed.body.mfa.state ).toBe( 'verified' );
		const verified = sessionFrom( passed.headers, passed.body );
		expect( verified.cookie ).not.toBe( pending.cookie );

		// Replay: the same texted code on another password-only session is refused.
		const another = await smsUserPasswordOnly();
		const replay = await api( 'POST', '/api/auth/mfa/challenge', another, {
			smsCode: signIn,
		} );
		expect( replay.status ).toBe( 401 );
		expect( replay.body.error.code ).toBe( 'mfa_invalid' );
	} );

	it( 'stores only a salted hash of each texted code', async () => {
		const rows = await sidecar.db.kysely
			.selectFrom( 'mfa_sms_codes' )
			.select( [ 'id', 'code_hash' ] )
			.execute();
		expect( rows.length ).toBeGreaterThan( 0 );
		const texted = double.messages.map( ( m ) => m.body.slice( 0, 6 ) );
		for ( const row of rows ) {
			expect( row.code_hash ).toMatch( /^[0-9a-f]{64}$/ );
			for ( const code of texted ) {
				expect( row.code_hash ).not.toContain( code );
			}
		}
	} );

	it( 'lets a code expire after five minutes', async () => {
		nextHour();
		const pending = await smsUserPasswordOnly();
		await api( 'POST', '/api/auth/mfa/sms/challenge', pending );
		const code = codeSentTo( double, '+447700900123' );
		advance( 5 * 60 * 1000 + 1000 );
		const late = await api( 'POST', '/api/auth/mfa/challenge', pending, {
			smsCode: code,
		} );
		expect( late.status ).toBe( 401 );
	} );

	it( 'kills a code after five wrong tries, across sessions', async () => {
		nextHour();
		const first = await smsUserPasswordOnly();
		await api( 'POST', '/api/auth/mfa/sms/challenge', first );
		const code = codeSentTo( double, '+447700900123' );
		const wrongCode = code === '999999' ? '999998' : '999999';
		const second = await smsUserPasswordOnly();
		for ( const session of [ first, first, first, second, second ] ) {
			const wrong = await challengeWaitingOut( session, wrongCode );
			expect( wrong.status ).toBe( 401 );
		}
		const third = await smsUserPasswordOnly();
		const right = await challengeWaitingOut( third, code );
		expect( right.status ).toBe( 401 );
	} );

	it( 'rate-limits sending: one code per 30 seconds, five per hour', async () => {
		nextHour();
		const pending = await smsUserPasswordOnly();
		const send = () =>
			api( 'POST', '/api/auth/mfa/sms/challenge', pending );
		const before = double.messages.length;
		expect( ( await send() ).status ).toBe( 202 );
		const tooSoon = await send();
		expect( tooSoon.status ).toBe( 429 );
		expect(
			Number( tooSoon.headers.get( 'retry-after' ) )
		).toBeGreaterThan( 0 );
		for ( let i = 0; i < 4; i++ ) {
			advance( 31_000 );
			expect( ( await send() ).status ).toBe( 202 );
		}
		advance( 31_000 );
		expect( ( await send() ).status ).toBe( 429 );
		expect( double.messages.length - before ).toBe( 5 );
		// The newest code still works: earlier ones were superseded.
		const passed = await api( 'POST', '/api/auth/mfa/challenge', pending, {
			smsCode: codeSentTo( double, '+447700900123' ),
		} );
		expect( passed.status ).toBe( 200 );
	} );

	it( 'answers 502 when the provider refuses, and the unsent code never works', async () => {
		nextHour();
		const session = await freshUser( 'sms-refused@omniops.test' );
		double.failNext( {
			status: 400,
			code: 21614,
			message: "'To' number is not a valid mobile number",
		} );
		const refused = await startEnrolment( session, '+15005550009' );
		expect( refused.status ).toBe( 502 );
		expect( refused.body.error.code ).toBe( 'sms_failed' );
		expect( double.lastTo( '+15005550009' ) ).toBeUndefined();
		const rows = await sidecar.db.kysely
			.selectFrom( 'mfa_sms_codes' )
			.innerJoin( 'users', 'users.id', 'mfa_sms_codes.user_id' )
			.select( 'mfa_sms_codes.used_at' )
			.where( 'users.email', '=', 'sms-refused@omniops.test' )
			.execute();
		expect( rows ).toHaveLength( 1 );
		expect( rows[ 0 ]!.used_at ).not.toBeNull();
	} );

	it( 'accepts only E.164 numbers and sends nothing for the rest', async () => {
		nextHour();
		const session = await freshUser( 'sms-format@omniops.test' );
		const before = double.messages.length;
		for ( const phone of [
			'07700 900123',
			'+0 7700 900123',
			'+44 7700 900123 ext 5',
			'+1234',
			'+1234567890123456',
			'call me',
		] ) {
			const answer = await startEnrolment( session, phone );
			expect( { phone, status: answer.status } ).toEqual( {
				phone,
				status: 400,
			} );
		}
		expect( double.messages.length ).toBe( before );
	} );

	it( 'does not let a password alone add a factor to an account that has one', async () => {
		nextHour();
		const pending = await smsUserPasswordOnly();
		const addPhone = await startEnrolment( pending, '+447700900999' );
		expect( addPhone.status ).toBe( 403 );
		expect( addPhone.body.error.code ).toBe( 'mfa_required' );
		const addApp = await api(
			'POST',
			'/api/auth/mfa/totp/enrolment',
			pending,
			{}
		);
		expect( addApp.status ).toBe( 403 );
		expect( double.lastTo( '+447700900999' ) ).toBeUndefined();
	} );

	it( 'makes new backup codes with an SMS code, and removes factors within the rules', async () => {
		nextHour();
		const session = await enrolSms(
			await freshUser( 'sms-manage@omniops.test' ),
			'+33612345678'
		);
		advance( 31_000 );
		await api( 'POST', '/api/auth/mfa/sms/challenge', session );
		const regenerated = await api(
			'POST',
			'/api/auth/mfa/backup-codes',
			session,
			{ smsCode: codeSentTo( double, '+33612345678' ) }
		);
		expect( regenerated.status ).toBe( 201 );
		expect( regenerated.body.backupCodes ).toHaveLength( 10 );

		const removed = await api( 'DELETE', '/api/auth/mfa/sms', session );
		expect( removed.status ).toBe( 200 );
		expect( removed.body.mfa ).toMatchObject( {
			enrolled: false,
			methods: [],
			backupCodesLeft: 0,
		} );
		const again = await api( 'DELETE', '/api/auth/mfa/sms', session );
		expect( again.status ).toBe( 404 );
		// Without a factor, the password signs in without a second step again.
		const plain = await passwordOnly(
			sidecar,
			'sms-manage@omniops.test',
			PASSWORD
		);
		expect( plain.body.mfa.state ).toBe( 'none' );

		// A platform owner may not drop their only factor …
		const owner = await ownerSession( sidecar );
		const lastFactor = await api( 'DELETE', '/api/auth/mfa/totp', owner );
		expect( lastFactor.status ).toBe( 409 );
		// … but may once SMS is there too; the owner then signs in by SMS.
		advance( 31_000 );
		const withSms = await enrolSms( owner, '+4915112345678' );
		expect( withSms.body.mfa.methods ).toEqual( [ 'totp', 'sms' ] );
		// Adding a factor keeps the backup codes the owner already has.
		expect( withSms.body.backupCodes ).toBeUndefined();
		const dropApp = await api( 'DELETE', '/api/auth/mfa/totp', withSms );
		expect( dropApp.status ).toBe( 200 );
		expect( dropApp.body.mfa.methods ).toEqual( [ 'sms' ] );
		const audit = await sidecar.db.kysely
			.selectFrom( 'admin_audit_log' )
			.select( 'action' )
			.where( 'action', 'in', [ 'mfa.sms.enrol', 'mfa.totp.remove' ] )
			.execute();
		expect( audit.map( ( row ) => row.action ).sort() ).toEqual(
			expect.arrayContaining( [ 'mfa.sms.enrol', 'mfa.totp.remove' ] )
		);
	} );
} );

describe( 'SMS configuration', () => {
	/** A new account signed in with its password, asking to enrol a phone for SMS codes. */
	async function askToEnrolSms( sidecar: TestSidecar, email: string ) {
		await createUser( sidecar, email, PASSWORD );
		const session = await passwordOnly( sidecar, email, PASSWORD );
		const answer = await sessionApi( () => sidecar )(
			'POST',
			'/api/auth/mfa/sms/enrolment',
			session,
			{ phone: '+447700900123' }
		);
		return { session, answer };
	}

	it( 'offers no SMS without a provider', async () => {
		const sidecar = await startTestSidecar( 'sqlite' );
		try {
			const { session, answer } = await askToEnrolSms(
				sidecar,
				'no-sms@omniops.test'
			);
			expect( session.body.mfa.smsAvailable ).toBe( false );
			expect( answer.status ).toBe( 503 );
			expect( answer.body.error.code ).toBe( 'sms_unavailable' );
		} finally {
			await sidecar.close();
		}
	} );

	it( 'answers 502 when the provider rejects the credentials', async () => {
		const double = await startTwilioDouble();
		const sidecar = await startTestSidecar( 'sqlite', {
			env: {
				...twilioEnv( double ),
				OMNIOPS_TWILIO_AUTH_TOKEN: 'not-the-right-token-at-all',
			},
		} );
		try {
			const { answer } = await askToEnrolSms(
				sidecar,
				'bad-creds@omniops.test'
			);
			expect( answer.status ).toBe( 502 );
			expect( double.requests ).toEqual( [
				expect.objectContaining( { method: 'POST', status: 401 } ),
			] );
			expect( double.messages ).toHaveLength( 0 );
		} finally {
			await sidecar.close();
			await double.close();
		}
	} );
} );
