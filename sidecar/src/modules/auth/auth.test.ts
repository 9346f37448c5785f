import {
	call,
	startTestSidecar,
	testDialects,
} from '../../../../tests/support/sidecar-harness';
import {
	startOwnerSidecar,
	type TestSidecar,
} from '../../../../tests/support/owner-sidecar';
import { sessionApi } from '../../../../tests/support/session-api';
import { OWNER, login, ownerSession } from '../../../../tests/support/flows';

describe.each( testDialects() )( 'auth and owner API on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	const api = sessionApi( () => sidecar );

	beforeAll( async () => {
		sidecar = await startTestSidecar( dialect );
	} );
	afterAll( () => sidecar.close() );

	it( 'creates the first owner only through the one-time setup link', async () => {
		expect(
			( await api( 'GET', '/api/auth/setup-status', null ) ).body
		).toEqual( { needsSetup: true } );
		const token =
			await sidecar.omniops.services.auth.ensureFirstOwner( null );
		expect( token ).toMatch( /^setup_/ );
		const wrong = await api( 'POST', '/api/auth/setup', null, {
			...OWNER,
			token: 'setup_wrongwrongwrong',
		} );
		expect( wrong.status ).toBe( 401 );
		const weak = await api( 'POST', '/api/auth/setup', null, {
			...OWNER,
			token,
			password: 'short',
		} );
		expect( weak.status ).toBe( 400 );
		expect( weak.body.error.details.body.fieldErrors.password ).toEqual( [
			'Use at least 12 characters.',
		] );
		const done = await api( 'POST', '/api/auth/setup', null, {
			...OWNER,
			token,
		} );
		expect( done.status ).toBe( 201 );
		expect( done.body.user ).toMatchObject( {
			email: OWNER.email,
			roles: [ 'platform_owner' ],
		} );
		// The owner's first session waits for MFA enrolment before any owner route answers.
		expect( done.body.mfa ).toEqual( {
			state: 'pending',
			required: true,
			enrolled: false,
			backupCodesLeft: 0,
			methods: [],
			smsPhoneEnding: null,
			smsAvailable: false,
		} );
		const cookie = done.headers.get( 'set-cookie' ) ?? '';
		expect( cookie ).toMatch( /omniops_session=ses_/ );
		expect( cookie ).toMatch( /HttpOnly/ );
		expect( cookie ).toMatch( /SameSite=Lax/ );
		const reuse = await api( 'POST', '/api/auth/setup', null, {
			...OWNER,
			email: 'second@omniops.test',
			token,
		} );
		expect( reuse.status ).toBe( 409 );
		expect(
			( await api( 'GET', '/api/auth/setup-status', null ) ).body
		).toEqual( { needsSetup: false } );
		expect(
			await sidecar.omniops.services.auth.ensureFirstOwner( null )
		).toBeNull();
	} );

	it( 'signs in, tells who is signed in, and signs out', async () => {
		const session = await login(
			sidecar,
			OWNER.email.toUpperCase(),
			OWNER.password
		);
		const me = await call( sidecar.baseUrl, 'GET', '/api/auth/me', {
			headers: { cookie: session.cookie },
		} );
		expect( me.status ).toBe( 200 );
		expect( me.body ).toEqual( {
			user: expect.objectContaining( {
				email: OWNER.email,
				name: OWNER.name,
			} ),
			csrfToken: session.csrfToken,
			mfa: expect.objectContaining( {
				state: 'verified',
				enrolled: true,
			} ),
		} );
		const out = await api( 'POST', '/api/auth/logout', session );
		expect( out.status ).toBe( 204 );
		expect(
			(
				await call( sidecar.baseUrl, 'GET', '/api/auth/me', {
					headers: { cookie: session.cookie },
				} )
			).status
		).toBe( 401 );
	} );

	it( 'refuses a wrong password with the same answer as an unknown email', async () => {
		const wrongPassword = await api( 'POST', '/api/auth/login', null, {
			email: OWNER.email,
			password: 'not the password',
		} );
		const unknownEmail = await api( 'POST', '/api/auth/login', null, {
			email: 'nobody@omniops.test',
			password: 'not the password',
		} );
		expect( wrongPassword.status ).toBe( 401 );
		expect( unknownEmail.status ).toBe( 401 );
		expect( wrongPassword.body ).toEqual( unknownEmail.body );
	} );

	it( 'throttles repeated failed logins for one account from one address', async () => {
		const statuses: number[] = [];
		for ( let i = 0; i < 10; i++ ) {
			statuses.push(
				await api.status( 'POST', '/api/auth/login', null, {
					email: 'victim@omniops.test',
					password: `guess ${ i }`,
				} )
			);
		}
		expect( statuses ).toEqual( [
			...Array( 5 ).fill( 401 ),
			...Array( 5 ).fill( 429 ),
		] );
	} );

	it( 'requires the CSRF token on state-changing owner requests', async () => {
		const session = await ownerSession( sidecar );
		const without = await call(
			sidecar.baseUrl,
			'POST',
			'/api/owner/organizations',
			{ body: { name: 'No CSRF' }, headers: { cookie: session.cookie } }
		);
		expect( without.status ).toBe( 403 );
		const wrong = await call(
			sidecar.baseUrl,
			'POST',
			'/api/owner/organizations',
			{
				body: { name: 'No CSRF' },
				headers: { cookie: session.cookie, 'x-csrf-token': 'nope' },
			}
		);
		expect( wrong.status ).toBe( 403 );
		const list = await call(
			sidecar.baseUrl,
			'GET',
			'/api/owner/organizations',
			{ headers: { cookie: session.cookie } }
		);
		expect(
			list.body.organizations.map( ( org: { name: string } ) => org.name )
		).not.toContain( 'No CSRF' );
	} );

	it( 'lets the owner create organizations and one-time connect tokens', async () => {
		const session = await ownerSession( sidecar );
		const created = await api(
			'POST',
			'/api/owner/organizations',
			session,
			{ name: '  Acme Outfitters ' }
		);
		expect( created.status ).toBe( 201 );
		expect( created.body.organization.name ).toBe( 'Acme Outfitters' );
		const id = created.body.organization.id;
		const token = await api(
			'POST',
			`/api/owner/organizations/${ id }/connect-tokens`,
			session,
			{}
		);
		expect( token.status ).toBe( 201 );
		expect( token.body.token ).toMatch( /^oct_/ );
		const detail = await api(
			'GET',
			`/api/owner/organizations/${ id }`,
			session
		);
		expect( detail.body.connectTokens ).toHaveLength( 1 );
		expect( JSON.stringify( detail.body ) ).not.toContain(
			token.body.token
		);
		const list = await api( 'GET', '/api/owner/organizations', session );
		expect( list.body.organizations ).toContainEqual(
			expect.objectContaining( {
				id,
				name: 'Acme Outfitters',
				siteCount: 0,
			} )
		);
		expect(
			await api.status(
				'GET',
				'/api/owner/organizations/00000000-0000-4000-8000-000000000000',
				session
			)
		).toBe( 404 );
		expect(
			await api.status( 'POST', '/api/owner/organizations', session, {
				name: '',
			} )
		).toBe( 400 );
	} );

	it( 'hides owner routes from anonymous callers and from users without a platform role', async () => {
		expect(
			await api.status( 'GET', '/api/owner/organizations', null )
		).toBe( 401 );
		await sidecar.omniops.services.auth.ensureFirstOwner( null );
		await sidecar.db.kysely
			.insertInto( 'users' )
			.values( {
				id: '11111111-1111-4111-8111-111111111111',
				email: 'agent@omniops.test',
				name: 'Agent',
				password_hash: (
					await sidecar.db.kysely
						.selectFrom( 'users' )
						.select( 'password_hash' )
						.executeTakeFirstOrThrow()
				).password_hash,
				created_at: new Date().toISOString(),
			} )
			.execute();
		const agent = await login(
			sidecar,
			'agent@omniops.test',
			OWNER.password
		);
		expect(
			await api.status( 'GET', '/api/owner/organizations', agent )
		).toBe( 404 );
	} );
} );

describe( 'first owner from the environment', () => {
	it( 'is created at start-up, and no setup link is printed', async () => {
		const sidecar = await startTestSidecar( 'sqlite', {
			env: {
				OMNIOPS_OWNER_EMAIL: 'env-owner@omniops.test',
				OMNIOPS_OWNER_PASSWORD: 'from the environment',
			},
			initialize: true,
		} );
		try {
			expect(
				(
					await call(
						sidecar.baseUrl,
						'GET',
						'/api/auth/setup-status'
					)
				).body
			).toEqual( { needsSetup: false } );
			const session = await login(
				sidecar,
				'env-owner@omniops.test',
				'from the environment'
			);
			expect(
				(
					await call(
						sidecar.baseUrl,
						'GET',
						'/api/owner/organizations',
						{ headers: session.headers }
					)
				).status
			).toBe( 200 );
		} finally {
			await sidecar.close();
		}
	} );
} );

describe.each( testDialects() )(
	'sign-in throttling per IP on %s',
	( dialect ) => {
		let sidecar: TestSidecar;
		const api = sessionApi( () => sidecar );

		beforeAll( async () => {
			( { sidecar } = await startOwnerSidecar( dialect ) );
		} );
		afterAll( () => sidecar.close() );

		const signIn = async ( email: string, password: string ) =>
			await api.status( 'POST', '/api/auth/login', null, {
				email,
				password,
			} );

		it( 'counts failed sign-ins only: many good ones from one address pass, twenty failures close it', async () => {
			for ( let i = 0; i < 25; i++ ) {
				expect( await signIn( OWNER.email, OWNER.password ) ).toBe(
					200
				);
			}
			// Failures spread over accounts, as credential stuffing does (one account would
			// hit its own limit first).
			for ( let i = 0; i < 20; i++ ) {
				expect(
					await signIn(
						`stuffed-${ i }@omniops.test`,
						'password123456'
					)
				).toBe( 401 );
			}
			expect(
				await signIn( 'stuffed-x@omniops.test', 'password123456' )
			).toBe( 429 );
			// Once the address is closed, even the right password waits.
			expect( await signIn( OWNER.email, OWNER.password ) ).toBe( 429 );
		} );
	}
);
