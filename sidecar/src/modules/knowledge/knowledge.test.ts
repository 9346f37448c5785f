import {
	startTestSidecar,
	testDialects,
} from '../../../../tests/support/sidecar-harness';
import {
	startSiteSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { connectSite, ownerSession } from '../../../../tests/support/flows';
import { wpRestUrl } from './wordpress';

describe( 'WordPress REST', () => {
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
		( { sidecar, site } = await startSiteSidecar( dialect, {
			drainQueue: true,
		} ) );
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

	const page = (
		externalId: string,
		title: string,
		url: string,
		html: string
	) => ( {
		source: 'wp_page',
		externalId,
		title,
		url,
		html,
		modifiedAt: null,
	} );

	it( 'finds a German page for an English question and an English page for a German one', async () => {
		const knowledge = sidecar.omniops.services.knowledge;
		await knowledge.indexDocuments( asKnowledgeSite(), [
			page(
				'20',
				'Widerrufsbelehrung',
				'https://shop.example/widerruf/',
				'<h2 id="frist">Widerrufsrecht</h2><p>Sie können Waren innerhalb von 30 Tagen ohne Angabe von Gründen zurücksenden. Die Erstattung erfolgt binnen 14 Tagen.</p><h2>Datenschutz</h2><p>Wir speichern nur notwendige Daten.</p>'
			),
			page(
				'21',
				'Delivery',
				'https://shop.example/delivery/',
				'<h2>Shipping times</h2><p>Orders leave our warehouse within two working days; standard delivery costs 4.90.</p>'
			),
			page(
				'22',
				'Über uns',
				'https://shop.example/ueber-uns/',
				'<p>Wir sind ein kleines Familienunternehmen und lieben gute Werkzeuge.</p>'
			),
		] );
		const returns = await knowledge.searchContent(
			site.organizationId,
			site.siteId,
			'Can I return an item?'
		);
		expect( returns[ 0 ] ).toMatchObject( {
			heading: 'Widerrufsrecht',
			title: 'Widerrufsbelehrung',
			url: 'https://shop.example/widerruf/',
			sourceUrl: 'https://shop.example/widerruf/#frist',
		} );
		expect( returns[ 0 ]!.confidence ).toBeGreaterThanOrEqual( 0.5 );

		const versand = await knowledge.searchContent(
			site.organizationId,
			site.siteId,
			'Wie lange dauert der Versand?'
		);
		expect( versand[ 0 ]?.heading ).toBe( 'Shipping times' );

		const refund = await knowledge.searchContent(
			site.organizationId,
			site.siteId,
			'When do I get my refund?'
		);
		expect( refund[ 0 ]?.body ).toContain( 'Erstattung' );
	} );

	it( 'keeps contact facts of German and English pages with their source', async () => {
		const knowledge = sidecar.omniops.services.knowledge;
		await knowledge.indexDocuments( asKnowledgeSite(), [
			page(
				'30',
				'Kontakt',
				'https://shop.example/kontakt/',
				'<h2 id="telefon">So erreichen Sie uns</h2><p>Telefon: 0221 / 98 76 54-0<br>Fax: 0221 / 98 76 54-9<br>E-Mail: <a href="mailto:hallo@beispiel.test">hallo@beispiel.test</a></p><h2>Öffnungszeiten</h2><ul><li>Mo–Fr: 9:00–18:00 Uhr</li><li>Sonntag geschlossen</li></ul><h2>Anschrift</h2><p>Beispiel GmbH<br>Lindenallee 14<br>50667 Köln</p>'
			),
			page(
				'31',
				'Contact us',
				'https://shop.example/contact/',
				'<p>Call +44 20 7946 0958 or write to help@example.test.</p><h3>Opening hours</h3><p>Monday to Friday 9am – 5pm</p>'
			),
		] );
		const facts = await knowledge.contactFacts(
			site.organizationId,
			site.siteId
		);
		const summary = facts.map( ( f ) => [ f.kind, f.value, f.sourceUrl ] );
		expect( summary ).toEqual(
			expect.arrayContaining( [
				[
					'phone',
					'0221 / 98 76 54-0',
					'https://shop.example/kontakt/#telefon',
				],
				[
					'email',
					'hallo@beispiel.test',
					'https://shop.example/kontakt/#telefon',
				],
				[
					'hours',
					'Mo–Fr: 9:00–18:00 Uhr',
					expect.stringContaining( 'https://shop.example/kontakt/#' ),
				],
				[ 'hours', 'Sonntag geschlossen', expect.any( String ) ],
				[
					'address',
					'Lindenallee 14, 50667 Köln',
					expect.any( String ),
				],
				[
					'phone',
					'+44 20 7946 0958',
					'https://shop.example/contact/',
				],
				[
					'email',
					'help@example.test',
					'https://shop.example/contact/',
				],
				[ 'hours', 'Monday to Friday 9am – 5pm', expect.any( String ) ],
			] )
		);
		// the fax number is not a phone number to call
		expect( summary.map( ( [ , value ] ) => value ) ).not.toContain(
			'0221 / 98 76 54-9'
		);
		const phones = await knowledge.contactFacts(
			site.organizationId,
			site.siteId,
			[ 'phone' ]
		);
		expect( phones.every( ( f ) => f.kind === 'phone' ) ).toBe( true );
		// the German hours are found by an English question too
		const hours = await knowledge.searchContent(
			site.organizationId,
			site.siteId,
			'What are your opening hours?'
		);
		expect( hours.map( ( h ) => h.heading ) ).toContain( 'Öffnungszeiten' );
		expect( await knowledge.siteLanguage( site.siteId ) ).toBe( 'de' );
	} );

	it( 're-analyses passages written by an older analysis from their stored text', async () => {
		const knowledge = sidecar.omniops.services.knowledge;
		await knowledge.indexDocuments( asKnowledgeSite(), [
			page(
				'40',
				'Garantie',
				'https://shop.example/garantie/',
				'<p>Auf alle Geräte geben wir zwei Jahre Garantie.</p>'
			),
		] );
		const db = sidecar.db.kysely;
		await db
			.updateTable( 'knowledge_passages' )
			.set( {
				terms_title: '',
				terms_heading: '',
				terms_body: '',
				analysis_version: 0,
			} )
			.execute();
		const before = await knowledge.searchContent(
			site.organizationId,
			site.siteId,
			'warranty'
		);
		expect( before ).toEqual( [] );
		expect( await knowledge.reanalyse() ).toBeGreaterThan( 0 );
		const after = await knowledge.searchContent(
			site.organizationId,
			site.siteId,
			'warranty'
		);
		expect( after[ 0 ]?.title ).toBe( 'Garantie' );
	} );

	it( 're-reads only the pages modified since a time (the scheduled reconciliation)', async () => {
		const asked: Array< string | undefined > = [];
		const pages = [
			{
				...page(
					'50',
					'Versand',
					'https://shop.example/versand/',
					'<p>Wir liefern innerhalb von 3 Werktagen.</p>'
				),
				source: 'wp_page' as const,
				modifiedAt: '2026-01-01T00:00:00.000Z',
			},
		];
		const reading = await startTestSidecar( dialect, {
			async *readContent( _site, options ) {
				asked.push( options?.modifiedAfter );
				yield* pages.filter(
					( doc ) =>
						! options?.modifiedAfter ||
						doc.modifiedAt > options.modifiedAfter
				);
			},
		} );
		try {
			const readingSite = await connectSite(
				reading,
				await ownerSession( reading )
			);
			await reading.omniops.queue.drain();
			const knowledge = reading.omniops.services.knowledge;
			const search = () =>
				knowledge.searchContent(
					readingSite.organizationId,
					readingSite.siteId,
					'How long does delivery take?'
				);
			expect( ( await search() )[ 0 ]?.body ).toContain( '3 Werktagen' );

			pages[ 0 ] = {
				...pages[ 0 ]!,
				html: '<p>Wir liefern innerhalb von 2 Werktagen.</p>',
				modifiedAt: '2026-03-01T00:00:00.000Z',
			};
			const asSite = {
				id: readingSite.siteId,
				organizationId: readingSite.organizationId,
				restUrl: 'https://shop.example/wp-json/',
			};
			expect(
				await knowledge.syncChangedSince(
					asSite,
					'2026-04-01T00:00:00.000Z'
				)
			).toBe( 0 );
			expect(
				await knowledge.syncChangedSince(
					asSite,
					'2026-02-01T00:00:00.000Z'
				)
			).toBe( 1 );
			expect( asked.slice( -2 ) ).toEqual( [
				'2026-04-01T00:00:00.000Z',
				'2026-02-01T00:00:00.000Z',
			] );
			expect( ( await search() )[ 0 ]?.body ).toContain( '2 Werktagen' );
		} finally {
			await reading.close();
		}
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
