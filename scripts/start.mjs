#!/usr/bin/env node
/**
 * `npm start`: builds the browser bundles if any is missing, then runs the sidecar on the
 * embedded SQLite default. The sidecar prints the demo storefront and dashboard URLs.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildIfMissing } from './build-if-missing.mjs';
import { ROOT } from './repo-root.mjs';

if ( ! existsSync( path.join( ROOT, 'node_modules/.bin/tsx' ) ) ) {
	console.error( 'Dependencies are missing: run `npm ci` first.' );
	process.exit( 1 );
}

buildIfMissing();

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
