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
import {
	buildFamilyCatalog,
	gridVariations,
	modelThenNoun,
	optionVariations,
	roundRobin,
	wholeLessCents,
} from './family-catalog';
import { US_DOLLAR, US_PRICE_FORMAT } from './cairncrest';
import type { CoffeeShop } from './coffee-shop';
import { buildOrders, buildPages, FACTS, STORE_URL } from './copper-cast-pages';
import { COOKWARE_FAMILIES, type Spec } from './copper-cast-range';
import { SPECIALS } from './copper-cast-specials';
import { TOOL_FAMILIES } from './copper-cast-tools';
import {
	between,
	entityWriter,
	pickOf,
	shopFrom,
	stockFieldsAt,
	storedShop,
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

/** A US shelf price: .95, .99 or .00. */
function shopPrice( r: Random, min: number, max: number ): number {
	return between( r, min, max ) - pickOf( r, [ 0.05, 0.01, 0, 0.05 ] );
}

/** A tenth sold out, some on backorder, an eighth low on stock (1–3), up to 60 counted. */
const stockFields = ( r: Random ) =>
	stockFieldsAt( r, {
		outOfStock: 0.11,
		backorder: 0.18,
		low: 0.3,
		counted: 0.72,
		most: 60,
	} );

function describe( blurb: string, specs: Spec[], detail: string ): string {
	const rows = kit.specRows( specs, withEntities );
	return `<p>${ blurb } ${ detail }</p>\n<h4>Specifications</h4>\n<table><tbody>${ rows }</tbody></table>`;
}

/** Sale and variation prices: whole dollars less 5 cents; a sale takes a fifth off. */
const PRICES = wholeLessCents( 0.05, 0.8 );

const MODIFIED = '2026-12-04T16:20:00';
const STYLE = kit.englishStyle( STORE_URL, '2026/09/', MODIFIED );

function buildCatalog( r: Random ): kit.Built {
	return buildFamilyCatalog( r, {
		ids: { product: 2001, variation: 9100 },
		slots: roundRobin( FAMILIES, FAMILY_PRODUCTS ),
		name: modelThenNoun( MODELS, 4 ),
		price: shopPrice,
		sale: { odds: 0.2, price: PRICES.sale },
		stock: stockFields,
		style: STYLE,
		terms: { category: 60, tag: 900, escape: false },
		// Short descriptions keep their characters as typed (15°), unlike skuTexts'.
		texts: ( { id, family, specs, detail } ) => ( {
			sku: `CC-${ family.key.toUpperCase() }-${ id }`,
			description: describe( family.blurb, specs, detail ),
			short: `<p>${ family.blurb }</p>`,
		} ),
		// Seven in ten variations of a product on sale are on sale.
		variations: gridVariations( {
			...PRICES,
			saleOdds: 0.7,
			stock: stockFields,
			shop: STYLE,
		} ),
		specials: SPECIALS,
		specialDetails: true,
		specialTexts: ( special, id ) => ( {
			sku: `CC-SP-${ id }`,
			description: withEntities( special.description ),
			short: `<p>${ special.short }</p>`,
		} ),
		// Each option is drawn a stock, then given its own.
		specialGrid: optionVariations( STYLE, () => stockFields( r ), {
			own: true,
		} ),
	} );
}

export function buildCopperCast(): CoffeeShop {
	const built = buildCatalog( seededRandom( COPPER_CAST_SEED ) );
	return shopFrom(
		{ name: 'Copper & Cast', storeUrl: STORE_URL, lang: 'en' },
		built,
		buildOrders( built.products, built.variations ),
		{
			currency: US_DOLLAR,
			priceFormat: US_PRICE_FORMAT,
			pages: buildPages(),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadCopperCast = storedShop( SNAPSHOT, buildCopperCast, module );
