/**
 * A database that goes away is an outage, not a defect: the process survives a connection
 * the server terminates mid-transaction (it used to end on an unheard 'error' event, which
 * the cluster's PostgreSQL restart caught), and requests answer 503 database_unavailable with
 * Retry-After instead of 500.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../platform/logger';
import { testDialects } from '../../../tests/support/sidecar-harness';
import { isDatabaseUnavailable } from './availability';
import { openDatabase } from './index';

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const withPostgres = testDialects().includes( 'postgres' )
	? describe
	: describe.skip;

/** A port on this machine that nothing listens on (bound, then released). */
async function closedPort(): Promise< number > {
	const { createServer } = await import( 'node:net' );
	const server = createServer();
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	const { port } = server.address() as { port: number };
	await new Promise( ( resolve ) => server.close( resolve ) );
	return port;
}

async function until( test: () => boolean, ms = 5_000 ): Promise< void > {
	const deadline = Date.now() + ms;
	while ( ! test() ) {
		if ( Date.now() > deadline ) {
			throw new Error( 'condition not met in time' );
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 20 ) );
	}
}

withPostgres( 'PostgreSQL connections the server drops', () => {
	it( 'survives a connection terminated inside a transaction, and the pool goes on', async () => {
		const lost: Error[] = [];
		const db = openDatabase(
			{ kind: 'postgres', url: ADMIN_URL! },
			( error ) => lost.push( error )
		);
		const admin = new pg.Client( { connectionString: ADMIN_URL } );
		await admin.connect();
		try {
			const transaction = db.kysely
				.transaction()
				.execute( async ( trx ) => {
					const { rows } = await sql< {
						pid: number;
					} >`select pg_backend_pid() as pid`.execute( trx );
					await admin.query( 'select pg_terminate_backend($1)', [
						rows[ 0 ]!.pid,
					] );
					// The server's FATAL arrives while this client is checked out and idle.
					await until( () => lost.length > 0 );
					await sql`select 1`.execute( trx );
				} );
			const failure = await transaction.then(
				() => null,
				( error: unknown ) => error
			);
			expect( lost[ 0 ] ).toMatchObject( { code: '57P01' } );
			expect( isDatabaseUnavailable( failure ) ).toBe( true );
			const { rows } = await sql< {
				one: number;
			} >`select 1 as one`.execute( db.kysely );
			expect( rows ).toEqual( [ { one: 1 } ] );
		} finally {
			await admin.end();
			await db.close();
		}
	} );

	it( 'tells an unreachable server from a wrong query', async () => {
		const port = await closedPort();
		const refused = new pg.Client( {
			connectionString: `postgres://postgres@127.0.0.1:${ port }/postgres`,
		} );
		const refusal = await refused.connect().then(
			() => null,
			( error: unknown ) => error
		);
		expect( isDatabaseUnavailable( refusal ) ).toBe( true );

		const client = new pg.Client( { connectionString: ADMIN_URL } );
		await client.connect();
		try {
			const syntax = await client
				.query( 'selec 1' )
				.catch( ( error: unknown ) => error );
			expect( syntax ).toMatchObject( { code: '42601' } );
			expect( isDatabaseUnavailable( syntax ) ).toBe( false );
			const division = await client
				.query( 'select 1/0' )
				.catch( ( error: unknown ) => error );
			expect( isDatabaseUnavailable( division ) ).toBe( false );
		} finally {
			await client.end();
		}
	} );

	it( 'answers 503 database_unavailable with Retry-After while the server refuses connections', async () => {
		const port = await closedPort();
		const env = {
			NODE_ENV: 'test',
			LOG_LEVEL: 'silent',
			OMNIOPS_DEMO: 'false',
			PORT: '0',
			DATABASE_URL: `postgres://postgres@127.0.0.1:${ port }/omniops`,
		};
		const config = loadConfig( env );
		const db = openDatabase( config.database );
		const { app } = buildApp( {
			config,
			db,
			logger: createLogger( 'silent' ),
		} );
		const { createServer } = await import( 'node:http' );
		const server = createServer( app );
		await new Promise< void >( ( resolve ) =>
			server.listen( 0, '127.0.0.1', resolve )
		);
		const { port: appPort } = server.address() as { port: number };
		try {
			const answer = await fetch(
				`http://127.0.0.1:${ appPort }/api/widget/conversations`,
				{
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify( { siteKey: 'pk_unknown_site_key' } ),
				}
			);
			expect( answer.status ).toBe( 503 );
			expect( answer.headers.get( 'retry-after' ) ).toBe( '2' );
			expect( await answer.json() ).toEqual( {
				error: {
					code: 'database_unavailable',
					message: expect.any( String ),
					details: { retryAfterSeconds: 2 },
				},
			} );
			const ready = await fetch( `http://127.0.0.1:${ appPort }/readyz` );
			expect( ready.status ).toBe( 503 );
			expect( ( await ready.json() ).error.details.database ).toBe(
				'down'
			);
		} finally {
			server.closeAllConnections();
			await new Promise( ( resolve ) => server.close( resolve ) );
			await db.close();
		}
	} );
} );

describe( 'SQLite', () => {
	it( 'counts a write lock held past busy_timeout as unavailable', () => {
		const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'omniops-busy-' ) );
		const file = path.join( dir, 'busy.sqlite' );
		const holder = new SQLite( file );
		const waiter = new SQLite( file );
		try {
			holder.exec( 'create table t (x int)' );
			waiter.pragma( 'busy_timeout = 0' );
			holder.exec( 'begin exclusive' );
			let busy: unknown = null;
			try {
				waiter.exec( 'insert into t values (1)' );
			} catch ( error ) {
				busy = error;
			}
			expect( busy ).toMatchObject( { code: 'SQLITE_BUSY' } );
			expect( isDatabaseUnavailable( busy ) ).toBe( true );
			let constraint: unknown = null;
			try {
				holder.exec( 'create table t (x int)' );
			} catch ( error ) {
				constraint = error;
			}
			expect( isDatabaseUnavailable( constraint ) ).toBe( false );
		} finally {
			holder.close();
			waiter.close();
			fs.rmSync( dir, { recursive: true, force: true } );
		}
	} );
} );
