/**
 * Whisker & Wag, the fifth eval shop: an ENGLISH-language pet supplies shop in Harrogate
 * (UK), priced in pounds the way WooCommerce formats them for Great Britain ("£1,234.50":
 * currency left without a space, comma thousands, dot decimals). Built ONCE from seed 2311 by
 * `npx tsx tests/doubles/woocommerce/whiskerwag.ts --write` and stored in whiskerwag.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev4/) were written from
 * that JSON before the responder was ever asked one of them. Never rebuild the JSON to make
 * a question pass.
 *
 * What it holds, on purpose:
 * - 15 families (dog food, cat food, cat litter, aquariums, filters, bird cages, hutches,
 *   leads, collars, dog beds, cat trees, toys, grooming, reptile heating, carriers) with
 *   metric and imperial units (kg and lbs, cm and inches, litres, W, l/h), one fact per
 *   product stated only in the long description, SKUs, categories and tags;
 * - variable products (bag size, pouch pack, tank volume, lead colour, collar size S–XL,
 *   bed size, toy bundle, gift card amount) whose variations carry their own prices, sale
 *   prices and stock;
 * - sale prices, out of stock, backorder, managed and unmanaged stock;
 * - products named with policy and contact words (Returnable Glass Water Bottle, Delivery
 *   Day Treat Box, Guarantee Chew, Contact Me ID Tag, Parcel Box Cat Scratcher, Highland
 *   Salmon Oil, Payment-Free Trial Pack …) and shoppers whose e-mail domains look like products;
 * - HTML entities (&amp; &pound; &times; &ndash; &nbsp; &frac12; &deg;);
 * - 8 pages in their own voices and 10 orders numbered 1..10 in six statuses.
 * The shape is the one the coffee shops use (CoffeeShop), so the same runner serves it.
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
	skuTexts,
	wholeLessCents,
} from './family-catalog';
import {
	GB_PRICE_FORMAT,
	POUND_STERLING,
	type CoffeeShop,
} from './coffee-shop';
import {
	between,
	entityWriter,
	pickOf,
	shopFrom,
	slugify,
	stockFieldsAt,
	storedShop,
	type Random,
} from './shop-kit';
import { buildOrders, buildPages, FACTS, STORE_URL } from './whiskerwag-pages';
import { FAMILIES, SPECIALS, type Spec } from './whiskerwag-range';

const SNAPSHOT = path.join( __dirname, 'whiskerwag.json' );
export const WHISKERWAG_SEED = 2311;
const FAMILY_PRODUCTS = 112;

const MODELS = (
	'Bramble Hazel Pennine Thistle Wensley Heather Juniper Rowan Alder Skye Harris ' +
	'Fen Tarn Beck Clover Mallow Sorrel Teasel Foxglove Bracken Larch Willow Cobble ' +
	'Marram Sedge Loch Dale Moss Ember Puffin'
).split( ' ' );

/** Characters an editor leaves as entities in English HTML. */
export const withEntities = entityWriter( /[£–×°½]/g );

/** A UK shelf price: .99, .49 or .00 below £100, round pounds minus a penny above. */
function shopPrice( r: Random, min: number, max: number ): number {
	const whole = between( r, min, max );
	if ( whole >= 100 ) {
		return whole - pickOf( r, [ 0.01, 0 ] );
	}
	return whole - pickOf( r, [ 0.01, 0.51, 0.01 ] );
}

const stockFields = ( r: Random ) =>
	stockFieldsAt( r, {
		outOfStock: 0.12,
		backorder: 0.2,
		counted: 0.7,
		most: 45,
	} );

function describe( blurb: string, specs: Spec[], detail: string ): string {
	const rows = kit.specItems( specs );
	return withEntities(
		`<p>${ blurb } ${ detail }</p><h3>Specifications</h3><ul>${ rows }</ul>`
	);
}

/** A sale takes a fifth off, to whole pounds less a penny. */
const SALE_PRICE = wholeLessCents( 0.01, 0.8 ).sale;

const MODIFIED = '2026-12-03T09:10:00';
const STYLE: kit.ProductStyle = {
	storeUrl: STORE_URL,
	folder: 'product',
	slug: slugify,
	photos: '2026/10/',
	modified: MODIFIED,
};

function buildCatalog( r: Random ): kit.Built {
	return buildFamilyCatalog( r, {
		ids: { product: 1101, variation: 7000 },
		slots: roundRobin( FAMILIES, FAMILY_PRODUCTS ),
		name: modelThenNoun( MODELS, 4 ),
		price: shopPrice,
		sale: { odds: 0.22, price: SALE_PRICE },
		stock: stockFields,
		style: STYLE,
		terms: { category: 40, tag: 800 },
		...skuTexts( 'WW', describe, withEntities ),
		// Seven in ten variations of a product on sale are on sale.
		variations: gridVariations( {
			scale: ( regular, factor ) =>
				Math.round( ( regular + 0.01 ) * factor ) - 0.01,
			sale: SALE_PRICE,
			saleOdds: 0.7,
			stock: stockFields,
			shop: STYLE,
		} ),
		specials: SPECIALS,
		specialDetails: true,
		// Each option is drawn a stock, then given its own.
		specialGrid: optionVariations( STYLE, () => stockFields( r ), {
			own: true,
		} ),
	} );
}

export function buildWhiskerWag(): CoffeeShop {
	const r = seededRandom( WHISKERWAG_SEED );
	const built = buildCatalog( r );
	return shopFrom(
		{ name: 'Whisker & Wag', storeUrl: STORE_URL, lang: 'en' },
		built,
		buildOrders( r, built.products, built.variations ),
		{
			currency: POUND_STERLING,
			priceFormat: GB_PRICE_FORMAT,
			pages: buildPages( withEntities ),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadWhiskerWag = storedShop( SNAPSHOT, buildWhiskerWag, module );
