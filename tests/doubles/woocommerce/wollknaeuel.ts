/**
 * Wollknäuel, an eval shop built for an OUTSIDE blind test: a GERMAN-language yarn,
 * knitting and sewing shop in Graz, Austria, priced in euro as WooCommerce formats them for
 * Austria ("€ 1.249,00": currency left with a space, "." for thousands, "," for decimals).
 * Built by hand (no random numbers) by `npx tsx tests/doubles/woocommerce/wollknaeuel.ts
 * --write` and stored in wollknaeuel.json, which the WooCommerce double serves; its dev
 * questions (tests/eval/dev11/) were written from this data before the responder was asked
 * any, by someone who has not read the responder's code. Never rebuild the JSON to pass a
 * question.
 *
 * What it holds: 120 products — yarns (variable by colour: fibre %, Lauflänge, Nadelstärke,
 * Waschtemperatur), needles (variable by mm and cable length), fabric by the metre (Breite,
 * g/m²), sewing machines (stitches, W, kg), notions, books, kits, two courses (variable by
 * date) and a voucher; out of stock, backorder and restock dates in Austrian German
 * ("wieder lieferbar ab 12. Jänner"), sale prices; eight pages and twenty orders (1–20).
 */
import path from 'node:path';
import {
	GERMAN_PRICE_FORMAT,
	type CoffeeShop,
	type PriceFormat,
} from './coffee-shop';
import { GERMAN_ROWS, rowCatalog, type RowShop } from './row-catalog';
import { slugify } from './shop-builder-de';
import { storedShop } from './shop-kit';
import { SIMPLE_ROWS } from './wollknaeuel-catalog';
import { buildOrders } from './wollknaeuel-orders';
import { buildPages, EMAIL, PHONE, STORE_URL } from './wollknaeuel-pages';
import { NEEDLES, SUNDRIES, YARNS } from './wollknaeuel-range';

const SNAPSHOT = path.join( __dirname, 'wollknaeuel.json' );

/** WooCommerce's settings for an Austrian shop: "€ 1.249,00". */
export const AUSTRIAN_PRICE_FORMAT: PriceFormat = {
	...GERMAN_PRICE_FORMAT,
	currency_pos: 'left_space',
};

const CATEGORIES = [
	'Wolle & Garn',
	'Nadeln & Häkeln',
	'Stoffe',
	'Nähmaschinen',
	'Nähmaschinen-Zubehör',
	'Kurzwaren',
	'Bücher & Schnittmuster',
	'Sets & Geschenke',
	'Kurse',
];

/** How Wollknäuel writes its products (stock codes as in wollknaeuel-catalog.ts; no tags). */
const SHOP: RowShop = {
	...GERMAN_ROWS,
	storeUrl: STORE_URL,
	skuPrefix: 'WK',
	modified: '2026-12-02T08:20:00',
	ids: { product: 7001, variation: 17001 },
	tagged: false,
	category: ( category ) => ( {
		id: 60 + CATEGORIES.indexOf( category ),
		name: category.replace( /&/g, '&amp;' ),
		slug: slugify( category.replace( /&/g, '&amp;' ) ),
	} ),
	tags: () => [],
	notes: {
		backorder: ( date ) =>
			`Nachbestellt – wieder lieferbar ab ${ date }. Sie können schon jetzt bestellen.`,
		soldOut: ( date ) =>
			`Derzeit ausverkauft – wieder lieferbar ab ${ date }.`,
	},
};

export function buildWollknaeuel(): CoffeeShop {
	const { details, ...catalog } = rowCatalog( SHOP, SIMPLE_ROWS, [
		...YARNS,
		...NEEDLES,
		...SUNDRIES,
	] );
	return {
		name: 'Wollknäuel',
		lang: 'de',
		storeUrl: STORE_URL,
		...catalog,
		...buildOrders( catalog ),
		pages: buildPages(),
		priceFormat: AUSTRIAN_PRICE_FORMAT,
		currency: { code: 'EUR', name: 'Euro', symbol: '&euro;' },
		details,
		facts: {
			returnDays: 14,
			shippingCost: '€ 4,90',
			freeShippingFrom: '€ 50,00',
			deliveryDays: '1–2',
			expressCost: '',
			phone: PHONE,
			email: EMAIL,
			street: 'Annenstraße 28',
			city: '8020 Graz',
			weekdayHours: '9:30–18:00 Uhr',
			saturdayHours: '9:00–13:00 Uhr',
			warrantyYears: 2,
			descalingPrice: '€ 79,00',
			paymentMethods:
				'Visa, Mastercard, PayPal, EPS-Überweisung, Klarna, Vorauskasse'.split(
					', '
				),
		},
	};
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadWollknaeuel = storedShop( SNAPSHOT, buildWollknaeuel, module );
