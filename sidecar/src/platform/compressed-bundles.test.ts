import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import {
	IMMUTABLE_CACHE_CONTROL,
	LOADER_CACHE_CONTROL,
	assetName,
	compressResponses,
	compressedBundles,
	compressedFile,
} from './compressed-bundles';

interface RawAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/** A request without fetch's automatic decompression, to see what goes over the wire. */
function get(
	url: string,
	headers: Record< string, string > = {}
): Promise< RawAnswer > {
	return new Promise( ( resolve, reject ) => {
		http.get( url, { headers }, ( response ) => {
			const chunks: Buffer[] = [];
			response.on( 'data', ( chunk: Buffer ) => chunks.push( chunk ) );
			response.on( 'end', () =>
				resolve( {
					status: response.statusCode!,
					headers: response.headers,
					body: Buffer.concat( chunks ),
				} )
			);
		} ).on( 'error', reject );
	} );
}

/** Serves `app` on a free local port: the server and its base URL. */
async function listen(
	app: express.Express
): Promise< { server: http.Server; base: string } > {
	const server = app.listen( 0, '127.0.0.1' );
	await new Promise( ( resolve ) => server.once( 'listening', resolve ) );
	return {
		server,
		base: `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`,
	};
}

/** Stops the server and deletes the bundles folder it served. */
function closeAndRemove( server: http.Server, dir: string ) {
	server.close();
	fs.rmSync( dir, { recursive: true, force: true } );
}

describe( 'compressed widget bundles', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'omniops-bundles-' ) );
	const script = 'console.log("hello");\n'.repeat( 200 );
	let server: http.Server;
	let base: string;

	beforeAll( async () => {
		fs.writeFileSync( path.join( dir, 'app.js' ), script );
		fs.writeFileSync( path.join( dir, 'loader.js' ), 'void 0;' );
		fs.writeFileSync( path.join( dir, 'app.js.map' ), '{}' );
		fs.writeFileSync( path.join( dir, 'app.0123456789ab.js' ), script );
		const app = express();
		app.get(
			'/widget/loader.js',
			compressedFile(
				path.join( dir, 'loader.js' ),
				{ 'Cross-Origin-Resource-Policy': 'cross-origin' },
				LOADER_CACHE_CONTROL
			),
			( _req, res ) => {
				res.sendFile( path.join( dir, 'loader.js' ) );
			}
		);
		app.use(
			'/widget/assets',
			compressedBundles( dir ),
			express.static( dir, { index: false } )
		);
		( { server, base } = await listen( app ) );
	} );
	afterAll( () => closeAndRemove( server, dir ) );

	it( 'sends brotli to clients that take it, and the same bytes once unpacked', async () => {
		const answer = await get( `${ base }/widget/assets/app.js`, {
			'accept-encoding': 'gzip, deflate, br',
		} );
		expect( answer.status ).toBe( 200 );
		expect( answer.headers[ 'content-encoding' ] ).toBe( 'br' );
		expect( answer.headers.vary ).toContain( 'Accept-Encoding' );
		expect( answer.body.length ).toBeLessThan( script.length / 10 );
		expect( brotliDecompressSync( answer.body ).toString() ).toBe( script );
		// Not a hashed name: revalidated.
		expect( answer.headers[ 'cache-control' ] ).toBe( 'public, max-age=0' );
	} );

	it( 'sends gzip to clients that take gzip but not brotli', async () => {
		const answer = await get( `${ base }/widget/assets/app.js`, {
			'accept-encoding': 'gzip, deflate',
		} );
		expect( answer.status ).toBe( 200 );
		expect( answer.headers[ 'content-encoding' ] ).toBe( 'gzip' );
		expect( answer.headers.vary ).toContain( 'Accept-Encoding' );
		expect( answer.headers[ 'content-type' ] ).toContain(
			'application/javascript'
		);
		expect( answer.body.length ).toBeLessThan( script.length / 10 );
		expect( gunzipSync( answer.body ).toString() ).toBe( script );
	} );

	it( 'sends the plain file to clients that take no gzip', async () => {
		const answer = await get( `${ base }/widget/assets/app.js`, {
			'accept-encoding': 'identity',
		} );
		expect( answer.status ).toBe( 200 );
		expect( answer.headers[ 'content-encoding' ] ).toBeUndefined();
		expect( answer.headers.vary ).toContain( 'Accept-Encoding' );
		expect( answer.body.toString() ).toBe( script );
	} );

	it( 'answers a revalidation with 304 and recompresses after a rebuild', async () => {
		const first = await get( `${ base }/widget/assets/app.js`, {
			'accept-encoding': 'gzip',
		} );
		const etag = String( first.headers.etag );
		const again = await get( `${ base }/widget/assets/app.js`, {
			'accept-encoding': 'gzip',
			'if-none-match': etag,
		} );
		expect( again.status ).toBe( 304 );

		const rebuilt = script + 'console.log("v2");\n';
		fs.writeFileSync( path.join( dir, 'app.js' ), rebuilt );
		const later = new Date( Date.now() + 5000 );
		fs.utimesSync( path.join( dir, 'app.js' ), later, later );
		const fresh = await get( `${ base }/widget/assets/app.js`, {
			'accept-encoding': 'gzip',
			'if-none-match': etag,
		} );
		expect( fresh.status ).toBe( 200 );
		expect( gunzipSync( fresh.body ).toString() ).toBe( rebuilt );
	} );

	it( 'keeps the loader’s cross-origin header, and leaves other files and paths to the static handler', async () => {
		const loader = await get( `${ base }/widget/loader.js`, {
			'accept-encoding': 'gzip',
		} );
		expect( loader.headers[ 'content-encoding' ] ).toBe( 'gzip' );
		expect( loader.headers[ 'cross-origin-resource-policy' ] ).toBe(
			'cross-origin'
		);
		// The loader's stable URL is cached briefly, never immutable.
		expect( loader.headers[ 'cache-control' ] ).toBe(
			LOADER_CACHE_CONTROL
		);
		const map = await get( `${ base }/widget/assets/app.js.map`, {
			'accept-encoding': 'gzip',
		} );
		expect( map.headers[ 'content-encoding' ] ).toBeUndefined();
		expect( map.body.toString() ).toBe( '{}' );
		const missing = await get( `${ base }/widget/assets/nope.js`, {
			'accept-encoding': 'gzip',
		} );
		expect( missing.status ).toBe( 404 );
		const escape = await get(
			`${ base }/widget/assets/..%2f..%2fetc%2fpasswd.js`,
			{ 'accept-encoding': 'gzip' }
		);
		expect( escape.status ).toBe( 404 );
	} );
} );

describe( 'content-hashed bundles and the build manifest', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'omniops-hashed-' ) );
	const script = 'export const answer = 42;\n'.repeat( 300 );
	let server: http.Server;
	let base: string;

	beforeAll( async () => {
		fs.writeFileSync( path.join( dir, 'app.0123456789ab.js' ), script );
		// The build's own gzip copy, marked so the test sees it is the one sent.
		fs.writeFileSync(
			path.join( dir, 'app.0123456789ab.js.gz' ),
			gzipSync( script + '// prebuilt\n' )
		);
		const app = express();
		app.use( '/assets', compressedBundles( dir ) );
		( { server, base } = await listen( app ) );
	} );
	afterAll( () => closeAndRemove( server, dir ) );

	it( 'serves a hashed name immutable for a year, from the build’s precompressed copy', async () => {
		const answer = await get( `${ base }/assets/app.0123456789ab.js`, {
			'accept-encoding': 'gzip',
		} );
		expect( answer.status ).toBe( 200 );
		expect( answer.headers[ 'cache-control' ] ).toBe(
			IMMUTABLE_CACHE_CONTROL
		);
		expect( gunzipSync( answer.body ).toString() ).toBe(
			script + '// prebuilt\n'
		);
		const plain = await get( `${ base }/assets/app.0123456789ab.js`, {
			'accept-encoding': 'identity',
		} );
		expect( plain.body.toString() ).toBe( script );
		expect( plain.headers.etag ).not.toBe( answer.headers.etag );
	} );

	it( 'links the hashed name from the manifest, the stable name without one', () => {
		const manifest = path.join( dir, 'asset-manifest.json' );
		expect( assetName( 'widget/app.js', manifest ) ).toBe( 'app.js' );
		fs.writeFileSync(
			manifest,
			JSON.stringify( {
				'widget/app.js': 'app.0123456789ab.js',
				'dashboard/dashboard.js': '../../etc/passwd',
			} )
		);
		expect( assetName( 'widget/app.js', manifest ) ).toBe(
			'app.0123456789ab.js'
		);
		// A name that is not one plain file name is ignored.
		expect( assetName( 'dashboard/dashboard.js', manifest ) ).toBe(
			'dashboard.js'
		);
	} );
} );

describe( 'compressed dynamic answers', () => {
	let server: http.Server;
	let base: string;
	const big = { items: Array.from( { length: 200 }, ( _, i ) => ( { i } ) ) };
	const html = `<!doctype html><p>${ 'shell '.repeat( 400 ) }</p>`;

	beforeAll( async () => {
		const app = express();
		app.use( compressResponses() );
		app.get( '/json', ( _req, res ) => {
			res.json( big );
		} );
		app.get( '/small', ( _req, res ) => {
			res.json( { ok: true } );
		} );
		app.get( '/html', ( _req, res ) => {
			res.type( 'html' ).send( html );
		} );
		app.get( '/events', ( _req, res ) => {
			res.setHeader( 'Content-Type', 'text/event-stream' );
			res.write( `data: ${ 'x'.repeat( 2000 ) }\n\n` );
			res.end();
		} );
		app.get( '/stream-json', ( _req, res ) => {
			res.setHeader( 'Content-Type', 'application/json' );
			res.write( '{"a":"' + 'y'.repeat( 3000 ) );
			res.end( '"}' );
		} );
		( { server, base } = await listen( app ) );
	} );
	afterAll( () => {
		server.close();
	} );

	it( 'compresses JSON and HTML sent whole, with brotli or gzip as the client takes', async () => {
		const json = await get( `${ base }/json`, {
			'accept-encoding': 'br, gzip',
		} );
		expect( json.headers[ 'content-encoding' ] ).toBe( 'br' );
		expect( json.headers.vary ).toContain( 'Accept-Encoding' );
		expect( json.headers.etag ).toMatch( /^W\// );
		expect( Number( json.headers[ 'content-length' ] ) ).toBe(
			json.body.length
		);
		expect(
			JSON.parse( brotliDecompressSync( json.body ).toString() )
		).toEqual( big );
		const page = await get( `${ base }/html`, {
			'accept-encoding': 'gzip',
		} );
		expect( page.headers[ 'content-encoding' ] ).toBe( 'gzip' );
		expect( gunzipSync( page.body ).toString() ).toBe( html );
		const plain = await get( `${ base }/html`, {
			'accept-encoding': 'identity',
		} );
		expect( plain.headers[ 'content-encoding' ] ).toBeUndefined();
		expect( plain.body.toString() ).toBe( html );
		// No Accept-Encoding at all: plain bytes too.
		const bare = await get( `${ base }/html` );
		expect( bare.headers[ 'content-encoding' ] ).toBeUndefined();
		expect( bare.body.toString() ).toBe( html );
	} );

	it( 'leaves small bodies and streamed answers as they are', async () => {
		const small = await get( `${ base }/small`, {
			'accept-encoding': 'br, gzip',
		} );
		expect( small.headers[ 'content-encoding' ] ).toBeUndefined();
		expect( JSON.parse( small.body.toString() ) ).toEqual( { ok: true } );
		const events = await get( `${ base }/events`, {
			'accept-encoding': 'br, gzip',
		} );
		expect( events.headers[ 'content-encoding' ] ).toBeUndefined();
		expect( events.body.toString() ).toContain( 'data: xxx' );
		const streamed = await get( `${ base }/stream-json`, {
			'accept-encoding': 'gzip',
		} );
		expect( streamed.headers[ 'content-encoding' ] ).toBeUndefined();
		expect( JSON.parse( streamed.body.toString() ).a ).toHaveLength( 3000 );
	} );
} );
