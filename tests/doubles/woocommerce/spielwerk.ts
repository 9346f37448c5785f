/**
 * Spielwerk, an eval shop built for an OUTSIDE blind test: a Swiss German-language board
 * game, puzzle and toy shop in Winterthur, priced in Swiss francs as WooCommerce formats
 * them for Switzerland ("CHF 1’249.00": currency left with a space, "’" for thousands, "."
 * for decimals). Built by hand (no random numbers) by `npx tsx
 * tests/doubles/woocommerce/spielwerk.ts --write` and stored in spielwerk.json, which the
 * WooCommerce double serves; its dev questions (tests/eval/dev12/) were written from this
 * data before the responder was asked any, by someone who has not read the responder's
 * code. Never rebuild the JSON to pass a question.
 *
 * What it holds: 120 products in nine categories — strategy, family and children's games
 * (players, ages, playing times, rule languages, publishers), card and dice games, Jass
 * things, expansions that need their base game, puzzles (pieces, formats), wooden toys
 * (materials, load limits), construction and science kits, accessories, vouchers and
 * courses — thirteen of them variable (pattern, colour, pieces, size, language edition,
 * date, amount); sold out, backorder and restock dates in the product text ("wieder
 * erhältlich ab 15. Januar"), sale prices, tags; nine pages and eighteen orders (1–18).
 */
import path from 'node:path';
import type { CoffeeShop, PriceFormat } from './coffee-shop';
import { taxonomy } from './catalog-kit';
import { GERMAN_ROWS, rowCatalog, type RowShop } from './row-catalog';
import { slugify } from './shop-builder-de';
import { storedShop } from './shop-kit';
import { SIMPLE_ROWS } from './spielwerk-catalog';
import { buildOrders } from './spielwerk-orders';
import { buildPages, EMAIL, PHONE, STORE_URL } from './spielwerk-pages';
import { RANGED } from './spielwerk-range';

const SNAPSHOT = path.join( __dirname, 'spielwerk.json' );

/** WooCommerce's settings for a Swiss shop: "CHF 1’249.00". */
export const SWISS_FRANC_FORMAT: PriceFormat = {
	currency: 'CHF',
	currency_pos: 'left_space',
	thousand_sep: '’',
	decimal_sep: '.',
	num_decimals: 2,
};

const CATEGORIES = [
	'Strategiespiele',
	'Familien- & Kinderspiele',
	'Karten- & Würfelspiele',
	'Erweiterungen',
	'Puzzles',
	'Holzspielzeug',
	'Bauen & Experimentieren',
	'Zubehör',
	'Gutscheine & Kurse',
];

const terms = taxonomy( CATEGORIES, { category: 70, tag: 300 }, slugify );

/** How Spielwerk writes its products (stock codes as in spielwerk-catalog.ts). */
const SHOP: RowShop = {
	...GERMAN_ROWS,
	storeUrl: STORE_URL,
	skuPrefix: 'SW',
	modified: '2026-12-03T07:30:00',
	ids: { product: 9001, variation: 19001 },
	tagged: true,
	category: terms.category,
	tags: ( text ) => terms.tags( text.split( ',' ).map( ( t ) => t.trim() ) ),
	notes: {
		backorder: ( date ) =>
			`Nachbestellt – lieferbar ab ${ date }. Sie können schon jetzt bestellen.`,
		soldOut: ( date ) =>
			`Zurzeit ausverkauft – wieder erhältlich ab ${ date }.`,
	},
};

export function buildSpielwerk(): CoffeeShop {
	// Each ranged product has one axis.
	const ranged = RANGED.map( ( { axis, ...item } ) => ( {
		...item,
		axes: [ axis ],
	} ) );
	const { products, variations, details } = rowCatalog(
		SHOP,
		SIMPLE_ROWS,
		ranged
	);
	return {
		name: 'Spielwerk',
		lang: 'de',
		storeUrl: STORE_URL,
		products,
		variations,
		...buildOrders( { products, variations } ),
		pages: buildPages(),
		priceFormat: SWISS_FRANC_FORMAT,
		currency: { code: 'CHF', name: 'Schweizer Franken', symbol: 'CHF' },
		details,
		facts: {
			returnDays: 30,
			shippingCost: 'CHF 8.50',
			freeShippingFrom: 'CHF 80.00',
			deliveryDays: '2–3',
			expressCost: 'CHF 11.50',
			phone: PHONE,
			email: EMAIL,
			street: 'Obergasse 17',
			city: '8400 Winterthur',
			weekdayHours: '9:30–18:30 Uhr',
			saturdayHours: '9:00–17:00 Uhr',
			warrantyYears: 2,
			descalingPrice: '',
			paymentMethods:
				'TWINT, Visa, Mastercard, American Express, PostFinance, Rechnung, Vorauskasse'.split(
					', '
				),
		},
	};
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadSpielwerk = storedShop( SNAPSHOT, buildSpielwerk, module );
