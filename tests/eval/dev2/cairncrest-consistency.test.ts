/**
 * The Cairn & Crest dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (anything with a digit or a
 * capitalised name: prices in the shop's "$1,234.50" format, specs, stock levels, tracking
 * numbers, phone, hours, product names) is somewhere in the shop's own data — products and
 * variations, their descriptions as text, orders, customer notes and pages. A typo in an
 * expectation fails here instead of failing the responder.
 */
import { convert } from 'html-to-text';
import { loadCairnCrest } from '../../doubles/woocommerce/cairncrest';
import { formatAmount } from '../../doubles/woocommerce/coffee-shop';
import { matches } from '../scoring';
import { CAIRNCREST_DEV } from './cairncrest-dev';

const shop = loadCairnCrest();

function shopText(): string {
	const text = ( html: unknown ) =>
		convert( String( html ?? '' ), { wordwrap: false } );
	const money = ( value: unknown ) =>
		value ? formatAmount( String( value ), shop.priceFormat ) : '';
	const items = [
		...shop.products,
		...[ ...shop.variations.values() ].flat(),
	];
	return [
		...items.flatMap( ( p ) => [
			JSON.stringify( p ),
			text( p.name ),
			text( p.description ),
			money( p.price ),
			money( p.regular_price ),
			money( p.sale_price ),
			typeof p.stock_quantity === 'number'
				? ` ${ p.stock_quantity } `
				: '',
		] ),
		...shop.orders.flatMap( ( o ) => [
			JSON.stringify( o ),
			money( o.total ),
		] ),
		...[ ...shop.notes.values() ].map( ( n ) => JSON.stringify( n ) ),
		...shop.pages.flatMap( ( p ) => [
			text( p.title.rendered ),
			text( p.content.rendered ),
		] ),
	].join( '\n' );
}

it( 'the Cairn & Crest shop is what the dev set was written against', () => {
	expect( shop.products ).toHaveLength( 120 );
	expect( shop.orders.map( ( o ) => o.number ) ).toEqual(
		Array.from( { length: 12 }, ( _, i ) => String( i + 1 ) )
	);
	expect( shop.pages ).toHaveLength( 7 );
	expect( formatAmount( '2004.99', shop.priceFormat ) ).toBe( '2,004.99' );
} );

it( 'the dev set: ≥ 100 questions, about 30% German, every class, unique ids', () => {
	const ids = new Set( CAIRNCREST_DEV.map( ( q ) => q.id ) );
	expect( ids.size ).toBe( CAIRNCREST_DEV.length );
	expect( CAIRNCREST_DEV.length ).toBeGreaterThanOrEqual( 100 );
	const german = CAIRNCREST_DEV.filter( ( q ) => q.lang === 'de' ).length;
	expect( german / CAIRNCREST_DEV.length ).toBeGreaterThanOrEqual( 0.25 );
	expect( german / CAIRNCREST_DEV.length ).toBeLessThanOrEqual( 0.4 );
	expect(
		[ ...new Set( CAIRNCREST_DEV.map( ( q ) => q.category ) ) ].sort()
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
} );

it( 'every concrete fact the Cairn & Crest dev set expects is in the shop data', () => {
	const corpus = shopText();
	expect( matches( corpus, '9,999.00' ) ).toBe( false );
	const absent = CAIRNCREST_DEV.flatMap( ( q ) =>
		q.mustContain
			.map( ( m ) =>
				( Array.isArray( m ) ? m : [ m ] ).filter(
					( a ): a is string => typeof a === 'string'
				)
			)
			.filter( ( alternatives ) =>
				alternatives.some( ( a ) => /\d|[A-Z]/.test( a ) )
			)
			.filter( ( alternatives ) => ! matches( corpus, alternatives ) )
			.map(
				( alternatives ) => `${ q.id }: ${ alternatives.join( ' | ' ) }`
			)
	);
	expect( absent ).toEqual( [] );
} );
