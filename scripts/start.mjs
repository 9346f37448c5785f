#!/usr/bin/env node
/**
 * `npm start`: builds the browser bundles if any is missing, then runs the sidecar on the
 * embedded SQLite default. The sidecar prints the demo storefront and dashboard URLs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './repo-root.mjs';

const bundles = [
	'plugin/build/loader.js',
	'plugin/build/admin.js',
	'build/widget/app.js',
	'build/dashboard/dashboard.js',
];

if ( ! existsSync( path.join( ROOT, 'node_modules/.bin/tsx' ) ) ) {
	console.error( 'Dependencies are missing: run `npm ci` first.' );
	process.exit( 1 );
}

const missing = bundles.filter(
	( file ) => ! existsSync( path.join( ROOT, file ) )
);
if ( missing.length > 0 ) {
	console.log(
		`Building the browser bundles (missing: ${ missing.join( ', ' ) }) …`
	);
	const build = spawnSync( 'npm', [ 'run', '--silent', 'build' ], {
		cwd: ROOT,
		stdio: 'inherit',
	} );
	if ( build.status !== 0 ) {
		console.error( 'The build failed; see the output above.' );
		process.exit( build.status ?? 1 );
	}
}

const sidecar = spawn(
	path.join( ROOT, 'node_modules/.bin/tsx' ),
	[ 'sidecar/src/main.ts' ],
	{ cwd: ROOT, stdio: 'inherit', env: process.env }
);
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => sidecar.kill( signal ) );
}
sidecar.on( 'exit', ( code, signal ) =>
	process.exit( code ?? ( signal ? 1 : 0 ) )
);
