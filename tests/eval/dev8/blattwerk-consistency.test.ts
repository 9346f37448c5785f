/**
 * The Blattwerk dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (anything with a digit or a
 * capital letter: prices in the shop's "24,90" form, specs with units, stock levels, DHL
 * tracking numbers, phone, e-mail, opening hours, product names) is somewhere in the shop's
 * own data — products and variations, their descriptions as text, orders, customer notes and
 * pages. A typo in an expectation fails here instead of failing the responder. It also pins
 * what the set was written against, so the JSON is not rebuilt under it unnoticed, and checks
 * that what the absent and unknown questions ask about is really not in the shop.
 */
import { formatPrice } from '../../doubles/woocommerce/coffee-shop';
import { loadBlattwerk } from '../../doubles/woocommerce/blattwerk';
import { expectShopPins } from '../consistency-kit';
import * as checks from '../dev-set-checks';
import { shopText } from '../shop-facts';
import { BLATTWERK_DEV } from './blattwerk-dev';

const shop = loadBlattwerk();
const byName = checks.productsByName( shop );
const product = ( name: string ) =>
	byName( name ) as unknown as Record< string, unknown > & {
		variations: Array< Record< string, unknown > >;
	};
const variation = ( name: string, options: string ) =>
	product( name ).variations.find(
		( v ) => checks.optionsOf( v ) === options
	)!;

it( 'the Blattwerk shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 120,
		variations: 63,
		ordersUpTo: 12,
		pages: 8,
		lang: 'de',
		currency: { code: 'EUR' },
		// Every status but pending.
		statuses: checks.ORDER_STATUSES.filter( ( s ) => s !== 'pending' ),
	} );
	expect( formatPrice( '1234.50', shop.priceFormat ) ).toBe( '1.234,50 €' );
} );

it( 'the facts the questions rely on, stated from the data a second way', () => {
	expect( product( 'Monstera deliciosa' ).price ).toBe( '34.90' );
	expect( product( 'Monstera Thai Constellation' ).sale_price ).toBe(
		'109.00'
	);
	expect( product( 'Monstera adansonii' ).stock_status ).toBe( 'outofstock' );
	expect( product( 'Philodendron Pink Princess' ).stock_status ).toBe(
		'onbackorder'
	);
	expect( product( 'Calathea White Fusion' ).stock_quantity ).toBe( 1 );
	expect( product( 'Zamioculcas Raven' ).stock_quantity ).toBe( 2 );
	expect( product( 'Begonia maculata' ).stock_quantity ).toBe( 1 );
	expect( product( 'Aloe vera' ).stock_status ).toBe( 'instock' );
	expect( product( 'Calathea lancifolia' ).stock_status ).toBe( 'instock' );
	expect( product( 'Orchideendünger 250 ml' ).stock_status ).toBe(
		'outofstock'
	);
	expect( product( 'Ficus elastica Robusta' ).price ).toBe(
		product( 'Ficus elastica Tineke' ).price
	);
	expect( variation( 'Übertopf Keramik Matt', '17 cm, Weiß' ).price ).toBe(
		'16.10'
	);
	expect(
		variation( 'Übertopf Keramik Matt', '21 cm, Salbei' ).stock_status
	).toBe( 'outofstock' );
	expect( variation( 'Übertopf Beton Grau', '12 cm' ).stock_status ).toBe(
		'onbackorder'
	);
	expect( variation( 'Übertopf Beton Grau', '21 cm' ).price ).toBe( '28.50' );
	expect( variation( 'Zimmerpflanzenerde torffrei', '20 l' ).price ).toBe(
		'19.90'
	);
	expect(
		variation( 'Aroiden-Erde (Monstera & Philodendron)', '10 l' )
			.stock_status
	).toBe( 'outofstock' );
	expect(
		variation( 'Übertopf Rattan geflochten', '17 cm, Schwarz' ).stock_status
	).toBe( 'outofstock' );
	expect(
		variation( 'Selbstbewässerungstopf', '21 cm, Anthrazit' ).stock_status
	).toBe( 'onbackorder' );
	expect( variation( 'Selbstbewässerungstopf', '17 cm, Weiß' ).price ).toBe(
		'22.90'
	);
	expect( variation( 'Kakteen- & Sukkulentenerde', '10 l' ).price ).toBe(
		'9.90'
	);
	expect( variation( 'Kakteen- & Sukkulentenerde', '20 l' ).price ).toBe(
		'16.90'
	);
	expect( variation( 'Hängetopf Keramik', '14 cm, Schwarz' ).price ).toBe(
		'21.90'
	);
	expect( variation( 'Orchideensubstrat', '5 l' ).stock_quantity ).toBe( 2 );
	expect( checks.orderNumbered( shop, '4' ).total ).toBe( '62.70' );
	expect( checks.orderNumbered( shop, '8' ).total ).toBe( '45.80' );
	expect( checks.orderNumbered( shop, '7' ).email ).toBe(
		'olivia.bennett@outlook.com'
	);
	expect( checks.orderNumbered( shop, '9' ).email ).toBe(
		'anna.lehmann@icloud.com'
	);
} );

it( 'every concrete fact the Blattwerk dev set expects is in the shop', () => {
	checks.expectUniqueIds( BLATTWERK_DEV );
	expect( BLATTWERK_DEV.length ).toBeGreaterThanOrEqual( 120 );
	const en = BLATTWERK_DEV.filter( ( q ) => q.lang === 'en' ).length;
	expect( en / BLATTWERK_DEV.length ).toBeGreaterThanOrEqual( 0.35 );
	expect( en / BLATTWERK_DEV.length ).toBeLessThanOrEqual( 0.5 );
	expect( BLATTWERK_DEV.every( ( q ) => q.lang ) ).toBe( true );
	checks.expectFactsInShop( shop, BLATTWERK_DEV, '23,40 €' );
} );

it( 'what the absent and unknown questions ask about is not in the shop', () => {
	const text = shopText( shop ).toLowerCase();
	for ( const word of [
		'bonsai',
		'kunstpflanze',
		'rasenmäher',
		'tillandsia',
		'rosen',
		'terrarium',
		'tomate',
		'obliqua',
		'schlauch',
		'parkpl',
		'treue',
		'bonus',
		'miete',
		'student',
		'rollstuhl',
		'barrierefrei',
		'ankauf',
		'hochzeit',
		'mitarbeiter',
	] ) {
		expect( [ word, text.includes( word ) ] ).toEqual( [ word, false ] );
	}
} );
