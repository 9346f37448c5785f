import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import { connectSite, ownerSession } from '../../../../tests/support/flows';
import { signedCall } from '../../../../tests/support/connect-shop';
import {
	startShopSidecar,
	type ShopSidecar,
	type ConnectedSite,
	type TestShop,
	type TestSidecar,
} from '../../../../tests/support/shop-connection';
import { ORDER } from '../../../../tests/doubles/woocommerce/shop';
import { toMinorUnits } from './money';
import { editDistance } from './search';
import { matchingVariations, mentionsOption } from './variation-options';
import type { ProductRecord } from './repo';

describe( 'money and words', () => {
	it( 'turns decimal prices into minor units per currency', () => {
		expect( toMinorUnits( '19.99', 'EUR' ) ).toBe( 1999 );
		expect( toMinorUnits( '19.9', 'EUR' ) ).toBe( 1990 );
		expect( toMinorUnits( '1500', 'JPY' ) ).toBe( 1500 );
		expect( toMinorUnits( '', 'EUR' ) ).toBeNull();
		expect( toMinorUnits( '12,50', 'EUR' ) ).toBeNull();
	} );

	it( 'measures typos and names options only where meant', () => {
		expect( editDistance( 'hodie', 'hoodie', 2 ) ).toBe( 1 );
		expect( editDistance( 'hoodei', 'hoodie', 2 ) ).toBe( 1 );
		expect( editDistance( 'lamp', 'tent', 1 ) ).toBe( 2 );
		expect( mentionsOption( 'do you have it in size M?', 'M' ) ).toBe(
			true
		);
		expect( mentionsOption( "it's lovely", 'S' ) ).toBe( false );
		expect( mentionsOption( 'the dark blue one', 'Blue' ) ).toBe( true );
		const variation = ( id: string, colour: string, size: string ) =>
			( {
				externalId: id,
				attributes: [
					{ name: 'Farbe', options: [ colour ] },
					{ name: 'Größe', options: [ size ] },
				],
			} ) as unknown as ProductRecord;
		const options = [
			variation( '1', 'Schwarz', 'M' ),
			variation( '2', 'Weiß', 'M' ),
			variation( '3', 'Schwarz', 'L' ),
		];
		// The other language's word and the size said in words name the option.
		expect(
			matchingVariations( 'the black one in a medium?', options ).map(
				( v ) => v.externalId
			)
		).toEqual( [ '1' ] );
	} );
} );

describe.each( testDialects() )( 'commerce on %s', ( dialect ) => {
	let shopSidecar: ShopSidecar;
	let sidecar: TestSidecar;
	let shop: TestShop;
	let site: ConnectedSite;

	const signed = ( method: string, path: string, body?: unknown ) =>
		signedCall( sidecar, site, method, path, body );
	const status = async () =>
		( await signed( 'GET', '/api/site/commerce/status' ) ).body.sync;
	const search = ( text: string ) =>
		sidecar.omniops.services.commerce.searchProducts(
			site.organizationId,
			site.siteId,
			text
		);
	const webhookUrl = () =>
		`${ sidecar.baseUrl }/webhooks/woocommerce/${ site.publicKey }`;

	beforeAll( async () => {
		shopSidecar = await startShopSidecar( dialect, {
			products: 120,
			name: 'Woo shop',
		} );
		( { sidecar, shop, site } = shopSidecar );
		expect( shopSidecar.credentials.status ).toBe( 202 );
	} );
	afterAll( () => shopSidecar.close() );

	it( 'syncs every product and variation through the signed REST API, prices in minor units', async () => {
		const sync = await status();
		expect( sync ).toMatchObject( {
			connected: true,
			state: 'idle',
			products: 120,
			totalPages: 3,
			currency: 'EUR',
			lastError: null,
		} );
		const wc = shop.double.data.products.find(
			( p ) => p.type === 'variable'
		)!;
		const match = await sidecar.omniops.services.commerce.getProduct(
			site.organizationId,
			site.siteId,
			String( wc.id )
		);
		expect( match!.product.name ).toBe( wc.name );
		expect( match!.variations ).toHaveLength(
			shop.double.data.variations.get( wc.id )!.length
		);
		const wcVariation = shop.double.data.variations.get( wc.id )![ 0 ]!;
		const stored = match!.variations.find(
			( v ) => v.externalId === String( wcVariation.id )
		)!;
		expect( stored.priceMinor ).toBe(
			Math.round( Number( wcVariation.price ) * 100 )
		);
		expect( stored.currency ).toBe( 'EUR' );
		expect( stored.attributes.map( ( a ) => a.options[ 0 ] ) ).toEqual(
			( wcVariation.attributes as Array< { option: string } > ).map(
				( a ) => a.option
			)
		);
	} );

	it( 'keeps the REST keys and webhook secret encrypted at rest', async () => {
		const row = await sidecar.db.kysely
			.selectFrom( 'commerce_connections' )
			.selectAll()
			.executeTakeFirstOrThrow();
		expect( row.credentials ).not.toContain( shop.keys.consumerKey );
		expect( row.credentials ).not.toContain( shop.keys.consumerSecret );
		expect( row.webhook_secret ).not.toContain( shop.webhookSecret );
		expect( row.credentials.startsWith( 'v1.' ) ).toBe( true );
	} );

	it( 'refuses keys that are not WooCommerce keys with a 400 and changes nothing', async () => {
		const bad = await signed( 'PUT', '/api/site/commerce/credentials', {
			consumerKey: 'ck_short',
			consumerSecret: shop.keys.consumerSecret,
			webhookSecret: shop.webhookSecret,
		} );
		expect( bad.status ).toBe( 400 );
		expect( ( await status() ).products ).toBe( 120 );
	} );

	it( 'finds products by prefix, despite typos, by attribute, and through shop synonyms', async () => {
		const hoodie = shop.double.data.products.find( ( p ) =>
			String( p.name ).endsWith( 'Hoodie' )
		)!;
		const firstWord = String( hoodie.name ).split( ' ' )[ 0 ]!;
		expect(
			( await search( `${ firstWord } hood` ) ).map(
				( m ) => m.product.name
			)
		).toContain( hoodie.name );
		expect(
			( await search( `${ firstWord } hodie` ) ).map(
				( m ) => m.product.name
			)
		).toContain( hoodie.name );
		const color = (
			hoodie.attributes as Array< { options: string[] } >
		 )[ 0 ]!.options[ 0 ]!;
		const [ top ] = await search(
			`${ hoodie.name } in ${ color.toLowerCase() } size M`
		);
		expect( top!.product.name ).toBe( hoodie.name );
		expect( top!.namedVariations ).toHaveLength( 1 );
		expect(
			top!.namedVariations[ 0 ]!.attributes.map( ( a ) => a.options[ 0 ] )
		).toEqual( [ color, 'M' ] );

		// Another shop on the same sidecar sees none of these products.
		const other = await connectSite(
			sidecar,
			await ownerSession( sidecar ),
			'Other shop',
			'https://other.example'
		);
		expect(
			await sidecar.omniops.services.commerce.searchProducts(
				other.organizationId,
				other.siteId,
				String( hoodie.name )
			)
		).toEqual( [] );
		expect( await search( 'jumper' ) ).toEqual( [] );
		const saved = await signed( 'PUT', '/api/site/commerce/synonyms', {
			synonyms: [ { term: 'jumper', synonyms: [ 'hoodie' ] } ],
		} );
		expect( saved.status ).toBe( 200 );
		const viaSynonym = await search( 'jumper' );
		expect( viaSynonym.length ).toBeGreaterThan( 0 );
		expect(
			viaSynonym.every( ( m ) => m.product.name.endsWith( 'Hoodie' ) )
		).toBe( true );
		expect(
			(
				await signed( 'PUT', '/api/site/commerce/synonyms', {
					synonyms: [ { term: '<b>', synonyms: [] } ],
				} )
			).status
		).toBe( 400 );
	} );

	it( 'applies verified webhooks, and refuses and counts bad signatures', async () => {
		expect( await shop.double.ping( webhookUrl(), 17 ) ).toBe( 200 );
		const product = shop.double.data.products.find(
			( p ) => p.type === 'simple'
		)!;
		product.price = '5.00';
		product.regular_price = '5.00';
		product.sale_price = '';
		expect(
			await shop.double.deliver(
				webhookUrl(),
				shop.webhookSecret,
				'product.updated',
				product
			)
		).toBe( 200 );
		await sidecar.omniops.queue.drain();
		const updated = await sidecar.omniops.services.commerce.getProduct(
			site.organizationId,
			site.siteId,
			String( product.id )
		);
		expect( updated!.product.priceMinor ).toBe( 500 );
		expect(
			( await search( String( product.name ) ) )[ 0 ]?.product.externalId
		).toBe( String( product.id ) );

		const forged = { ...product, price: '0.01' };
		expect(
			await shop.double.deliver(
				webhookUrl(),
				'not-the-secret-0000',
				'product.updated',
				forged
			)
		).toBe( 401 );
		expect(
			await shop.double.deliver(
				webhookUrl(),
				shop.webhookSecret,
				'product.updated',
				forged,
				{ signature: '' }
			)
		).toBe( 401 );
		await sidecar.omniops.queue.drain();
		expect( ( await status() ).badWebhookSignatures ).toBe( 2 );
		const unchanged = await sidecar.omniops.services.commerce.getProduct(
			site.organizationId,
			site.siteId,
			String( product.id )
		);
		expect( unchanged!.product.priceMinor ).toBe( 500 );

		shop.double.data.products = shop.double.data.products.filter(
			( p ) => p.id !== product.id
		);
		expect(
			await shop.double.deliver(
				webhookUrl(),
				shop.webhookSecret,
				'product.deleted',
				{ id: product.id }
			)
		).toBe( 200 );
		expect(
			await sidecar.omniops.services.commerce.getProduct(
				site.organizationId,
				site.siteId,
				String( product.id )
			)
		).toBeNull();
		expect(
			(
				await call(
					sidecar.baseUrl,
					'POST',
					'/webhooks/woocommerce/pk_unknownunknown',
					{ body: { id: 1 } }
				)
			).status
		).toBe( 404 );
	} );

	it( 'resumes a full sync that failed mid-way at the page it reached, and drops what the shop removed', async () => {
		const removed = shop.double.data.products.splice( 0, 1 )[ 0 ]!;
		shop.double.failCatalogPage( 2 );
		shop.double.requests.length = 0;
		expect(
			( await signed( 'POST', '/api/site/commerce/sync' ) ).status
		).toBe( 202 );
		await sidecar.omniops.queue.drain();
		const failed = await status();
		expect( failed.state ).toBe( 'failed' );
		expect( failed.lastError ).toMatch( /500/ );
		expect( failed.totalPages ).toBe( 3 );

		shop.double.requests.length = 0;
		await signed( 'POST', '/api/site/commerce/sync' );
		await sidecar.omniops.queue.drain();
		const pages = shop.double.requests.filter( ( r ) =>
			r.startsWith( 'GET /wp-json/wc/v3/products?' )
		);
		expect( pages ).toEqual( [
			'GET /wp-json/wc/v3/products?page=2',
			'GET /wp-json/wc/v3/products?page=3',
		] );
		const done = await status();
		expect( done ).toMatchObject( {
			state: 'idle',
			lastError: null,
			products: shop.double.data.products.length,
		} );
		expect(
			await sidecar.omniops.services.commerce.getProduct(
				site.organizationId,
				site.siteId,
				String( removed.id )
			)
		).toBeNull();
	} );

	it( 'shows an order only for its billing e-mail; wrong pairs look like missing orders', async () => {
		const commerce = sidecar.omniops.services.commerce;
		const order = await commerce.lookupOrder(
			site.siteId,
			ORDER.number,
			'Ana.Shopper@example.com '
		);
		expect( order ).toMatchObject( {
			number: ORDER.number,
			status: 'completed',
			totalMinor: 8450,
		} );
		expect( order!.customerNotes ).toEqual( [
			'Shipped with DHL, tracking number JD014600003SE.',
		] );
		expect(
			await commerce.lookupOrder(
				site.siteId,
				ORDER.number,
				'someone@example.com'
			)
		).toBeNull();
		expect(
			await commerce.lookupOrder( site.siteId, '9999', ORDER.email )
		).toBeNull();
	} );
} );
