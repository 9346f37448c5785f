/**
 * Loom & Lantern, an eval shop: an ENGLISH-language home textiles and lighting shop on Quay
 * Street in Galway, Ireland, priced in euro the Irish way ("€1,234.50": currency left, comma
 * thousands, dot decimals; the symbol served as "&euro;"). Built ONCE from seed 9094 by
 * `npx tsx tests/doubles/woocommerce/loom-lantern.ts --write` and stored in loom-lantern.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev9/) were written from
 * that JSON, blind to the responder, before it was ever asked one of them. Never rebuild the
 * JSON to make a question pass.
 *
 * What it holds, on purpose:
 * - 11 families (table, floor and pendant lamps, outdoor lanterns with IP ratings, LED bulbs,
 *   candles, wool throws, blankets, bed linen, towels, cushions) with metric units (cm, kg,
 *   W, lumens, K, thread count, GSM), one fact per product stated only in the long
 *   description, SKUs, categories and tags; 12 hand-written products (loom-lantern-specials);
 * - variable products (bed linen Single/Double/King, towel sizes, an Aran throw's colours, a
 *   Size × Colour duvet set, gift card amounts) whose variations carry their own prices,
 *   sale prices and stock;
 * - sale prices, out of stock, backorder, low stock (1–3), managed and unmanaged stock;
 * - HTML entities (&amp; &#8217; &times; &ndash; &deg; &euro;) and lists in descriptions;
 * - 8 pages and 12 orders (1–12) in six statuses, with An Post tracking numbers in notes.
 */
import * as catalogKit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import {
	buildFamilyCatalog,
	gridVariations,
	modelThenNoun,
	perFamily,
	skuTexts,
	wholeLessCents,
} from './family-catalog';
import { ENGLISH_PRICE_FORMAT, EURO, type CoffeeShop } from './coffee-shop';
import {
	LIGHTING_FAMILIES,
	TEXTILE_FAMILIES,
	type Family,
} from './loom-lantern-range';
import {
	buildOrders,
	buildPages,
	FACTS,
	STORE_URL,
} from './loom-lantern-pages';
import { SPECIALS } from './loom-lantern-specials';
import {
	asciiSlug,
	between,
	entityWriter,
	pickOf,
	shopFrom,
	stockFieldsAt,
	storedShop,
	variationFor,
	type Random,
	type Spec,
	readable,
} from './shop-kit';

const SNAPSHOT = path.join( __dirname, 'loom-lantern.json' );
export const LOOM_LANTERN_SEED = 9094;
const MODIFIED = '2026-12-03T11:40:00';
const FAMILIES: Family[] = [ ...LIGHTING_FAMILIES, ...TEXTILE_FAMILIES ];

/** Galway and Connemara places the ranges are named after. */
const PLACES = (
	'Salthill Barna Spiddal Oranmore Kinvara Clifden Athenry Tuam Moycullen Oughterard ' +
	'Headford Loughrea Gort Renvyle Leenane Roundstone Letterfrack Carna Maam Cong ' +
	'Claregalway Craughwell Ardrahan Kilcolgan Inverin Rossaveal Cleggan Ballyconneely ' +
	'Recess Cashel Lettermore Furbo Knocknacarra Menlo Bushypark Dangan'
).split( ' ' );

export const withEntities = entityWriter( /[×–’€]/g );

/** A product's slug from its name as the shopper reads it, without "€" ("€50 Gift Card"). */
const slug = ( name: string ) =>
	asciiSlug( readable( name ).replace( /€/g, '' ) );

/** An Irish shelf price: .95, .00 or .50. */
function shopPrice( r: Random, min: number, max: number ): number {
	return between( r, min, max ) - pickOf( r, [ 0.05, 0, 0.5, 0.05 ] );
}

const stockFields = ( r: Random ) =>
	stockFieldsAt( r, {
		outOfStock: 0.1,
		backorder: 0.17,
		counted: 0.7,
		most: 40,
	} );

function describe( blurb: string, specs: Spec[], detail: string ): string {
	const rows = catalogKit.specRows( specs, withEntities );
	const points = specs
		.slice( 0, 3 )
		.map(
			( [ n, v ] ) =>
				`<li>${ withEntities( n ) }: ${ withEntities( v ) }</li>`
		)
		.join( '' );
	return `<p>${ blurb } ${ detail }</p>\n<ul>${ points }</ul>\n<h4>Specifications</h4>\n<table><tbody>${ rows }</tbody></table>`;
}

/** Sale and variation prices: whole euros less 5 cents; a sale takes a quarter off. */
const PRICES = wholeLessCents( 0.05, 0.75 );

const STYLE = catalogKit.englishStyle( STORE_URL, '2026/10/', MODIFIED, slug );

function buildCatalog( r: Random ): catalogKit.Built {
	return buildFamilyCatalog( r, {
		ids: { product: 3001, variation: 7100 },
		slots: perFamily( FAMILIES, ( family ) => family.count ),
		name: modelThenNoun( PLACES, 4 ),
		price: shopPrice,
		sale: { odds: 0.2, price: PRICES.sale },
		stock: stockFields,
		style: STYLE,
		terms: { category: 40, tag: 700, escape: false },
		...skuTexts( 'LL', describe, withEntities ),
		// Seven in ten variations of a product on sale are on sale.
		variations: gridVariations( {
			...PRICES,
			saleOdds: 0.7,
			stock: stockFields,
			shop: STYLE,
		} ),
		specials: SPECIALS,
		specialDetails: true,
		// A special's grid: per combination of its axes' options, its price, stock and sale.
		specialGrid: ( base, special, nextId ) => {
			if ( ! special.axes ) {
				return undefined;
			}
			const axes = special.axes.map( ( a ) =>
				catalogKit.flatAxis( a.name, a.options )
			);
			const list = special.grid!.map(
				( [ options, price, stock, sale ] ) =>
					variationFor(
						base,
						options.map( ( label, i ) => ( {
							name: axes[ i ]!.name,
							label,
							factor: 1,
						} ) ),
						{ regular: price, sale: sale ?? null },
						nextId(),
						stock,
						STYLE
					)
			);
			return { axes, list };
		},
	} );
}

export function buildLoomLantern(): CoffeeShop {
	const built = buildCatalog( seededRandom( LOOM_LANTERN_SEED ) );
	return shopFrom(
		{ name: 'Loom & Lantern', storeUrl: STORE_URL, lang: 'en' },
		built,
		buildOrders( built.products, built.variations ),
		{
			currency: EURO,
			priceFormat: ENGLISH_PRICE_FORMAT,
			pages: buildPages(),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadLoomLantern = storedShop( SNAPSHOT, buildLoomLantern, module );
