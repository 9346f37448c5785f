/**
 * Security review cases not covered elsewhere (mfa.test.ts holds lockout, MFA-completion
 * fixation, replayed TOTP codes, reused backup codes, guessing limits; auth.test.ts CSRF on
 * owner routes; sms.test.ts reused, expired and guessed SMS codes):
 * - session fixation at password sign-in: a planted cookie never becomes the victim's session;
 * - "sign out all other sessions": CSRF-protected, ends the others, keeps this one, audited
 *   for platform staff;
 * - TOTP secrets sealed at rest with the master key, including the start-up upgrade of
 *   secrets stored in clear by earlier versions.
 */
import { generate } from 'otplib';
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startOwnerSidecar,
	type TestSidecar,
} from '../../../../tests/support/owner-sidecar';
import { sessionApi } from '../../../../tests/support/session-api';
import {
	OWNER,
	createUser,
	enrolledSecret,
	login,
	passwordOnly,
	ownerSession,
} from '../../../../tests/support/flows';

const PASSWORD = 'correct horse battery staple';

describe.each( testDialects() )( 'attacks on sessions on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	const api = sessionApi( () => sidecar );

	beforeAll( async () => {
		( { sidecar } = await startOwnerSidecar( dialect ) );
		await createUser( sidecar, 'victim@omniops.test', PASSWORD );
		await createUser( sidecar, 'attacker@omniops.test', PASSWORD );
	} );
	afterAll( () => sidecar.close() );

	it( 'issues a new session at sign-in: a planted cookie never becomes the victim’s', async () => {
		// The attacker's own valid session, and an invented token, planted in the victim's browser.
		const attacker = await passwordOnly(
			sidecar,
			'attacker@omniops.test',
			PASSWORD
		);
		for ( const planted of [
			attacker.cookie,
			'omniops_session=ses_inventedbytheattacker0000000000000000',
		] ) {
			const victim = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/login',
				{
					body: { email: 'victim@omniops.test', password: PASSWORD },
					headers: { cookie: planted },
				}
			);
			expect( victim.status ).toBe( 200 );
			const issued = ( victim.headers.get( 'set-cookie' ) ?? '' ).split(
				';'
			)[ 0 ];
			expect( issued ).toMatch( /^omniops_session=ses_/ );
			expect( issued ).not.toBe( planted );
			// The planted token is still only what it was: the attacker's, or nobody's.
			const asPlanted = await call(
				sidecar.baseUrl,
				'GET',
				'/api/auth/me',
				{ headers: { cookie: planted } }
			);
			if ( planted === attacker.cookie ) {
				expect( asPlanted.body.user.email ).toBe(
					'attacker@omniops.test'
				);
			} else {
				expect( asPlanted.status ).toBe( 401 );
			}
		}
	} );

	it( 'signs out all other sessions only with the CSRF token, keeping this one', async () => {
		const sessions = [];
		for ( let i = 0; i < 3; i++ ) {
			sessions.push(
				await passwordOnly( sidecar, 'victim@omniops.test', PASSWORD )
			);
		}
		const [ current, ...others ] = sessions;
		const forged = await call(
			sidecar.baseUrl,
			'POST',
			'/api/auth/sessions/revoke-others',
			{ headers: { cookie: current!.cookie } }
		);
		expect( forged.status ).toBe( 403 );
		const wrongToken = await call(
			sidecar.baseUrl,
			'POST',
			'/api/auth/sessions/revoke-others',
			{
				headers: {
					cookie: current!.cookie,
					'x-csrf-token': others[ 0 ]!.csrfToken,
				},
			}
		);
		expect( wrongToken.status ).toBe( 403 );
		for ( const other of others ) {
			expect( await api.status( 'GET', '/api/auth/me', other ) ).toBe(
				200
			);
		}

		const revoked = await api(
			'POST',
			'/api/auth/sessions/revoke-others',
			current!
		);
		expect( revoked.status ).toBe( 200 );
		// The three made here, plus the sessions of the previous test.
		expect( revoked.body.ended ).toBeGreaterThanOrEqual( 2 );
		for ( const other of others ) {
			expect( await api.status( 'GET', '/api/auth/me', other ) ).toBe(
				401
			);
		}
		const list = await api( 'GET', '/api/auth/sessions', current! );
		expect( list.body.sessions ).toEqual( [
			expect.objectContaining( { current: true } ),
		] );
		// Another user's sessions are untouched.
		expect(
			await api.status(
				'GET',
				'/api/auth/me',
				await ownerSession( sidecar )
			)
		).toBe( 200 );
	} );

	it( 'writes the audit log when platform staff sign out their other sessions', async () => {
		const other = await login( sidecar, OWNER.email, OWNER.password );
		const owner = await login( sidecar, OWNER.email, OWNER.password );
		const revoked = await api(
			'POST',
			'/api/auth/sessions/revoke-others',
			owner
		);
		expect( revoked.status ).toBe( 200 );
		expect( await api.status( 'GET', '/api/auth/me', other ) ).toBe( 401 );
		const log = await api(
			'GET',
			'/api/owner/audit-log?action=auth.sessions.revoke_others',
			owner
		);
		expect( log.status ).toBe( 200 );
		expect( log.body.events ).toEqual( [
			expect.objectContaining( {
				action: 'auth.sessions.revoke_others',
				details: { ended: revoked.body.ended },
			} ),
		] );
	} );
} );

describe.each( testDialects() )( 'TOTP secrets at rest on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	const api = sessionApi( () => sidecar );

	beforeAll( async () => {
		( { sidecar } = await startOwnerSidecar( dialect ) );
	} );
	afterAll( () => sidecar.close() );

	const storedRow = () =>
		sidecar.db.kysely
			.selectFrom( 'mfa_totp' )
			.innerJoin( 'users', 'users.id', 'mfa_totp.user_id' )
			.select( [ 'mfa_totp.secret', 'mfa_totp.pending_secret' ] )
			.where( 'users.email', '=', OWNER.email )
			.executeTakeFirstOrThrow();

	it( 'stores the enrolled secret sealed, never as the secret itself', async () => {
		const secret = enrolledSecret( sidecar, OWNER.email )!;
		expect( secret ).toMatch( /^[A-Z2-7]{16,}$/ );
		const row = await storedRow();
		expect( row.secret ).toMatch( /^v1\./ );
		expect( row.secret ).not.toContain( secret );
		expect( row.secret.toLowerCase() ).not.toContain(
			secret.toLowerCase()
		);
		// A pending (re-)enrolment secret is sealed as well.
		const owner = await ownerSession( sidecar );
		const started = await api(
			'POST',
			'/api/auth/mfa/totp/enrolment',
			owner,
			{}
		);
		expect( started.status ).toBe( 201 );
		const pending = ( await storedRow() ).pending_secret!;
		expect( pending ).toMatch( /^v1\./ );
		expect( pending ).not.toContain( started.body.secret );
	} );

	it( 'seals secrets an earlier version stored in clear, at start, and they keep working', async () => {
		const secret = enrolledSecret( sidecar, OWNER.email )!;
		// The state an existing database is in before the upgrade.
		await sidecar.db.kysely
			.updateTable( 'mfa_totp' )
			.set( { secret, pending_secret: null } )
			.execute();
		expect( ( await storedRow() ).secret ).toBe( secret );

		await sidecar.omniops.initialize();
		const row = await storedRow();
		expect( row.secret ).toMatch( /^v1\./ );
		expect( row.secret ).not.toContain( secret );
		// Nothing left to seal: the step is idempotent.
		expect(
			await sidecar.omniops.services.auth.sealStoredTotpSecrets()
		).toBe( 0 );
		expect( ( await storedRow() ).secret ).toBe( row.secret );

		// The sealed secret still verifies codes from the same authenticator.
		const pending = await passwordOnly(
			sidecar,
			OWNER.email,
			OWNER.password
		);
		const step = Math.floor( Date.now() / 30_000 ) + 1;
		const passed = await api( 'POST', '/api/auth/mfa/challenge', pending, {
			code: await generate( { secret, epoch: step * 30 } ),
		} );
		expect( passed.status ).toBe( 200 );
	} );
} );
