/**
 * Equivalent forms a right reply may use, for the dev and generated sets (the frozen set
 * keeps its own copy so that nothing outside it can change it).
 */
import type { Matcher } from './types';

export const NOT_FOUND = [
	"couldn't find",
	'could not find',
	"can't find",
	'no information',
	'konnte ich nicht finden',
	'nicht gefunden',
	'nichts gefunden',
	'keine informationen',
];
export const PERSON: Matcher = [
	'person',
	'human',
	'colleague',
	'team',
	'staff',
	'someone',
	'mitarbeiter',
	'kolleg',
	'mensch',
	'ansprechpartner',
	'weiterleiten',
];
export const IN_STOCK = [
	'in stock',
	'available',
	'auf lager',
	'vorrätig',
	'verfügbar',
	'lieferbar',
];
export const OUT_OF_STOCK = [
	'out of stock',
	'sold out',
	'not available',
	'unavailable',
	'not in stock',
	'nicht auf lager',
	'ausverkauft',
	'nicht vorrätig',
	'nicht verfügbar',
	'nicht lieferbar',
	'vergriffen',
];
export const BACKORDER = [
	'backorder',
	'back order',
	'pre-order',
	'can be ordered',
	'rückstand',
	'vorbestell',
	'nachbestell',
	'nachgeliefert',
	'bestellbar',
];
export const CANNOT_VERIFY = [
	"can't verify",
	'cannot verify',
	"couldn't verify",
	'could not verify',
	'unable to verify',
	"couldn't find an order",
	'could not find an order',
	'no order',
	'does not match',
	"doesn't match",
	'nicht verifizieren',
	'nicht überprüfen',
	'nicht bestätigen',
	'keine bestellung',
	'nicht finden',
	'passt nicht',
	'stimmt nicht',
];
export const ASK_EMAIL = [ 'e-mail', 'email' ];
export const STATUS: Record< string, string[] > = {
	processing: [
		'processing',
		'being processed',
		'in bearbeitung',
		'bearbeitet',
	],
	completed: [ 'completed', 'complete', 'abgeschlossen', 'fertiggestellt' ],
	'on-hold': [
		'on hold',
		'on-hold',
		'wartestellung',
		'angehalten',
		'zurückgestellt',
	],
	pending: [
		'pending',
		'awaiting payment',
		'ausstehend',
		'wartet auf zahlung',
	],
	cancelled: [ 'cancelled', 'canceled', 'storniert' ],
	refunded: [ 'refunded', 'erstattet' ],
};

/** What a stock reply must and must not say, from WooCommerce's stock fields. */
export function stockExpectation( item: Record< string, unknown > ): {
	mustContain: Matcher[];
	mustNotContain: Matcher[];
} {
	if ( item.stock_status === 'outofstock' ) {
		return { mustContain: [ OUT_OF_STOCK ], mustNotContain: NOT_FOUND };
	}
	if ( item.stock_status === 'onbackorder' ) {
		return { mustContain: [ BACKORDER ], mustNotContain: NOT_FOUND };
	}
	const counted =
		item.manage_stock === true && typeof item.stock_quantity === 'number';
	return {
		mustContain: counted
			? [ IN_STOCK, String( item.stock_quantity ) ]
			: [ IN_STOCK ],
		mustNotContain: [ ...NOT_FOUND, ...OUT_OF_STOCK ],
	};
}

/**
 * What a stock reply must and must not say, as the `mustContain` and `mustNotContain` of one
 * question (spread into it): in stock, with the count where the shop counts it, and never
 * "sold out" nor "not found"; sold out; on backorder.
 * @param count the stock count the reply must give, where the shop counts it
 */
export const inStock = (
	count?: number | string
): [ Matcher[], Matcher[] ] => [
	count === undefined ? [ IN_STOCK ] : [ IN_STOCK, String( count ) ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK ],
];
export const soldOut: [ Matcher[], Matcher[] ] = [
	[ OUT_OF_STOCK ],
	NOT_FOUND,
];
export const backorder: [ Matcher[], Matcher[] ] = [ [ BACKORDER ], NOT_FOUND ];
