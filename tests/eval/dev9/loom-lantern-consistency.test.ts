/**
 * The Loom & Lantern dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (euro prices in the shop's
 * "1,249.00" form, specs with their units, stock levels, An Post tracking numbers, the phone
 * number, opening hours, the street, product names) is somewhere in the shop's own data, so
 * a typo in an expectation fails here instead of failing the responder. It also pins what the
 * set was written against, so the JSON is not rebuilt under it unnoticed.
 */
import {
	buildLoomLantern,
	loadLoomLantern,
} from '../../doubles/woocommerce/loom-lantern';
import {
	expectSetShape,
	expectShopPins,
	expectStoredAsBuilt,
	shopLookups,
} from '../consistency-kit';
import * as checks from '../dev-set-checks';
import { LOOM_LANTERN_DEV } from './loom-lantern-dev';
import { eur } from './loom-lantern-questions';

const shop = loadLoomLantern();
const { product, stock, grid } = shopLookups( shop );

it( 'the Loom & Lantern shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 120,
		variations: 70,
		ordersUpTo: 12,
		pages: 8,
		lang: 'en',
		currency: { code: 'EUR', symbol: '&euro;' },
		amount: [ '1249.00', '1,249.00' ],
	} );
	// A few facts the questions rely on, stated from the data a second way.
	expect( product( 'Corrib Brass Chandelier, 8-Arm' ) ).toMatchObject( {
		price: '1249.00',
		stock_quantity: 2,
	} );
	expect( product( 'Claddagh Bedside Lamp' ) ).toMatchObject( {
		price: '49.95',
		regular_price: '64.95',
		stock_quantity: 11,
	} );
	expect(
		grid( 'Hotel Sateen Duvet Cover Set', 'price', 'stock_status' )
	).toEqual( [
		[ 'Single, White', '99.00', 'instock' ],
		[ 'Single, Oyster', '99.00', 'instock' ],
		[ 'Single, Sage', '99.00', 'outofstock' ],
		[ 'Double, White', '139.00', 'instock' ],
		[ 'Double, Oyster', '139.00', 'instock' ],
		[ 'Double, Sage', '119.00', 'onbackorder' ],
		[ 'King, White', '169.00', 'instock' ],
		[ 'King, Oyster', '169.00', 'outofstock' ],
		[ 'King, Sage', '145.00', 'instock' ],
	] );
	expect( stock( 'Craughwell Glass Table Lamp' ) ).toBe( 'outofstock' );
	expect( stock( 'Salthill Oak Table Lamp' ) ).toBe( 'onbackorder' );
	expect( stock( 'Cedar Moth Blocks, Set of 6' ) ).toBe( 'outofstock' );
	expect( stock( 'Rossaveal Wall Lantern' ) ).toBe( 'outofstock' );
	expect( stock( 'Salthill Linen Lampshade 40 cm' ) ).toBe( 'onbackorder' );
	expect( stock( 'Furbo Tripod Floor Lamp' ) ).toBe( 'outofstock' );
	expect( stock( 'Recess Post Lantern' ) ).toBe( 'onbackorder' );
	expect( product( 'Kilcolgan Reading Floor Lamp' ) ).toMatchObject( {
		stock_quantity: 2,
	} );
	expect( product( 'Bog Oak Candle Holder' ) ).toMatchObject( {
		stock_quantity: 5,
	} );
	expect( product( 'Candle Care Kit' ) ).toMatchObject( {
		stock_quantity: 1,
	} );
	expect( product( 'Inishmore Cashmere Throw' ) ).toMatchObject( {
		stock_quantity: 3,
	} );
	expect(
		product( 'Aran Cable Knit Throw' ).variations.map(
			( v ) => v.stock_status
		)
	).toEqual( [ 'instock', 'outofstock', 'onbackorder' ] );
	expect(
		product( 'Salthill Percale Duvet Cover Set' ).variations[ 1 ]
	).toMatchObject( { stock_status: 'outofstock' } );
	expect( product( 'Inverin Cotton Towel' ).variations[ 1 ] ).toMatchObject( {
		price: '24.95',
		stock_status: 'outofstock',
	} );
	expect( checks.orderNumbered( shop, '4' ) ).toMatchObject( {
		status: 'completed',
		email: 'k.hoffmann@web.example',
	} );
	expect( checks.orderNumbered( shop, '12' ) ).toMatchObject( {
		status: 'on-hold',
		total: '524.00',
	} );
} );

it( 'the stored JSON is what the generator builds (never rebuilt to make a question pass)', () => {
	expectStoredAsBuilt( buildLoomLantern(), shop );
} );

it( 'eur() gives the shop form and the German one', () => {
	expect( eur( '49.95' ) ).toEqual( [ '49.95', '49,95' ] );
	expect( eur( '1249.00' ) ).toEqual( [
		'1,249.00',
		'1.249,00',
		'1,249',
		'1.249',
	] );
} );

it( 'the dev set: at least 120 questions, about a third German, every class in both languages, unique ids', () => {
	expectSetShape( LOOM_LANTERN_DEV, {
		atLeast: 120,
		share: [ 'de', 0.3, 0.4 ],
		classes: checks.CONVERSATION_CLASSES,
		followUps: true,
	} );
} );

it( 'every concrete fact the set expects is in the shop’s own data', () => {
	checks.expectFactsInShop( shop, LOOM_LANTERN_DEV, '1,234.56' );
} );
