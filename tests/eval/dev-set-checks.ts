/**
 * The checks every hand-written dev set's consistency test makes (the *-consistency tests
 * in tests/eval/dev2-dev5 and consistency.test.ts), without asking the responder: the set's
 * shape (unique ids, every class, both languages) and that every concrete fact it expects
 * is in the shop's own data (shop-facts.ts), so a typo in an expectation fails here instead
 * of failing the responder.
 */
import type { CoffeeShop } from '../doubles/woocommerce/coffee-shop';
import { matches } from './scoring';
import { absentFacts, plainText, shopText } from './shop-facts';
import type { EvalQuestion } from './types';

/** The shop's products by their exact name as the shopper reads it, with their variations. */
export function productsByName( shop: CoffeeShop ) {
	return ( name: string ) => {
		const found = shop.products.find(
			( p ) => plainText( p.name ) === name
		);
		if ( ! found ) {
			throw new Error( `no product ${ name }` );
		}
		return {
			...found,
			variations: shop.variations.get( found.id ) ?? [],
		};
	};
}

/** A variation's options as the shop lists them ('15 m', 'Blue, M'). */
export const optionsOf = ( variation: Record< string, unknown > ) =>
	( variation.attributes as Array< { option: string } > )
		.map( ( a ) => a.option )
		.join( ', ' );

/** The shop's order with this number, with its billing e-mail address. */
export function orderNumbered( shop: CoffeeShop, number: string ) {
	const order = shop.orders.find( ( o ) => o.number === number )!;
	const email = ( order.billing as { email: string } ).email;
	return { ...order, email } as typeof order & { email: string };
}

/** How many variations the shop's variable products have together. */
export function variationCount( shop: CoffeeShop ): number {
	return [ ...shop.variations.values() ].reduce(
		( n, l ) => n + l.length,
		0
	);
}

/** The shop's orders are numbered 1 to `count`. */
export function expectOrdersNumberedUpTo( shop: CoffeeShop, count: number ) {
	expect( shop.orders.map( ( o ) => o.number ) ).toEqual(
		Array.from( { length: count }, ( _, i ) => String( i + 1 ) )
	);
}

/** Every order status a shopper may ask about, in sorted order. */
export const ORDER_STATUSES = [
	'cancelled',
	'completed',
	'on-hold',
	'pending',
	'processing',
	'refunded',
];

/**
 * The shop's orders hold exactly these statuses.
 * @param shop
 * @param statuses sorted; every status a shopper may ask about if left out
 */
export function expectOrderStatuses(
	shop: CoffeeShop,
	statuses: readonly string[] = ORDER_STATUSES
) {
	expect(
		[ ...new Set( shop.orders.map( ( o ) => o.status ) ) ].sort()
	).toEqual( statuses );
}

/** The shop's orders hold every status a shopper may ask about. */
export function expectEveryOrderStatus( shop: CoffeeShop ) {
	expectOrderStatuses( shop, ORDER_STATUSES );
}

/** No two questions share an id. */
export function expectUniqueIds( questions: readonly EvalQuestion[] ) {
	const ids = new Set( questions.map( ( q ) => q.id ) );
	expect( ids.size ).toBe( questions.length );
}

/** The share of the questions asked in `lang` lies between `min` and `max`. */
export function expectLanguageShare(
	questions: readonly EvalQuestion[],
	lang: 'de' | 'en',
	min: number,
	max: number
) {
	const asked = questions.filter( ( q ) => q.lang === lang ).length;
	expect( asked / questions.length ).toBeGreaterThanOrEqual( min );
	expect( asked / questions.length ).toBeLessThanOrEqual( max );
}

/** The classes every dev set asks: the shop's facts, its orders and pages, search, the unknown. */
const EVERY_SET_CLASSES = [
	'contact',
	'order',
	'policy',
	'price',
	'search',
	'spec',
	'stock',
	'unknown',
	'variation',
];

/** The classes of questions of the first dev sets (dev2–dev5), in sorted order. */
export const FIRST_DEV_CLASSES = [
	...EVERY_SET_CLASSES,
	'handoff',
	'language',
].sort();

/**
 * The classes of the later dev sets (dev6 on), which also compare products, follow up on an
 * earlier turn and ask for what the shop does not sell, in sorted order.
 */
export const CONVERSATION_CLASSES = [
	...EVERY_SET_CLASSES,
	'absent',
	'compare',
	'followup',
].sort();

/**
 * Every class of question is asked (`classes`, sorted); with `bothLanguages`, in German and
 * in English.
 */
export function expectEveryClass(
	questions: readonly EvalQuestion[],
	bothLanguages = true,
	classes: readonly string[] = FIRST_DEV_CLASSES
) {
	const categories = [
		...new Set( questions.map( ( q ) => q.category ) ),
	].sort();
	expect( categories ).toEqual( classes );
	if ( ! bothLanguages ) {
		return;
	}
	for ( const category of categories ) {
		const langs = new Set(
			questions
				.filter( ( q ) => q.category === category )
				.map( ( q ) => q.lang )
		);
		expect( [ category, [ ...langs ].sort() ] ).toEqual( [
			category,
			[ 'de', 'en' ],
		] );
	}
}

/**
 * Every concrete fact the questions expect is in the shop's text; `absentPrice`, a price in
 * the shop's format that it does not sell at, shows the text is not matching everything.
 */
export function expectFactsInShop(
	shop: CoffeeShop,
	questions: readonly EvalQuestion[],
	absentPrice: string
) {
	const corpus = shopText( shop );
	expect( matches( corpus, absentPrice ) ).toBe( false );
	expect( absentFacts( questions, corpus ) ).toEqual( [] );
}

/** Every follow-up question comes after at least one earlier turn. */
export function expectFollowUpsInAConversation(
	questions: readonly EvalQuestion[]
) {
	expect(
		questions
			.filter( ( q ) => q.category === 'followup' )
			.every( ( q ) => ( q.before ?? [] ).length > 0 )
	).toBe( true );
}
