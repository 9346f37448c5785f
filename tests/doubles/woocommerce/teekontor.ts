/**
 * Teekontor Alster, an eval shop built for an OUTSIDE test: a GERMAN-language tea, herbal
 * infusion and spice shop on the Hofweg in Hamburg-Uhlenhorst, priced in euro as WooCommerce
 * formats them for Germany ("1.249,00 €": currency right with a space, "." for thousands,
 * "," for decimals). Built ONCE from seed 1412 by
 * `npx tsx tests/doubles/woocommerce/teekontor.ts --write` and stored in teekontor.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev14/) were written
 * from that JSON, blind to the responder, before it was ever asked one of them. Never
 * rebuild the JSON to make a question pass.
 *
 * What it holds, on purpose:
 * - loose teas (black, green, oolong and white, herbal, fruit, rooibos) sold by weight
 *   (Gewicht 50 g / 100 g / 250 g / 1 kg, each variation with its own price and stock), with
 *   Herkunft, Erntezeit, Ziehzeit, Wassertemperatur, Koffeingehalt and Bio as attributes;
 * - teas in tins, teapots and cups in colours (Farbe), kettles with Volumen, Leistung,
 *   Temperaturstufen and Warmhaltefunktion, filters, spices; one fact per product stated
 *   only in the prose of its long description;
 * - 13 hand-written products (a 1.249,00 € cast-iron Tetsubin, matcha, sample sets, an
 *   Advent calendar, a samovar on backorder, gift vouchers in four amounts);
 * - sale prices, out of stock, backorder, low stock, managed and unmanaged stock;
 * - HTML entities (&auml; &szlig; &deg; &ndash; &euro; &bdquo;) in descriptions and pages;
 * - 8 German pages (shipping zones DE/AT/CH/EU, returns with food-hygiene exclusions,
 *   payment, tea subscription, gift service, contact and hours, tea seminars, FAQ) and 20
 *   orders (1–20) in six statuses, with DHL tracking numbers in the notes.
 */
import * as catalogKit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import { EURO, GERMAN_PRICE_FORMAT, type CoffeeShop } from './coffee-shop';
import {
	buildFamilyCatalog,
	optionVariations,
	perFamily,
	saleBelow,
	skuTexts,
	type NounFamily,
} from './family-catalog';
import {
	expandVariations,
	germanStyle,
	salePrice,
	shopPrice,
	stockFields,
	withEntities,
} from './shop-builder-de';
import {
	shopFrom,
	pickOf,
	stockState,
	storedShop,
	type Random,
} from './shop-kit';
import { buildOrders, buildPages, FACTS, STORE_URL } from './teekontor-pages';
import { TEA_FAMILIES, WARE_FAMILIES, type TeaFamily } from './teekontor-range';
import { SPECIALS } from './teekontor-specials';

const SNAPSHOT = path.join( __dirname, 'teekontor.json' );
export const TEEKONTOR_SEED = 1412;
const MODIFIED = '2026-12-04T08:20:00';
const FAMILIES: TeaFamily[] = [ ...TEA_FAMILIES, ...WARE_FAMILIES ];

/** 15 % off as the German kit rounds it, or 15 % off to the cent below where that would not be cheaper. */
const cheaper = saleBelow( salePrice, 85 );

/** Hamburg quarters the teas are named after. */
const QUARTERS = (
	'Blankenese Eppendorf Ottensen Winterhude Altona Barmbek Harvestehude Rotherbaum ' +
	'Uhlenhorst Speicherstadt Finkenwerder Övelgönne Wilhelmsburg Bergedorf Volksdorf ' +
	'Wandsbek Eimsbüttel Hammerbrook Veddel Ohlsdorf Duvenstedt Poppenbüttel Nienstedten ' +
	'Othmarschen Sasel Lokstedt Niendorf Bahrenfeld Hohenfelde Stellingen Langenhorn Rissen ' +
	'Sülldorf Iserbrook Kirchwerder Curslack Reitbrook Neuengamme Moorburg Allermöhe'
).split( ' ' );

/** "<noun> <quarter>": the kind first, as a tea merchant labels the tin ("Assam Eppendorf"). */
const kindThenQuarter = (
	r: Random,
	family: NounFamily,
	id: number,
	attempt: number
) => {
	const noun = pickOf( r, family.nouns );
	return {
		name: `${ noun } ${ pickOf( r, QUARTERS ) }${ attempt > 5 ? ` ${ id }` : '' }`,
		noun,
	};
};

const STYLE = germanStyle( STORE_URL, '2026/11/', MODIFIED );

function describe(
	blurb: string,
	specs: Array< [ string, string ] >,
	detail: string
) {
	return withEntities(
		`<p>${ blurb } ${ detail }</p>\n<ul>${ catalogKit.specItems( specs ) }</ul>`
	);
}

export function buildTeekontor(): CoffeeShop {
	const r = seededRandom( TEEKONTOR_SEED );
	const built = buildFamilyCatalog( r, {
		ids: { product: 5101, variation: 9201 },
		slots: perFamily( FAMILIES, ( family ) => family.count ),
		name: kindThenQuarter,
		price: shopPrice,
		sale: { odds: 0.15, price: cheaper },
		stock: stockFields,
		style: STYLE,
		headFirst: true,
		terms: { category: 60, tag: 900 },
		texts: skuTexts( 'TK', describe, withEntities ).texts,
		variations: expandVariations,
		specials: SPECIALS,
		specialDetails: true,
		specialTexts: ( special, id ) => ( {
			name: special.name.replace( /&/g, '&amp;' ),
			sku: `TK-SP-${ id }`,
			description: withEntities( special.description ),
			short: `<p>${ withEntities(
				special.description
					.replace( /<\/p>[\s\S]*$/, '' )
					.replace( /^<p>/, '' )
			) }</p>`,
		} ),
		specialGrid: optionVariations(
			STYLE,
			( own ) => own ?? stockState.unmanaged()
		),
	} );
	return shopFrom(
		{ name: 'Teekontor Alster', storeUrl: STORE_URL, lang: 'de' },
		built,
		buildOrders(
			seededRandom( TEEKONTOR_SEED + 1 ),
			built.products,
			built.variations
		),
		{
			currency: EURO,
			priceFormat: GERMAN_PRICE_FORMAT,
			pages: buildPages(),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadTeekontor = storedShop( SNAPSHOT, buildTeekontor, module );
