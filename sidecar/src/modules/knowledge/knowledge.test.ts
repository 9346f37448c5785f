import {
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	connectSite,
	ownerSession,
	type ConnectedSite,
} from '../../../../tests/support/flows';
import {
	blocksToPassages,
	htmlToBlocks,
	keywordCoverage,
	keywords,
	roughStem,
} from './text';
import { wpRestUrl } from './wordpress';

describe( 'text pipeline', () => {
	it( 'turns HTML into blocks, dropping scripts, comments and tags, decoding entities', () => {
		const blocks = htmlToBlocks(
			'<h2>Care &amp; repair</h2><p>Wash at 30&deg;C &#8211; gently.</p><script>alert(1)</script><!-- x --><ul><li>One</li><li>Two</li></ul>'
		);
		expect( blocks ).toEqual( [
			{ heading: true, text: 'Care & repair' },
			{ heading: false, text: 'Wash at 30&deg;C – gently.' },
			{ heading: false, text: 'One' },
			{ heading: false, text: 'Two' },
		] );
	} );

	it( 'groups blocks into passages under their heading', () => {
		const passages = blocksToPassages(
			'Page',
			htmlToBlocks(
				'<p>Intro.</p><h2>Delivery</h2><p>Fast.</p><p>Cheap.</p>'
			)
		);
		expect( passages ).toEqual( [
			{ heading: 'Page', body: 'Intro.' },
			{ heading: 'Delivery', body: 'Fast.\nCheap.' },
		] );
	} );

	it( 'extracts keywords without stop words and stems word forms alike', () => {
		expect( keywords( 'How long does shipping take to Spain?' ) ).toEqual( [
			'long',
			'shipping',
			'take',
			'spain',
		] );
		expect( roughStem( 'shipping' ) ).toBe( roughStem( 'ship' ) );
		expect( roughStem( 'deliveries' ) ).toBe( roughStem( 'delivery' ) );
		expect(
			keywordCoverage(
				[ 'shipping', 'take' ],
				'Delivery takes 3 days; we ship fast'
			)
		).toBe( 1 );
		expect( keywordCoverage( [ 'bicycle' ], 'We ship fast' ) ).toBe( 0 );
	} );

	it( 'builds WordPress REST URLs for pretty and plain permalinks', () => {
		expect(
			wpRestUrl( 'https://s.example/wp-json/', 'wp/v2/pages', {
				page: '2',
			} )
		).toBe( 'https://s.example/wp-json/wp/v2/pages?page=2' );
		expect(
			wpRestUrl( 'https://s.example/?rest_route=/', 'wp/v2/pages', {
				page: '2',
			} )
		).toBe( 'https://s.example/?rest_route=%2Fwp%2Fv2%2Fpages&page=2' );
	} );
} );

describe.each( testDialects() )( 'knowledge index on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;
	const asKnowledgeSite = () => ( {
		id: site.siteId,
		organizationId: site.organizationId,
		restUrl: 'https://shop.example/wp-json/',
	} );

	beforeAll( async () => {
		sidecar = await startTestSidecar( dialect );
		site = await connectSite( sidecar, await ownerSession( sidecar ) );
		await sidecar.omniops.queue.drain();
	} );
	afterAll( () => sidecar.close() );

	it( 'replaces a re-indexed document instead of duplicating it, and keeps tenants apart', async () => {
		const knowledge = sidecar.omniops.services.knowledge;
		const doc = {
			source: 'wp_page',
			externalId: '7',
			title: 'Gift wrapping',
			url: 'https://shop.example/gift/',
			html: '<p>Gift wrapping costs 3 euros.</p>',
			modifiedAt: null,
		};
		await knowledge.indexDocuments( asKnowledgeSite(), [ doc ] );
		await knowledge.indexDocuments( asKnowledgeSite(), [
			{ ...doc, html: '<p>Gift wrapping is free this month.</p>' },
		] );
		const hits = await knowledge.searchContent(
			site.organizationId,
			site.siteId,
			'gift wrapping price'
		);
		expect( hits.map( ( hit ) => hit.body ) ).toEqual( [
			'Gift wrapping is free this month.',
		] );
		expect( await knowledge.status( site.siteId ) ).toMatchObject( {
			state: 'idle',
			documents: 1,
			passages: 1,
		} );
		const otherTenant = await knowledge.searchContent(
			'00000000-0000-4000-8000-000000000000',
			site.siteId,
			'gift wrapping'
		);
		expect( otherTenant ).toEqual( [] );
	} );

	it( 'treats search syntax in questions as plain words', async () => {
		const hits = await sidecar.omniops.services.knowledge.searchContent(
			site.organizationId,
			site.siteId,
			'gift" OR body:* NEAR( & | ! wrapping'
		);
		expect( hits[ 0 ]?.title ).toBe( 'Gift wrapping' );
	} );

	it( 'records a failed sync with its error and keeps what was indexed', async () => {
		const failing = await startTestSidecar( dialect, {
			async *readContent() {
				yield* [];
				throw new Error(
					'WordPress answered 500 for /wp-json/wp/v2/pages'
				);
			},
		} );
		try {
			const failingSite = await connectSite(
				failing,
				await ownerSession( failing )
			);
			await failing.omniops.queue.drain();
			const status = await failing.omniops.services.knowledge.status(
				failingSite.siteId
			);
			expect( status ).toMatchObject( {
				state: 'failed',
				lastError: 'WordPress answered 500 for /wp-json/wp/v2/pages',
			} );
		} finally {
			await failing.close();
		}
	} );
} );
