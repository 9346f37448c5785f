/**
 * Copper & Cast, an eval shop: an ENGLISH-language cookware and kitchen-tools shop in
 * Portland, Oregon, priced in US dollars the way WooCommerce formats them for the US
 * ("$1,234.50": currency left without a space, comma thousands, dot decimals; the currency
 * symbol served as "&#36;"). Built ONCE from seed 5031 by
 * `npx tsx tests/doubles/woocommerce/copper-cast.ts --write` and stored in copper-cast.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev6/) were written from
 * that JSON, blind to the responder, before it was ever asked one of them. Never rebuild the
 * JSON to make a question pass.
 *
 * What it holds, on purpose:
 * - 14 families (cast iron, carbon steel, tri-ply stainless, copper, enameled cast iron,
 *   stockpots, knives, knife sets, cutting boards, bakeware, tools, woks, griddles, roasters)
 *   with imperial units and sometimes metric (inches and cm, quarts and liters, lbs, oz, °F),
 *   one fact per product stated only in the long description, SKUs, categories and tags;
 * - variable products (diameter 8"/10"/12", capacity in quarts, enamel colour, knife-set
 *   size, board size, apron colour, gift card amount) whose variations carry their own
 *   prices, sale prices and stock;
 * - sale prices, out of stock, backorder, low stock (1–3), managed and unmanaged stock;
 * - HTML entities in names and descriptions (&amp; &#8217; &quot; &deg; &ndash;);
 * - 10 pages and 15 orders (1–12, 1045, 2210, 10387) in six statuses.
 */
import * as kit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import { US_PRICE_FORMAT } from './cairncrest';
import type { CoffeeShop } from './coffee-shop';
import { buildOrders, buildPages, FACTS, STORE_URL } from './copper-cast-pages';
import { COOKWARE_FAMILIES, type Spec } from './copper-cast-range';
import { SPECIALS } from './copper-cast-specials';
import { TOOL_FAMILIES } from './copper-cast-tools';
import type { WcProduct, WcVariation } from './server';
import {
	between,
	combosOf,
	entityWriter,
	pickOf,
	shopFrom,
	specAttribute,
	storedShop,
	variationFor,
	type Combo,
	type Random,
} from './shop-kit';

const SNAPSHOT = path.join( __dirname, 'copper-cast.json' );
export const COPPER_CAST_SEED = 5031;
const FAMILY_PRODUCTS = 112;
const FAMILIES = [ ...COOKWARE_FAMILIES, ...TOOL_FAMILIES ];

/** Portland's alphabet streets and landmarks. */
const MODELS = (
	'Burnside Couch Davis Everett Flanders Glisan Hoyt Irving Johnson Kearney Lovejoy ' +
	'Marshall Northrup Overton Pettygrove Quimby Raleigh Savier Thurman Upshur Vaughn ' +
	'Wilson York Hawthorne Belmont Alberta Sellwood Tabor Multnomah Willamette Cascade'
).split( ' ' );

/** Characters an editor leaves as entities in English HTML text. */
export const withEntities = entityWriter( /[°–"’]/g );

/** The name as the shopper reads it. */
const plain = ( html: string ) =>
	html
		.replace( /&#8217;/g, '’' )
		.replace( /&quot;/g, '"' )
		.replace( /&amp;/g, '&' );

/** An ASCII slug as WordPress makes one ("Crêpe" → "crepe", "Chef’s" → "chefs"). */
function slug( name: string ): string {
	return plain( name )
		.normalize( 'NFD' )
		.replace( /[\u0300-\u036f]/g, '' )
		.toLowerCase()
		.replace( /[’'"]/g, '' )
		.replace( /&/g, 'and' )
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-|-$/g, '' );
}

/** A US shelf price: .95, .99 or .00. */
function shopPrice( r: Random, min: number, max: number ): number {
	return between( r, min, max ) - pickOf( r, [ 0.05, 0.01, 0, 0.05 ] );
}

function stockFields( r: Random ) {
	const roll = r();
	if ( roll < 0.11 ) {
		return {
			stock_status: 'outofstock',
			manage_stock: true,
			stock_quantity: 0,
		};
	}
	if ( roll < 0.18 ) {
		return {
			stock_status: 'onbackorder',
			manage_stock: true,
			stock_quantity: 0,
			backorders: 'notify',
		};
	}
	if ( roll < 0.3 ) {
		return {
			stock_status: 'instock',
			manage_stock: true,
			stock_quantity: between( r, 1, 3 ),
		};
	}
	if ( roll < 0.72 ) {
		return {
			stock_status: 'instock',
			manage_stock: true,
			stock_quantity: between( r, 4, 60 ),
		};
	}
	return {
		stock_status: 'instock',
		manage_stock: false,
		stock_quantity: null,
	};
}

/** A variation of `base` as wc/v3 reports it, at the shop's stock odds. */
const variation = (
	r: Random,
	base: WcProduct,
	combo: Combo,
	regular: number,
	sale: number | null,
	id: number
): WcVariation =>
	variationFor( base, combo, { regular, sale }, id, stockFields( r ), {
		slug,
		modified: '2026-12-04T16:20:00',
	} );

function describe( blurb: string, specs: Spec[], detail: string ): string {
	const rows = specs
		.map(
			( [ name, value ] ) =>
				`<tr><th>${ withEntities( name ) }</th><td>${ withEntities( value ) }</td></tr>`
		)
		.join( '' );
	return `<p>${ blurb } ${ detail }</p>\n<h4>Specifications</h4>\n<table><tbody>${ rows }</tbody></table>`;
}

function buildCatalog( r: Random ): kit.Built {
	const shop = kit.catalogOf();
	const { details } = shop.built;
	const used = new Set< string >();
	let variationId = 9100;
	const { category, tags } = kit.taxonomy(
		kit.categoriesOf( FAMILIES, SPECIALS ),
		{ category: 60, tag: 900 },
		slug,
		false
	);
	const product = (
		id: number,
		name: string,
		sku: string,
		categoryName: string,
		tagNames: string[],
		description: string,
		short: string,
		specs: Spec[]
	): WcProduct => ( {
		id,
		name,
		slug: slug( name ),
		permalink: `${ STORE_URL }/product/${ slug( name ) }/`,
		type: 'simple',
		status: 'publish',
		sku,
		description,
		short_description: `<p>${ short }</p>`,
		categories: [ category( categoryName ) ],
		tags: tags( tagNames ),
		images: [
			{
				id: id * 10,
				src: `${ STORE_URL }/wp-content/uploads/2026/09/${ slug( name ) }.jpg`,
				name: slug( name ),
				alt: plain( name ),
			},
		],
		attributes: specs.map( specAttribute ),
		variations: [] as number[],
		date_modified_gmt: '2026-12-04T16:20:00',
	} );

	for ( let index = 0; index < FAMILY_PRODUCTS; index++ ) {
		const id = 2001 + index;
		const family = FAMILIES[ index % FAMILIES.length ]!;
		let noun = '';
		const name = kit.uniqueName( used, ( a ) => {
			noun = pickOf( r, family.nouns );
			return `${ pickOf( r, MODELS ) } ${ noun }${ a > 4 ? ` ${ id }` : '' }`;
		} );
		const specs = family.specs( r, noun );
		const detail = family.detail( r, noun );
		const regular = shopPrice( r, family.price[ 0 ], family.price[ 1 ] );
		const onSale = r() < 0.2;
		const sale = onSale ? Math.round( regular * 0.8 ) - 0.05 : null;
		const base = product(
			id,
			name,
			`CC-${ family.key.toUpperCase() }-${ id }`,
			family.category,
			family.tags,
			describe( family.blurb, specs, detail ),
			family.blurb,
			specs
		);
		details.set( id, detail );
		if ( ! family.axes ) {
			shop.simple(
				base,
				kit.priceFields( regular, sale ),
				stockFields( r )
			);
			continue;
		}
		const list = combosOf( family.axes ).map( ( combo ) => {
			const factor = combo.reduce( ( n, c ) => n * c.factor, 1 );
			const vRegular =
				factor === 1 ? regular : Math.round( regular * factor ) - 0.05;
			const vSale =
				onSale && r() < 0.7
					? Math.round( vRegular * 0.8 ) - 0.05
					: null;
			return variation( r, base, combo, vRegular, vSale, variationId++ );
		} );
		shop.variable( base, family.axes, list );
	}

	SPECIALS.forEach( ( special, i ) => {
		const id = 2001 + FAMILY_PRODUCTS + i;
		const base = product(
			id,
			special.name,
			`CC-SP-${ id }`,
			special.category,
			special.tags,
			withEntities( special.description ),
			special.short,
			special.specs
		);
		details.set( id, special.description );
		if ( ! special.axis ) {
			shop.simple(
				base,
				kit.priceFields( special.price, special.sale ?? null ),
				special.stock
			);
			return;
		}
		const axis = special.axis;
		const list = axis.prices.map( ( [ label, price, stock ] ) => ( {
			...variation(
				r,
				base,
				[ { name: axis.name, label, factor: 1 } ],
				price,
				null,
				variationId++
			),
			...stock,
		} ) );
		shop.variable(
			base,
			[
				kit.flatAxis(
					axis.name,
					axis.prices.map( ( [ label ] ) => label )
				),
			],
			list
		);
	} );
	return shop.built;
}

export function buildCopperCast(): CoffeeShop {
	const built = buildCatalog( seededRandom( COPPER_CAST_SEED ) );
	return shopFrom(
		{ name: 'Copper & Cast', storeUrl: STORE_URL, lang: 'en' },
		built,
		buildOrders( built.products, built.variations ),
		{
			currency: {
				code: 'USD',
				name: 'United States (US) dollar',
				symbol: '&#36;',
			},
			priceFormat: US_PRICE_FORMAT,
			pages: buildPages(),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadCopperCast = storedShop( SNAPSHOT, buildCopperCast, module );
