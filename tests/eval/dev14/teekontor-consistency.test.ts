/**
 * The Teekontor Alster dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (prices in the shop's
 * "1.249,00" form or the English one, specs with their units, stock levels, DHL tracking
 * numbers, the phone number, opening hours, the street, product names) is somewhere in the
 * shop's own data, so a typo in an expectation fails here instead of failing the responder.
 * It also pins what the set was written against, so the JSON is not rebuilt under it
 * unnoticed.
 */
import {
	buildTeekontor,
	loadTeekontor,
} from '../../doubles/woocommerce/teekontor';
import {
	expectSetShape,
	expectShopPins,
	expectStoredAsBuilt,
	shopLookups,
} from '../consistency-kit';
import * as checks from '../dev-set-checks';
import { TEEKONTOR_DEV } from './teekontor-dev';

const shop = loadTeekontor();
const lookups = shopLookups( shop );
const { product, stock } = lookups;
/** A product's variations as [ options, price, stock status ]. */
const grid = ( name: string ) => lookups.grid( name, 'price', 'stock_status' );

it( 'the Teekontor Alster shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 123,
		variations: 280,
		ordersUpTo: 20,
		pages: 8,
		lang: 'de',
		currency: { code: 'EUR', symbol: '&euro;' },
		amount: [ '1249.00', '1.249,00' ],
	} );
	// A few facts the questions rely on, stated from the data a second way.
	expect(
		product( 'Tetsubin Hokusai, handgegossene Gusseisen-Teekanne' )
	).toMatchObject( { price: '1249.00', stock_quantity: 2 } );
	expect( product( 'Matcha Uji Zeremonie 30 g' ) ).toMatchObject( {
		price: '29.90',
		regular_price: '34.90',
	} );
	expect( product( 'Samowar Elektro 3 l' ) ).toMatchObject( {
		price: '189.00',
		stock_status: 'onbackorder',
	} );
	expect( stock( 'Tee-Adventskalender 2026' ) ).toBe( 'outofstock' );
	expect( stock( 'Matcha-Set mit Chasen und Chawan' ) ).toBe( 'outofstock' );
	expect( stock( 'Probierset Grüntee (5 × 20 g)' ) ).toBe( 'onbackorder' );
	expect( stock( 'Zimt Ceylon Rotherbaum' ) ).toBe( 'outofstock' );
	expect( stock( 'Garam Masala Speicherstadt' ) ).toBe( 'onbackorder' );
	expect( stock( 'Teesieb Edelstahl Hohenfelde' ) ).toBe( 'outofstock' );
	expect( product( 'Kandis braun (Kluntjes) 500 g' ) ).toMatchObject( {
		stock_quantity: 40,
	} );
	expect(
		product( 'Wasserkocher mit Temperaturwahl Duvenstedt' )
	).toMatchObject( { stock_quantity: 1 } );
	expect( grid( 'Gyokuro Iserbrook' ) ).toEqual( [
		[ '50 g', '6.95', 'instock' ],
		[ '100 g', '12.99', 'outofstock' ],
		[ '250 g', '27.99', 'outofstock' ],
		[ '1 kg', '89.99', 'instock' ],
	] );
	expect( grid( 'Porzellan-Teekanne Ohlsdorf' ) ).toEqual( [
		[ 'Weiß', '51.99', 'instock' ],
		[ 'Schwarz', '51.99', 'instock' ],
		[ 'Jadegrün', '51.99', 'outofstock' ],
	] );
	expect( grid( 'Keemun Hammerbrook' )[ 2 ] ).toEqual( [
		'250 g',
		'23.99',
		'onbackorder',
	] );
	expect( grid( 'Teeschale Wandsbek' )[ 2 ] ).toEqual( [
		'Jadegrün',
		'20.99',
		'onbackorder',
	] );
	expect( checks.orderNumbered( shop, '13' ) ).toMatchObject( {
		status: 'on-hold',
		email: 'k.hinrichs@gmx.example',
	} );
	expect( checks.orderNumbered( shop, '16' ) ).toMatchObject( {
		status: 'refunded',
		shipping_total: '8.90',
	} );
} );

it( 'the stored JSON is what the generator builds (never rebuilt to make a question pass)', () => {
	expectStoredAsBuilt( buildTeekontor(), shop );
} );

it( 'the dev set: at least 160 questions, about 60 % German, every class in both languages, unique ids', () => {
	expectSetShape( TEEKONTOR_DEV, {
		atLeast: 160,
		share: [ 'de', 0.55, 0.65 ],
		classes: checks.CONVERSATION_CLASSES,
		followUps: true,
	} );
	const count = ( category: string ) =>
		TEEKONTOR_DEV.filter( ( q ) => q.category === category ).length;
	expect( {
		variation: count( 'variation' ) >= 20,
		search: count( 'search' ) >= 22,
		absent: count( 'absent' ) >= 12,
		unknown: count( 'unknown' ) >= 12,
		followup: count( 'followup' ) >= 12,
		compare: count( 'compare' ) >= 10,
		spec: count( 'spec' ) >= 20,
		policy: count( 'policy' ) >= 22,
	} ).toEqual( {
		variation: true,
		search: true,
		absent: true,
		unknown: true,
		followup: true,
		compare: true,
		spec: true,
		policy: true,
	} );
} );

it( 'every concrete fact the set expects is in the shop’s own data', () => {
	checks.expectFactsInShop( shop, TEEKONTOR_DEV, '1.234,56' );
} );
