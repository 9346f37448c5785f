/**
 * The Speiche & Kette dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (anything with a digit or a
 * capital letter: prices in the shop's "1.299,00" format, specs with their units, stock
 * levels, tracking numbers, phone, e-mail, opening hours, product and payment names) is
 * somewhere in the shop's own data — products and variations, their descriptions as text,
 * orders, customer notes and pages. A typo in an expectation fails here instead of failing
 * the responder. It also pins what the set was written against, so the JSON is not rebuilt
 * under it unnoticed.
 */
import { formatAmount } from '../../doubles/woocommerce/coffee-shop';
import { loadSpeicheKette } from '../../doubles/woocommerce/speiche-kette';
import { matches } from '../scoring';
import { absentFacts, plainText, shopText } from '../shop-facts';
import { SPEICHE_KETTE_DEV } from './speiche-kette-dev';

const shop = loadSpeicheKette();

/** A product by its exact name, with its variations. */
function product( name: string ) {
	const found = shop.products.find( ( p ) => plainText( p.name ) === name );
	if ( ! found ) {
		throw new Error( `no product ${ name }` );
	}
	return { ...found, variations: shop.variations.get( found.id ) ?? [] };
}

const option = ( v: Record< string, unknown > ) =>
	( v.attributes as Array< { option: string } > )
		.map( ( a ) => a.option )
		.join( ', ' );

it( 'the Speiche & Kette shop is what the dev set was written against', () => {
	expect( shop.products ).toHaveLength( 132 );
	expect(
		[ ...shop.variations.values() ].reduce( ( n, l ) => n + l.length, 0 )
	).toBe( 154 );
	expect( shop.orders.map( ( o ) => o.number ) ).toEqual(
		Array.from( { length: 10 }, ( _, i ) => String( i + 1 ) )
	);
	expect(
		[ ...new Set( shop.orders.map( ( o ) => o.status ) ) ].sort()
	).toEqual( [
		'cancelled',
		'completed',
		'on-hold',
		'pending',
		'processing',
		'refunded',
	] );
	expect( shop.pages ).toHaveLength( 8 );
	expect( shop.lang ).toBe( 'de' );
	expect( formatAmount( '1299.00', shop.priceFormat ) ).toBe( '1.299,00' );
	// A few facts the questions rely on, stated from the data a second way.
	expect( product( 'Doppelakku-Set Großglockner 2 × 625 Wh' ) ).toMatchObject(
		{
			price: '1299.00',
			regular_price: '1499.00',
			stock_quantity: 3,
		}
	);
	expect(
		product( 'Kette Semmering' ).variations.map( ( v ) => [
			option( v ),
			v.price,
		] )
	).toEqual( [
		[ '114', '29.99' ],
		[ '118', '30.99' ],
		[ '126', '31.99' ],
	] );
	expect(
		product( 'Fahrradhelm Lavant' ).variations.map( ( v ) => [
			option( v ),
			v.stock_status,
		] )
	).toEqual( [
		[ 'S (51–55 cm)', 'outofstock' ],
		[ 'M (54–58 cm)', 'outofstock' ],
		[ 'L (57–62 cm)', 'instock' ],
	] );
	expect( product( 'Luftpumpe Traun' ) ).toMatchObject( {
		stock_status: 'outofstock',
	} );
	const order2 = shop.orders.find( ( o ) => o.number === '2' )!;
	expect( ( order2.billing as { email: string } ).email ).toBe(
		'katharina.pichler@schoeckl.example'
	);
	expect( order2 ).toMatchObject( { status: 'processing', total: '163.89' } );
	// Locks under 50 €: only one.
	expect(
		shop.products
			.filter(
				( p ) =>
					plainText( p.name ).startsWith( 'Fahrradschloss' ) &&
					Number( p.price ) < 50
			)
			.map( ( p ) => plainText( p.name ) )
	).toEqual( [ 'Fahrradschloss Feistritz' ] );
} );

it( 'the dev set: at least 130 questions, about a third English, every class, unique ids', () => {
	const ids = new Set( SPEICHE_KETTE_DEV.map( ( q ) => q.id ) );
	expect( ids.size ).toBe( SPEICHE_KETTE_DEV.length );
	expect( SPEICHE_KETTE_DEV.length ).toBeGreaterThanOrEqual( 130 );
	const english = SPEICHE_KETTE_DEV.filter( ( q ) => q.lang === 'en' ).length;
	expect( english / SPEICHE_KETTE_DEV.length ).toBeGreaterThanOrEqual( 0.3 );
	expect( english / SPEICHE_KETTE_DEV.length ).toBeLessThanOrEqual( 0.4 );
	expect(
		[ ...new Set( SPEICHE_KETTE_DEV.map( ( q ) => q.category ) ) ].sort()
	).toEqual( [
		'contact',
		'handoff',
		'language',
		'order',
		'policy',
		'price',
		'search',
		'spec',
		'stock',
		'unknown',
		'variation',
	] );
	for ( const category of new Set(
		SPEICHE_KETTE_DEV.map( ( q ) => q.category )
	) ) {
		const langs = new Set(
			SPEICHE_KETTE_DEV.filter( ( q ) => q.category === category ).map(
				( q ) => q.lang
			)
		);
		expect( [ category, [ ...langs ].sort() ] ).toEqual( [
			category,
			[ 'de', 'en' ],
		] );
	}
} );

it( 'every concrete fact the Speiche & Kette dev set expects is in the shop data', () => {
	const corpus = shopText( shop );
	expect( matches( corpus, '9.999,00' ) ).toBe( false );
	const absent = absentFacts( SPEICHE_KETTE_DEV, corpus );
	expect( absent ).toEqual( [] );
} );

it( 'every product a question rules out exists, so a guard is not a typo', () => {
	const names = new Set( shop.products.map( ( p ) => plainText( p.name ) ) );
	const unknown = SPEICHE_KETTE_DEV.flatMap( ( q ) => q.mustNotContain )
		.filter(
			( m ): m is string =>
				typeof m === 'string' &&
				/^[A-ZÄÖÜ][a-zäöüß-]+ [A-ZÄÖÜ]/.test( m )
		)
		.filter( ( name ) => ! names.has( name ) );
	expect( unknown ).toEqual( [] );
} );
