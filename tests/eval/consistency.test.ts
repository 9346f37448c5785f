/**
 * The expectations check themselves: every concrete fact the Kaffeewerk dev and frozen sets
 * expect (anything with a digit or a capitalised name: prices in the shop's format, specs,
 * stock levels, order statuses' tracking numbers, phone, hours, names) is somewhere in the
 * shop's own data — products and variations, their descriptions as text, orders, customer
 * notes and pages. A typo in an expectation fails here instead of failing the responder.
 */
import { convert } from 'html-to-text';
import { formatAmount } from '../doubles/woocommerce/coffee-shop';
import { loadKaffeewerk } from '../doubles/woocommerce/kaffeewerk';
import { KAFFEEWERK_DEV } from './dev/kaffeewerk-dev';
import { KAFFEEWERK_FROZEN } from './frozen/kaffeewerk-frozen';
import { matches } from './scoring';

function shopText(): string {
	const shop = loadKaffeewerk();
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
			text( p.description ),
			text( p.short_description ),
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
			p.title.rendered,
			text( p.content.rendered ),
		] ),
	].join( '\n' );
}

it( 'every concrete fact the Kaffeewerk dev and frozen sets expect is in the shop data', () => {
	const corpus = shopText();
	expect( matches( corpus, '9.999,00' ) ).toBe( false );
	const absent = [ ...KAFFEEWERK_DEV, ...KAFFEEWERK_FROZEN ].flatMap( ( q ) =>
		q.mustContain
			.map( ( m ) =>
				( Array.isArray( m ) ? m : [ m ] ).filter(
					( a ): a is string => typeof a === 'string'
				)
			)
			.filter( ( alternatives ) =>
				alternatives.some( ( a ) => /\d|[A-ZÄÖÜ]/.test( a ) )
			)
			.filter( ( alternatives ) => ! matches( corpus, alternatives ) )
			.map(
				( alternatives ) => `${ q.id }: ${ alternatives.join( ' | ' ) }`
			)
	);
	expect( absent ).toEqual( [] );
} );
