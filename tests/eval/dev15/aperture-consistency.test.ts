/**
 * The Aperture & Grain dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (pound prices in the shop's
 * "1,249.00" form, specs with their units, stock levels, DPD tracking numbers, the phone
 * number, opening hours, the street, product names) is somewhere in the shop's own data, so a
 * typo in an expectation fails here instead of failing the responder. It also pins what the
 * set was written against, so the JSON is not rebuilt under it unnoticed.
 */
import {
	buildApertureGrain,
	loadApertureGrain,
} from '../../doubles/woocommerce/aperture-grain';
import {
	expectSetShape,
	expectShopPins,
	expectStoredAsBuilt,
	shopLookups,
} from '../consistency-kit';
import * as checks from '../dev-set-checks';
import { APERTURE_DEV } from './aperture-dev';
import { measure } from './aperture-questions';

const shop = loadApertureGrain();
const lookups = shopLookups( shop );
const { product, stock } = lookups;
/** A product's variations as [ options, price, stock status, quantity ]. */
const grid = ( name: string ) =>
	lookups.grid( name, 'price', 'stock_status', 'stock_quantity' );

it( 'the Aperture & Grain shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 122,
		variations: 220,
		ordersUpTo: 20,
		pages: 8,
		lang: 'en',
		currency: { code: 'GBP', symbol: '&pound;' },
		amount: [ '1249.00', '1,249.00' ],
	} );
	// A few facts the questions rely on, stated from the data a second way.
	expect( product( 'Canon EOS R6 Mark II' ) ).toMatchObject( {
		price: '2049.00',
		regular_price: '2299.00',
		stock_quantity: 3,
	} );
	expect( product( 'Fujifilm X100VI' ) ).toMatchObject( {
		stock_status: 'onbackorder',
	} );
	expect( grid( 'Salford 50mm f/1.4 Lens' ) ).toEqual( [
		[ 'Sony E', '978.99', 'instock', null ],
		[ 'Nikon Z', '978.99', 'outofstock', 0 ],
		[ 'Canon RF', '1017.99', 'instock', 6 ],
		[ 'Fujifilm X', '900.99', 'instock', 5 ],
	] );
	expect( grid( 'Ringway Camera Backpack' ).map( ( v ) => v[ 2 ] ) ).toEqual(
		[ 'instock', 'outofstock', 'onbackorder' ]
	);
	expect( grid( 'Fujifilm X-T5' ) ).toEqual( [
		[ 'Black', '1549.00', 'instock', 5 ],
		[ 'Silver', '1549.00', 'outofstock', 0 ],
	] );
	expect( stock( 'Lens Cleaning Kit' ) ).toBe( 'outofstock' );
	expect( stock( 'Used Pentax 67 with 105mm f/2.4' ) ).toBe( 'outofstock' );
	expect( stock( 'EN-EL15c Battery for Nikon' ) ).toBe( 'onbackorder' );
	expect( stock( 'Heaton Aluminium Travel Tripod' ) ).toBe( 'outofstock' );
	expect( stock( 'Stockport Speedlight' ) ).toBe( 'outofstock' );
	expect( product( 'Irwell Mini Flash' ) ).toMatchObject( {
		stock_quantity: 10,
	} );
	expect( checks.orderNumbered( shop, '10' ) ).toMatchObject( {
		status: 'processing',
		email: 'megan.price@sdcard.example',
	} );
	expect( checks.orderNumbered( shop, '19' ) ).toMatchObject( {
		status: 'on-hold',
		total: '2749.00',
	} );
} );

it( 'the stored JSON is what the generator builds (never rebuilt to make a question pass)', () => {
	expectStoredAsBuilt( buildApertureGrain(), shop );
} );

it( 'measure() gives the shop form and the German one', () => {
	expect( measure( '1.6', 'kg' ) ).toEqual( [
		'1.6 kg',
		'1.6kg',
		'1,6 kg',
		'1,6kg',
	] );
	expect( measure( '15', 'kg' ) ).toEqual( [ '15 kg', '15kg' ] );
} );

it( 'the dev set: at least 160 questions, about two in five German, every class in both languages, unique ids', () => {
	expectSetShape( APERTURE_DEV, {
		atLeast: 160,
		share: [ 'de', 0.35, 0.45 ],
		classes: checks.CONVERSATION_CLASSES,
		followUps: true,
	} );
} );

it( 'every concrete fact the set expects is in the shop’s own data', () => {
	checks.expectFactsInShop( shop, APERTURE_DEV, '1,234.56' );
} );
