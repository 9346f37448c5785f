/**
 * What a hand-written dev set can be checked against without asking the responder: the
 * shop's own data as one text (products and variations with their descriptions as text and
 * their prices in the shop's format, orders, customer notes, pages), and the concrete facts
 * a set expects that this text does not hold. Used by the consistency tests of the dev sets
 * in dev2-dev5 (Cairn & Crest, Beet & Spaten, Whisker & Wag, Speiche & Kette).
 */
import { convert } from 'html-to-text';
import {
	formatAmount,
	type CoffeeShop,
} from '../doubles/woocommerce/coffee-shop';
import { matches } from './scoring';
import type { EvalQuestion } from './types';

/** HTML as the shopper reads it. */
export function plainText( html: unknown ): string {
	return convert( String( html ?? '' ), { wordwrap: false } );
}

/** Everything the shop states, as one text. */
export function shopText( shop: CoffeeShop ): string {
	const money = ( value: unknown ) =>
		value ? formatAmount( String( value ), shop.priceFormat ) : '';
	const items = [
		...shop.products,
		...[ ...shop.variations.values() ].flat(),
	];
	return [
		...items.flatMap( ( p ) => [
			JSON.stringify( p ),
			plainText( p.name ),
			plainText( p.description ),
			plainText( p.short_description ),
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
			plainText( p.title.rendered ),
			plainText( p.content.rendered ),
		] ),
	].join( '\n' );
}

/**
 * The concrete facts (string matchers with a digit or a capital letter: prices, specs with
 * units, stock levels, tracking numbers, phone numbers, names) that none of whose
 * alternatives is in the shop's text, as "id: alternatives".
 */
export function absentFacts(
	questions: readonly EvalQuestion[],
	corpus: string
): string[] {
	return questions.flatMap( ( q ) =>
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
}
