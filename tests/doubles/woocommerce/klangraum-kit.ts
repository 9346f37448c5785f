/**
 * The building blocks of Klangraum (klangraum.ts), a Swiss hi-fi shop: numbers and prices
 * as a Swiss shop writes them (decimal comma in specifications, "CHF 1'249.00" for money,
 * prices rounded to whole francs or 50/90 Rappen), HTML entities as Swiss editors leave them
 * (no ß: Swiss German writes "ss"), stock as WooCommerce reports it, and the shape of one
 * product family.
 */
import type { PriceFormat } from './coffee-shop';
import {
	drawnTexts,
	type OneNounFamily,
	type ShortSpecial,
} from './family-catalog';
import {
	between,
	entityWriter,
	LOW_STOCK,
	pickOf,
	stockFieldsAt,
	type Random,
} from './shop-kit';

export { between, money, pickOf, type Random } from './shop-kit';

export type Spec = [ name: string, value: string ];

/** WooCommerce's currency options for a Swiss shop: "CHF 1'249.00". */
export const SWISS_PRICE_FORMAT: PriceFormat = {
	currency: 'CHF',
	currency_pos: 'left_space',
	thousand_sep: "'",
	decimal_sep: '.',
	num_decimals: 2,
};

/** data/currencies/current as WooCommerce answers it for CHF (its symbol is entity-coded). */
export const SWISS_CURRENCY = {
	code: 'CHF',
	name: 'Swiss franc',
	symbol: '&#67;&#72;&#70;',
};

/** A number in a Swiss specification: 1'200 / 5,8 / 0,25. */
export function chNumber( value: number, decimals = 0 ): string {
	const [ whole, fraction ] = value.toFixed( decimals ).split( '.' );
	const grouped = whole!.replace( /\B(?=(\d{3})+(?!\d))/g, "'" );
	return fraction ? `${ grouped },${ fraction }` : grouped;
}

/** A Swiss shop price: whole francs above 200 (1'249.00), 50 or 90 Rappen below. */
export function swissRound( value: number ): number {
	if ( value >= 200 ) {
		return Math.round( value / 10 ) * 10 - 1;
	}
	const whole = Math.floor( value );
	return whole + ( value - whole < 0.5 ? 0.5 : 0.9 );
}

export function swissPrice( r: Random, min: number, max: number ): number {
	return swissRound( between( r, min, max ) );
}

const writeEntities = entityWriter( /[äöüÄÖÜ–×«»²⅓]/g );

/** Writes some characters as entities and unit spaces as &nbsp;, as editors leave them. */
export function chEntities( html: string ): string {
	return writeEntities( html ).replace(
		/(\d) (W|Ohm|Hz|kHz|dB|kg|g|cm|mm|m|Stunden)\b/g,
		'$1&nbsp;$2'
	);
}

// The German slug (Swiss German has no ß, so the shops' slugs agree).
export { slugify } from './shop-builder-de';

/** Dates a backordered item is expected, as the shop writes them. */
export const RESTOCK_DATES = [
	'15. Januar 2027',
	'22. Januar 2027',
	'5. Februar 2027',
	'Mitte Februar 2027',
];

/**
 * Stock as WooCommerce reports it (stockFieldsAt), with what Klangraum's records add: "no
 * backorders" on a product sold out, the date the shop writes as "Lieferbar ab …" on one on
 * backorder (drawn after the stock), and the low-stock threshold on one low on stock.
 */
export function stockFields( r: Random ): {
	fields: Record< string, unknown >;
	restock?: string;
} {
	const fields = stockFieldsAt( r, {
		outOfStock: 0.12,
		backorder: 0.2,
		low: 0.3,
		counted: 0.75,
		most: 25,
	} );
	if ( fields.stock_status === 'outofstock' ) {
		return { fields: { ...fields, backorders: 'no' } };
	}
	if ( fields.stock_status === 'onbackorder' ) {
		return { fields, restock: pickOf( r, RESTOCK_DATES ) };
	}
	const quantity = fields.stock_quantity as number | null;
	if ( quantity !== null && quantity <= LOW_STOCK ) {
		return { fields: { ...fields, low_stock_amount: LOW_STOCK } };
	}
	return { fields };
}

export interface Axis {
	name: string;
	options: Array< { label: string; factor: number } >;
}

export const axis = (
	name: string,
	labels: string[],
	factors: number[] = []
): Axis => ( {
	name,
	options: labels.map( ( label, i ) => ( {
		label,
		factor: factors[ i ] ?? 1,
	} ) ),
} );

export const COLOURS = [ 'Schwarz', 'Weiss', 'Nussbaum' ];
export const LENGTHS = [ '1 m', '2 m', '5 m' ];

/** One product family: a noun, its category, brands, prices, specifications and variations. */
export interface Family extends OneNounFamily {
	brands: string[];
	/** What the price covers, said in the description ("Preis pro Paar"). */
	unit?: string;
}

/** A special product, written out in full (vouchers, service products, accessories). */
export interface Special extends ShortSpecial {
	sku: string;
}

/**
 * A family's spec rows and detail sentences with their drawn parts in braces (drawnTexts),
 * drawn decimals written the Swiss way (1,4).
 */
export const { specTable, oneOf } = drawnTexts( chNumber );

/** The family's products have `axes` at these odds (drawn per product), else none. */
export const sometimes =
	( odds: number, ...axes: Axis[] ) =>
	( r: Random ) =>
		r() < odds ? axes : [];
