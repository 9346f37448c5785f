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
import { catalogOf, priceFields, taxonomy } from './catalog-kit';
import type { WcProduct } from './server';
import { slugify, withEntities } from './shop-builder-de';
import {
	loadShopSnapshot,
	specAttribute,
	variationFor,
	writeShopSnapshot,
	type Axis,
	type Spec,
} from './shop-kit';
import { SIMPLE_ROWS } from './spielwerk-catalog';
import { buildOrders } from './spielwerk-orders';
import { buildPages, EMAIL, PHONE, STORE_URL } from './spielwerk-pages';
import { RANGED, type Ranged } from './spielwerk-range';

const SNAPSHOT = path.join( __dirname, 'spielwerk.json' );
const MODIFIED = '2026-12-03T07:30:00';

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

/** Stock fields and the restock sentence for a stock code (see spielwerk-catalog.ts). */
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
			note: `Nachbestellt – lieferbar ab ${ date }. Sie können schon jetzt bestellen.`,
		};
	}
	const count = kind === 'out' ? 0 : Number( kind );
	return {
		fields: stockFields( count > 0 ? 'instock' : 'outofstock', count ),
		note: date
			? `Zurzeit ausverkauft – wieder erhältlich ab ${ date }.`
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
	tags: string,
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
		sku: `SW-${ id }`,
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
		categories: [ terms.category( category ) ],
		tags: terms.tags( tags.split( ',' ).map( ( t ) => t.trim() ) ),
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

export function buildSpielwerk(): CoffeeShop {
	const catalog = catalogOf();
	let nextId = 9001;
	let variationId = 19001;

	for ( const row of SIMPLE_ROWS ) {
		const [
			name,
			category,
			price,
			sale,
			stock,
			tags,
			specText,
			text,
			detail,
		] = row.split( ' | ' ).map( ( s ) => s.trim() );
		const id = nextId++;
		const specs = specsOf( specText! );
		const { fields, note } = stockOf( stock! );
		const prices = pricesOf( sale ? `${ price }>${ sale }` : price! );
		catalog.simple(
			product( id, name!, category!, tags!, specs, {
				long: longText( text!, specs, detail! ),
				short: shortText( text!, note ),
			} ),
			priceFields( prices.regular, prices.sale ),
			fields
		);
		catalog.built.details.set( id, detail! );
	}

	const ranged = ( item: Ranged ) => {
		const id = nextId++;
		const specs = specsOf( item.specs );
		const base = product( id, item.name, item.category, item.tags, specs, {
			long: longText( item.text, specs, item.detail ),
			short: shortText( item.text, '' ),
		} );
		const rows = item.rows.map( ( row ) => row.split( ' | ' ) );
		const axis: Axis = {
			name: item.axis,
			options: rows.map( ( [ label ] ) => ( {
				label: label!,
				factor: 1,
			} ) ),
		};
		const made = rows.map( ( [ label, price, stock ] ) => {
			const { fields, note } = stockOf( stock! );
			const v = variationFor(
				base,
				[ { name: item.axis, label: label!, factor: 1 } ],
				pricesOf( price! ),
				variationId++,
				fields,
				{ slug: slugify, modified: MODIFIED }
			);
			v.description = note ? `<p>${ note }</p>` : '';
			return v;
		} );
		catalog.variable( base, [ axis ], made );
		catalog.built.details.set( id, item.detail );
	};
	RANGED.forEach( ranged );

	const { products, variations, details } = catalog.built;
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

/** The stored shop, as the eval serves it. */
export function loadSpielwerk(): CoffeeShop {
	return loadShopSnapshot( SNAPSHOT );
}

if ( require.main === module && process.argv.includes( '--write' ) ) {
	writeShopSnapshot( SNAPSHOT, buildSpielwerk() );
}
