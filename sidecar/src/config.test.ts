import { ConfigError, loadConfig } from './config';

describe( 'loadConfig', () => {
	it( 'defaults to SQLite under data/ and a public URL from host and port', () => {
		const config = loadConfig( {} );
		expect( config.database.kind ).toBe( 'sqlite' );
		expect(
			config.database.kind === 'sqlite' && config.database.file
		).toMatch( /data\/omniops\.sqlite$/ );
		expect( config.port ).toBe( 3100 );
		expect( config.publicUrl ).toBe( 'http://127.0.0.1:3100' );
		expect( config.firstOwner ).toBeNull();
		expect( Object.isFrozen( config ) ).toBe( true );
	} );

	it( 'chooses PostgreSQL when DATABASE_URL is set', () => {
		const config = loadConfig( {
			DATABASE_URL: 'postgres://u@127.0.0.1:5432/x',
		} );
		expect( config.database ).toEqual( {
			kind: 'postgres',
			url: 'postgres://u@127.0.0.1:5432/x',
		} );
	} );

	it.each( [
		[ 'PORT', { PORT: 'eighty' } ],
		[ 'PORT', { PORT: '70000' } ],
		[ 'DATABASE_URL', { DATABASE_URL: 'mysql://x' } ],
		[ 'OMNIOPS_PUBLIC_URL', { OMNIOPS_PUBLIC_URL: 'not a url' } ],
		[ 'LOG_LEVEL', { LOG_LEVEL: 'loud' } ],
		[ 'OMNIOPS_DEMO', { OMNIOPS_DEMO: 'maybe' } ],
		[ 'OMNIOPS_OWNER_PASSWORD', { OMNIOPS_OWNER_EMAIL: 'a@b.co' } ],
		[
			'OMNIOPS_OWNER_PASSWORD',
			{ OMNIOPS_OWNER_EMAIL: 'a@b.co', OMNIOPS_OWNER_PASSWORD: 'short' },
		],
	] )( 'names %s when its value is wrong', ( variable, env ) => {
		expect( () => loadConfig( env ) ).toThrow( ConfigError );
		expect( () => loadConfig( env ) ).toThrow(
			new RegExp( `${ variable }:` )
		);
	} );

	it( 'takes the first owner from the environment, email lower-cased', () => {
		const config = loadConfig( {
			OMNIOPS_OWNER_EMAIL: 'Boss@Shop.Example',
			OMNIOPS_OWNER_PASSWORD: 'a long enough password',
		} );
		expect( config.firstOwner ).toEqual( {
			email: 'boss@shop.example',
			password: 'a long enough password',
			name: 'Platform owner',
		} );
	} );

	describe( 'in production (NODE_ENV=production)', () => {
		const production = {
			NODE_ENV: 'production',
			OMNIOPS_PUBLIC_URL: 'https://chat.example.com',
			OMNIOPS_MASTER_KEY: Buffer.alloc( 32, 7 ).toString( 'base64' ),
		};

		it( 'starts with an https public URL and a master key, demo off', () => {
			const config = loadConfig( production );
			expect( config.env ).toBe( 'production' );
			expect( config.publicUrl ).toBe( 'https://chat.example.com' );
			expect( config.masterKey.kind ).toBe( 'env' );
			expect( config.demo ).toBe( false );
		} );

		it( 'serves the demo only when asked for', () => {
			expect(
				loadConfig( { ...production, OMNIOPS_DEMO: 'true' } ).demo
			).toBe( true );
			// Outside production the demo stays on by default (`npm start`).
			expect( loadConfig( {} ).demo ).toBe( true );
			expect( loadConfig( { OMNIOPS_DEMO: 'false' } ).demo ).toBe(
				false
			);
		} );

		it.each( [
			[ 'without a public URL', { OMNIOPS_PUBLIC_URL: undefined } ],
			[
				'with an http public URL',
				{ OMNIOPS_PUBLIC_URL: 'http://chat.example.com' },
			],
		] )( 'refuses to start %s, naming OMNIOPS_PUBLIC_URL', ( _, env ) => {
			expect( () => loadConfig( { ...production, ...env } ) ).toThrow(
				/OMNIOPS_PUBLIC_URL: is required in production and must be https/
			);
		} );

		it( 'refuses to start without a master key, and says how to make one', () => {
			expect( () =>
				loadConfig( { ...production, OMNIOPS_MASTER_KEY: undefined } )
			).toThrow(
				/OMNIOPS_MASTER_KEY: is required in production.*openssl rand -base64 32/
			);
		} );

		it( 'names every missing variable at once', () => {
			let message = '';
			try {
				loadConfig( { NODE_ENV: 'production' } );
			} catch ( error ) {
				message = ( error as Error ).message;
			}
			expect( message ).toContain( 'OMNIOPS_PUBLIC_URL:' );
			expect( message ).toContain( 'OMNIOPS_MASTER_KEY:' );
		} );
	} );
} );
