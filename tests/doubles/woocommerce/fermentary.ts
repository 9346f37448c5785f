/**
 * Fermentary Supply Co., an eval shop: an ENGLISH-language home-brewing and fermentation
 * supplies shop on Mississippi Avenue in Portland, Oregon, priced in US dollars the way
 * WooCommerce formats them for the US ("$1,249.00": currency left without a space, comma
 * thousands, dot decimals; the symbol served as "&#36;"). Built ONCE from seed 1717 by
 * `npx tsx tests/doubles/woocommerce/fermentary.ts --write` and stored in fermentary.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev17/) were written
 * from that JSON, blind to the responder, before it was ever asked one of them. Never
 * rebuild the JSON to make a question pass.
 *
 * What it holds, on purpose:
 * - 16 families (beer recipe kits by batch size, fermenters by capacity in gallons, airlocks
 *   and bungs, hydrometers, refractometers and thermometers, malts by weight in lb, hop
 *   pellets by weight with alpha acid %, yeasts with temperature range and attenuation,
 *   kombucha cultures, stoneware crocks by capacity in liters, pickling weights by pack,
 *   sanitizers by bottle size, bottling gear, ball lock kegs new or refurbished, CO2
 *   regulators, wine kits, cheese cultures), one fact per product stated only in the prose
 *   of its long description;
 * - 16 hand-written products whose prose holds facts no spec row states (a starter kit on
 *   sale, a $1,249.00 stainless conical shipped by freight, a CO2 cylinder that ships empty,
 *   a heat belt, an all-grain class by date with a sold-out date, a gift card in four
 *   amounts, a kombucha dispenser on sale, an open-box refractometer, a refurbished
 *   kegerator, a discontinued copper chiller, its successor on backorder with a restock
 *   date, kefir grains, a temperature controller, brew kettles by size, a grain mill on
 *   backorder, a mead kit without honey);
 * - sale prices, out of stock, backorder, low stock, managed and unmanaged stock;
 * - 10 English pages (Shipping with the summer rules for live cultures and the CO2 rules,
 *   Returns, Payment, Contact, About, Classes & Workshops, FAQ, Warranty, Brew Points,
 *   Local Pickup) and 14 orders (1–14) in six statuses, with UPS tracking numbers.
 */
import * as kit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import { US_DOLLAR, US_PRICE_FORMAT } from './cairncrest';
import type { CoffeeShop } from './coffee-shop';
import {
	buildFamilyCatalog,
	gridVariations,
	optionVariations,
	perFamily,
	wholeLessCents,
} from './family-catalog';
import { buildOrders, buildPages, FACTS, STORE_URL } from './fermentary-pages';
import { FAMILIES, type Family } from './fermentary-range';
import { SPECIALS } from './fermentary-specials';
import {
	between,
	entityWriter,
	pickOf,
	shopFrom,
	stockFieldsAt,
	storedShop,
	type Random,
	type Spec,
} from './shop-kit';

const SNAPSHOT = path.join( __dirname, 'fermentary.json' );
export const FERMENTARY_SEED = 1717;

/** Oregon mountains, rivers and towns the ranges are named after. */
const MODELS = (
	'Hood Bachelor Jefferson Shasta Deschutes Clackamas Santiam Umpqua Rogue Siletz ' +
	'Nehalem Tillamook Astoria Multnomah Sandy Tualatin Yamhill Klamath Wallowa Crater ' +
	'Columbia Timberline Ochoco Steens Owyhee Sisters Metolius McKenzie'
).split( ' ' );

/** Characters an editor leaves as entities in English HTML text. */
const withEntities = entityWriter( /[°–"’]/g );

/** A US shelf price: .95, .99 or .00. */
function shopPrice( r: Random, min: number, max: number ): number {
	return between( r, min, max ) - pickOf( r, [ 0.05, 0.01, 0, 0.05 ] );
}

/** A tenth sold out, some on backorder, some low on stock (1–3), up to 48 counted. */
const stockFields = ( r: Random ) =>
	stockFieldsAt( r, {
		outOfStock: 0.1,
		backorder: 0.17,
		low: 0.29,
		counted: 0.8,
		most: 48,
	} );

function describe( blurb: string, specs: Spec[], detail: string ): string {
	const rows = kit.specRows( specs, withEntities );
	return `<p>${ blurb }</p>\n<p>${ withEntities( detail ) }</p>\n<h4>Specifications</h4>\n<table><tbody>${ rows }</tbody></table>`;
}

/** Sale and variation prices: whole dollars less 5 cents; a sale takes a fifth off. */
const PRICES = wholeLessCents( 0.05, 0.8 );

const MODIFIED = '2026-12-06T15:30:00';
const STYLE = kit.englishStyle( STORE_URL, '2026/11/', MODIFIED );

/** "<model word> <noun>", the model word from the family's own list where it has one. */
function nameOf( r: Random, family: Family, id: number, attempt: number ) {
	const noun = pickOf( r, family.nouns );
	const model = pickOf( r, family.models ?? MODELS );
	return {
		name: `${ model } ${ noun }${ attempt > 40 ? ` ${ id }` : '' }`,
		noun: family.modelIsNoun ? model : noun,
	};
}

function buildCatalog( r: Random ): kit.Built {
	return buildFamilyCatalog( r, {
		ids: { product: 4101, variation: 8801 },
		slots: perFamily( FAMILIES, ( family ) => family.count ),
		name: nameOf,
		price: shopPrice,
		sale: { odds: 0.15, price: PRICES.sale },
		stock: stockFields,
		style: STYLE,
		terms: { category: 40, tag: 700, escape: false },
		texts: ( { id, family, specs, detail } ) => ( {
			sku: `FS-${ family.key.toUpperCase() }-${ id }`,
			description: describe( family.blurb, specs, detail ),
			short: `<p>${ family.blurb }</p>`,
		} ),
		variations: gridVariations( {
			...PRICES,
			saleOdds: 0.7,
			stock: stockFields,
			shop: STYLE,
		} ),
		specials: SPECIALS,
		specialDetails: true,
		specialTexts: ( special, id ) => ( {
			name: special.name.replace( /&/g, '&amp;' ),
			sku: `FS-SP-${ id }`,
			description: withEntities( special.description ),
			short: `<p>${ special.short }</p>`,
		} ),
		specialGrid: optionVariations(
			STYLE,
			( own ) => own ?? stockFields( r )
		),
	} );
}

export function buildFermentary(): CoffeeShop {
	const built = buildCatalog( seededRandom( FERMENTARY_SEED ) );
	return shopFrom(
		{ name: 'Fermentary Supply Co.', storeUrl: STORE_URL, lang: 'en' },
		built,
		buildOrders( built ),
		{
			currency: US_DOLLAR,
			priceFormat: US_PRICE_FORMAT,
			pages: buildPages(),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadFermentary = storedShop( SNAPSHOT, buildFermentary, module );
