/**
 * Serves the built widget bundles gzip-compressed. The loader and the iframe app are
 * fetched by every shopper who sees a shop page; the app is ~180 KB raw and ~57 KB gzip,
 * and the sidecar may run without a compressing proxy in front of it. The bundles change
 * only with a build, so each is compressed once (at level 9) and kept until its file
 * changes; clients that do not accept gzip fall through to the plain handlers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

interface CompressedCopy {
	mtimeMs: number;
	size: number;
	gzip: Buffer;
	etag: string;
}

type Handler = ( req: Request, res: Response, next: NextFunction ) => void;

/**
 * A handler that answers with the gzip copy of one file.
 *
 * @param file    Absolute path of the bundle.
 * @param headers Extra response headers (e.g. Cross-Origin-Resource-Policy for the loader).
 * @return Express handler; calls `next()` when the client takes no gzip or the file is missing.
 */
export function compressedFile(
	file: string,
	headers: Record< string, string > = {}
): Handler {
	let copy: CompressedCopy | undefined;
	return ( req, res, next ) => {
		// Caches must keep the gzip and the plain answer apart, whichever we send.
		res.vary( 'Accept-Encoding' );
		if ( ! req.acceptsEncodings( 'gzip' ) ) {
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
		if (
			! copy ||
			copy.mtimeMs !== stat.mtimeMs ||
			copy.size !== stat.size
		) {
			copy = {
				mtimeMs: stat.mtimeMs,
				size: stat.size,
				gzip: gzipSync( fs.readFileSync( file ), { level: 9 } ),
				etag: `W/"gz-${ stat.size.toString( 16 ) }-${ Math.floor(
					stat.mtimeMs
				).toString( 16 ) }"`,
			};
		}
		// Revalidated on each load, like the plain static files (names carry no hash).
		res.set( {
			...headers,
			'Cache-Control': 'public, max-age=0',
			ETag: copy.etag,
		} );
		if ( req.fresh ) {
			res.status( 304 ).end();
			return;
		}
		res.set( {
			'Content-Type': 'application/javascript; charset=UTF-8',
			'Content-Encoding': 'gzip',
			'Content-Length': String( copy.gzip.length ),
		} );
		res.end( req.method === 'HEAD' ? undefined : copy.gzip );
	};
}

/**
 * Gzip for the `.js` files directly inside a build directory (mounted under a prefix,
 * before `express.static` for the same directory, which serves everything else).
 *
 * @param dir The build directory.
 * @return Express middleware.
 */
export function compressedBundles( dir: string ): Handler {
	const handlers = new Map< string, Handler >();
	return ( req, res, next ) => {
		const name = req.path.slice( 1 );
		// One plain file name: no sub-directories, no `..`, JavaScript only.
		if (
			( req.method !== 'GET' && req.method !== 'HEAD' ) ||
			! /^[\w.-]+\.js$/.test( name ) ||
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
