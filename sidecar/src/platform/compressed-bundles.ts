/**
 * Static bundles and dynamic answers, compressed (issue 12 item 4, ADR 0028).
 *
 * - Bundles: `npm run build` writes brotli and gzip copies beside every bundle and a
 *   content-hashed copy of each entry (scripts/compress-assets.mjs); these handlers send the
 *   best encoding the client takes (br, then gzip, then identity). A file whose name carries
 *   a content hash (`app.0123456789ab.js`) is cached `immutable` for a year; other names
 *   revalidate, except the loader's stable URL, which shops embed: it is cached briefly
 *   (LOADER_CACHE_CONTROL). Without the build's copies (a bundle rebuilt by webpack alone),
 *   each encoding is made once in memory and kept until the file changes.
 * - Dynamic answers: `compressResponses()` compresses HTML shells and JSON bodies sent whole
 *   (res.send/res.json) from 1 KB on; streamed answers (server-sent events) pass untouched.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { REPO_ROOT } from '../config';

type Handler = ( req: Request, res: Response, next: NextFunction ) => void;
type Encoding = 'br' | 'gzip' | 'identity';

/** Content-hashed names: 12 hex digits before the extension. */
const HASHED_NAME = /\.[0-9a-f]{12}\.(js|css)$/;
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0';
/** The loader's stable URL: five minutes, then a background revalidation for a day. */
export const LOADER_CACHE_CONTROL =
	'public, max-age=300, stale-while-revalidate=86400';

const CONTENT_TYPES: Record< string, string > = {
	'.js': 'application/javascript; charset=UTF-8',
	'.css': 'text/css; charset=UTF-8',
};

interface Variants {
	mtimeMs: number;
	size: number;
	hash: string;
	bodies: Partial< Record< Encoding, Buffer > >;
}

/** Brotli when the client takes it (smaller), else gzip, else the plain bytes. */
function negotiate( req: Request ): Encoding {
	// No header: take it as "identity only" (RFC 9110 allows any; curl and old proxies send none).
	if ( ! req.headers[ 'accept-encoding' ] ) {
		return 'identity';
	}
	if ( req.acceptsEncodings( 'br' ) === 'br' ) {
		return 'br';
	}
	return req.acceptsEncodings( 'gzip' ) === 'gzip' ? 'gzip' : 'identity';
}

function encode( raw: Buffer, encoding: Encoding, quality: 'max' | 'fast' ) {
	if ( encoding === 'br' ) {
		return brotliCompressSync( raw, {
			params: {
				[ constants.BROTLI_PARAM_QUALITY ]: quality === 'max' ? 11 : 5,
				[ constants.BROTLI_PARAM_SIZE_HINT ]: raw.length,
			},
		} );
	}
	if ( encoding === 'gzip' ) {
		return gzipSync( raw, { level: quality === 'max' ? 9 : 6 } );
	}
	return raw;
}

/**
 * A handler that answers with one file in the client's best encoding.
 *
 * @param file         Absolute path of the bundle.
 * @param headers      Extra response headers (e.g. Cross-Origin-Resource-Policy for the loader).
 * @param cacheControl Cache-Control; default: immutable for hashed names, else revalidate.
 * @return Express handler; calls `next()` when the file is missing.
 */
export function compressedFile(
	file: string,
	headers: Record< string, string > = {},
	cacheControl: string = HASHED_NAME.test( file )
		? IMMUTABLE_CACHE_CONTROL
		: REVALIDATE_CACHE_CONTROL
): Handler {
	let variants: Variants | undefined;
	const contentType =
		CONTENT_TYPES[ path.extname( file ) ] ?? 'application/octet-stream';

	/** The file's bytes and hash, read again when the file changed. */
	const load = ( stat: fs.Stats ): Variants => {
		if (
			! variants ||
			variants.mtimeMs !== stat.mtimeMs ||
			variants.size !== stat.size
		) {
			const raw = fs.readFileSync( file );
			variants = {
				mtimeMs: stat.mtimeMs,
				size: stat.size,
				hash: createHash( 'sha256' )
					.update( raw )
					.digest( 'base64url' )
					.slice( 0, 22 ),
				bodies: { identity: raw },
			};
		}
		return variants;
	};

	/** One encoding: the build's copy when it is at least as new as the file, else made here. */
	const body = (
		current: Variants,
		stat: fs.Stats,
		encoding: Encoding
	): Buffer => {
		let encoded = current.bodies[ encoding ];
		if ( ! encoded ) {
			const copy = `${ file }.${ encoding === 'br' ? 'br' : 'gz' }`;
			try {
				if ( fs.statSync( copy ).mtimeMs >= stat.mtimeMs ) {
					encoded = fs.readFileSync( copy );
				}
			} catch {
				encoded = undefined;
			}
			encoded ??= encode(
				current.bodies.identity as Buffer,
				encoding,
				'max'
			);
			current.bodies[ encoding ] = encoded;
		}
		return encoded;
	};

	return ( req, res, next ) => {
		if ( req.method !== 'GET' && req.method !== 'HEAD' ) {
			next();
			return;
		}
		let stat: fs.Stats;
		try {
			stat = fs.statSync( file );
		} catch {
			next();
			return;
		}
		// Caches must keep the encodings apart, whichever we send.
		res.vary( 'Accept-Encoding' );
		const encoding = negotiate( req );
		const current = load( stat );
		res.set( {
			...headers,
			'Cache-Control': cacheControl,
			// One strong validator per representation.
			ETag: `"${ current.hash }-${ encoding }"`,
		} );
		if ( req.fresh ) {
			res.status( 304 ).end();
			return;
		}
		const payload = body( current, stat, encoding );
		res.set( {
			'Content-Type': contentType,
			'Content-Length': String( payload.length ),
		} );
		if ( encoding !== 'identity' ) {
			res.set( 'Content-Encoding', encoding );
		}
		res.end( req.method === 'HEAD' ? undefined : payload );
	};
}

/**
 * The `.js`/`.css` files directly inside a build directory, compressed (mounted under a
 * prefix, before `express.static` for the same directory, which serves everything else).
 *
 * @param dir The build directory.
 * @return Express middleware.
 */
export function compressedBundles( dir: string ): Handler {
	const handlers = new Map< string, Handler >();
	return ( req, res, next ) => {
		const name = req.path.slice( 1 );
		// One plain file name: no sub-directories, no `..`, scripts and styles only.
		if (
			( req.method !== 'GET' && req.method !== 'HEAD' ) ||
			! /^[\w.-]+\.(js|css)$/.test( name ) ||
			name.includes( '..' )
		) {
			next();
			return;
		}
		let handler = handlers.get( name );
		if ( ! handler ) {
			handler = compressedFile( path.join( dir, name ) );
			handlers.set( name, handler );
		}
		handler( req, res, next );
	};
}

const DEFAULT_MANIFEST = path.join( REPO_ROOT, 'build/asset-manifest.json' );
let manifestCache:
	| { file: string; mtimeMs: number; names: Record< string, string > }
	| undefined;

/**
 * The content-hashed file name of a bundle entry, from the build's manifest; the stable name
 * when the manifest or the entry is missing (a webpack-only build).
 *
 * @param key      `<area>/<entry>`, e.g. `widget/app.js`, `dashboard/dashboard.js`.
 * @param manifest The manifest file (tests).
 * @return The file name to link, e.g. `app.0123456789ab.js`.
 */
export function assetName( key: string, manifest = DEFAULT_MANIFEST ): string {
	const fallback = key.slice( key.indexOf( '/' ) + 1 );
	let mtimeMs: number;
	try {
		mtimeMs = fs.statSync( manifest ).mtimeMs;
	} catch {
		return fallback;
	}
	if (
		! manifestCache ||
		manifestCache.file !== manifest ||
		manifestCache.mtimeMs !== mtimeMs
	) {
		let names: Record< string, string > = {};
		try {
			names = JSON.parse( fs.readFileSync( manifest, 'utf8' ) ) as Record<
				string,
				string
			>;
		} catch {
			names = {};
		}
		manifestCache = { file: manifest, mtimeMs, names };
	}
	const name = manifestCache.names[ key ];
	return typeof name === 'string' && /^[\w.-]+$/.test( name )
		? name
		: fallback;
}

const COMPRESSIBLE =
	/^(text\/(html|css|plain)|application\/([\w.+-]*json|javascript))\b/i;

/**
 * Compresses answers sent whole (res.send, res.json: HTML shells, JSON) with brotli (quality
 * 5) or gzip (level 6), from `minBytes` on. Answers written in pieces (server-sent events,
 * streamed chat replies), already encoded ones, and HEAD/204/304 go out untouched.
 *
 * @param minBytes Smaller bodies are sent as they are.
 * @return Express middleware.
 */
export function compressResponses( minBytes = 1024 ): Handler {
	return ( req, res, next ) => {
		let streamed = false;
		const write = res.write;
		const end = res.end;
		res.write = function ( this: Response, ...args: unknown[] ) {
			streamed = true;
			return ( write as ( ...a: unknown[] ) => boolean ).apply(
				this,
				args
			);
		} as Response[ 'write' ];
		res.end = function (
			this: Response,
			chunk?: unknown,
			encodingOrCallback?: unknown,
			callback?: unknown
		) {
			const plain = () =>
				( end as ( ...a: unknown[] ) => Response ).call(
					this,
					chunk,
					encodingOrCallback,
					callback
				);
			if (
				streamed ||
				chunk === undefined ||
				chunk === null ||
				typeof chunk === 'function' ||
				res.headersSent ||
				req.method === 'HEAD' ||
				res.statusCode === 204 ||
				res.statusCode === 304 ||
				res.getHeader( 'Content-Encoding' ) !== undefined ||
				! COMPRESSIBLE.test( String( res.getHeader( 'Content-Type' ) ) )
			) {
				return plain();
			}
			const body = Buffer.isBuffer( chunk )
				? chunk
				: Buffer.from(
						String( chunk ),
						typeof encodingOrCallback === 'string'
							? ( encodingOrCallback as BufferEncoding )
							: 'utf8'
					);
			if ( body.length < minBytes ) {
				return plain();
			}
			res.vary( 'Accept-Encoding' );
			const encoding = negotiate( req );
			if ( encoding === 'identity' ) {
				return plain();
			}
			const packed = encode( body, encoding, 'fast' );
			res.setHeader( 'Content-Encoding', encoding );
			res.setHeader( 'Content-Length', String( packed.length ) );
			// Express's ETag hashes the plain body: equal meaning, other bytes.
			const etag = res.getHeader( 'ETag' );
			if ( typeof etag === 'string' && ! etag.startsWith( 'W/' ) ) {
				res.setHeader( 'ETag', `W/${ etag }` );
			}
			const done =
				typeof encodingOrCallback === 'function'
					? encodingOrCallback
					: callback;
			return ( end as ( ...a: unknown[] ) => Response ).call(
				this,
				packed,
				done
			);
		} as Response[ 'end' ];
		next();
	};
}
