#!/usr/bin/env node
/**
 * `php -l` on every PHP file of the plugin (and the plugin's PHP tests). Fails on the first
 * syntax error report; says so clearly when PHP itself is missing.
 *
 *     node scripts/php-lint.mjs
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const folders = [ 'plugin', 'tests/php' ];

function phpFiles( dir ) {
	let entries;
	try {
		entries = readdirSync( dir, { withFileTypes: true } );
	} catch {
		return [];
	}
	return entries.flatMap( ( entry ) => {
		const full = path.join( dir, entry.name );
		if ( entry.isDirectory() ) {
			return entry.name === 'node_modules' ? [] : phpFiles( full );
		}
		return entry.name.endsWith( '.php' ) ? [ full ] : [];
	} );
}

const probe = spawnSync( 'php', [ '--version' ], { encoding: 'utf8' } );
if ( probe.error || probe.status !== 0 ) {
	console.error(
		'php-lint: PHP is not installed (no `php` on PATH). Install it, e.g. `apt-get install php8.2-cli`, then re-run.'
	);
	process.exit( 1 );
}

const files = folders.flatMap( ( folder ) =>
	phpFiles( path.join( root, folder ) )
);
let failures = 0;
for ( const file of files ) {
	const result = spawnSync( 'php', [ '-d', 'display_errors=1', '-l', file ], {
		encoding: 'utf8',
	} );
	if ( result.status !== 0 ) {
		failures += 1;
		console.error(
			`php-lint: ${ path.relative( root, file ) }\n${ ( result.stdout + result.stderr ).trim() }`
		);
	}
}
const version = probe.stdout.split( '\n' )[ 0 ];
console.log(
	`php-lint: ${ files.length - failures }/${ files.length } files OK (${ version })`
);
process.exit( failures > 0 ? 1 : 0 );
