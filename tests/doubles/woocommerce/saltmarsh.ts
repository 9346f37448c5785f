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
import { categoriesOf, priceFields, taxonomy } from './catalog-kit';
import { ENGLISH_PRICE_FORMAT, type CoffeeShop } from './coffee-shop';
import { SIMPLE_ROWS } from './saltmarsh-catalog';
import { buildOrders } from './saltmarsh-orders';
import { buildPages, EMAIL, PHONE, STORE_URL } from './saltmarsh-pages';
import { RANGED, type Ranged } from './saltmarsh-range';
import type { WcProduct, WcVariation } from './server';
import {
	loadShopSnapshot,
	makeVariable,
	slugify,
	specAttribute,
	variationFor,
	writeShopSnapshot,
	type Axis,
	type Spec,
} from './shop-kit';

const SNAPSHOT = path.join( __dirname, 'saltmarsh.json' );
const MODIFIED = '2026-12-03T10:40:00';

const simpleCategory = ( row: string ) => ( {
	category: row.split( ' | ' )[ 1 ]!.trim(),
} );

const CATEGORIES = categoriesOf( SIMPLE_ROWS.map( simpleCategory ), RANGED );

const TAXONOMY = taxonomy( CATEGORIES, { category: 40, tag: 400 }, slugify );

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

/** Stock fields and the restock sentence for a stock code (see saltmarsh-catalog.ts). */
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
			note: `On backorder – ships from ${ date }. You can order now and we send it as soon as it arrives.`,
		};
	}
	const count = kind === 'out' ? 0 : Number( kind );
	return {
		fields: stockFields( count > 0 ? 'instock' : 'outofstock', count ),
		note: date ? `Currently sold out – back in stock on ${ date }.` : '',
	};
}

const specsOf = ( text: string ): Spec[] =>
	text
		.split( ';' )
		.map( ( pair ) => pair.split( '=' ).map( ( s ) => s.trim() ) as Spec );

const escape = ( text: string ) => text.replace( /&/g, '&amp;' );

/** Long description: text, spec list and the detail only it states. */
const longText = ( text: string, specs: Spec[], detail: string ) =>
	`<p>${ escape( text ) }</p><h3>Details</h3><ul>${ specs
		.map(
			( [ k, v ] ) =>
				`<li><strong>${ escape( k ) }:</strong> ${ escape( v ) }</li>`
		)
		.join( '' ) }</ul><p>${ escape( detail ) }</p>`;

const shortText = ( text: string, note: string ) =>
	`<p>${ escape( text ) }</p>${ note ? `<p><strong>${ note }</strong></p>` : '' }`;

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
		name: escape( name ),
		slug,
		permalink: `${ STORE_URL }/product/${ slug }/`,
		type: 'simple',
		status: 'publish',
		sku: `SM-${ id }`,
		images: [
			{
				id: id * 10,
				src: `${ STORE_URL }/wp-content/uploads/2026/11/${ slug }.jpg`,
				name: slug,
				alt: name,
			},
		],
		description: html.long,
		short_description: html.short,
		categories: [ TAXONOMY.category( category ) ],
		tags: TAXONOMY.tags(
			tags
				.split( ',' )
				.map( ( t ) => t.trim() )
				.filter( Boolean )
		),
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

export function buildSaltmarsh(): CoffeeShop {
	const products: WcProduct[] = [];
	const variations = new Map< number, WcVariation[] >();
	const details = new Map< number, string >();
	let nextId = 3101;
	let variationId = 13101;

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
		products.push( {
			...product( id, name!, category!, tags!, specs, {
				long: longText( text!, specs, detail! ),
				short: shortText( text!, note ),
			} ),
			...priceFields( Number( price ), sale ? Number( sale ) : null ),
			...fields,
		} );
		details.set( id, detail! );
	}

	const ranged = ( item: Ranged ) => {
		const id = nextId++;
		const specs = specsOf( item.specs );
		const base = product( id, item.name, item.category, item.tags, specs, {
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
			const { fields, note } = stockOf( stock!.trim() );
			const combo = options!.split( ' / ' ).map( ( label, a ) => ( {
				name: item.axes[ a ]!,
				label,
				factor: 1,
			} ) );
			const v = variationFor(
				base,
				combo,
				pricesOf( price!.trim() ),
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
	RANGED.forEach( ranged );

	const catalog = { products, variations };
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

/** The stored shop, as the eval serves it. */
export function loadSaltmarsh(): CoffeeShop {
	return loadShopSnapshot( SNAPSHOT );
}

if ( require.main === module && process.argv.includes( '--write' ) ) {
	writeShopSnapshot( SNAPSHOT, buildSaltmarsh() );
}
