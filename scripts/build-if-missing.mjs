#!/usr/bin/env node
/**
 * `npm run build:if-missing`: runs `npm run build` when any built file the sidecar or the
 * plugin zip needs is missing (a fresh clone after `npm ci`), and does nothing otherwise.
 * Used by `npm start` and `npm run plugin-zip`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './repo-root.mjs';

/** Files `npm run build` writes that something reads (sidecar, plugin zip). */
export const BUILT_FILES = [
	'plugin/build/loader.js',
	'plugin/build/loader.asset.php',
	'plugin/build/admin.js',
	'plugin/build/admin.asset.php',
	'build/widget/app.js',
	'build/dashboard/dashboard.js',
];

/**
 * @param {string[]} files Paths relative to the repository.
 * @return {string[]} The ones that do not exist.
 */
export function missingFiles( files = BUILT_FILES ) {
	return files.filter( ( file ) => ! existsSync( path.join( ROOT, file ) ) );
}

/**
 * Builds when a file is missing; exits the process with the build's status when it fails.
 *
 * @param {string[]} files Paths relative to the repository.
 */
export function buildIfMissing( files = BUILT_FILES ) {
	const missing = missingFiles( files );
	if ( missing.length === 0 ) {
		return;
	}
	console.log( `Building (missing: ${ missing.join( ', ' ) }) …` );
	const build = spawnSync( 'npm', [ 'run', '--silent', 'build' ], {
		cwd: ROOT,
		stdio: 'inherit',
	} );
	if ( build.status !== 0 ) {
		console.error( 'The build failed; see the output above.' );
		process.exit( build.status ?? 1 );
	}
	const still = missingFiles( files );
	if ( still.length > 0 ) {
		console.error( `The build did not write: ${ still.join( ', ' ) }` );
		process.exit( 1 );
	}
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	buildIfMissing();
}
