/**
 * Content fetched from a shop with NUL characters in it is indexed without them, on SQLite
 * and PostgreSQL (where a NUL used to fail the whole knowledge sync). The shop is a real
 * HTTP server speaking the WordPress REST API.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testDialects } from '../../../tests/support/sidecar-harness';
import {
	startSiteSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../tests/support/site-sidecar';
import { readPublishedContent } from '../modules/knowledge/wordpress';
import { withoutNul } from './fetched-text';

describe( 'withoutNul', () => {
	it( 'drops NUL from strings and keys at any depth and keeps everything else', () => {
		const deep = JSON.parse(
			`${ '['.repeat( 20_000 ) }"a\\u0000"${ ']'.repeat( 20_000 ) }`
		);
		expect(
			withoutNul( {
				'ti\u0000tle': 'Ship\u0000ping',
				list: [ 1, null, true, 'x\u0000y', { z: '\u0000' } ],
				emoji: '👍',
			} )
		).toEqual( {
			title: 'Shipping',
			list: [ 1, null, true, 'xy', { z: '' } ],
			emoji: '👍',
		} );
		let inner: unknown = withoutNul( deep );
		while ( Array.isArray( inner ) ) {
			inner = inner[ 0 ];
		}
		expect( inner ).toBe( 'a' );
	} );
} );

describe.each( testDialects() )( 'fetched text on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;
	let shop: Server;
	let restUrl: string;

	beforeAll( async () => {
		( { sidecar, site } = await startSiteSidecar( dialect, {
			drainQueue: true,
		} ) );
		shop = createServer( ( req, res ) => {
			const pages = req.url?.includes( 'wp/v2/pages' )
				? [
						{
							id: 7,
							link: 'https://shop.example/shipping/',
							title: { rendered: 'Ship\u0000ping' },
							content: {
								rendered:
									'<p>We ship every order\u0000 within 2 business days.</p>',
							},
							modified_gmt: '2026-01-01T00:00:00',
						},
					]
				: [];
			res.setHeader( 'content-type', 'application/json' );
			res.setHeader( 'x-wp-totalpages', '1' );
			res.end( JSON.stringify( pages ) );
		} );
		await new Promise< void >( ( resolve ) =>
			shop.listen( 0, '127.0.0.1', resolve )
		);
		restUrl = `http://127.0.0.1:${ ( shop.address() as AddressInfo ).port }/wp-json/`;
	} );
	afterAll( async () => {
		await new Promise( ( resolve ) => shop.close( resolve ) );
		await sidecar.close();
	} );

	it( 'indexes a shop page holding NUL characters, without them', async () => {
		const documents = [];
		for await ( const document of readPublishedContent( restUrl, 5_000 ) ) {
			documents.push( document );
		}
		expect( documents ).toHaveLength( 1 );
		expect( documents[ 0 ]!.title ).toBe( 'Shipping' );
		expect( documents[ 0 ]!.html ).not.toContain( '\u0000' );

		await sidecar.omniops.services.knowledge.indexDocuments(
			{
				id: site.siteId,
				organizationId: site.organizationId,
				restUrl,
			},
			documents
		);
		const stored = await sidecar.db.kysely
			.selectFrom( 'knowledge_documents' )
			.select( 'title' )
			.where( 'site_id', '=', site.siteId )
			.execute();
		expect( stored.map( ( row ) => row.title ) ).toContain( 'Shipping' );
	} );
} );
