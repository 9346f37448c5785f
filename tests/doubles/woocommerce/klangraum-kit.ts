/**
 * The building blocks of Klangraum (klangraum.ts), a Swiss hi-fi shop: numbers and prices
 * as a Swiss shop writes them (decimal comma in specifications, "CHF 1'249.00" for money,
 * prices rounded to whole francs or 50/90 Rappen), HTML entities as Swiss editors leave them
 * (no ß: Swiss German writes "ss"), stock as WooCommerce reports it, and the shape of one
 * product family.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
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

const familyData = z.strictObject( {
	key: z.string(),
	noun: z.string(),
	category: z.string(),
	tags: z.array( z.string() ),
	brands: z.array( z.string() ),
	price: z.tuple( [ z.number(), z.number() ] ),
	blurb: z.string(),
	unit: z.string().optional(),
	/** specTable's rows; `{ "row": name }` stands for a row too odd to write as text. */
	specs: z.array(
		z.union( [ z.string(), z.strictObject( { row: z.string() } ) ] )
	),
	/** oneOf's sentences. */
	detail: z.array( z.string() ),
	/** axis()'s arguments, one axis each. */
	axes: z
		.array(
			z.strictObject( {
				name: z.string(),
				labels: z.array( z.string() ),
				factors: z.array( z.number() ).optional(),
			} )
		)
		.optional(),
	/** With axes: the odds that a product has them (sometimes); without it, always. */
	odds: z.number().optional(),
} );

/**
 * Families stored as data (klangraum-gear-families.json …): one list per name, each family
 * written as its texts, and turned here into a Family with the same helpers a family
 * written in TypeScript calls (specTable, oneOf, axis, sometimes), so the draws are the same.
 * @param file  the JSON file's path
 * @param names the lists it holds, and no other
 * @param rows  the spec rows too odd to write as text, by the name the file gives them
 */
export function familiesFrom< Name extends string >(
	file: string,
	names: readonly Name[],
	rows: Record< string, ( r: Random ) => Spec > = {}
): Record< Name, Family[] > {
	const parsed = z
		.strictObject(
			Object.fromEntries(
				names.map( ( name ) => [ name, z.array( familyData ) ] )
			)
		)
		.parse( JSON.parse( readFileSync( file, 'utf8' ) ) ) as Record<
		Name,
		Array< z.output< typeof familyData > >
	>;
	const rowOf = ( row: string | { row: string } ) => {
		if ( typeof row === 'string' ) {
			return row;
		}
		const written = rows[ row.row ];
		if ( ! written ) {
			throw new Error( `${ file }: no spec row named ${ row.row }` );
		}
		return written;
	};
	const family = ( {
		specs,
		detail,
		axes,
		odds,
		...rest
	}: z.output< typeof familyData > ): Family => {
		const written: Family = {
			...rest,
			specs: specTable( ...specs.map( rowOf ) ),
			detail: oneOf( ...detail ),
		};
		if ( axes === undefined ) {
			return written;
		}
		const drawn = () =>
			axes.map( ( { name, labels, factors } ) =>
				axis( name, labels, factors )
			);
		return {
			...written,
			axes: odds === undefined ? drawn : sometimes( odds, ...drawn() ),
		};
	};
	return Object.fromEntries(
		names.map( ( name ) => [ name, parsed[ name ].map( family ) ] )
	) as Record< Name, Family[] >;
}
