#!/usr/bin/env node
/**
 * `php -l` on every PHP file of the plugin (and the plugin's PHP tests), then PHP_CodeSniffer
 * (Debian's php-codesniffer) with the project's rule set, tests/php/phpcs.xml.dist (ADR 0029).
 * Fails on any syntax error or sniff report; says so clearly when PHP or phpcs is missing
 * (`bash tests/php/tools.sh` installs both).
 *
 *     node scripts/php-lint.mjs
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './repo-root.mjs';

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
	phpFiles( path.join( ROOT, folder ) )
);
let failures = 0;
for ( const file of files ) {
	const result = spawnSync( 'php', [ '-d', 'display_errors=1', '-l', file ], {
		encoding: 'utf8',
	} );
	if ( result.status !== 0 ) {
		failures += 1;
		console.error(
			`php-lint: ${ path.relative( ROOT, file ) }\n${ ( result.stdout + result.stderr ).trim() }`
		);
	}
}
const version = probe.stdout.split( '\n' )[ 0 ];
console.log(
	`php-lint: ${ files.length - failures }/${ files.length } files OK (${ version })`
);
if ( failures > 0 ) {
	process.exit( 1 );
}

const sniffs = spawnSync(
	'phpcs',
	[
		'--standard=' + path.join( ROOT, 'tests/php/phpcs.xml.dist' ),
		'--report=full',
		'-q',
	],
	{ cwd: ROOT, encoding: 'utf8' }
);
if ( sniffs.error ) {
	console.error(
		'php-lint: PHP_CodeSniffer is not installed (no `phpcs` on PATH). Run `bash tests/php/tools.sh` (as ROOT), or `apt-get install php-codesniffer`, then re-run.'
	);
	process.exit( 1 );
}
if ( sniffs.status !== 0 ) {
	console.error( ( sniffs.stdout + sniffs.stderr ).trim() );
	console.error(
		'php-lint: phpcs found problems (rule set tests/php/phpcs.xml.dist); `phpcbf --standard=tests/php/phpcs.xml.dist` fixes the ones marked [x].'
	);
	process.exit( 1 );
}
console.log( 'php-lint: phpcs clean (tests/php/phpcs.xml.dist)' );
