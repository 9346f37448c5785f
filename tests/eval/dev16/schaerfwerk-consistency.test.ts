/**
 * The Schärfwerk Solingen dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (euro prices in the shop's
 * "1.249,00" form, specs with their units, stock levels, DHL tracking numbers, the phone
 * number, opening hours, the street, product names) is somewhere in the shop's own data, so a
 * typo in an expectation fails here instead of failing the responder. It also pins what the
 * set was written against, so the JSON is not rebuilt under it unnoticed.
 */
import {
	buildSchaerfwerk,
	loadSchaerfwerk,
} from '../../doubles/woocommerce/schaerfwerk';
import {
	expectSetShape,
	expectShopPins,
	expectStoredAsBuilt,
	shopLookups,
} from '../consistency-kit';
import * as checks from '../dev-set-checks';
import { SCHAERFWERK_DEV } from './schaerfwerk-dev';

const shop = loadSchaerfwerk();
const lookups = shopLookups( shop );
const { product, stock, page } = lookups;
/** A product's variations as [ options, price, stock status, quantity ]. */
const grid = ( name: string ) =>
	lookups.grid( name, 'price', 'stock_status', 'stock_quantity' );

it( 'the Schärfwerk shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 126,
		variations: 183,
		ordersUpTo: 14,
		pages: 10,
		lang: 'de',
		currency: { code: 'EUR', symbol: '&euro;' },
		amount: [ '1249.00', '1.249,00' ],
	} );
	// A few facts the questions rely on, stated from the data a second way.
	expect( product( 'Meisterstück Gyuto 24 cm Damast' ) ).toMatchObject( {
		price: '1249.00',
		stock_quantity: 1,
	} );
	expect( product( 'Widdert Brotmesser 23 cm' ) ).toMatchObject( {
		price: '120.99',
		regular_price: '141.95',
	} );
	expect( stock( 'Austernmesser Sylt' ) ).toBe( 'outofstock' );
	expect( stock( 'Elektrischer Messerschärfer E3' ) ).toBe( 'onbackorder' );
	expect( stock( 'Hästen Kochmesser 20 cm' ) ).toBe( 'onbackorder' );
	expect( grid( 'Schnittschutzhandschuh Level F' ) ).toEqual( [
		[ 'S', '14.90', 'instock', 6 ],
		[ 'M', '14.90', 'instock', 2 ],
		[ 'L', '14.90', 'outofstock', 0 ],
		[ 'XL', '16.90', 'onbackorder', 0 ],
	] );
	expect( grid( 'Schleifkurs in der Werkstatt' ) ).toEqual( [
		[ 'Sa 16.01.2027', '89.00', 'instock', 3 ],
		[ 'Sa 13.02.2027', '89.00', 'outofstock', 0 ],
		[ 'Sa 13.03.2027', '89.00', 'instock', 8 ],
	] );
	expect(
		grid( 'Gräfrath Keramik-Schleifstein' ).map( ( v ) => v[ 2 ] )
	).toEqual( [ 'outofstock', 'onbackorder', 'outofstock', 'instock' ] );
	expect( checks.orderNumbered( shop, '3' ) ).toMatchObject( {
		status: 'on-hold',
		total: '1251.50',
		email: 'sabine.krueger@mail.example',
	} );
	expect( checks.orderNumbered( shop, '12' ) ).toMatchObject( {
		status: 'completed',
		email: 'k.maier@mail.example',
	} );
	// Facts only the pages state, which policy, contact and unknown questions rely on.
	expect( page( 'versand' ) ).toContain( 'Alterssichtprüfung ab 18 Jahren' );
	expect( page( 'versand' ) ).toContain(
		'Nach Großbritannien, in die USA und nach Norwegen versenden wir keine Messer'
	);
	expect( page( 'kontakt' ) ).toContain( 'Mittwoch ist Werkstatttag' );
	expect( page( 'faq' ) ).toContain(
		'Nein, wir führen nur Küchenmesser und Zubehör'
	);
} );

it( 'the stored JSON is what the generator builds (never rebuilt to make a question pass)', () => {
	expectStoredAsBuilt( buildSchaerfwerk(), shop );
} );

it( 'the dev set: at least 180 questions, a third to a half English, every class in both languages, unique ids', () => {
	expectSetShape( SCHAERFWERK_DEV, {
		atLeast: 180,
		share: [ 'en', 0.33, 0.5 ],
		classes: checks.CONVERSATION_CLASSES,
		followUps: true,
	} );
} );

it( 'every concrete fact the set expects is in the shop’s own data', () => {
	checks.expectFactsInShop( shop, SCHAERFWERK_DEV, '1.234,56' );
} );
