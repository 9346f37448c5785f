import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { compressedBundles, compressedFile } from './compressed-bundles';

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

describe( 'compressed widget bundles', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'omniops-bundles-' ) );
	const script = 'console.log("hello");\n'.repeat( 200 );
	let server: http.Server;
	let base: string;

	beforeAll( async () => {
		fs.writeFileSync( path.join( dir, 'app.js' ), script );
		fs.writeFileSync( path.join( dir, 'loader.js' ), 'void 0;' );
		fs.writeFileSync( path.join( dir, 'app.js.map' ), '{}' );
		const app = express();
		app.get(
			'/widget/loader.js',
			compressedFile( path.join( dir, 'loader.js' ), {
				'Cross-Origin-Resource-Policy': 'cross-origin',
			} ),
			( _req, res ) => {
				res.sendFile( path.join( dir, 'loader.js' ) );
			}
		);
		app.use(
			'/widget/assets',
			compressedBundles( dir ),
			express.static( dir, { index: false } )
		);
		server = app.listen( 0, '127.0.0.1' );
		await new Promise( ( resolve ) => server.once( 'listening', resolve ) );
		base = `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`;
	} );
	afterAll( () => {
		server.close();
		fs.rmSync( dir, { recursive: true, force: true } );
	} );

	it( 'sends gzip to clients that accept it, and the same bytes once unpacked', async () => {
		const answer = await get( `${ base }/widget/assets/app.js`, {
			'accept-encoding': 'gzip, deflate, br',
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
