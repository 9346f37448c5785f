/**
 * Schärfwerk Solingen, an eval shop: a GERMAN-language kitchen-knife, whetstone and
 * sharpening shop with its own grinding workshop in Solingen-Wald, priced in euro as
 * WooCommerce formats them for Germany ("1.249,00 €": currency right with a space, "." for
 * thousands, "," for decimals). Built ONCE from seed 1616 by
 * `npx tsx tests/doubles/woocommerce/schaerfwerk.ts --write` and stored in schaerfwerk.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev16/) were written
 * from that JSON, blind to the responder, before it was ever asked one of them. Never
 * rebuild the JSON to make a question pass.
 *
 * What it holds, on purpose:
 * - 9 families: knives (Kochmesser, Santoku, Gyuto, Brotmesser, Officemesser, Filiermesser,
 *   Nakiri, Ausbeinmesser) with Stahl, Härte (HRC), Rostfrei, Griff, Gewicht, Schliff;
 *   knife sets by Griff; whetstones by Körnung (#400 to #6000); cutting boards by Größe;
 *   magnetic strips by Länge; knife blocks; honing rods; knife rolls by Farbe; scissors. One
 *   fact per product stated only in the prose of its long description;
 * - 14 hand-written products (a 1.249,00 € hand-forged Damascus gyuto, a combination stone
 *   on sale, a sharpening course by date with a sold-out date, cut-resistant gloves by size,
 *   an electric sharpener on backorder, camellia oil, a children's knife, an oyster knife out
 *   of stock, a blade guard by length, a flattening stone, a mandoline on sale, a gift
 *   voucher in three amounts, a children's set on backorder);
 * - sale prices, out of stock, backorder, low stock, managed and unmanaged stock;
 * - HTML entities (&auml; &ouml; &uuml; &szlig; &times; &ndash; &euro; &deg;) in texts;
 * - 10 German pages (Versand with an age check for knives and countries it does not ship
 *   knives to, Widerruf & Rückgabe, Zahlungsarten, Kontakt & Öffnungszeiten, Impressum,
 *   Schleifservice with prices, Gravur, Garantie & Messerpflege, FAQ, Über uns) and 14 orders
 *   (1–14) in six statuses, with DHL tracking numbers in the notes.
 */
import * as catalogKit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import { EURO, GERMAN_PRICE_FORMAT, type CoffeeShop } from './coffee-shop';
import {
	buildFamilyCatalog,
	modelThenNoun,
	optionVariations,
	perFamily,
	saleBelow,
	skuTexts,
} from './family-catalog';
import {
	expandVariations,
	germanStyle,
	salePrice,
	shopPrice,
	stockFields,
	withEntities,
} from './shop-builder-de';
import { shopFrom, stockState, storedShop } from './shop-kit';
import { buildOrders, buildPages, FACTS, STORE_URL } from './schaerfwerk-pages';
import { FAMILIES } from './schaerfwerk-range';
import { SPECIALS } from './schaerfwerk-specials';

const SNAPSHOT = path.join( __dirname, 'schaerfwerk.json' );
export const SCHAERFWERK_SEED = 1616;
const MODIFIED = '2026-12-05T10:40:00';

/** Solingen quarters and places of the Bergisches Land the ranges are named after. */
const PLACES = (
	'Ohligs Wald Gräfrath Höhscheid Burg Widdert Aufderhöhe Merscheid Müngsten Glüder ' +
	'Unterburg Kohlfurth Rupelrath Schaberg Ketzberg Dorp Foche Landwehr Hästen Kotten ' +
	'Wupperhof Balkhausen Theegarten Weyer Mangenberg Fuhr Bavert Meigen'
).split( ' ' );

/** 15 % off as the German kit rounds it, or 15 % off to the cent below where that would not be cheaper. */
const cheaper = saleBelow( salePrice, 85 );

const STYLE = germanStyle( STORE_URL, '2026/11/', MODIFIED );

function describe(
	blurb: string,
	specs: Array< [ string, string ] >,
	detail: string
) {
	return withEntities(
		`<p>${ blurb }</p>\n<p>${ detail }</p>\n<h3>Technische Daten</h3>\n<ul>${ catalogKit.specItems( specs ) }</ul>`
	);
}

/** SKUs "SW-<family>-<id>" and "SW-SP-<id>", texts with the shop's entities. */
const kitTexts = skuTexts( 'SW', describe, withEntities );

export function buildSchaerfwerk(): CoffeeShop {
	const r = seededRandom( SCHAERFWERK_SEED );
	const built = buildFamilyCatalog( r, {
		ids: { product: 6101, variation: 9601 },
		slots: perFamily( FAMILIES, ( family ) => family.count ),
		name: modelThenNoun( PLACES, 5 ),
		price: shopPrice,
		sale: { odds: 0.16, price: cheaper },
		stock: stockFields,
		style: STYLE,
		headFirst: true,
		terms: { category: 70, tag: 950 },
		texts: kitTexts.texts,
		variations: expandVariations,
		specials: SPECIALS,
		specialDetails: true,
		// The kit's special texts, the name's "&" written as "&amp;" first.
		specialTexts: ( special, id ) => ( {
			...kitTexts.specialTexts( special, id ),
			name: withEntities( special.name.replace( /&/g, '&amp;' ) ),
		} ),
		specialGrid: optionVariations(
			STYLE,
			( own ) => own ?? stockState.unmanaged()
		),
	} );
	return shopFrom(
		{ name: 'Schärfwerk Solingen', storeUrl: STORE_URL, lang: 'de' },
		built,
		buildOrders( built ),
		{
			currency: EURO,
			priceFormat: GERMAN_PRICE_FORMAT,
			pages: buildPages(),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadSchaerfwerk = storedShop( SNAPSHOT, buildSchaerfwerk, module );
