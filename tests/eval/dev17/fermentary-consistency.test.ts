/**
 * The Fermentary Supply Co. dev questions check themselves against the shop, without asking
 * the responder anything: every concrete fact a question expects (dollar prices in the shop's
 * "1,249.00" form, specs with their units, stock levels, UPS and USPS tracking numbers, the
 * phone number, hours, the street, product names) is somewhere in the shop's own data, so a
 * typo in an expectation fails here instead of failing the responder. It also pins what the
 * set was written against, so the JSON is not rebuilt under it unnoticed.
 */
import {
	buildFermentary,
	loadFermentary,
} from '../../doubles/woocommerce/fermentary';
import {
	expectSetShape,
	expectShopPins,
	expectStoredAsBuilt,
	shopLookups,
} from '../consistency-kit';
import * as checks from '../dev-set-checks';
import { FERMENTARY_DEV } from './fermentary-dev';

const shop = loadFermentary();
const lookups = shopLookups( shop );
const { product, stock, page } = lookups;
/** A product's variations as [ options, price, stock status, quantity ]. */
const grid = ( name: string ) =>
	lookups.grid( name, 'price', 'stock_status', 'stock_quantity' );

it( 'the Fermentary shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 128,
		variations: 177,
		ordersUpTo: 14,
		pages: 10,
		lang: 'en',
		currency: { code: 'USD', symbol: '&#36;' },
		amount: [ '1249.00', '1,249.00' ],
	} );
	// A few facts the questions rely on, stated from the data a second way.
	expect(
		product( 'Summit Stainless Conical Fermenter 14 gal' )
	).toMatchObject( { price: '1249.00', stock_quantity: 2 } );
	expect( product( 'Brew Day Starter Kit' ) ).toMatchObject( {
		price: '99.00',
		regular_price: '119.00',
	} );
	expect( stock( 'Copper Immersion Wort Chiller 25 ft' ) ).toBe(
		'outofstock'
	);
	expect( stock( 'Stainless Immersion Wort Chiller 50 ft' ) ).toBe(
		'onbackorder'
	);
	expect( stock( 'Two-Roller Grain Mill' ) ).toBe( 'onbackorder' );
	expect( grid( 'Stainless Brew Kettle' ) ).toEqual( [
		[ '5 gal', '89.95', 'instock', 7 ],
		[ '8 gal', '129.95', 'instock', 3 ],
		[ '10 gal', '169.95', 'outofstock', 0 ],
	] );
	expect( grid( 'Class: All-Grain Brew Day' ) ).toEqual( [
		[ 'Sat, Jan 16, 2027', '85.00', 'instock', 4 ],
		[ 'Sat, Feb 13, 2027', '85.00', 'outofstock', 0 ],
		[ 'Sat, Mar 13, 2027', '85.00', 'instock', 10 ],
	] );
	expect( grid( 'StarBright No-Rinse Sanitizer' ) ).toEqual( [
		[ '4 oz', '8.95', 'instock', 31 ],
		[ '16 oz', '19.95', 'instock', 14 ],
		[ '32 oz', '32.95', 'outofstock', 0 ],
	] );
	expect( checks.orderNumbered( shop, '3' ) ).toMatchObject( {
		status: 'on-hold',
		total: '1398.00',
		email: 'rosa.delgado@mail.example',
	} );
	expect( checks.orderNumbered( shop, '9' ) ).toMatchObject( {
		status: 'processing',
		email: 'hannah.schmidt@mail.example',
	} );
	// Facts only the pages state, which policy, contact and unknown questions rely on.
	expect( page( 'shipping' ) ).toContain(
		'we do not ship them at all to Arizona, Nevada, Texas, Florida and Louisiana'
	);
	expect( page( 'shipping' ) ).toContain( 'CO2 cylinders ship empty' );
	expect( page( 'returns' ) ).toContain(
		'Opened ingredients cannot be returned'
	);
	expect( page( 'contact' ) ).toContain( 'Monday: closed' );
	expect( page( 'faq' ) ).toContain(
		'No, we do not sell stills or distilling supplies'
	);
} );

it( 'the stored JSON is what the generator builds (never rebuilt to make a question pass)', () => {
	expectStoredAsBuilt( buildFermentary(), shop );
} );

it( 'the dev set: at least 190 questions, about 70 % English, every class in both languages, unique ids', () => {
	expectSetShape( FERMENTARY_DEV, {
		atLeast: 190,
		share: [ 'en', 0.65, 0.75 ],
		classes: checks.CONVERSATION_CLASSES,
		followUps: true,
	} );
} );

it( 'every concrete fact the set expects is in the shop’s own data', () => {
	checks.expectFactsInShop( shop, FERMENTARY_DEV, '1,234.56' );
} );
