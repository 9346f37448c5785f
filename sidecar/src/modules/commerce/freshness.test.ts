import {
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import type { ConnectedSite } from '../../../../tests/support/flows';
import {
	EURO_PRICE_FORMAT,
	connectShopDouble,
} from '../../../../tests/support/shop-connection';
import {
	startTestShop,
	type TestShop,
} from '../../../../tests/doubles/woocommerce/shop';
import type { WcProduct } from '../../../../tests/doubles/woocommerce/server';
import { DEFAULT_PRICE_FORMAT, formatMoney, type PriceFormat } from './money';
import { RECONCILE_ALL_JOB } from './service';
import { priceFormatOf } from './woocommerce';

const german: PriceFormat = {
	currencyPosition: 'right_space',
	thousandSeparator: '.',
	decimalSeparator: ',',
	decimals: 2,
};

describe( 'shop price format', () => {
	it.each( [
		[ 'left', '€1,234.50' ],
		[ 'right', '1,234.50€' ],
		[ 'left_space', '€ 1,234.50' ],
		[ 'right_space', '1,234.50 €' ],
	] as const )(
		'prints the currency %s of the amount',
		( position, printed ) => {
			expect(
				formatMoney( 123450, 'EUR', {
					...DEFAULT_PRICE_FORMAT,
					currencyPosition: position,
				} )
			).toBe( printed );
		}
	);

	it( 'uses the shop separators and number of decimals', () => {
		expect( formatMoney( 5990, 'EUR', german ) ).toBe( '59,90 €' );
		expect( formatMoney( 123456789, 'EUR', german ) ).toBe(
			'1.234.567,89 €'
		);
		expect( formatMoney( 5990, 'CHF', { ...german, decimals: 0 } ) ).toBe(
			'60 CHF'
		);
		expect( formatMoney( -250, 'GBP', DEFAULT_PRICE_FORMAT ) ).toBe(
			'-£2.50'
		);
		// the locale form stays for callers without a shop format
		expect( formatMoney( 1999, 'EUR' ) ).toBe( '€19.99' );
	} );

	it( 'reads WooCommerce settings/general, keeping defaults for missing or odd values', () => {
		expect(
			priceFormatOf( [
				{ id: 'woocommerce_currency', value: 'eur' },
				{ id: 'woocommerce_currency_pos', value: 'right_space' },
				{ id: 'woocommerce_price_thousand_sep', value: '.' },
				{ id: 'woocommerce_price_decimal_sep', value: ',' },
				{ id: 'woocommerce_price_num_decimals', value: '2' },
			] )
		).toEqual( { currency: 'EUR', format: german } );
		expect(
			priceFormatOf( [
				{ id: 'woocommerce_currency_pos', value: 'middle' },
				{ id: 'woocommerce_price_num_decimals', value: 'x' },
			] )
		).toEqual( { currency: null, format: DEFAULT_PRICE_FORMAT } );
	} );
} );

/** An invented product with HTML descriptions and attributes, as WooCommerce sends one. */
function kettle( id: number ): WcProduct {
	return {
		id,
		name: 'Camp Kettle &amp; Stove',
		type: 'simple',
		status: 'publish',
		permalink: `https://shop.test/product/camp-kettle-${ id }/`,
		sku: `KET-${ id }`,
		price: '59.90',
		regular_price: '59.90',
		sale_price: '',
		stock_status: 'instock',
		stock_quantity: 4,
		manage_stock: true,
		short_description:
			'<p>Boils water fast &ndash; at home or outdoors.</p>',
		description:
			'<ul><li>Capacity: 1.2 litres</li><li>40 heat settings</li></ul><p title="a>b">Made of brushed steel. Weighs 850 g.</p>',
		categories: [ { id: 1, name: 'Outdoor' } ],
		tags: [],
		images: [],
		attributes: [
			{ id: 0, name: 'Material', options: [ 'Stainless steel' ] },
		],
		date_modified_gmt: '2026-01-10T08:00:00',
	};
}

describe.each( testDialects() )( 'catalog freshness on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let shop: TestShop;
	let site: ConnectedSite;
	const kettleId = 990001;

	const product = ( id: number ) =>
		sidecar.omniops.services.commerce.getProduct(
			site.organizationId,
			site.siteId,
			String( id )
		);

	beforeAll( async () => {
		shop = await startTestShop( 30 );
		shop.double.data.priceFormat = { ...EURO_PRICE_FORMAT };
		shop.double.data.products.push( kettle( kettleId ) );
		sidecar = await startTestSidecar( dialect );
		const connection = await connectShopDouble( sidecar, shop, {
			name: 'Kettle shop',
		} );
		site = connection.site;
		expect( connection.credentials.status ).toBe( 202 );
	} );
	afterAll( async () => {
		await sidecar.close();
		await shop.double.close();
	} );

	it( 'keeps the shop price format read at connect', async () => {
		const commerce = sidecar.omniops.services.commerce;
		expect( await commerce.priceFormat( site.siteId ) ).toEqual( german );
		expect( await commerce.formatPrice( site.siteId, 5990, 'EUR' ) ).toBe(
			'59,90 €'
		);
	} );

	it( 'keeps every product field and answers spec questions from attributes and description', async () => {
		const commerce = sidecar.omniops.services.commerce;
		const facts = await commerce.productFacts(
			site.organizationId,
			site.siteId,
			String( kettleId ),
			'What is the capacity of the kettle?'
		);
		expect( facts?.product.name ).toBe( 'Camp Kettle & Stove' );
		expect( facts?.attributes ).toEqual( [
			expect.objectContaining( {
				name: 'Material',
				values: [ 'Stainless steel' ],
			} ),
		] );
		expect( facts?.sentences.map( ( s ) => s.text ) ).toEqual( [
			'Boils water fast – at home or outdoors.',
			'Capacity: 1.2 litres',
			'40 heat settings',
			'Made of brushed steel.',
			'Weighs 850 g.',
		] );
		expect( facts?.matching[ 0 ]?.fact.text ).toBe(
			'Capacity: 1.2 litres'
		);
		// A German question finds the English fact through the shared concepts.
		const inGerman = await commerce.productFacts(
			site.organizationId,
			site.siteId,
			String( kettleId ),
			'Wie schwer ist der Kessel, welches Gewicht?'
		);
		expect( inGerman?.matching[ 0 ]?.fact.text ).toBe( 'Weighs 850 g.' );
		const found = await commerce.searchProductFacts(
			site.organizationId,
			site.siteId,
			'kettle with 40 settings'
		);
		expect( found[ 0 ]?.match.product.externalId ).toBe(
			String( kettleId )
		);
		expect( found[ 0 ]?.matching[ 0 ]?.fact.text ).toBe(
			'40 heat settings'
		);
	} );

	it( 'picks up a price change without any webhook on the scheduled reconciliation', async () => {
		const commerce = sidecar.omniops.services.commerce;
		const confirmed = ( await commerce.catalogFreshness( site.siteId ) )
			.confirmedAt;
		expect( confirmed ).toBeInstanceOf( Date );
		expect( await commerce.catalogAsOf( site.siteId ) ).toBeNull();
		expect( ( await product( kettleId ) )?.product.priceMinor ).toBe(
			5990
		);

		// The shop changes two products; only the kettle's modification date moves
		// (as WooCommerce stamps an edit): the other change must not be read.
		const inShop = shop.double.data.products.find(
			( p ) => p.id === kettleId
		)!;
		inShop.price = '64.50';
		inShop.regular_price = '64.50';
		inShop.date_modified_gmt = new Date( Date.now() + 1000 )
			.toISOString()
			.slice( 0, 19 );
		const untouched = shop.double.data.products.find(
			( p ) => p.id !== kettleId && p.type === 'simple'
		)!;
		const untouchedPrice = ( await product( untouched.id ) )?.product
			.priceMinor;
		untouched.price = '1.00';
		shop.double.data.priceFormat!.currency_pos = 'left';

		shop.double.requests.length = 0;
		sidecar.omniops.queue.enqueue( RECONCILE_ALL_JOB, {} );
		await sidecar.omniops.queue.drain();

		expect( ( await product( kettleId ) )?.product.priceMinor ).toBe(
			6450
		);
		expect( ( await product( untouched.id ) )?.product.priceMinor ).toBe(
			untouchedPrice
		);
		expect( await commerce.formatPrice( site.siteId, 6450, 'EUR' ) ).toBe(
			'€64,50'
		);
		const after = ( await commerce.catalogFreshness( site.siteId ) )
			.confirmedAt!;
		expect( after.getTime() ).toBeGreaterThan( confirmed!.getTime() );
		// one page of changed products, not the whole catalog
		expect(
			shop.double.requests.filter( ( r ) =>
				r.startsWith( 'GET /wp-json/wc/v3/products?' )
			)
		).toEqual( [ 'GET /wp-json/wc/v3/products?page=1' ] );
	} );

	it( 'picks up a variation price change through its parent (WooCommerce stamps the parent on a variation save)', async () => {
		const parent = shop.double.data.products.find(
			( p ) => p.type === 'variable'
		)!;
		const variation = shop.double.data.variations.get( parent.id )![ 0 ]!;
		variation.price = '7.77';
		variation.regular_price = '7.77';
		const stamp = new Date( Date.now() + 2000 )
			.toISOString()
			.slice( 0, 19 );
		variation.date_modified_gmt = stamp;
		parent.date_modified_gmt = stamp;

		sidecar.omniops.queue.enqueue( RECONCILE_ALL_JOB, {} );
		await sidecar.omniops.queue.drain();

		const stored = await product( parent.id );
		expect(
			stored?.variations.find(
				( v ) => v.externalId === String( variation.id )
			)?.priceMinor
		).toBe( 777 );
	} );
} );
