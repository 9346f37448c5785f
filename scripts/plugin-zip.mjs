#!/usr/bin/env node
/**
 * Builds dist/omniops.zip: the plugin/ folder as an installable WordPress plugin (top-level
 * folder `omniops/`, built scripts included, no tests or dotfiles). Builds first when a
 * built file is missing (a fresh clone after `npm ci`), so `npm ci && npm run plugin-zip` works.
 *
 * Uses the system `zip`, else Python's zipfile module (Node has no zip writer built in).
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfMissing } from './build-if-missing.mjs';
import { ROOT } from './repo-root.mjs';

const source = path.join( ROOT, 'plugin' );
const output = path.join( ROOT, 'dist', 'omniops.zip' );

function fail( message ) {
	console.error( `plugin-zip: ${ message }` );
	process.exit( 1 );
}

const pluginBuilt = [
	'build/loader.js',
	'build/loader.asset.php',
	'build/admin.js',
	'build/admin.asset.php',
];
buildIfMissing( pluginBuilt.map( ( file ) => `plugin/${ file }` ) );
for ( const built of pluginBuilt ) {
	if ( ! existsSync( path.join( source, built ) ) ) {
		fail( `plugin/${ built } is missing after the build.` );
	}
}

const excluded = ( name ) =>
	name.startsWith( '.' ) ||
	name === 'tests' ||
	name === 'node_modules' ||
	name.endsWith( '.map' );

const staging = mkdtempSync( path.join( os.tmpdir(), 'omniops-zip-' ) );
try {
	cpSync( source, path.join( staging, 'omniops' ), {
		recursive: true,
		filter: ( file ) =>
			file === source || ! excluded( path.basename( file ) ),
	} );
	mkdirSync( path.dirname( output ), { recursive: true } );
	rmSync( output, { force: true } );

	const hasZip =
		spawnSync( 'zip', [ '-v' ], { stdio: 'ignore' } ).status === 0;
	const result = hasZip
		? spawnSync( 'zip', [ '-r', '-X', '-q', output, 'omniops' ], {
				cwd: staging,
				stdio: 'inherit',
			} )
		: spawnSync( 'python3', [ '-m', 'zipfile', '-c', output, 'omniops' ], {
				cwd: staging,
				stdio: 'inherit',
			} );
	if ( result.error || result.status !== 0 ) {
		fail(
			hasZip
				? '`zip` failed.'
				: 'neither `zip` nor `python3` could write the archive.'
		);
	}
} finally {
	rmSync( staging, { recursive: true, force: true } );
}

console.log(
	`plugin-zip: ${ path.relative( ROOT, output ) } (${ Math.round( statSync( output ).size / 1024 ) } KB)`
);
