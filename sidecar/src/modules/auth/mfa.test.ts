/**
 * The second factor, attacked: pending sessions reach nothing, codes replay never, backup
 * codes work once, guessing ends the session, a password alone cannot re-enrol, the
 * password-only session token dies when MFA completes, and an account locks for an address
 * after wrong passwords (lockout.test.ts covers the rest of ADR 0020).
 */
import { generate } from 'otplib';
import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	expectFiveWrongCodesExhaust,
	OWNER,
	passwordOnly,
	sessionFrom,
} from '../../../../tests/support/flows';
import {
	sessionApi,
	type SignedInSession,
} from '../../../../tests/support/session-api';

const codeAt = ( secret: string, step: number ) =>
	generate( { secret, epoch: step * 30 } );
const stepNow = () => Math.floor( Date.now() / 30_000 );

describe.each( testDialects() )( 'MFA on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let secret: string;
	let backupCodes: string[];
	// The owner's authenticator steps used so far; each test uses later ones.
	let nextStep: number;
	const api = sessionApi( () => sidecar );
	/** The owner signed in with the password alone: the second step still to do. */
	const ownerPasswordOnly = () =>
		passwordOnly( sidecar, OWNER.email, OWNER.password );
	/** The second step of a sign-in: an authenticator, backup or SMS code. */
	const challenge = ( session: SignedInSession, body: object ) =>
		api( 'POST', '/api/auth/mfa/challenge', session, body );

	beforeAll( async () => {
		sidecar = await startTestSidecar( dialect );
		const setupToken =
			await sidecar.omniops.services.auth.ensureFirstOwner( null );
		const setup = await api( 'POST', '/api/auth/setup', null, {
			token: setupToken,
			...OWNER,
		} );
		const pending = sessionFrom( setup.headers, setup.body );
		const enrolment = await api(
			'POST',
			'/api/auth/mfa/totp/enrolment',
			pending,
			{}
		);
		expect( enrolment.status ).toBe( 201 );
		expect( enrolment.body.otpauthUrl ).toMatch(
			new RegExp(
				`^otpauth://totp/OmniOps:owner%40omniops\\.test\\?secret=${ enrolment.body.secret }&issuer=OmniOps`
			)
		);
		expect( enrolment.body.qrSvg ).toMatch( /^<svg/ );
		secret = enrolment.body.secret;
		nextStep = stepNow() - 1;
		const activation = await api(
			'POST',
			'/api/auth/mfa/totp/activation',
			pending,
			{ code: await codeAt( secret, nextStep ) }
		);
		expect( activation.status ).toBe( 200 );
		nextStep += 1;
		backupCodes = activation.body.backupCodes;
	} );
	afterAll( () => sidecar.close() );

	it( 'gives ten distinct backup codes and a verified session on enrolment', () => {
		expect( new Set( backupCodes ).size ).toBe( 10 );
		for ( const code of backupCodes ) {
			expect( code ).toMatch(
				/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/
			);
		}
	} );

	it( 'answers nothing on the owner API while the second factor is missing', async () => {
		const pending = await ownerPasswordOnly();
		expect( pending.body.mfa ).toMatchObject( {
			state: 'pending',
			enrolled: true,
		} );
		const owner = await api( 'GET', '/api/owner/organizations', pending );
		expect( owner.status ).toBe( 403 );
		expect( owner.body.error.code ).toBe( 'mfa_required' );
		const sessions = await api( 'GET', '/api/auth/sessions', pending );
		expect( sessions.status ).toBe( 403 );
		// With only a password, the authenticator cannot be replaced.
		const reEnrol = await api(
			'POST',
			'/api/auth/mfa/totp/enrolment',
			pending,
			{}
		);
		expect( reEnrol.status ).toBe( 403 );
		// The challenge is a state change: it needs the CSRF token like any other.
		const noCsrf = await call(
			sidecar.baseUrl,
			'POST',
			'/api/auth/mfa/challenge',
			{
				body: { code: await codeAt( secret, nextStep ) },
				headers: { cookie: pending.cookie },
			}
		);
		expect( noCsrf.status ).toBe( 403 );
	} );

	it( 'accepts a code once; the replay is refused, and the old session token dies (fixation)', async () => {
		const pending = await ownerPasswordOnly();
		const code = await codeAt( secret, Math.max( nextStep, stepNow() ) );
		nextStep = Math.max( nextStep, stepNow() ) + 1;
		const passed = await challenge( pending, {
			code,
		} );
		expect( passed.status ).toBe( 200 );
		expect( passed.body.mfa.state ).toBe( 'verified' );
		const verified = sessionFrom( passed.headers, passed.body );
		expect( verified.cookie ).not.toBe( pending.cookie );
		expect( verified.csrfToken ).not.toBe( pending.csrfToken );
		expect( await api.status( 'GET', '/api/auth/me', pending ) ).toBe(
			401
		);
		expect(
			await api.status( 'GET', '/api/owner/organizations', verified )
		).toBe( 200 );

		const another = await ownerPasswordOnly();
		const replay = await challenge( another, {
			code,
		} );
		expect( replay.status ).toBe( 401 );
		expect( replay.body.error.code ).toBe( 'mfa_invalid' );
		// An older step than the last used one is refused as well.
		const older = await challenge( another, {
			code: await codeAt( secret, nextStep - 2 ),
		} );
		expect( older.status ).toBe( 401 );
	} );

	it( 'accepts each backup code once (recovery), then lets the user re-enrol', async () => {
		const pending = await ownerPasswordOnly();
		const used = await challenge( pending, {
			backupCode: backupCodes[ 0 ]!.toUpperCase(),
		} );
		expect( used.status ).toBe( 200 );
		expect( used.body.mfa.backupCodesLeft ).toBe( 9 );
		const recovered = sessionFrom( used.headers, used.body );

		const again = await ownerPasswordOnly();
		const reused = await challenge( again, {
			backupCode: backupCodes[ 0 ],
		} );
		expect( reused.status ).toBe( 401 );

		// Re-enrolment from the recovered session: a new secret replaces the lost one.
		const enrolment = await api(
			'POST',
			'/api/auth/mfa/totp/enrolment',
			recovered,
			{}
		);
		expect( enrolment.status ).toBe( 201 );
		const fresh = enrolment.body.secret;
		const activation = await api(
			'POST',
			'/api/auth/mfa/totp/activation',
			recovered,
			{ code: await codeAt( fresh, stepNow() ) }
		);
		expect( activation.status ).toBe( 200 );
		expect( activation.body.backupCodes ).toHaveLength( 10 );
		// The old secret no longer signs in; the old backup codes are gone too.
		const third = await ownerPasswordOnly();
		expect(
			await api.status( 'POST', '/api/auth/mfa/challenge', third, {
				code: await codeAt( secret, stepNow() + 1 ),
			} )
		).toBe( 401 );
		expect(
			await api.status( 'POST', '/api/auth/mfa/challenge', third, {
				backupCode: backupCodes[ 1 ],
			} )
		).toBe( 401 );
		secret = fresh;
		backupCodes = activation.body.backupCodes;
		nextStep = stepNow() + 1;
	} );

	it( 'lists and revokes the user’s own sessions only', async () => {
		const pending = await ownerPasswordOnly();
		const passed = await challenge( pending, {
			backupCode: backupCodes[ 2 ],
		} );
		const session = sessionFrom( passed.headers, passed.body );
		const list = await api( 'GET', '/api/auth/sessions', session );
		expect( list.status ).toBe( 200 );
		const others = list.body.sessions.filter(
			( s: { current: boolean } ) => ! s.current
		);
		expect(
			list.body.sessions.filter(
				( s: { current: boolean } ) => s.current
			)
		).toHaveLength( 1 );
		expect( others.length ).toBeGreaterThan( 0 );
		const revoked = await api(
			'DELETE',
			`/api/auth/sessions/${ others[ 0 ].id }`,
			session
		);
		expect( revoked.status ).toBe( 204 );
		const unknown = await api(
			'DELETE',
			'/api/auth/sessions/00000000-0000-4000-8000-000000000000',
			session
		);
		expect( unknown.status ).toBe( 404 );
	} );

	// Last in this block: the five wrong codes leave the account waiting (lockout.test.ts).
	it( 'ends the session after five wrong codes', async () => {
		// A right code first: wrong codes of earlier tests are forgiven (counted per account).
		const earlier = await ownerPasswordOnly();
		expect(
			await api.status( 'POST', '/api/auth/mfa/challenge', earlier, {
				backupCode: backupCodes[ 3 ],
			} )
		).toBe( 200 );
		const pending = await ownerPasswordOnly();
		await expectFiveWrongCodesExhaust(
			( code ) => challenge( pending, { code } ),
			100000
		);
		expect( await api.status( 'GET', '/api/auth/me', pending ) ).toBe(
			401
		);
	} );
} );

describe( 'account lockout', () => {
	it( 'locks an account for an address after five wrong passwords, also for the right one, until the lock ends', async () => {
		let now = Date.parse( '2026-11-25T12:00:00Z' );
		const sidecar = await startTestSidecar( 'sqlite', {
			clock: () => new Date( now ),
		} );
		try {
			await sidecar.omniops.services.auth.ensureFirstOwner( null );
			const { createUser } =
				await import( '../../../../tests/support/flows' );
			await createUser( sidecar, 'lock-me@omniops.test' );
			const attempt = ( password: string ) =>
				call( sidecar.baseUrl, 'POST', '/api/auth/login', {
					body: { email: 'lock-me@omniops.test', password },
				} );
			const statuses: number[] = [];
			for ( let i = 0; i < 5; i++ ) {
				statuses.push( ( await attempt( `wrong ${ i }` ) ).status );
			}
			expect( statuses ).toEqual( [ 401, 401, 401, 401, 401 ] );
			const locked = await attempt( OWNER.password );
			expect( locked.status ).toBe( 429 );
			expect(
				Number( locked.headers.get( 'retry-after' ) )
			).toBeGreaterThan( 800 );
			now += 16 * 60 * 1000;
			expect( ( await attempt( OWNER.password ) ).status ).toBe( 200 );
		} finally {
			await sidecar.close();
		}
	} );
} );
