/**
 * Klangraum, the sixth eval shop and the second built for an OUTSIDE test: a GERMAN-language
 * hi-fi and home-audio shop in Winterthur, Switzerland, in Swiss standard German ("ss",
 * never "ß"), priced in Swiss francs as WooCommerce formats them for a Swiss shop
 * ("CHF 1'249.00": currency left with a space, "'" for thousands, "." for decimals).
 * Built ONCE from seed 8400 by `npx tsx tests/doubles/woocommerce/klangraum.ts --write` and
 * stored in klangraum.json, which the WooCommerce double serves; its dev questions
 * (tests/eval/dev7/) were written from that JSON before the responder was asked any, by
 * someone who has not read the responder's code. Never rebuild the JSON to pass a question.
 *
 * What it holds, on purpose:
 * - 21 families in seven categories (Lautsprecher, Verstärker, Kopfhörer, Plattenspieler,
 *   Streaming, Kabel, Zubehör), six products each, from six brands, with specifications in
 *   units (W, Ohm, Hz–kHz, dB, Bluetooth version, kg/g, cm, mV) as attributes and in an HTML
 *   table in the long description, one fact per product stated only in that description;
 * - variable products: colour (Schwarz/Weiss/Nussbaum…), pair or single speaker, cable
 *   lengths 1 m/2 m/5 m, voucher amounts, each with its own price, sale price and stock;
 * - out of stock, backorder with "Lieferbar ab …" in the short (or variation) description,
 *   low stock (1–3), counted and unmanaged stock, sale prices;
 * - products named with policy and contact words (Garantie-Plus 3 Jahre, Kontaktreiniger);
 * - entities in descriptions of odd product ids and most pages (&auml; &ndash; &laquo; …);
 * - nine pages (Versand, Rückgabe, Garantie, Kontakt, Über uns, FAQ, Services, Zahlungsarten,
 *   Probehören) and thirteen orders (1–10, 1088, 1207, 3051) in six statuses.
 */
import { specRows, type Built } from './catalog-kit';
import {
	buildFamilyCatalog,
	type DrawVariations,
	optionVariations,
	perFamily,
} from './family-catalog';
import path from 'node:path';
import { seededRandom } from './catalog';
import type { CoffeeShop } from './coffee-shop';
import {
	ACCESSORIES,
	CABLES,
	HEADPHONES,
	SPECIALS,
	STREAMING,
	VINYL,
} from './klangraum-gear';
import {
	chEntities,
	pickOf,
	slugify,
	stockFields,
	swissPrice,
	swissRound,
	SWISS_CURRENCY,
	SWISS_PRICE_FORMAT,
	type Family,
	type Random,
	type Spec,
} from './klangraum-kit';
import { buildOrders } from './klangraum-orders';
import { buildPages, EMAIL, PHONE, STORE_URL } from './klangraum-pages';
import { AMPLIFIERS, SPEAKERS } from './klangraum-speakers';
import { germanStyle } from './shop-builder-de';
import { combosOf, shopFrom, storedShop, variationFor } from './shop-kit';

const SNAPSHOT = path.join( __dirname, 'klangraum.json' );
export const KLANGRAUM_SEED = 8400;
const PER_FAMILY = 6;
const MODIFIED = '2026-12-01T09:00:00';
const FAMILIES: Family[] = [
	...SPEAKERS,
	...AMPLIFIERS,
	...HEADPHONES,
	...VINYL,
	...STREAMING,
	...CABLES,
	...ACCESSORIES,
];
const MODELS = (
	'Säntis Pilatus Rigi Tödi Eiger Mönch Titlis Niesen Napf Chasseral Bachtel Hörnli Speer ' +
	'Glärnisch Calanda Stockhorn Moléson Weissenstein Albis Irchel Lägern Uto Gurten Ricken ' +
	'Kronberg Fronalp Brienz Thun Sarnen Ägeri Hallwil Greifensee Pfäffikon Murten Biel'
).split( ' ' );

function describe(
	family: Family,
	specs: Spec[],
	detail: string,
	entities: boolean
): string {
	const rows = specRows( specs );
	const html = `<p>${ family.blurb } ${ detail }</p>${ family.unit ? `<p><em>${ family.unit }</em></p>` : '' }<h4>Technische Daten</h4><table><tbody>${ rows }</tbody></table><ul><li>Lieferung in der Schweiz ab CHF 150.00 versandkostenfrei</li><li>Probehören im Hörraum Winterthur nach Termin</li></ul>`;
	return entities ? chEntities( html ) : html;
}

/**
 * One variation per combination of the axes' options, priced as a Swiss shop rounds; a
 * backordered one says in its description when it is due.
 */
const expand: DrawVariations = ( r, base, axes, regular, onSale, nextId ) =>
	combosOf( axes ).map( ( combo ) => {
		const factor = combo.reduce( ( n, c ) => n * c.factor, 1 );
		const vRegular =
			factor === 1 ? regular : swissRound( regular * factor );
		const vSale = onSale ? swissRound( vRegular * 0.85 ) : null;
		const stock = stockFields( r );
		return {
			...variationFor(
				base,
				combo,
				{ regular: vRegular, sale: vSale },
				nextId(),
				stock.fields,
				STYLE
			),
			description: stock.restock
				? `<p>Lieferbar ab ${ stock.restock }</p>`
				: '',
		};
	} );

const STYLE = germanStyle( STORE_URL, '2026/11/', MODIFIED, slugify );

function buildCatalog( r: Random ): Built {
	return buildFamilyCatalog( r, {
		ids: { product: 2001, variation: 9000 },
		slots: perFamily( FAMILIES, PER_FAMILY ),
		// Named after the family, a brand and a Swiss mountain or lake; the brand is a tag too.
		name: ( draw, family, id, attempt ) => {
			const brand = pickOf( draw, family.brands );
			const n = ( id - 2001 ) % PER_FAMILY;
			return {
				name: `${ family.noun } ${ brand } ${ pickOf( draw, MODELS ) }${ attempt > 4 ? ` ${ n + 2 }` : '' }`,
				noun: brand,
			};
		},
		price: swissPrice,
		sale: { odds: 0.2, price: ( regular ) => swissRound( regular * 0.85 ) },
		stock: stockFields,
		stockFields: ( stock ) => stock.fields,
		style: STYLE,
		headFirst: true,
		terms: { category: 30, tag: 500, escape: false },
		// Odd ids have their characters written as entities; a backorder says when it is due.
		texts: ( { id, family, noun, specs, detail, stock } ) => ( {
			sku: `KR-${ family.key.toUpperCase() }-${ id }`,
			description: describe( family, specs, detail, id % 2 === 1 ),
			short: `<p>${ family.blurb }</p>${ stock?.restock ? `<p><strong>Lieferbar ab ${ stock.restock }</strong></p>` : '' }`,
			tags: [ ...family.tags, noun ],
		} ),
		variations: expand,
		specials: SPECIALS,
		specialTexts: ( special ) => ( {
			sku: special.sku,
			description: special.description,
			short: special.short,
		} ),
		specialGrid: optionVariations(
			STYLE,
			( _own, special ) => special.stock!
		),
	} );
}

export function buildKlangraum(): CoffeeShop {
	const r = seededRandom( KLANGRAUM_SEED );
	const built = buildCatalog( r );
	return shopFrom(
		{ name: 'Klangraum', storeUrl: STORE_URL, lang: 'de' },
		built,
		buildOrders( r, built ),
		{
			currency: SWISS_CURRENCY,
			priceFormat: SWISS_PRICE_FORMAT,
			pages: buildPages(),
			facts: {
				returnDays: 30,
				shippingCost: 'CHF 9.00',
				freeShippingFrom: 'CHF 150.00',
				deliveryDays: '1–2',
				expressCost: 'CHF 19.00',
				phone: PHONE,
				email: EMAIL,
				street: 'Technikumstrasse 38',
				city: '8400 Winterthur',
				weekdayHours: '10:00–18:30 Uhr',
				saturdayHours: '9:00–16:00 Uhr',
				warrantyYears: 2,
				// The shop-wide service price the facts record: room calibration (Einmessen).
				descalingPrice: 'CHF 290.00',
				paymentMethods: [
					'TWINT',
					'PostFinance',
					'Visa',
					'Mastercard',
					'American Express',
					'Rechnung',
					'Vorauszahlung',
				],
			},
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadKlangraum = storedShop( SNAPSHOT, buildKlangraum, module );
