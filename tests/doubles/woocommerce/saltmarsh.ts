/**
 * Saltmarsh Apothecary, an eval shop built for an OUTSIDE blind test: an ENGLISH-language
 * natural skincare, soap and bath shop in Galway, Ireland, priced in euro as WooCommerce
 * formats them for Ireland ("€1,249.00": currency left, "," for thousands, "." for
 * decimals). Built by hand (no random numbers) by
 * `npx tsx tests/doubles/woocommerce/saltmarsh.ts --write` and stored in saltmarsh.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev13/) were written
 * from this data before the responder was asked any, by someone who has not read the
 * responder's code. Never rebuild the JSON to pass a question.
 *
 * What it holds: 121 products in nine categories — soaps, face care (INCI lists, skin
 * types, shelf life after opening), body care, bath, hair care, candles and home
 * fragrance, gift sets, refills and accessories, workshops and gift cards; variable
 * products by size, scent, colour, amount and date; sale prices, sold-out products with
 * and without a restock date, backorders; ten pages (one in German) and eighteen orders
 * (1–18), each with an internal note the shopper must never see.
 */
import path from 'node:path';
import { categoriesOf, taxonomy } from './catalog-kit';
import { ENGLISH_PRICE_FORMAT, type CoffeeShop } from './coffee-shop';
import { rowCatalog, type RowShop } from './row-catalog';
import { SIMPLE_ROWS } from './saltmarsh-catalog';
import { buildOrders } from './saltmarsh-orders';
import { buildPages, EMAIL, PHONE, STORE_URL } from './saltmarsh-pages';
import { RANGED } from './saltmarsh-range';
import { slugify, storedShop } from './shop-kit';

const SNAPSHOT = path.join( __dirname, 'saltmarsh.json' );

const simpleCategory = ( row: string ) => ( {
	category: row.split( ' | ' )[ 1 ]!.trim(),
} );

const CATEGORIES = categoriesOf( SIMPLE_ROWS.map( simpleCategory ), RANGED );

const TAXONOMY = taxonomy( CATEGORIES, { category: 40, tag: 400 }, slugify );

/** How Saltmarsh writes its products (stock codes as in saltmarsh-catalog.ts). */
const SHOP: RowShop = {
	storeUrl: STORE_URL,
	folder: 'product',
	skuPrefix: 'SM',
	modified: '2026-12-03T10:40:00',
	slug: slugify,
	ids: { product: 3101, variation: 13101 },
	tagged: true,
	escape: ( text ) => text.replace( /&/g, '&amp;' ),
	specHeading: '<h3>Details</h3>',
	category: TAXONOMY.category,
	tags: ( text ) =>
		TAXONOMY.tags(
			text
				.split( ',' )
				.map( ( t ) => t.trim() )
				.filter( Boolean )
		),
	notes: {
		backorder: ( date ) =>
			`On backorder – ships from ${ date }. You can order now and we send it as soon as it arrives.`,
		soldOut: ( date ) => `Currently sold out – back in stock on ${ date }.`,
	},
};

export function buildSaltmarsh(): CoffeeShop {
	const { details, ...catalog } = rowCatalog( SHOP, SIMPLE_ROWS, RANGED );
	return {
		name: 'Saltmarsh Apothecary',
		lang: 'en',
		storeUrl: STORE_URL,
		...catalog,
		...buildOrders( catalog ),
		pages: buildPages(),
		priceFormat: ENGLISH_PRICE_FORMAT,
		currency: { code: 'EUR', name: 'Euro', symbol: '&euro;' },
		details,
		facts: {
			returnDays: 14,
			shippingCost: '€4.95',
			freeShippingFrom: '€45.00',
			deliveryDays: '1–2',
			expressCost: '€8.95',
			phone: PHONE,
			email: EMAIL,
			street: '14 Quay Street',
			city: 'Galway H91 X2F7',
			weekdayHours: '10:00–18:00',
			saturdayHours: '10:00–18:00',
			warrantyYears: 2,
			descalingPrice: '',
			paymentMethods:
				'Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Klarna, Bank transfer'.split(
					', '
				),
		},
	};
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadSaltmarsh = storedShop( SNAPSHOT, buildSaltmarsh, module );
