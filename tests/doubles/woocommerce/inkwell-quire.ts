/**
 * Inkwell & Quire, an eval shop: an ENGLISH-language stationery and fountain-pen shop on
 * Margaret's Buildings in Bath, UK, priced in pounds as "£1,249.00" (currency left, no space,
 * comma thousands, two decimals; the symbol served as "&pound;"). Built ONCE from seed 2009
 * by `npx tsx tests/doubles/woocommerce/inkwell-quire.ts --write` and stored in
 * inkwell-quire.json, which the WooCommerce double serves; its dev questions
 * (tests/eval/dev10/) were written from that JSON, blind to the responder, before it was
 * ever asked one of them. Never rebuild the JSON to make a question pass.
 *
 * What it holds, on purpose:
 * - eight drawn ranges (inkwell-quire-range.ts) with explicit product names, specs in mm and
 *   inches, gsm, ml and page counts, and one fact per product stated only in the long
 *   description; 14 hand-written products (inkwell-quire-specials.ts), two of them over
 *   £1,000 and one a nib size × finish grid;
 * - variable products by nib size, ink colour, paper ruling and notebook size, whose
 *   variations carry their own prices and stock;
 * - sale prices, out of stock, backorder, counted and uncounted stock, restock dates in the
 *   descriptions' text;
 * - 8 pages (inkwell-quire-pages.ts) and 20 orders numbered 3 to 86 (inkwell-quire-orders.ts).
 */
import path from 'node:path';
import { seededRandom } from './catalog';
import { categoriesOf, priceFields, taxonomy } from './catalog-kit';
import {
	GB_PRICE_FORMAT,
	POUND_STERLING,
	type CoffeeShop,
} from './coffee-shop';
import { buildOrders } from './inkwell-quire-orders';
import { buildPages, FACTS, STORE_URL } from './inkwell-quire-pages';
import {
	INKS,
	NOTEBOOKS,
	PENS,
	type Choice,
	type Range,
} from './inkwell-quire-range';
import {
	CALLIGRAPHY,
	CARE,
	PAPER,
	PENCILS,
	WAX,
} from './inkwell-quire-sundries';
import { SPECIALS, stockOf } from './inkwell-quire-specials';
import type { WcProduct, WcVariation } from './server';
import * as kit from './shop-kit';
import type { Axis, Random, Spec } from './shop-kit';

/** The drawn ranges, in catalogue order (the seed draws them in this order). */
const RANGES: Range[] = [
	PENS,
	INKS,
	NOTEBOOKS,
	PAPER,
	PENCILS,
	CARE,
	WAX,
	CALLIGRAPHY,
];

const SNAPSHOT = path.join( __dirname, 'inkwell-quire.json' );
export const INKWELL_QUIRE_SEED = 2009;
const MODIFIED = '2026-12-02T16:20:00';
const RESTOCK = [
	'14 December 2026',
	'8 January 2027',
	'22 January 2027',
	'5 February 2027',
	'3 March 2027',
];

/** How an editor's HTML carries &, ×, ’ and –. */
const html = ( text: string ) =>
	text
		.replace( /&(?![a-z#0-9]+;)/g, '&amp;' )
		.replace( /×/g, '&times;' )
		.replace( /’/g, '&#8217;' )
		.replace( /–/g, '&ndash;' );

const shelf = ( r: Random, [ low, high ]: [ number, number ] ) =>
	kit.between( r, low, high ) - kit.pickOf( r, [ 0, 0, 0.05, 0.5 ] );

const drawStock = ( r: Random ) =>
	kit.stockFieldsAt( r, {
		outOfStock: 0.09,
		backorder: 0.16,
		counted: 0.72,
		most: 30,
	} );

const details = ( specs: Spec[] ) =>
	`<h3>Details</h3>\n<ul>${ specs.map( ( [ n, v ] ) => `<li><strong>${ n }:</strong> ${ html( v ) }</li>` ).join( '' ) }</ul>`;

/** The sentence a drawn product's page gives about its restock, if any. */
function restockNote( r: Random, status: unknown ): string {
	if ( status === 'instock' || r() < 0.35 ) {
		return '';
	}
	const date = kit.pickOf( r, RESTOCK );
	return status === 'outofstock'
		? `\n<p><strong>Expected back in stock on ${ date }.</strong></p>`
		: `\n<p><strong>On backorder: orders are sent from ${ date }.</strong></p>`;
}

const toAxis = ( choice: Choice ): Axis => ( {
	name: choice.name,
	options: choice.options.map( ( [ label, extra ] ) => ( {
		label,
		factor: extra,
	} ) ),
} );

function buildProducts( r: Random ) {
	const products: WcProduct[] = [];
	const variations = new Map< number, WcVariation[] >();
	const facts = new Map< number, string >();
	const taxa = taxonomy(
		categoriesOf( RANGES, SPECIALS ),
		{ category: 60, tag: 800 },
		kit.slugify
	);
	const shop = { slug: kit.slugify, modified: MODIFIED };
	let nextVariation = 9001;
	const shell = (
		id: number,
		name: string,
		sku: string,
		group: { category: string; tags: string[] },
		short: string,
		specs: Spec[]
	): WcProduct => ( {
		id,
		name: html( name ),
		slug: kit.slugify( name ),
		permalink: `${ STORE_URL }/shop/${ kit.slugify( name ) }/`,
		type: 'simple',
		status: 'publish',
		sku,
		short_description: `<p>${ html( short ) }</p>`,
		categories: [ taxa.category( group.category ) ],
		tags: taxa.tags( group.tags ),
		images: [
			{
				id: id * 3,
				src: `${ STORE_URL }/wp-content/uploads/2026/11/${ kit.slugify( name ) }.webp`,
				name: kit.slugify( name ),
				alt: name,
			},
		],
		attributes: specs.map( kit.specAttribute ),
		variations: [] as number[],
		date_modified_gmt: MODIFIED,
	} );
	const asVariable = (
		base: WcProduct,
		axes: Axis[],
		list: WcVariation[]
	) => {
		kit.makeVariable( base, axes, list );
		variations.set( base.id, list );
	};

	let id = 501;
	for ( const range of RANGES ) {
		for ( const name of range.names ) {
			const regular = shelf( r, range.pounds( r, name ) );
			const specs = range.draw( r, name, regular );
			const aside = kit.pickOf( r, range.asides );
			const base = shell(
				id,
				name,
				`IQ-${ range.code }-${ id }`,
				range,
				range.intro,
				specs
			);
			base.description = `<p>${ html( `${ range.intro } ${ aside }` ) }</p>\n${ details( specs ) }`;
			facts.set( id, aside );
			const sale = r() < 0.12 ? Math.round( regular * 0.8 ) - 0.05 : null;
			const axes = ( range.choices?.( name ) ?? [] ).map( toAxis );
			if ( axes.length ) {
				const list = kit.combosOf( axes ).map( ( combo ) => {
					const price =
						regular +
						combo.reduce( ( sum, c ) => sum + c.factor, 0 );
					return kit.variationFor(
						base,
						combo,
						{
							regular: price,
							sale:
								sale === null
									? null
									: Math.round( price * 0.8 ) - 0.05,
						},
						nextVariation++,
						drawStock( r ),
						shop
					);
				} );
				asVariable( base, axes, list );
			} else {
				const stock = drawStock( r );
				base.description += restockNote( r, stock.stock_status );
				Object.assign( base, priceFields( regular, sale ), stock );
			}
			products.push( base );
			id++;
		}
	}

	for ( const special of SPECIALS ) {
		const base = shell(
			id,
			special.name,
			`IQ-SP-${ id }`,
			special,
			special.short,
			special.specs
		);
		base.description = `${ special.html }\n${ details( special.specs ) }`;
		facts.set(
			id,
			special.html.replace( /<[^>]+>/g, '' ).replace( /&#8217;/g, '’' )
		);
		if ( special.simple ) {
			const [ regular, held, sale ] = special.simple;
			Object.assign(
				base,
				priceFields( regular, sale ?? null ),
				stockOf( held )
			);
		} else {
			const axes: Axis[] = special.axes!.map( ( [ name, labels ] ) => ( {
				name,
				options: labels.map( ( label ) => ( { label, factor: 0 } ) ),
			} ) );
			const list = special.rows!.map( ( [ labels, price, held ] ) =>
				kit.variationFor(
					base,
					labels.map( ( label, i ) => ( {
						name: axes[ i ]!.name,
						label,
						factor: 0,
					} ) ),
					{ regular: price, sale: null },
					nextVariation++,
					stockOf( held ),
					shop
				)
			);
			asVariable( base, axes, list );
		}
		products.push( base );
		id++;
	}
	return { products, variations, details: facts };
}

export function buildInkwellQuire(): CoffeeShop {
	const catalogue = buildProducts( seededRandom( INKWELL_QUIRE_SEED ) );
	return {
		...catalogue,
		...buildOrders( catalogue.products, catalogue.variations ),
		name: 'Inkwell & Quire',
		storeUrl: STORE_URL,
		lang: 'en',
		currency: POUND_STERLING,
		priceFormat: GB_PRICE_FORMAT,
		facts: FACTS,
		pages: buildPages(),
	};
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadInkwellQuire = kit.storedShop(
	SNAPSHOT,
	buildInkwellQuire,
	module
);
