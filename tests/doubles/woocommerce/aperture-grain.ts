/**
 * Aperture & Grain, an eval shop: an ENGLISH-language camera, lens, film-photography and
 * accessories shop on Tib Street in Manchester, UK, priced in pounds ("£1,249.00": currency
 * left, comma thousands, dot decimals; the symbol served as "&pound;"). Built ONCE from seed
 * 1515 by `npx tsx tests/doubles/woocommerce/aperture-grain.ts --write` and stored in
 * aperture-grain.json, which the WooCommerce double serves; its dev questions
 * (tests/eval/dev15/) were written from that JSON, blind to the responder, before it was ever
 * asked one of them. Never rebuild the JSON to make a question pass.
 *
 * What it holds, on purpose:
 * - 8 families (lenses in four mounts, film in single rolls and 5-packs, tripods, camera bags
 *   by colour, memory cards by capacity, filters by diameter, flashes, lighting) with units
 *   (mm, f/, g, kg, cm, GB, MB/s), one fact per product stated only in the long description;
 *   32 hand-written products (aperture-grain-specials): bodies with kit options, graded used
 *   gear, film cameras, batteries per brand, cleaning and darkroom supplies, a gift card;
 * - model names shared by several products (Manchester place names: "Ancoats 50mm f/1.4
 *   Lens", "Ancoats Sling Bag", "Ancoats Leather Camera Strap"; "Nikon Z6 III" and "Used
 *   Nikon Z6 II Body");
 * - sale prices, out of stock, backorder, low stock, managed and unmanaged stock;
 * - HTML entities (&amp; &#8217; &times; &ndash; &pound; &deg;) and lists in descriptions;
 * - 8 pages and 20 orders (1–20) in six statuses, shoppers whose e-mail domains look like
 *   products (fastlens, tripod, filmroll, cfexpress, sdcard, 35mm), DPD tracking numbers.
 */
import * as catalogKit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import {
	buildFamilyCatalog,
	gridVariations,
	modelThenNoun,
	optionVariations,
	perFamily,
	skuTexts,
	wholeLessCents,
} from './family-catalog';
import {
	GB_PRICE_FORMAT,
	POUND_STERLING,
	type CoffeeShop,
} from './coffee-shop';
import { GEAR_FAMILIES } from './aperture-grain-range';
import {
	buildOrders,
	buildPages,
	FACTS,
	STORE_URL,
} from './aperture-grain-pages';
import { SPECIALS } from './aperture-grain-specials';
import {
	asciiSlug,
	between,
	entityWriter,
	pickOf,
	shopFrom,
	stockFieldsAt,
	storedShop,
	type Random,
	type Spec,
	readable,
} from './shop-kit';

const SNAPSHOT = path.join( __dirname, 'aperture-grain.json' );
export const APERTURE_GRAIN_SEED = 1515;
const MODIFIED = '2026-12-02T16:20:00';

/** Manchester places the ranges are named after. */
const PLACES = (
	'Ancoats Deansgate Salford Didsbury Chorlton Levenshulme Castlefield Hulme Rusholme ' +
	'Fallowfield Withington Prestwich Stockport Altrincham Stretford Oldham Rochdale Irwell ' +
	'Pennine Piccadilly Spinningfields Ardwick Gorton Denton Heaton Whalley Ringway Cheetham'
).split( ' ' );

export const withEntities = entityWriter( /[×–’£°]/g );

const slug = ( name: string ) =>
	asciiSlug( readable( name ).replace( /£/g, '' ) );

/** A UK shelf price: .99 or .00. */
function shopPrice( r: Random, min: number, max: number ): number {
	return between( r, min, max ) - pickOf( r, [ 0.01, 0, 0.01 ] );
}

const stockFields = ( r: Random ) =>
	stockFieldsAt( r, {
		outOfStock: 0.12,
		backorder: 0.2,
		counted: 0.75,
		most: 25,
	} );

function describe( blurb: string, specs: Spec[], detail: string ): string {
	const points = catalogKit.specItems(
		specs.map( ( [ n, v ] ) => [ withEntities( n ), withEntities( v ) ] )
	);
	return `<p>${ withEntities( blurb ) }</p>\n<p>${ withEntities( detail ) }</p>\n<h3>Specifications</h3>\n<ul>${ points }</ul>`;
}

/** Sale and variation prices: whole pounds less a penny; a sale takes 15 % off. */
const PRICES = wholeLessCents( 0.01, 0.85 );

const STYLE = catalogKit.englishStyle( STORE_URL, '2026/11/', MODIFIED, slug );

function buildCatalog( r: Random ): catalogKit.Built {
	return buildFamilyCatalog( r, {
		ids: { product: 5101, variation: 9300 },
		slots: perFamily( GEAR_FAMILIES, ( family ) => family.count ),
		name: modelThenNoun( PLACES, 4 ),
		price: shopPrice,
		sale: { odds: 0.18, price: PRICES.sale },
		stock: stockFields,
		style: STYLE,
		terms: { category: 60, tag: 900, escape: false },
		...skuTexts( 'AG', describe, withEntities ),
		// Six in ten variations of a product on sale are on sale.
		variations: gridVariations( {
			...PRICES,
			saleOdds: 0.6,
			stock: stockFields,
			shop: STYLE,
		} ),
		specials: SPECIALS,
		specialDetails: true,
		specialGrid: optionVariations(
			STYLE,
			( own, special ) => own ?? special.stock!
		),
	} );
}

export function buildApertureGrain(): CoffeeShop {
	const built = buildCatalog( seededRandom( APERTURE_GRAIN_SEED ) );
	return shopFrom(
		{ name: 'Aperture & Grain', storeUrl: STORE_URL, lang: 'en' },
		built,
		buildOrders( built ),
		{
			currency: POUND_STERLING,
			priceFormat: GB_PRICE_FORMAT,
			pages: buildPages( withEntities ),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadApertureGrain = storedShop(
	SNAPSHOT,
	buildApertureGrain,
	module
);
