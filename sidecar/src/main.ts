/**
 * Process entry: config -> database (migrations) -> app -> listen; graceful shutdown on
 * SIGTERM/SIGINT (stop accepting, finish in-flight requests and jobs, close the database).
 */
import type { Server } from 'node:http';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { migrateToLatest, openDatabase } from './db';
import { createLogger } from './platform/logger';

async function main(): Promise< void > {
	let config;
	try {
		config = loadConfig();
	} catch ( error ) {
		if ( error instanceof ConfigError ) {
			process.stderr.write( `${ error.message }\n` );
			process.exit( 78 ); // EX_CONFIG
		}
		throw error;
	}
	const logger = createLogger( config.logLevel );
	const db = openDatabase( config.database, ( error ) =>
		logger.warn(
			{ err: error },
			'database connection lost; the pool opens a new one'
		)
	);
	const applied = await migrateToLatest( db );
	logger.info( { dialect: db.dialect, applied }, 'database ready' );

	const omniops = buildApp( { config, db, logger } );
	const { setupToken, demoSiteKey } = await omniops.initialize();
	omniops.startSchedules();

	const server: Server = omniops.app.listen( config.port, config.host );
	// Behind a proxy that keeps upstream connections open (nginx `keepalive`, load balancers),
	// the proxy must be the one to close an idle connection: if Node closes it first (its default
	// is 5 s), a request the proxy sends on it at that moment fails as a 502. 65 s outlasts
	// nginx's 60 s upstream keepalive_timeout and common balancers' 60 s idle timeouts.
	server.keepAliveTimeout = 65_000;
	server.headersTimeout = 66_000;
	await new Promise< void >( ( resolve, reject ) => {
		server.once( 'listening', resolve );
		server.once( 'error', reject );
	} );
	logger.info(
		{ url: config.publicUrl, dialect: db.dialect },
		'sidecar listening'
	);

	const lines = [
		'',
		`OmniOps sidecar on ${ config.publicUrl } (${ db.dialect })`,
	];
	if ( demoSiteKey ) {
		lines.push( `  Demo storefront:  ${ config.publicUrl }/demo` );
	}
	lines.push( `  Dashboard:        ${ config.publicUrl }/owner` );
	if ( setupToken ) {
		lines.push(
			`  First-owner setup (one-time link, valid 24 h): ${ config.publicUrl }/owner/setup?token=${ setupToken }`
		);
	}
	lines.push(
		`  API reference:    ${ config.publicUrl }/api/openapi.json`,
		''
	);
	process.stdout.write( `${ lines.join( '\n' ) }\n` );

	let stopping = false;
	const shutdown = async ( signal: string ) => {
		if ( stopping ) {
			return;
		}
		stopping = true;
		logger.info( { signal }, 'shutting down' );
		omniops.beginShutdown();
		const forced = setTimeout( () => {
			logger.error( 'shutdown timed out; exiting' );
			process.exit( 1 );
		}, config.shutdownTimeoutMs );
		forced.unref();
		server.close();
		server.closeIdleConnections();
		await omniops.queue.stop();
		await omniops.bus.close();
		await omniops.limits.close();
		await new Promise< void >( ( resolve ) =>
			server.listening
				? server.once( 'close', () => resolve() )
				: resolve()
		);
		await db.close();
		logger.info( 'stopped' );
		process.exit( 0 );
	};
	process.on( 'SIGTERM', () => void shutdown( 'SIGTERM' ) );
	process.on( 'SIGINT', () => void shutdown( 'SIGINT' ) );
}

main().catch( ( error: unknown ) => {
	process.stderr.write(
		`OmniOps sidecar failed to start: ${ error instanceof Error ? ( error.stack ?? error.message ) : String( error ) }\n`
	);
	process.exit( 1 );
} );
