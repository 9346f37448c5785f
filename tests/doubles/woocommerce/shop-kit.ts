/**
 * Small helpers every hand-built eval shop needs (seeded picks, money strings, slugs, stock
 * fields at the shop's odds, spec attributes, variable parents, WordPress pages, and storing
 * the shop once as JSON and loading it again). Whisker & Wag and Cairn & Crest build from
 * them; shop-builder-de.ts (Speiche & Kette, Beet & Spaten) re-exports them; Kaffeewerk
 * stores and loads through them. Any change here must leave every stored shop's `--write`
 * output byte-identical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CoffeeShop, WpPage } from './coffee-shop';
import type { WcProduct, WcVariation } from './server';

export type Random = () => number;

/** One element of a list, chosen by the seeded generator. */
export const pickOf = < T >( r: Random, list: readonly T[] ): T =>
	list[ Math.floor( r() * list.length ) ]!;

/** A whole number from min to max (both included) in steps of `step`. */
export const between = ( r: Random, min: number, max: number, step = 1 ) =>
	min + Math.floor( r() * ( ( max - min ) / step + 1 ) ) * step;

/** A WooCommerce decimal string: 24.9 → "24.90". */
export const money = ( value: number ) => value.toFixed( 2 );

/**
 * How a shop's stock is spread: the share out of stock, on backorder and counted (the
 * rest is not managed), and the most units a counted product has.
 */
export interface StockOdds {
	outOfStock: number;
	backorder: number;
	counted: number;
	most: number;
}

/** Stock as WooCommerce reports it: out of stock, backorder, counted, or not managed. */
export function stockFieldsAt(
	r: Random,
	odds: StockOdds
): Record< string, unknown > {
	const roll = r();
	if ( roll < odds.outOfStock ) {
		return {
			stock_status: 'outofstock',
			manage_stock: true,
			stock_quantity: 0,
		};
	}
	if ( roll < odds.backorder ) {
		return {
			stock_status: 'onbackorder',
			manage_stock: true,
			stock_quantity: 0,
			backorders: 'notify',
		};
	}
	if ( roll < odds.counted ) {
		return {
			stock_status: 'instock',
			manage_stock: true,
			stock_quantity: between( r, 1, odds.most ),
		};
	}
	return {
		stock_status: 'instock',
		manage_stock: false,
		stock_quantity: null,
	};
}

export type Spec = [ name: string, value: string ];

/** A product attribute shown on the product page (not used for variations). */
export function specAttribute( [ name, value ]: Spec, position: number ) {
	return {
		id: 0,
		name,
		position,
		visible: true,
		variation: false,
		options: [ value ],
	};
}

export interface Axis {
	name: string;
	options: Array< { label: string; factor: number } >;
}

/** One option of each axis: a variation's place in its product's grid. */
export type Combo = Array< { name: string; label: string; factor: number } >;

/** Every combination of the axes' options, in the order WooCommerce lists variations. */
export function combosOf( axes: Axis[] ): Combo[] {
	return axes.reduce< Combo[] >(
		( acc, axis ) =>
			acc.flatMap( ( combo ) =>
				axis.options.map( ( o ) => [
					...combo,
					{ name: axis.name, label: o.label, factor: o.factor },
				] )
			),
		[ [] ]
	);
}

/**
 * The variation of `base` at `combo`, as wc/v3 reports it: SKU and permalink from the
 * options' slugs (made by the shop's `slug`), its prices, its stock fields.
 * @param base           The variable product.
 * @param combo          Its option of each axis.
 * @param prices         Its prices.
 * @param prices.regular The regular price.
 * @param prices.sale    The sale price, or null when not on sale.
 * @param id             The variation's id.
 * @param stock          Its stock fields.
 * @param shop           How the shop makes slugs, and when its catalog was last modified.
 * @param shop.slug
 * @param shop.modified
 */
export function variationFor(
	base: WcProduct,
	combo: Combo,
	prices: { regular: number; sale: number | null },
	id: number,
	stock: Record< string, unknown >,
	shop: { slug: ( value: string ) => string; modified: string }
): WcVariation {
	const suffix = combo.map( ( c ) => shop.slug( c.label ) ).join( '-' );
	return {
		id,
		sku: `${ String( base.sku ) }-${ suffix }`.toUpperCase(),
		permalink: `${ String( base.permalink ) }?${ combo
			.map(
				( c ) =>
					`attribute_${ shop.slug( c.name ) }=${ encodeURIComponent( c.label ) }`
			)
			.join( '&' ) }`,
		description: '',
		price: money( prices.sale ?? prices.regular ),
		regular_price: money( prices.regular ),
		sale_price: prices.sale === null ? '' : money( prices.sale ),
		on_sale: prices.sale !== null,
		...stock,
		attributes: combo.map( ( c ) => ( {
			id: 0,
			name: c.name,
			option: c.label,
		} ) ),
		date_modified_gmt: shop.modified,
	};
}

/** Turns a product into the variable parent of `list`, as WooCommerce reports one. */
export function makeVariable(
	base: WcProduct,
	axes: Axis[],
	list: WcVariation[]
): void {
	const prices = list.map( ( v ) => Number( v.price ) );
	const specs = base.attributes as unknown[];
	Object.assign( base, {
		type: 'variable',
		price: money( Math.min( ...prices ) ),
		regular_price: '',
		sale_price: '',
		on_sale: list.some( ( v ) => v.on_sale ),
		manage_stock: false,
		stock_quantity: null,
		stock_status: list.some( ( v ) => v.stock_status !== 'outofstock' )
			? 'instock'
			: 'outofstock',
		attributes: [
			...specs,
			...axes.map( ( axis, i ) => ( {
				id: 0,
				name: axis.name,
				position: specs.length + i,
				visible: true,
				variation: true,
				options: axis.options.map( ( o ) => o.label ),
			} ) ),
		],
		variations: list.map( ( v ) => v.id ),
	} );
}

/** An ASCII slug as WordPress makes one from an English title ("&amp;" becomes "and"). */
export function slugify( value: string ): string {
	return value
		.toLowerCase()
		.replace( /&amp;|&/g, 'and' )
		.replace( /&[a-z]+;/g, '' )
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-|-$/g, '' );
}

/** A page as /wp-json/wp/v2/pages serves it, its title texturised like WordPress does. */
export function wpPage(
	storeUrl: string,
	page: { id: number; slug: string; title: string; html: string },
	modified = '2026-11-28T07:45:00'
): WpPage {
	return {
		id: page.id,
		slug: page.slug,
		link: `${ storeUrl }/${ page.slug }/`,
		modified_gmt: modified,
		title: {
			rendered: page.title
				.replace( /&/g, '&#038;' )
				.replace( /–/g, '&#8211;' ),
		},
		content: { rendered: page.html, protected: false },
	};
}

type Stored = Omit< CoffeeShop, 'variations' | 'notes' | 'details' > & {
	variations: Array< [ number, unknown[] ] >;
	notes: Array< [ number, unknown[] ] >;
	details: Array< [ number, string ] >;
};

/** A shop stored by writeShopSnapshot, with its maps rebuilt. */
export function loadShopSnapshot( file: string ): CoffeeShop {
	const stored = JSON.parse( readFileSync( file, 'utf8' ) ) as Stored;
	return {
		...stored,
		variations: new Map( stored.variations ) as CoffeeShop[ 'variations' ],
		notes: new Map( stored.notes ) as CoffeeShop[ 'notes' ],
		details: new Map( stored.details ),
	};
}

/** Stores a built shop as JSON (maps as entry lists), the way the eval loads it. */
export function writeShopSnapshot( file: string, shop: CoffeeShop ): void {
	const stored: Stored = {
		...shop,
		variations: [ ...shop.variations.entries() ],
		notes: [ ...shop.notes.entries() ],
		details: [ ...shop.details.entries() ],
	};
	writeFileSync( file, `${ JSON.stringify( stored, null, 1 ) }\n` );
}
