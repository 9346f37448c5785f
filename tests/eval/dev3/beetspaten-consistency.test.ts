/**
 * The Beet & Spaten dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (anything with a digit or a
 * capital letter: prices in the shop's "1.234,50" format, specs with their units, stock
 * levels, DHL tracking numbers, phone numbers, opening hours, product and payment names) is
 * somewhere in the shop's own data — products and variations, their descriptions as text,
 * orders, customer notes and pages. A typo in an expectation fails here instead of failing
 * the responder. It also pins what the set was written against, so the JSON is not rebuilt
 * under it unnoticed.
 */
import { loadBeetSpaten } from '../../doubles/woocommerce/beetspaten';
import {
	expectSetShape,
	expectShopPins,
	shopLookups,
} from '../consistency-kit';
import * as check from '../dev-set-checks';
import { plainText } from '../shop-facts';
import { BEETSPATEN_DEV } from './beetspaten-dev';

const shop = loadBeetSpaten();
const { product, grid } = shopLookups( shop );

it( 'the Beet & Spaten shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 121,
		variations: 129,
		ordersUpTo: 10,
		pages: 8,
		lang: 'de',
		amount: [ '1571.99', '1.571,99' ],
	} );
	// A few facts the questions rely on, stated from the data a second way.
	expect( product( 'Gewächshaus Wacholder' ) ).toMatchObject( {
		price: '1571.99',
		stock_status: 'outofstock',
	} );
	expect( grid( 'Gartenschlauch Holunder', 'price' ) ).toEqual( [
		[ '15 m', '72.99' ],
		[ '25 m', '109.99' ],
		[ '50 m', '189.99' ],
	] );
	expect( product( 'Paketbox Lieferfix 150 l' ) ).toMatchObject( {
		price: '219.00',
		stock_quantity: 4,
	} );
	expect( product( 'Rückschlagventil 1 Zoll' ) ).toMatchObject( {
		stock_status: 'onbackorder',
	} );
	const order2 = check.orderNumbered( shop, '2' );
	expect( order2.email ).toBe( 'lea.schaefer@ahorn.example' );
	expect( order2.status ).toBe( 'processing' );
} );

it( 'the dev set: 100–120 questions, about two thirds German, every class, unique ids', () => {
	// Every class is asked in both languages.
	expectSetShape( BEETSPATEN_DEV, {
		atLeast: 100,
		atMost: 120,
		share: [ 'de', 0.6, 0.72 ],
	} );
} );

it( 'every concrete fact the Beet & Spaten dev set expects is in the shop data', () => {
	check.expectFactsInShop( shop, BEETSPATEN_DEV, '9.999,00' );
} );

it( 'every product a search question rules out exists, so a miss is not a typo', () => {
	const names = new Set( shop.products.map( ( p ) => plainText( p.name ) ) );
	const unknown = BEETSPATEN_DEV.filter( ( q ) => q.category === 'search' )
		.flatMap( ( q ) => q.mustNotContain )
		.filter(
			( m ): m is string => typeof m === 'string' && /[A-Z]/.test( m )
		)
		.filter( ( name ) => ! names.has( name ) );
	expect( unknown ).toEqual( [] );
} );
