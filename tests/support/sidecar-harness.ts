/**
 * Starts the real sidecar app on a real database for a test file: SQLite in a temporary
 * file, and PostgreSQL in a fresh database of its own when TEST_DATABASE_URL is set
 * (tests/run-all.sh sets it; under CI=true it is required). Requests go over real HTTP.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp, type AppDeps } from '../../sidecar/src/app';
import { loadConfig, type Config } from '../../sidecar/src/config';
import {
	migrateToLatest,
	openDatabase,
	type Db,
	type QueryObserver,
} from '../../sidecar/src/db';
import { createLogger } from '../../sidecar/src/platform/logger';

export type TestDialect = 'sqlite' | 'postgres';

/** The dialects this run covers: SQLite always, PostgreSQL when configured (required on CI). */
export function testDialects(): TestDialect[] {
	if ( process.env.TEST_DATABASE_URL ) {
		return [ 'sqlite', 'postgres' ];
	}
	if ( process.env.CI === 'true' ) {
		throw new Error(
			'TEST_DATABASE_URL is not set: on CI the sidecar suite must also run on PostgreSQL.'
		);
	}
	return [ 'sqlite' ];
}

export interface TestSidecar {
	baseUrl: string;
	config: Config;
	db: Db;
	omniops: ReturnType< typeof buildApp >;
	close: () => Promise< void >;
}

async function createPostgresDatabase(): Promise< {
	url: string;
	drop: () => Promise< void >;
} > {
	const adminUrl = process.env.TEST_DATABASE_URL!;
	const name = `omniops_test_${ process.pid }_${ Math.random().toString( 36 ).slice( 2, 10 ) }`;
	const admin = new pg.Client( { connectionString: adminUrl } );
	await admin.connect();
	await admin.query( `create database ${ name }` );
	await admin.end();
	const url = new URL( adminUrl );
	url.pathname = `/${ name }`;
	return {
		url: url.toString(),
		drop: async () => {
			const client = new pg.Client( { connectionString: adminUrl } );
			await client.connect();
			await client.query(
				`drop database if exists ${ name } with (force)`
			);
			await client.end();
		},
	};
}

/** Per-address limits for test runs, where all clients share one address (ADR 0019). */
export const SHARED_ADDRESS_LIMITS: Record< string, string > = {
	OMNIOPS_LIMIT_MESSAGES_PER_IP: '100000/60',
	OMNIOPS_LIMIT_CONVERSATIONS_PER_IP: '100000/60',
	OMNIOPS_LIMIT_TELEMETRY_PER_IP: '100000/60',
};

export interface StartOptions {
	env?: Record< string, string >;
	clock?: () => Date;
	readContent?: AppDeps[ 'readContent' ];
	/** Run start-up work (first owner, demo site). */
	initialize?: boolean;
	/** Told the SQL of every statement, `begin` and `commit` included (statement counts). */
	observeQueries?: QueryObserver;
}

export async function startTestSidecar(
	dialect: TestDialect,
	options: StartOptions = {}
): Promise< TestSidecar > {
	const tmp = fs.mkdtempSync( path.join( os.tmpdir(), 'omniops-test-' ) );
	const pgDb = dialect === 'postgres' ? await createPostgresDatabase() : null;
	const baseEnv: Record< string, string > = {
		NODE_ENV: 'test',
		LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
		OMNIOPS_SQLITE_PATH: path.join( tmp, 'omniops.sqlite' ),
		OMNIOPS_DEMO: 'false',
		PORT: '0',
		// Every request of a suite comes from 127.0.0.1, like a whole town behind one NAT:
		// the per-address limits are opened up (tests of those limits set their own).
		...SHARED_ADDRESS_LIMITS,
		...( pgDb ? { DATABASE_URL: pgDb.url } : {} ),
		...options.env,
	};
	let config = loadConfig( baseEnv );
	const db = openDatabase(
		config.database,
		undefined,
		options.observeQueries
	);
	await migrateToLatest( db );
	const logger = createLogger( config.logLevel );

	// Listen first so the public URL (used in links and the demo) carries the real port.
	let omniops: ReturnType< typeof buildApp > | null = null;
	const { createServer } = await import( 'node:http' );
	const server = createServer( ( req, res ) => omniops!.app( req, res ) );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	const port = ( server.address() as AddressInfo ).port;
	const baseUrl = `http://127.0.0.1:${ port }`;
	config = loadConfig( {
		...baseEnv,
		PORT: String( port ),
		OMNIOPS_PUBLIC_URL: options.env?.OMNIOPS_PUBLIC_URL ?? baseUrl,
	} );
	omniops = buildApp( {
		config,
		db,
		logger,
		clock: options.clock,
		readContent: options.readContent,
	} );
	if ( options.initialize ) {
		await omniops.initialize();
	}
	return {
		baseUrl,
		config,
		db,
		omniops,
		async close() {
			await omniops!.queue.stop();
			server.closeAllConnections();
			await new Promise< void >( ( resolve ) =>
				server.close( () => resolve() )
			);
			await db.close();
			await pgDb?.drop();
			fs.rmSync( tmp, { recursive: true, force: true } );
		},
	};
}

export interface JsonResponse< T = any > {
	status: number;
	body: T;
	headers: Headers;
}

/** fetch + JSON, with a cookie jar and CSRF header for dashboard calls when given. */
export async function call< T = any >(
	baseUrl: string,
	method: string,
	urlPath: string,
	options: {
		body?: unknown;
		rawBody?: string;
		headers?: Record< string, string >;
	} = {}
): Promise< JsonResponse< T > > {
	const headers: Record< string, string > = { ...options.headers };
	let body: string | undefined;
	if ( options.rawBody !== undefined ) {
		body = options.rawBody;
		headers[ 'content-type' ] ??= 'application/json';
	} else if ( options.body !== undefined ) {
		body = JSON.stringify( options.body );
		headers[ 'content-type' ] = 'application/json';
	}
	const response = await fetch( `${ baseUrl }${ urlPath }`, {
		method,
		headers,
		body,
		redirect: 'manual',
	} );
	const text = await response.text();
	let parsed: unknown = text;
	try {
		parsed = text ? JSON.parse( text ) : undefined;
	} catch {
		// HTML or JavaScript answers stay text.
	}
	return {
		status: response.status,
		body: parsed as T,
		headers: response.headers,
	};
}

/**
 * Posts to the telemetry route as the widget's `navigator.sendBeacon` does: a text/plain
 * body, which a browser sends without a CORS preflight.
 * @param baseUrl     The sidecar.
 * @param beacon      The body: an object, or text as it is (malformed on purpose).
 * @param contentType The label; a browser's sendBeacon says 'text/plain;charset=UTF-8'.
 */
export function postBeacon(
	baseUrl: string,
	beacon: unknown,
	contentType = 'text/plain'
): Promise< JsonResponse > {
	return call( baseUrl, 'POST', '/api/widget/telemetry', {
		rawBody: typeof beacon === 'string' ? beacon : JSON.stringify( beacon ),
		headers: { 'content-type': contentType },
	} );
}
