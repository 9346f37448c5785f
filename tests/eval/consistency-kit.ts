/**
 * What the dev sets' consistency tests (tests/eval/dev3 … dev15 *-consistency.test.ts) state
 * the same way for every shop, built on dev-set-checks.ts: the pins of the shop a set was
 * written against, the shape of the set itself, that the stored JSON is what the shop's
 * generator builds, and the look-ups the shop facts are stated with. What one shop alone
 * pins (its own products, orders and price helpers) stays in its own test.
 */
import {
	formatAmount,
	type CoffeeShop,
} from '../doubles/woocommerce/coffee-shop';
import * as checks from './dev-set-checks';
import { plainText } from './shop-facts';
import type { EvalQuestion } from './types';

/** What a dev set was written against: the shop's size, orders, pages, language and money. */
export interface ShopPins {
	products: number;
	variations: number;
	/** The orders are numbered 1 to this (left out where a shop numbers them otherwise). */
	ordersUpTo?: number;
	pages: number;
	lang: 'de' | 'en';
	currency?: { code: string; symbol?: string };
	/** An amount and how the shop writes it, e.g. [ '1249.00', '1.249,00' ]. */
	amount?: readonly [ string, string ];
	/** The order statuses the shop holds, sorted (every one a shopper may ask about if left out). */
	statuses?: readonly string[];
}

/** The shop is still the one the set was written against (and holds its order statuses). */
export function expectShopPins( shop: CoffeeShop, pins: ShopPins ) {
	expect( shop.products ).toHaveLength( pins.products );
	expect( checks.variationCount( shop ) ).toBe( pins.variations );
	if ( pins.ordersUpTo !== undefined ) {
		checks.expectOrdersNumberedUpTo( shop, pins.ordersUpTo );
	}
	checks.expectOrderStatuses( shop, pins.statuses );
	expect( shop.pages ).toHaveLength( pins.pages );
	expect( shop.lang ).toBe( pins.lang );
	if ( pins.currency ) {
		expect( shop.currency ).toMatchObject( pins.currency );
	}
	if ( pins.amount ) {
		const [ amount, written ] = pins.amount;
		expect( formatAmount( amount, shop.priceFormat ) ).toBe( written );
	}
}

/** The shape a dev set keeps: its size, its share of one language, its classes. */
export interface SetPins {
	atLeast: number;
	atMost?: number;
	/** The language, and the least and most share of the questions asked in it. */
	share: readonly [ 'de' | 'en', number, number ];
	/** Every class asked, in both languages (sorted; the first dev sets' classes if left out). */
	classes?: readonly string[];
	/** Every follow-up question has the conversation it follows up on. */
	followUps?: boolean;
}

/** No two questions share an id, and the set keeps its size, languages and classes. */
export function expectSetShape(
	questions: readonly EvalQuestion[],
	pins: SetPins
) {
	checks.expectUniqueIds( questions );
	expect( questions.length ).toBeGreaterThanOrEqual( pins.atLeast );
	if ( pins.atMost !== undefined ) {
		expect( questions.length ).toBeLessThanOrEqual( pins.atMost );
	}
	checks.expectLanguageShare( questions, ...pins.share );
	checks.expectEveryClass( questions, true, pins.classes );
	if ( pins.followUps ) {
		checks.expectFollowUpsInAConversation( questions );
	}
}

/**
 * The stored JSON is what the generator builds, so it is never rebuilt to make a question
 * pass.
 */
export function expectStoredAsBuilt( built: CoffeeShop, shop: CoffeeShop ) {
	expect( JSON.parse( JSON.stringify( built.products ) ) ).toEqual(
		shop.products
	);
	expect( [ ...built.variations.entries() ] ).toEqual( [
		...shop.variations.entries(),
	] );
	expect( built.orders ).toEqual( shop.orders );
	expect( built.pages ).toEqual( shop.pages );
}

/**
 * The look-ups a consistency test states the shop's facts with: a product by its name (with
 * its variations), its stock status, and its variations as rows of their options and the
 * fields asked for (a field a variation lacks reads null).
 */
export function shopLookups( shop: CoffeeShop ) {
	const product = checks.productsByName( shop );
	const stock = ( name: string ) =>
		( product( name ) as Record< string, unknown > ).stock_status;
	const grid = ( name: string, ...fields: string[] ) =>
		product( name ).variations.map( ( v ) => [
			checks.optionsOf( v ),
			...fields.map( ( field ) => v[ field ] ?? null ),
		] );
	/** The page with this slug, as the shopper reads it. */
	const page = ( slug: string ) =>
		plainText(
			shop.pages.find( ( p ) => p.slug === slug )!.content.rendered
		);
	return { product, stock, grid, page };
}
