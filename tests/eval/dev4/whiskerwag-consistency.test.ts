/**
 * The Whisker & Wag dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (prices in the shop's
 * "1,234.50" format, specs with their units, stock levels, Royal Mail tracking numbers, the
 * phone number, opening hours, product and payment names) is somewhere in the shop's own
 * data. A typo in an expectation fails here instead of failing the responder. It also pins
 * what the set was written against, so the JSON is not rebuilt under it unnoticed.
 */
import { loadWhiskerWag } from '../../doubles/woocommerce/whiskerwag';
import {
	expectSetShape,
	expectShopPins,
	shopLookups,
} from '../consistency-kit';
import * as check from '../dev-set-checks';
import { plainText } from '../shop-facts';
import { WHISKERWAG_DEV } from './whiskerwag-dev';

const shop = loadWhiskerWag();
const { product, grid } = shopLookups( shop );

it( 'the Whisker & Wag shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 124,
		variations: 160,
		ordersUpTo: 10,
		pages: 8,
		lang: 'en',
		amount: [ '1249.00', '1,249.00' ],
	} );
	// A few facts the questions rely on, stated from the data a second way.
	expect(
		product( 'Aquascape Display Cabinet Set 450 litres' )
	).toMatchObject( { price: '1249.00', stock_quantity: 2 } );
	expect(
		grid( 'Larch Leather Dog Collar', 'price', 'stock_status' )
	).toEqual( [
		[ 'S (25–35 cm / 10–14 in)', '25.99', 'instock' ],
		[ 'M (33–45 cm / 13–18 in)', '27.99', 'onbackorder' ],
		[ 'L (43–56 cm / 17–22 in)', '37.99', 'instock' ],
		[ 'XL (53–66 cm / 21–26 in)', '33.99', 'instock' ],
	] );
	expect( product( 'Highland Salmon Oil 500 ml' ) ).toMatchObject( {
		stock_status: 'onbackorder',
	} );
	const order7 = check.orderNumbered( shop, '7' );
	expect( order7.email ).toBe( 'chloe.evans@outlook.example' );
	expect( order7.status ).toBe( 'completed' );
} );

it( 'the dev set: at least 130 questions, about a third German, every class in both languages, unique ids', () => {
	expectSetShape( WHISKERWAG_DEV, {
		atLeast: 130,
		share: [ 'de', 0.28, 0.4 ],
	} );
} );

it( 'every concrete fact the Whisker & Wag dev set expects is in the shop data', () => {
	check.expectFactsInShop( shop, WHISKERWAG_DEV, '9,999.00' );
} );

it( 'every product a search question rules out exists (its full name or the start of it), so a miss is not a typo', () => {
	const names = shop.products.map( ( p ) => plainText( p.name ) );
	const unknown = WHISKERWAG_DEV.filter( ( q ) => q.category === 'search' )
		.flatMap( ( q ) => q.mustNotContain )
		.filter(
			( m ): m is string => typeof m === 'string' && /[A-Z]/.test( m )
		)
		.filter( ( name ) => ! names.some( ( n ) => n.startsWith( name ) ) );
	expect( unknown ).toEqual( [] );
} );
