/**
 * The Speiche & Kette dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (anything with a digit or a
 * capital letter: prices in the shop's "1.299,00" format, specs with their units, stock
 * levels, tracking numbers, phone, e-mail, opening hours, product and payment names) is
 * somewhere in the shop's own data — products and variations, their descriptions as text,
 * orders, customer notes and pages. A typo in an expectation fails here instead of failing
 * the responder. It also pins what the set was written against, so the JSON is not rebuilt
 * under it unnoticed.
 */
import { loadSpeicheKette } from '../../doubles/woocommerce/speiche-kette';
import {
	expectSetShape,
	expectShopPins,
	shopLookups,
} from '../consistency-kit';
import * as check from '../dev-set-checks';
import { plainText } from '../shop-facts';
import { SPEICHE_KETTE_DEV } from './speiche-kette-dev';

const shop = loadSpeicheKette();
const { product, grid } = shopLookups( shop );

it( 'the Speiche & Kette shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 132,
		variations: 154,
		ordersUpTo: 10,
		pages: 8,
		lang: 'de',
		amount: [ '1299.00', '1.299,00' ],
	} );
	// A few facts the questions rely on, stated from the data a second way.
	expect( product( 'Doppelakku-Set Großglockner 2 × 625 Wh' ) ).toMatchObject(
		{
			price: '1299.00',
			regular_price: '1499.00',
			stock_quantity: 3,
		}
	);
	expect( grid( 'Kette Semmering', 'price' ) ).toEqual( [
		[ '114', '29.99' ],
		[ '118', '30.99' ],
		[ '126', '31.99' ],
	] );
	expect( grid( 'Fahrradhelm Lavant', 'stock_status' ) ).toEqual( [
		[ 'S (51–55 cm)', 'outofstock' ],
		[ 'M (54–58 cm)', 'outofstock' ],
		[ 'L (57–62 cm)', 'instock' ],
	] );
	expect( product( 'Luftpumpe Traun' ) ).toMatchObject( {
		stock_status: 'outofstock',
	} );
	const order2 = check.orderNumbered( shop, '2' );
	expect( order2.email ).toBe( 'katharina.pichler@schoeckl.example' );
	expect( order2 ).toMatchObject( { status: 'processing', total: '163.89' } );
	// Locks under 50 €: only one.
	expect(
		shop.products
			.filter(
				( p ) =>
					plainText( p.name ).startsWith( 'Fahrradschloss' ) &&
					Number( p.price ) < 50
			)
			.map( ( p ) => plainText( p.name ) )
	).toEqual( [ 'Fahrradschloss Feistritz' ] );
} );

it( 'the dev set: at least 130 questions, about a third English, every class, unique ids', () => {
	expectSetShape( SPEICHE_KETTE_DEV, {
		atLeast: 130,
		share: [ 'en', 0.3, 0.4 ],
	} );
} );

it( 'every concrete fact the Speiche & Kette dev set expects is in the shop data', () => {
	check.expectFactsInShop( shop, SPEICHE_KETTE_DEV, '9.999,00' );
} );

it( 'every product a question rules out exists, so a guard is not a typo', () => {
	const names = new Set( shop.products.map( ( p ) => plainText( p.name ) ) );
	const unknown = SPEICHE_KETTE_DEV.flatMap( ( q ) => q.mustNotContain )
		.filter(
			( m ): m is string =>
				typeof m === 'string' &&
				/^[A-ZÄÖÜ][a-zäöüß-]+ [A-ZÄÖÜ]/.test( m )
		)
		.filter( ( name ) => ! names.has( name ) );
	expect( unknown ).toEqual( [] );
} );
