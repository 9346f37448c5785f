#!/usr/bin/env node
/**
 * Compiles the sidecar to plain JavaScript for production (ADR 0028), run by `npm run build`:
 * - dist/sidecar/server.js: the server and the pure-JavaScript packages it uses in one
 *   CommonJS file (resolving and reading ~1,000 files was a third of a start); packages with
 *   native code stay `require()`s of node_modules (NATIVE_OR_FILES);
 * - dist/sidecar/main.js: the entry, `node dist/sidecar/main.js`: runs server.js through a
 *   V8 code cache (sidecar/src/platform/launcher.ts);
 * - dist/sidecar/audit-verify.js: `npm run audit:verify` without TypeScript.
 *
 * Then checks that every package the compiled code still requires is a runtime dependency
 * in package.json (or a Node built-in): `npm ci --omit=dev` must be enough to run it.
 */
import { builtinModules } from 'node:module';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './repo-root.mjs';

const outdir = path.join( ROOT, 'dist/sidecar' );

// Entry points: the server, and the audit verifier operators run beside it.
const entryPoints = {
	server: 'sidecar/src/main.ts',
	'audit-verify': 'sidecar/src/modules/audit/verify-cli.ts',
};
// Native addons: they load a compiled .node file from their own folder.
const NATIVE_OR_FILES = [
	'better-sqlite3',
	'argon2',
	'pg-native',
	'@valkey/valkey-glide',
];

const started = Date.now();
rmSync( outdir, { recursive: true, force: true } );
const common = {
	absWorkingDir: ROOT,
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	logLevel: 'warning',
	tsconfig: path.join( ROOT, 'tsconfig.json' ),
};
await build( {
	...common,
	entryPoints: { main: 'sidecar/src/platform/launcher.ts' },
	outdir,
	packages: 'external',
} );
const result = await build( {
	...common,
	entryPoints,
	outdir,
	external: NATIVE_OR_FILES,
	sourcemap: 'linked',
	// Whitespace and syntax only: a third less to read and parse at start, while function and
	// class names stay as written in stack traces and profiles.
	minifyWhitespace: true,
	minifySyntax: true,
	keepNames: true,
	metafile: true,
} );

// Required only inside try/catch by a bundled package: pg's native driver, bullmq's Valkey
// GLIDE client. Neither is installed; both packages fall back to what is.
const OPTIONAL = new Set( [ 'pg-native', '@valkey/valkey-glide' ] );
const pkg = JSON.parse(
	readFileSync( path.join( ROOT, 'package.json' ), 'utf8' )
);
const runtime = new Set( Object.keys( pkg.dependencies ?? {} ) );
const builtins = new Set( builtinModules );
const packageName = ( specifier ) =>
	specifier.startsWith( '@' )
		? specifier.split( '/' ).slice( 0, 2 ).join( '/' )
		: specifier.split( '/' )[ 0 ];
const required = new Set();
for ( const output of Object.values( result.metafile.outputs ) ) {
	for ( const imported of output.imports ) {
		if ( imported.external ) {
			required.add( imported.path );
		}
	}
}
const notRuntime = [ ...required ]
	.filter(
		( specifier ) =>
			! specifier.startsWith( 'node:' ) &&
			! builtins.has( specifier ) &&
			! OPTIONAL.has( packageName( specifier ) ) &&
			! runtime.has( packageName( specifier ) )
	)
	.sort();
if ( notRuntime.length > 0 ) {
	console.error(
		`build-sidecar: the compiled sidecar requires packages that are not runtime dependencies in package.json: ${ notRuntime.join( ', ' ) }`
	);
	process.exit( 1 );
}

const packages = [
	...new Set(
		[ ...required ]
			.filter(
				( specifier ) =>
					! specifier.startsWith( 'node:' ) &&
					! builtins.has( specifier ) &&
					! OPTIONAL.has( packageName( specifier ) )
			)
			.map( packageName )
	),
].sort();
const sizes = [ 'main', ...Object.keys( entryPoints ) ]
	.map(
		( name ) =>
			`${ name }.js ${ Math.round(
				statSync( path.join( outdir, `${ name }.js` ) ).size / 1024
			) } KB`
	)
	.join( ', ' );
console.log(
	`build-sidecar: dist/sidecar/ (${ sizes }) in ${ Date.now() - started } ms; requires ${ packages.join( ', ' ) } from node_modules`
);
