/**
 * Small helpers every hand-built eval shop needs (seeded picks, money strings, slugs and
 * entities, stock fields at the shop's odds, spec attributes, variable parents, WordPress
 * pages, the shop's assembly, and storing it once as JSON and loading it again). Where they
 * sit: this file; catalog-kit.ts (records, taxonomy, prices); family-catalog.ts (the catalog
 * of a shop built from product families); order-kit.ts (orders and notes);
 * shop-builder-de.ts (what the German shops add). Any change here must leave every stored
 * shop's `--write` output byte-identical.
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
 * rest is not managed), and the most units a counted product has. Each share is the roll
 * below which it applies, so they rise in that order.
 */
export interface StockOdds {
	outOfStock: number;
	backorder: number;
	/** Where given, the counted products below it are low on stock (1 to 3 units), the rest hold 4 or more. */
	low?: number;
	counted: number;
	most: number;
}

export type StockFields = Record< string, unknown >;

/**
 * The four ways WooCommerce reports a product's stock, as every shop writes them (fresh
 * objects, so that a record never shares one with another).
 */
export const stockState = {
	soldOut: (): StockFields => ( {
		stock_status: 'outofstock',
		manage_stock: true,
		stock_quantity: 0,
	} ),
	backorder: (): StockFields => ( {
		stock_status: 'onbackorder',
		manage_stock: true,
		stock_quantity: 0,
		backorders: 'notify',
	} ),
	counted: ( quantity: number ): StockFields => ( {
		stock_status: 'instock',
		manage_stock: true,
		stock_quantity: quantity,
	} ),
	unmanaged: (): StockFields => ( {
		stock_status: 'instock',
		manage_stock: false,
		stock_quantity: null,
	} ),
};

/** The most units a product low on stock has (StockOdds.low). */
export const LOW_STOCK = 3;

/** Stock as WooCommerce reports it: out of stock, backorder, counted (low), or not managed. */
export function stockFieldsAt( r: Random, odds: StockOdds ): StockFields {
	const roll = r();
	if ( roll < odds.outOfStock ) {
		return stockState.soldOut();
	}
	if ( roll < odds.backorder ) {
		return stockState.backorder();
	}
	if ( odds.low !== undefined && roll < odds.low ) {
		return stockState.counted( between( r, 1, LOW_STOCK ) );
	}
	if ( roll < odds.counted ) {
		const fewest = odds.low === undefined ? 1 : LOW_STOCK + 1;
		return stockState.counted( between( r, fewest, odds.most ) );
	}
	return stockState.unmanaged();
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

/** An axis's options: each label with its price factor (1 where none is given). */
export const axisOptions = ( labels: string[], factors: number[] = [] ) =>
	labels.map( ( label, i ) => ( { label, factor: factors[ i ] ?? 1 } ) );

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

/**
 * The entities editors and imports leave in a shop's HTML, by character: the named one where
 * HTML has one, else the number WordPress writes.
 */
const ENTITY: Record< string, string > = {
	ä: '&auml;',
	ö: '&ouml;',
	ü: '&uuml;',
	Ä: '&Auml;',
	Ö: '&Ouml;',
	Ü: '&Uuml;',
	ß: '&szlig;',
	'€': '&euro;',
	'£': '&pound;',
	'–': '&ndash;',
	'×': '&times;',
	'°': '&deg;',
	'²': '&sup2;',
	'½': '&frac12;',
	'⅓': '&#8531;',
	'«': '&laquo;',
	'»': '&raquo;',
	'„': '&#8222;',
	'“': '&#8220;',
	'’': '&#8217;',
	'"': '&quot;',
};

/** Each entity the shops write (ENTITY's, "&amp;" and "&oacute;"), with its character. */
const CHARACTER: Record< string, string > = Object.fromEntries(
	Object.entries( { ...ENTITY, '&': '&amp;', ó: '&oacute;' } ).map(
		( [ character, entity ] ) => [ entity, character ]
	)
);

/**
 * A name or text as the shopper reads it: the entities the shops write as their characters
 * (one pass, so "&amp;amp;" reads "&amp;"), for slugs, alt texts and finding a product by the
 * name an order gives.
 * @param html a product's name or other text as the shop stores it
 */
export const readable = ( html: unknown ) =>
	String( html ).replace(
		/&(?:#\d+|[a-z]+\d*);/gi,
		( entity ) => CHARACTER[ entity ] ?? entity
	);

/**
 * A shop's way of writing characters as entities in its HTML.
 * @param which   the characters (and places) the shop writes as entities: a global pattern
 * @param spelled the entities the shop spells otherwise than ENTITY ('„' as "&bdquo;")
 */
export function entityWriter(
	which: RegExp,
	spelled: Record< string, string > = {}
): ( html: string ) => string {
	const table = { ...ENTITY, ...spelled };
	return ( html ) => html.replace( which, ( c ) => table[ c ]! );
}

/**
 * An ASCII slug as WordPress makes one from a name with accents and apostrophes: accents
 * dropped ("Crêpe" → "crepe", "Báinín" → "bainin"), apostrophes and quotes dropped
 * ("Chef’s" → "chefs"), "&" as "and".
 */
export const asciiSlug = ( text: string ) =>
	text
		.normalize( 'NFD' )
		.replace( /[\u0300-\u036f]/g, '' )
		.toLowerCase()
		.replace( /[’'"]/g, '' )
		.replace( /&/g, 'and' )
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-|-$/g, '' );

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

/**
 * A shop's page maker: each page at the shop's URL and date, its HTML written with the shop's
 * entities unless the page is passed `false` (written as is).
 * @param storeUrl the shop's URL
 * @param modified when its pages were last modified
 * @param entities how it writes entities (none: the HTML as is)
 */
export const pageWriter =
	(
		storeUrl: string,
		modified: string,
		entities: ( html: string ) => string = ( html ) => html
	) =>
	(
		id: number,
		slug: string,
		title: string,
		html: string,
		withEntities = true
	): WpPage =>
		wpPage(
			storeUrl,
			{ id, slug, title, html: withEntities ? entities( html ) : html },
			modified
		);

/**
 * How the English-language doubles are paid (ShopFacts.paymentMethods): the cards, wallets
 * and Klarna a British or Irish shop takes, and the cards an American shop takes with the
 * one wallet it adds (fresh lists, so that no two shops share one).
 */
export const paymentMethods = {
	britishOrIrish: () => [
		'Visa',
		'Mastercard',
		'American Express',
		'PayPal',
		'Apple Pay',
		'Google Pay',
		'Klarna',
	],
	american: ( wallet: string ) => [
		'Visa',
		'Mastercard',
		'American Express',
		'Discover',
		'PayPal',
		'Apple Pay',
		wallet,
	],
};

/**
 * A shop as the eval serves it, from its catalog, its orders and the rest, in the order of
 * CoffeeShop's fields in the stored JSON (`rest` lists currency, priceFormat, pages, facts).
 */
export function shopFrom(
	about: Pick< CoffeeShop, 'name' | 'storeUrl' | 'lang' >,
	built: Pick< CoffeeShop, 'products' | 'variations' | 'details' >,
	sales: Pick< CoffeeShop, 'orders' | 'notes' >,
	rest: Pick< CoffeeShop, 'currency' | 'priceFormat' | 'pages' | 'facts' >
): CoffeeShop {
	return {
		...about,
		products: built.products,
		variations: built.variations,
		orders: sales.orders,
		notes: sales.notes,
		...rest,
		details: built.details,
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

/**
 * The loader of a shop stored as JSON. Run as a script with `--write`
 * (`npx tsx tests/doubles/woocommerce/<shop>.ts --write`), the shop's module first stores the
 * shop built afresh from its seed; nothing else ever rebuilds it.
 * @param file   where the shop is stored
 * @param build  builds it
 * @param script the shop's module (`module`)
 */
export function storedShop(
	file: string,
	build: () => CoffeeShop,
	script: NodeModule
): () => CoffeeShop {
	if ( require.main === script && process.argv.includes( '--write' ) ) {
		writeShopSnapshot( file, build() );
	}
	return () => loadShopSnapshot( file );
}
