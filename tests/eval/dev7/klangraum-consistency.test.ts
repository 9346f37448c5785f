/**
 * The Klangraum dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (anything with a digit or a
 * capital letter: prices in the shop's "1'249.00" format, specs with their units, stock
 * levels, Swiss Post tracking numbers, phone, e-mail, opening hours, product names) is
 * somewhere in the shop's own data — products and variations, their descriptions as text,
 * orders, customer notes and pages. A typo in an expectation fails here instead of failing
 * the responder. It also pins what the set was written against, so the JSON is not rebuilt
 * under it unnoticed.
 */
import { formatPrice } from '../../doubles/woocommerce/coffee-shop';
import { loadKlangraum } from '../../doubles/woocommerce/klangraum';
import {
	expectSetShape,
	expectShopPins,
	shopLookups,
} from '../consistency-kit';
import * as checks from '../dev-set-checks';
import { plainText, shopText } from '../shop-facts';
import { KLANGRAUM_DEV } from './klangraum-dev';

const shop = loadKlangraum();

const { product, grid } = shopLookups( shop );

it( 'the Klangraum shop is what the dev set was written against', () => {
	expectShopPins( shop, {
		products: 130,
		variations: 200,
		pages: 9,
		lang: 'de',
		currency: { code: 'CHF' },
	} );
	expect( shop.orders.map( ( o ) => o.number ) ).toEqual( [
		...Array.from( { length: 10 }, ( _, i ) => String( i + 1 ) ),
		'1088',
		'1207',
		'3051',
	] );
	expect( formatPrice( '1249.00', shop.priceFormat ) ).toBe( "CHF 1'249.00" );
	// Swiss standard German: no ß anywhere in what the shop states.
	expect( shopText( shop ) ).not.toContain( 'ß' );
	// A few facts the questions rely on, stated from the data a second way.
	expect( grid( 'Regallautsprecher Nordhall Mönch', 'price' ) ).toEqual( [
		[ 'Paar, Schwarz', '1289.00' ],
		[ 'Paar, Weiss', '1289.00' ],
		[ 'Paar, Nussbaum', '1389.00' ],
		[ 'Einzelstück, Schwarz', '709.00' ],
		[ 'Einzelstück, Weiss', '709.00' ],
		[ 'Einzelstück, Nussbaum', '769.00' ],
	] );
	expect(
		grid(
			'Lautsprecherkabel Kessler Sarnen',
			'stock_status',
			'description'
		)
	).toEqual( [
		[ '1 m', 'instock', '' ],
		[ '2 m', 'onbackorder', '<p>Lieferbar ab 22. Januar 2027</p>' ],
		[ '5 m', 'instock', '' ],
	] );
	expect( product( 'Stereo-Receiver Vela Murten' ) ).toMatchObject( {
		stock_status: 'outofstock',
	} );
	expect( product( 'Soundbar Kessler Hörnli' ) ).toMatchObject( {
		price: '629.00',
		regular_price: '739.00',
		stock_quantity: 19,
	} );
	const order8 = shop.orders.find( ( o ) => o.number === '8' )!;
	expect( ( order8.billing as { email: string } ).email ).toBe(
		't.keller@web.de'
	);
	expect( order8 ).toMatchObject( { status: 'completed', total: '689.50' } );
	// Headphones under CHF 300 with Bluetooth 5.3 (kr-search-01): only these.
	expect(
		shop.products
			.filter(
				( p ) =>
					( p.categories as Array< { name: string } > )[ 0 ]!.name ===
						'Kopfhörer' &&
					Number( p.price ) < 300 &&
					(
						p.attributes as Array< {
							name: string;
							options: string[];
						} >
					 ).some(
						( a ) =>
							a.name === 'Bluetooth-Version' &&
							a.options[ 0 ] === '5.3'
					)
			)
			.map( ( p ) => plainText( p.name ) )
	).toEqual( [
		'Over-Ear-Kopfhörer Nordhall Murten',
		'In-Ear-Kopfhörer Vela Eiger',
		'In-Ear-Kopfhörer Vela Säntis',
	] );
} );

it( 'the dev set: at least 150 questions, about 40 % English, every class in both languages, unique ids', () => {
	expectSetShape( KLANGRAUM_DEV, {
		atLeast: 150,
		share: [ 'en', 0.35, 0.45 ],
		classes: [ ...checks.CONVERSATION_CLASSES, 'handoff' ].sort(),
		followUps: true,
	} );
} );

it( 'every concrete fact the Klangraum dev set expects is in the shop data', () => {
	checks.expectFactsInShop( shop, KLANGRAUM_DEV, "9'999.00" );
} );

it( 'every product a question rules out exists, so a guard is not a typo', () => {
	const names = shop.products.map( ( p ) => plainText( p.name ) );
	const unknown = KLANGRAUM_DEV.flatMap( ( q ) => q.mustNotContain )
		.filter(
			( m ): m is string =>
				typeof m === 'string' &&
				/^[A-ZÄÖÜ][a-zäöü-]+ [A-ZÄÖÜ]/.test( m )
		)
		.filter( ( name ) => ! names.some( ( n ) => n.includes( name ) ) );
	expect( unknown ).toEqual( [] );
} );
