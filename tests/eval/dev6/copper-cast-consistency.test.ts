/**
 * The Copper & Cast dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (prices in the shop's
 * "1,234.50" format, specs with their units, stock levels, UPS tracking numbers, the phone
 * number, opening hours, the street, product names) is somewhere in the shop's own data. A
 * typo in an expectation fails here instead of failing the responder. It also pins what the
 * set was written against, so the JSON is not rebuilt under it unnoticed.
 */
import { isDeepStrictEqual } from 'node:util';
import {
	buildCopperCast,
	loadCopperCast,
} from '../../doubles/woocommerce/copper-cast';
import { ASK_EMAIL } from '../phrases';
import {
	expectSetShape,
	expectShopPins,
	expectStoredAsBuilt,
	shopLookups,
} from '../consistency-kit';
import * as checks from '../dev-set-checks';
import { plainText } from '../shop-facts';
import { COPPER_CAST_DEV } from './copper-cast-dev';
import { usd } from './copper-cast-questions';

const shop = loadCopperCast();

const { product, grid } = shopLookups( shop );

it( 'the Copper & Cast shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 125,
		variations: 143,
		pages: 10,
		lang: 'en',
		currency: { code: 'USD', symbol: '&#36;' },
		amount: [ '1649.00', '1,649.00' ],
	} );
	expect( shop.orders.map( ( o ) => o.number ) ).toEqual( [
		...Array.from( { length: 12 }, ( _, i ) => String( i + 1 ) ),
		'1045',
		'2210',
		'10387',
	] );
	expect( shop.orders.every( ( o ) => String( o.id ) === o.number ) ).toBe(
		true
	);
	// A few facts the questions rely on, stated from the data a second way.
	expect(
		product( 'Signature Copper Cookware Set, 10 Pieces' )
	).toMatchObject( {
		price: '1649.00',
		regular_price: '1895.00',
		stock_quantity: 2,
	} );
	expect(
		grid(
			'Marshall Deep Cast Iron Skillet',
			'price',
			'stock_status',
			'stock_quantity'
		)
	).toEqual( [
		[ '8" (20 cm)', '35.95', 'outofstock', 0 ],
		[ '10" (25 cm)', '46.95', 'onbackorder', 0 ],
		[ '12" (30 cm)', '57.95', 'instock', 37 ],
	] );
	expect( product( 'Copper Polish Cream 7 oz' ) ).toMatchObject( {
		stock_status: 'onbackorder',
	} );
	expect( product( 'Thurman Copper Sauté Pan' ) ).toMatchObject( {
		attributes: expect.arrayContaining( [
			expect.objectContaining( {
				name: 'Induction compatible',
				options: [ 'No' ],
			} ),
		] ),
	} );
	const order4 = shop.orders.find( ( o ) => o.number === '4' )!;
	expect( ( order4.billing as { email: string } ).email ).toBe(
		'dokoro@skillet.example'
	);
	expect( order4.status ).toBe( 'completed' );
} );

it( 'the stored JSON is what the generator builds (never rebuilt to make a question pass)', () => {
	expectStoredAsBuilt( buildCopperCast(), shop );
} );

it( 'usd() gives the shop form and the German one', () => {
	expect( usd( '46.95' ) ).toEqual( [ '46.95', '46,95' ] );
	expect( usd( '1649.00' ) ).toEqual( [
		'1,649.00',
		'1.649,00',
		'1,649',
		'1.649',
	] );
} );

it( 'the dev set: at least 150 questions, about a third German, every class in both languages, unique ids', () => {
	expectSetShape( COPPER_CAST_DEV, {
		atLeast: 150,
		share: [ 'de', 0.3, 0.4 ],
		classes: checks.CONVERSATION_CLASSES,
		followUps: true,
	} );
} );

it( 'every concrete fact the Copper & Cast dev set expects is in the shop data', () => {
	checks.expectFactsInShop( shop, COPPER_CAST_DEV, '9,999.00' );
} );

it( 'every product a search question names or rules out exists (its full name or the start of it), so a miss is not a typo', () => {
	const bare = ( text: string ) =>
		text.normalize( 'NFD' ).replace( /[\u0300-\u036f]/g, '' );
	const names = shop.products.map( ( p ) => bare( plainText( p.name ) ) );
	const unknown = COPPER_CAST_DEV.filter(
		( q ) => q.category === 'search' || q.category === 'compare'
	)
		.flatMap( ( q ) => [ ...q.mustContain, ...q.mustNotContain ] )
		.flatMap( ( m ) => ( Array.isArray( m ) ? m : [ m ] ) )
		.filter(
			( m ): m is string =>
				typeof m === 'string' && /^[A-Z][a-z]+ [A-Z]/.test( m )
		)
		.filter(
			( name ) => ! names.some( ( n ) => n.startsWith( bare( name ) ) )
		);
	expect( unknown ).toEqual( [] );
} );

it( 'a wrong e-mail really is wrong, and a question without an e-mail names a real order', () => {
	const email = ( number: string ) =>
		checks.orderNumbered( shop, number ).email;
	const wrong = COPPER_CAST_DEV.filter( ( q ) =>
		q.mustContain.some(
			( m ) => Array.isArray( m ) && m.includes( 'cannot verify' )
		)
	);
	expect( wrong.map( ( q ) => q.id ) ).toEqual( [
		'cc-order-04',
		'cc-order-12',
		'cc-order-17',
	] );
	for ( const q of wrong ) {
		const [ , number ] = /(?:order|Bestellung) #?(\d+)/i.exec( q.text )!;
		expect( q.text ).not.toContain( email( number! ) );
	}
	// By value: the questions are read from JSON, so they hold copies of ASK_EMAIL.
	const asked = COPPER_CAST_DEV.filter( ( q ) =>
		q.mustContain.some( ( m ) => isDeepStrictEqual( m, ASK_EMAIL ) )
	);
	expect( asked.map( ( q ) => q.id ) ).toEqual( [
		'cc-order-05',
		'cc-order-15',
	] );
	for ( const q of asked ) {
		const [ , number ] = /(?:order|Bestellung) #?(\d+)/i.exec( q.text )!;
		expect( email( number! ) ).toContain( '@' );
		expect( q.text ).not.toContain( '@' );
	}
} );
