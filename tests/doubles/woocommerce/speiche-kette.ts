/**
 * Speiche & Kette, the fifth eval shop and the first built for an OUTSIDE test: a
 * GERMAN-language bicycle shop in Graz (parts, accessories, clothing, e-bike batteries,
 * workshop), priced in euro the way WooCommerce formats them for German ("1.234,50 €").
 * Built ONCE from seed 2417 by `npx tsx tests/doubles/woocommerce/speiche-kette.ts --write`
 * and stored in speiche-kette.json, which the WooCommerce double serves; its dev questions
 * (tests/eval/dev5/) were written from that JSON before the responder was asked any, by
 * someone who has not read the responder's code. Never rebuild the JSON to pass a question.
 *
 * What it holds, on purpose:
 * - 15 families of bicycle parts, accessories and clothing with units (Zoll and ETRTO,
 *   Lux and Lumen, Liter, Wh/V/Ah, Nm, g, bar/psi), one fact per product stated only in
 *   the long description, attribute names that are not the shopper's words
 *   ("Reifenbreite", "Beleuchtungsstärke", "Nennkapazität"), SKUs, categories and tags;
 * - variable products (Rahmengröße/Größe, Reifengröße 28"/29", Farbe, Kettenglieder,
 *   Paketgröße "2er-Set", gift voucher amounts) with their own prices, sale prices, stock;
 * - sale prices, out of stock, backorder, managed and unmanaged stock;
 * - products named with policy and contact words (Garantie-Flickset, Versand-Karton für
 *   Räder, Rückgabe-Set für E-Bike-Akkus, Kontaktspray, Telefonhalter, Sperrgut-Tasche);
 * - umlauts, ß, € and inch marks written as real characters in some places and as HTML
 *   entities in others (descriptions of odd product ids, most pages);
 * - 8 pages in the shop's own voice (Versand, Widerruf & Rückgabe, Garantie, Zahlung,
 *   Kontakt, Werkstatt mit Preisen, FAQ, Impressum);
 * - 10 orders numbered 1..10 in six statuses, shoppers whose e-mail domains look like
 *   products or model names (…@kettenblatt.at, …@schoeckl.example).
 */
import * as kit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import {
	buildFamilyCatalog,
	nounThenModel,
	optionVariations,
	perFamily,
} from './family-catalog';
import { EURO, GERMAN_PRICE_FORMAT, type CoffeeShop } from './coffee-shop';
import {
	expandVariations,
	germanStyle,
	type Random,
	salePrice,
	shopPrice,
	type Spec,
	stockFields,
	withEntities,
} from './shop-builder-de';
import { shopFrom, storedShop } from './shop-kit';
import {
	FAMILIES,
	MODELS,
	SPECIALS,
	type Family,
} from './speiche-kette-catalog';
import {
	buildOrders,
	buildPages,
	EMAIL,
	PHONE,
	STORE_URL,
} from './speiche-kette-pages';

const SNAPSHOT = path.join( __dirname, 'speiche-kette.json' );
export const SPEICHE_KETTE_SEED = 2417;
const PER_FAMILY = 8;
const MODIFIED = '2026-12-01T10:00:00';

function describe(
	family: Family,
	specs: Spec[],
	detail: string,
	entities: boolean
): string {
	const rows = kit.specItems( specs );
	const html = `<p>${ family.blurb } ${ detail }</p><h4>Technische Details</h4><ul>${ rows }</ul>`;
	return entities ? withEntities( html ) : html;
}

const STYLE = germanStyle( STORE_URL, '2026/10/', MODIFIED );

function buildCatalog( r: Random ): kit.Built {
	return buildFamilyCatalog( r, {
		ids: { product: 1001, variation: 7000 },
		slots: perFamily( FAMILIES, PER_FAMILY ),
		name: nounThenModel( MODELS, 4 ),
		price: shopPrice,
		sale: {
			odds: 0.22,
			price: salePrice,
		},
		stock: stockFields,
		style: STYLE,
		headFirst: true,
		terms: { category: 40, tag: 700 },
		// Odd ids have their characters written as entities, even ones as typed.
		texts: ( { id, family, specs, detail } ) => ( {
			sku: `SK-${ family.key.toUpperCase() }-${ id }`,
			description: describe( family, specs, detail, id % 2 === 1 ),
			short: `<p>${ family.blurb }</p>`,
		} ),
		variations: expandVariations,
		specials: SPECIALS,
		specialTexts: ( special, id, index ) => ( {
			sku: `SK-SPZ-${ id }`,
			description:
				index % 2 === 0
					? withEntities( special.description )
					: special.description,
			short: '',
		} ),
		// An option's own stock, else the special's.
		specialGrid: optionVariations(
			STYLE,
			( own, special ) => own ?? special.stock!
		),
	} );
}

export function buildSpeicheKette(): CoffeeShop {
	const r = seededRandom( SPEICHE_KETTE_SEED );
	const built = buildCatalog( r );
	return shopFrom(
		{ name: 'Speiche & Kette', storeUrl: STORE_URL, lang: 'de' },
		built,
		buildOrders( r, built ),
		{
			currency: EURO,
			priceFormat: GERMAN_PRICE_FORMAT,
			pages: buildPages(),
			facts: {
				returnDays: 30,
				shippingCost: '4,90 €',
				freeShippingFrom: '59,00 €',
				deliveryDays: '1–2',
				expressCost: '12,90 €',
				phone: PHONE,
				email: EMAIL,
				street: 'Annenstraße 41',
				city: '8020 Graz',
				weekdayHours: '9:30 bis 18:00 Uhr',
				saturdayHours: '9:00 bis 13:00 Uhr',
				warrantyYears: 2,
				descalingPrice: '89,00 €',
				paymentMethods: [
					'PayPal',
					'Visa',
					'Mastercard',
					'eps-Überweisung',
					'Klarna',
					'Vorkasse',
				],
			},
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadSpeicheKette = storedShop(
	SNAPSHOT,
	buildSpeicheKette,
	module
);
