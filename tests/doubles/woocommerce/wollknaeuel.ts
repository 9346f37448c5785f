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
import type { WcProduct, WcVariation } from './server';
import {
	makeVariable,
	money,
	readShopSnapshot,
	slugify,
	specAttribute,
	withEntities,
	writeShopSnapshot,
	type Axis,
	type Spec,
} from './shop-builder-de';
import { variationFor } from './shop-kit';
import { SIMPLE_ROWS } from './wollknaeuel-catalog';
import { buildOrders } from './wollknaeuel-orders';
import { buildPages, EMAIL, PHONE, STORE_URL } from './wollknaeuel-pages';
import { NEEDLES, SUNDRIES, YARNS, type Ranged } from './wollknaeuel-range';

const SNAPSHOT = path.join( __dirname, 'wollknaeuel.json' );
const MODIFIED = '2026-12-02T08:20:00';

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

/** WooCommerce's stock fields: managed when there is a quantity. */
const stockFields = (
	status: string,
	quantity: number | null,
	extra: Record< string, unknown > = {}
) => ( {
	stock_status: status,
	manage_stock: quantity !== null,
	stock_quantity: quantity,
	...extra,
} );

/** Stock fields and the restock sentence for a stock code (see wollknaeuel-catalog.ts). */
function stockOf( code: string ): {
	fields: Record< string, unknown >;
	note: string;
} {
	if ( code === '-' ) {
		return { fields: stockFields( 'instock', null ), note: '' };
	}
	const [ kind, date ] = code.split( ':' );
	if ( kind === 'back' ) {
		return {
			fields: stockFields( 'onbackorder', 0, { backorders: 'notify' } ),
			note: `Nachbestellt – wieder lieferbar ab ${ date }. Sie können schon jetzt bestellen.`,
		};
	}
	const count = kind === 'out' ? 0 : Number( kind );
	return {
		fields: stockFields( count > 0 ? 'instock' : 'outofstock', count ),
		note: date
			? `Derzeit ausverkauft – wieder lieferbar ab ${ date }.`
			: '',
	};
}

const specsOf = ( text: string ): Spec[] =>
	text
		.split( ';' )
		.map( ( pair ) => pair.split( '=' ).map( ( s ) => s.trim() ) as Spec );

/** Long description: text, spec list and the detail only it states. */
const longText = ( text: string, specs: Spec[], detail: string ) =>
	`<p>${ text }</p><ul>${ specs
		.map( ( [ k, v ] ) => `<li><strong>${ k }:</strong> ${ v }</li>` )
		.join( '' ) }</ul><p>${ detail }</p>`;

const shortText = ( text: string, note: string ) =>
	`<p>${ text }</p>${ note ? `<p><strong>${ note }</strong></p>` : '' }`;

function product(
	id: number,
	name: string,
	category: string,
	specs: Spec[],
	html: { long: string; short: string }
): WcProduct {
	const slug = slugify( name );
	return {
		id,
		name: name.replace( /&/g, '&amp;' ),
		slug,
		permalink: `${ STORE_URL }/produkt/${ slug }/`,
		type: 'simple',
		status: 'publish',
		sku: `WK-${ id }`,
		images: [
			{
				id: id * 10,
				src: `${ STORE_URL }/wp-content/uploads/2026/11/${ slug }.jpg`,
				name: slug,
				alt: name,
			},
		],
		// Every other product carries its umlauts as entities, as imports leave them.
		description: id % 2 ? withEntities( html.long ) : html.long,
		short_description: html.short,
		categories: [
			{
				id: 60 + CATEGORIES.indexOf( category ),
				name: category.replace( /&/g, '&amp;' ),
				slug: slugify( category.replace( /&/g, '&amp;' ) ),
			},
		],
		tags: [],
		attributes: specs.map( specAttribute ),
		variations: [] as number[],
		date_modified_gmt: MODIFIED,
	};
}

/** "12.90" or "12.90>10.90" (regular > sale). */
function pricesOf( text: string ) {
	const [ regular, sale ] = text.split( '>' ).map( Number );
	return { regular: regular!, sale: sale ?? null };
}

export function buildWollknaeuel(): CoffeeShop {
	const products: WcProduct[] = [];
	const variations = new Map< number, WcVariation[] >();
	const details = new Map< number, string >();
	let nextId = 7001;
	let variationId = 17001;

	for ( const row of SIMPLE_ROWS ) {
		const [ name, category, price, sale, stock, specText, text, detail ] =
			row.split( ' | ' ).map( ( s ) => s.trim() );
		const id = nextId++;
		const specs = specsOf( specText! );
		const { fields, note } = stockOf( stock! );
		const prices = pricesOf( sale ? `${ price }>${ sale }` : price! );
		products.push( {
			...product( id, name!, category!, specs, {
				long: longText( text!, specs, detail! ),
				short: shortText( text!, note ),
			} ),
			price: money( prices.sale ?? prices.regular ),
			regular_price: money( prices.regular ),
			sale_price: prices.sale === null ? '' : money( prices.sale ),
			on_sale: prices.sale !== null,
			...fields,
		} );
		details.set( id, detail! );
	}

	const ranged = ( item: Ranged ) => {
		const id = nextId++;
		const specs = specsOf( item.specs );
		const base = product( id, item.name, item.category, specs, {
			long: longText( item.text, specs, item.detail ),
			short: shortText( item.text, '' ),
		} );
		const rows = item.rows.map( ( row ) => row.split( ' | ' ) );
		const axes: Axis[] = item.axes.map( ( axisName, a ) => ( {
			name: axisName,
			options: [
				...new Set( rows.map( ( [ o ] ) => o!.split( ' / ' )[ a ]! ) ),
			].map( ( label ) => ( { label, factor: 1 } ) ),
		} ) );
		const made = rows.map( ( [ options, price, stock ] ) => {
			const { fields, note } = stockOf( stock! );
			const combo = options!.split( ' / ' ).map( ( label, a ) => ( {
				name: item.axes[ a ]!,
				label,
				factor: 1,
			} ) );
			const v = variationFor(
				base,
				combo,
				pricesOf( price! ),
				variationId++,
				fields,
				{ slug: slugify, modified: MODIFIED }
			);
			v.description = note ? `<p>${ note }</p>` : '';
			return v;
		} );
		makeVariable( base, axes, made );
		variations.set( id, made );
		products.push( base );
		details.set( id, item.detail );
	};
	[ ...YARNS, ...NEEDLES, ...SUNDRIES ].forEach( ranged );

	const catalog = { products, variations };
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

/** The stored shop, as the eval serves it. */
export function loadWollknaeuel(): CoffeeShop {
	return readShopSnapshot( SNAPSHOT );
}

if ( require.main === module && process.argv.includes( '--write' ) ) {
	writeShopSnapshot( SNAPSHOT, buildWollknaeuel() );
}
