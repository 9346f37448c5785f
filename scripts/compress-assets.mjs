#!/usr/bin/env node
/**
 * Build step after webpack (`npm run build`, issue 12 item 4, ADR 0028): every browser bundle
 * the sidecar serves gets
 * - a content-hashed copy (`app.js` -> `app.<12 hex>.js`; webpack already names the dashboard's
 *   lazy chunks by content), which the sidecar serves `immutable` for a year, and
 * - brotli (quality 11) and gzip (level 9) copies beside it (`.br`, `.gz`), so no request pays
 *   for compression.
 * build/asset-manifest.json maps each entry's stable name to its hashed one; the sidecar's
 * pages link the hashed names. The loader keeps its stable URL (shops embed it) and is only
 * compressed. Prints raw / gzip / brotli bytes per file.
 */
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT } from './repo-root.mjs';

/** Served directories: entries get a hashed copy; `hashed` already-hashed chunk names. */
const AREAS = [
	{ key: 'widget', dir: 'build/widget', entries: [ 'app.js' ] },
	{ key: 'dashboard', dir: 'build/dashboard', entries: [ 'dashboard.js' ] },
	{ key: 'loader', dir: 'plugin/build', entries: [], only: [ 'loader.js' ] },
];
const HASHED = /\.[0-9a-f]{12}\.(js|css)$/;
const SERVED = /\.(js|css)$/;

const compress = ( file ) => {
	const raw = readFileSync( file );
	const gzip = gzipSync( raw, { level: 9 } );
	const brotli = brotliCompressSync( raw, {
		params: {
			[ constants.BROTLI_PARAM_QUALITY ]: 11,
			[ constants.BROTLI_PARAM_SIZE_HINT ]: raw.length,
		},
	} );
	writeFileSync( `${ file }.gz`, gzip );
	writeFileSync( `${ file }.br`, brotli );
	return { raw: raw.length, gzip: gzip.length, brotli: brotli.length };
};

const manifest = {};
const rows = [];
for ( const area of AREAS ) {
	const dir = path.join( ROOT, area.dir );
	const files = readdirSync( dir );
	// Hashed copies of an earlier run (webpack cleans its folders; this is for reruns).
	for ( const name of files ) {
		if (
			area.entries.some(
				( entry ) =>
					name !== entry &&
					name.startsWith( entry.replace( /\.js$/, '.' ) ) &&
					HASHED.test( name.replace( /\.(br|gz)$/, '' ) )
			)
		) {
			rmSync( path.join( dir, name ) );
		}
	}
	for ( const entry of area.entries ) {
		const source = path.join( dir, entry );
		const hash = createHash( 'sha256' )
			.update( readFileSync( source ) )
			.digest( 'hex' )
			.slice( 0, 12 );
		const hashed = entry.replace( /\.js$/, `.${ hash }.js` );
		copyFileSync( source, path.join( dir, hashed ) );
		manifest[ `${ area.key }/${ entry }` ] = hashed;
	}
	for ( const name of readdirSync( dir ).sort() ) {
		if (
			! SERVED.test( name ) ||
			( area.only && ! area.only.includes( name ) )
		) {
			continue;
		}
		// The stable-named entries are compressed too (old pages, `npm start` fallbacks).
		rows.push( {
			file: `${ area.dir }/${ name }`,
			...compress( path.join( dir, name ) ),
		} );
	}
}
writeFileSync(
	path.join( ROOT, 'build/asset-manifest.json' ),
	`${ JSON.stringify( manifest, null, '\t' ) }\n`
);

const kb = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 1 ) } KB`;
for ( const row of rows.filter(
	( r ) => HASHED.test( r.file ) || r.file.endsWith( 'loader.js' )
) ) {
	console.log(
		`compress-assets: ${ row.file }  raw ${ kb( row.raw ) }  gzip ${ kb(
			row.gzip
		) }  brotli ${ kb( row.brotli ) }`
	);
}
