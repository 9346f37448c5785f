#!/usr/bin/env node
/**
 * Start-up to readiness (issue 12 item 3): starts the sidecar N times on a fresh port and
 * times the wait until GET /readyz answers 200, in wall-clock time and in the CPU time the
 * process used (from /proc, so a loaded machine inflates the first figure, not the second).
 *
 *     node bench/startup/run.mjs [--runs 5] [--mode production|tsx|both]
 *
 * production: `node dist/sidecar/main.js` (npm run build) with NODE_ENV=production;
 * tsx: what `npm start` runs (the sidecar's TypeScript through tsx's loader). Each mode first starts once to
 * create and migrate its SQLite file, so the runs measure a warm start on a migrated database.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../../scripts/repo-root.mjs';

const args = process.argv.slice( 2 );
const option = ( name, fallback ) => {
	const index = args.indexOf( `--${ name }` );
	return index >= 0 && args[ index + 1 ] ? args[ index + 1 ] : fallback;
};
const runs = Number( option( 'runs', '5' ) );
const mode = option( 'mode', 'both' );
const CLOCK_TICKS = 100; // USER_HZ on Linux
const masterKey = randomBytes( 32 ).toString( 'base64' );

const modes = {
	production: {
		command: process.execPath,
		args: [ path.join( ROOT, 'dist/sidecar/main.js' ) ],
		env: { NODE_ENV: 'production' },
	},
	// tsx's loader in this process (the tsx CLI would run it in a child the CPU figure misses).
	tsx: {
		command: process.execPath,
		args: [ '--import', 'tsx', path.join( ROOT, 'sidecar/src/main.ts' ) ],
		env: { NODE_ENV: 'development', OMNIOPS_DEMO: 'false' },
	},
};

function cpuMs( pid ) {
	try {
		const fields = readFileSync( `/proc/${ pid }/stat`, 'utf8' )
			.split( ') ' )[ 1 ]
			.split( ' ' );
		// utime and stime are fields 14 and 15 (1-based); after "pid (comm) " they are 12 and 13 (1-based).
		return (
			( ( Number( fields[ 11 ] ) + Number( fields[ 12 ] ) ) * 1000 ) /
			CLOCK_TICKS
		);
	} catch {
		return NaN;
	}
}

async function startOnce( { command, args: argv, env }, dir, port ) {
	const started = process.hrtime.bigint();
	const child = spawn( command, argv, {
		cwd: ROOT,
		env: {
			PATH: process.env.PATH,
			HOME: process.env.HOME,
			PORT: String( port ),
			HOST: '127.0.0.1',
			LOG_LEVEL: 'silent',
			OMNIOPS_SQLITE_PATH: path.join( dir, 'omniops.sqlite' ),
			OMNIOPS_PUBLIC_URL: 'https://omniops.bench.test',
			OMNIOPS_MASTER_KEY: masterKey,
			...env,
		},
		stdio: [ 'ignore', 'ignore', 'pipe' ],
	} );
	let stderr = '';
	child.stderr.on( 'data', ( chunk ) => ( stderr += chunk ) );
	let exited = null;
	child.on( 'exit', ( code ) => ( exited = code ) );
	for (;;) {
		if ( exited !== null ) {
			throw new Error( `the sidecar exited (${ exited }): ${ stderr }` );
		}
		try {
			const res = await fetch( `http://127.0.0.1:${ port }/readyz` );
			if ( res.status === 200 ) {
				break;
			}
		} catch {}
		await new Promise( ( resolve ) => setTimeout( resolve, 5 ) );
	}
	const wall = Number( process.hrtime.bigint() - started ) / 1e6;
	const cpu = cpuMs( child.pid );
	child.kill( 'SIGTERM' );
	await new Promise( ( resolve ) =>
		exited === null ? child.once( 'exit', resolve ) : resolve()
	);
	return { wall, cpu };
}

const median = ( values ) => {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted[ Math.floor( sorted.length / 2 ) ];
};

const selected = mode === 'both' ? [ 'production', 'tsx' ] : [ mode ];
if (
	selected.includes( 'production' ) &&
	! existsSync( path.join( ROOT, 'dist/sidecar/main.js' ) )
) {
	console.error( 'dist/sidecar/main.js is missing: run `npm run build`.' );
	process.exit( 1 );
}
console.log(
	`start-up to /readyz, ${ runs } runs per mode; load average ${ loadavg()
		.map( ( l ) => l.toFixed( 2 ) )
		.join( ' ' ) }`
);
let port = 3900 + Math.floor( Math.random() * 90 );
for ( const name of selected ) {
	const dir = mkdtempSync( path.join( tmpdir(), 'omniops-startup-' ) );
	try {
		await startOnce( modes[ name ], dir, port++ ); // creates + migrates the database
		const results = [];
		for ( let i = 0; i < runs; i++ ) {
			results.push( await startOnce( modes[ name ], dir, port++ ) );
		}
		const walls = results.map( ( r ) => r.wall );
		const cpus = results.map( ( r ) => r.cpu );
		console.log(
			`${ name.padEnd( 10 ) } wall median ${ median( walls ).toFixed(
				0
			) } ms (min ${ Math.min( ...walls ).toFixed( 0 ) }, max ${ Math.max(
				...walls
			).toFixed( 0 ) }); CPU median ${ median( cpus ).toFixed(
				0
			) } ms (min ${ Math.min( ...cpus ).toFixed( 0 ) })`
		);
	} finally {
		rmSync( dir, { recursive: true, force: true } );
	}
}
console.log(
	`load average after: ${ loadavg()
		.map( ( l ) => l.toFixed( 2 ) )
		.join( ' ' ) }`
);
