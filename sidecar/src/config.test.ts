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
} );
