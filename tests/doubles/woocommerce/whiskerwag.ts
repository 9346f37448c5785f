/**
 * Whisker & Wag, the fifth eval shop: an ENGLISH-language pet supplies shop in Harrogate
 * (UK), priced in pounds the way WooCommerce formats them for Great Britain ("£1,234.50":
 * currency left without a space, comma thousands, dot decimals). Built ONCE from seed 2311 by
 * `npx tsx tests/doubles/woocommerce/whiskerwag.ts --write` and stored in whiskerwag.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev4/) were written from
 * that JSON before the responder was ever asked one of them. Never rebuild the JSON to make
 * a question pass.
 *
 * What it holds, on purpose:
 * - 15 families (dog food, cat food, cat litter, aquariums, filters, bird cages, hutches,
 *   leads, collars, dog beds, cat trees, toys, grooming, reptile heating, carriers) with
 *   metric and imperial units (kg and lbs, cm and inches, litres, W, l/h), one fact per
 *   product stated only in the long description, SKUs, categories and tags;
 * - variable products (bag size, pouch pack, tank volume, lead colour, collar size S–XL,
 *   bed size, toy bundle, gift card amount) whose variations carry their own prices, sale
 *   prices and stock;
 * - sale prices, out of stock, backorder, managed and unmanaged stock;
 * - products named with policy and contact words (Returnable Glass Water Bottle, Delivery
 *   Day Treat Box, Guarantee Chew, Contact Me ID Tag, Parcel Box Cat Scratcher, Highland
 *   Salmon Oil, Payment-Free Trial Pack …) and shoppers whose e-mail domains look like products;
 * - HTML entities (&amp; &pound; &times; &ndash; &nbsp; &frac12; &deg;);
 * - 8 pages in their own voices and 10 orders numbered 1..10 in six statuses.
 * The shape is the one the coffee shops use (CoffeeShop), so the same runner serves it.
 */
import * as kit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import { GB_PRICE_FORMAT, type CoffeeShop } from './coffee-shop';
import type { WcProduct, WcVariation } from './server';
import {
	between,
	combosOf,
	entityWriter,
	pickOf,
	shopFrom,
	slugify,
	specAttribute,
	stockFieldsAt,
	storedShop,
	variationFor,
	type Combo,
	type Random,
} from './shop-kit';
import { buildOrders, buildPages, FACTS, STORE_URL } from './whiskerwag-pages';
import { FAMILIES, SPECIALS, type Spec } from './whiskerwag-range';

const SNAPSHOT = path.join( __dirname, 'whiskerwag.json' );
export const WHISKERWAG_SEED = 2311;
const FAMILY_PRODUCTS = 112;

const MODELS = (
	'Bramble Hazel Pennine Thistle Wensley Heather Juniper Rowan Alder Skye Harris ' +
	'Fen Tarn Beck Clover Mallow Sorrel Teasel Foxglove Bracken Larch Willow Cobble ' +
	'Marram Sedge Loch Dale Moss Ember Puffin'
).split( ' ' );

/** Characters an editor leaves as entities in English HTML. */
export const withEntities = entityWriter( /[£–×°½]/g );

/** A UK shelf price: .99, .49 or .00 below £100, round pounds minus a penny above. */
function shopPrice( r: Random, min: number, max: number ): number {
	const whole = between( r, min, max );
	if ( whole >= 100 ) {
		return whole - pickOf( r, [ 0.01, 0 ] );
	}
	return whole - pickOf( r, [ 0.01, 0.51, 0.01 ] );
}

const stockFields = ( r: Random ) =>
	stockFieldsAt( r, {
		outOfStock: 0.12,
		backorder: 0.2,
		counted: 0.7,
		most: 45,
	} );

function describe( blurb: string, specs: Spec[], detail: string ): string {
	const rows = specs
		.map(
			( [ name, value ] ) =>
				`<li><strong>${ name }:</strong> ${ value.replace( / /g, '&nbsp;' ) }</li>`
		)
		.join( '' );
	return withEntities(
		`<p>${ blurb } ${ detail }</p><h3>Specifications</h3><ul>${ rows }</ul>`
	);
}

function variation(
	r: Random,
	base: WcProduct,
	combo: Combo,
	regular: number,
	sale: number | null,
	id: number
): WcVariation {
	return variationFor( base, combo, { regular, sale }, id, stockFields( r ), {
		slug: slugify,
		modified: '2026-12-03T09:10:00',
	} );
}

function buildCatalog( r: Random ): kit.Built {
	const shop = kit.catalogOf();
	const { details } = shop.built;
	const used = new Set< string >();
	let variationId = 7000;
	const { category, tags } = kit.taxonomy(
		kit.categoriesOf( FAMILIES, SPECIALS ),
		{ category: 40, tag: 800 },
		slugify
	);
	const product = (
		id: number,
		name: string,
		sku: string,
		categoryName: string,
		tagNames: string[],
		description: string,
		short: string,
		specs: Spec[]
	): WcProduct => {
		const slug = slugify( name );
		return {
			id,
			name,
			slug,
			permalink: `${ STORE_URL }/product/${ slug }/`,
			type: 'simple',
			status: 'publish',
			sku,
			description,
			short_description: withEntities( `<p>${ short }</p>` ),
			categories: [ category( categoryName ) ],
			tags: tags( tagNames ),
			images: [
				{
					id: id * 10,
					src: `${ STORE_URL }/wp-content/uploads/2026/10/${ slug }.jpg`,
					name: slug,
					alt: name,
				},
			],
			attributes: specs.map( specAttribute ),
			variations: [] as number[],
			date_modified_gmt: '2026-12-03T09:10:00',
		};
	};

	for ( let index = 0; index < FAMILY_PRODUCTS; index++ ) {
		const id = 1101 + index;
		const family = FAMILIES[ index % FAMILIES.length ]!;
		let noun = '';
		const name = kit.uniqueName( used, ( a ) => {
			noun = pickOf( r, family.nouns );
			return `${ pickOf( r, MODELS ) } ${ noun }${ a > 4 ? ` ${ id }` : '' }`;
		} );
		const specs = family.specs( r, noun );
		const detail = family.detail( r, noun );
		const regular = shopPrice( r, family.price[ 0 ], family.price[ 1 ] );
		const onSale = r() < 0.22;
		const sale = onSale ? Math.round( regular * 0.8 ) - 0.01 : null;
		const base = product(
			id,
			name,
			`WW-${ family.key.toUpperCase() }-${ id }`,
			family.category,
			family.tags,
			describe( family.blurb, specs, detail ),
			family.blurb,
			specs
		);
		details.set( id, detail );
		if ( ! family.axes ) {
			shop.simple(
				base,
				kit.priceFields( regular, sale ),
				stockFields( r )
			);
			continue;
		}
		base.type = 'variable';
		const list = combosOf( family.axes ).map( ( combo ) => {
			const factor = combo.reduce( ( n, c ) => n * c.factor, 1 );
			const vRegular =
				factor === 1
					? regular
					: Math.round( ( regular + 0.01 ) * factor ) - 0.01;
			const vSale =
				onSale && r() < 0.7
					? Math.round( vRegular * 0.8 ) - 0.01
					: null;
			return variation( r, base, combo, vRegular, vSale, variationId++ );
		} );
		shop.variable( base, family.axes, list );
	}

	SPECIALS.forEach( ( special, i ) => {
		const id = 1101 + FAMILY_PRODUCTS + i;
		const base = product(
			id,
			special.name,
			`WW-SP-${ id }`,
			special.category,
			special.tags,
			withEntities( special.description ),
			special.short,
			special.specs
		);
		details.set( id, special.description );
		if ( ! special.axis ) {
			shop.simple(
				base,
				kit.priceFields( special.price, special.sale ?? null ),
				special.stock
			);
			return;
		}
		const axis = special.axis;
		base.type = 'variable';
		const list = axis.prices.map( ( [ label, price, stock ] ) => ( {
			...variation(
				r,
				base,
				[ { name: axis.name, label, factor: 1 } ],
				price,
				null,
				variationId++
			),
			...stock,
		} ) );
		shop.variable(
			base,
			[
				kit.flatAxis(
					axis.name,
					axis.prices.map( ( [ label ] ) => label )
				),
			],
			list
		);
	} );
	return shop.built;
}

export function buildWhiskerWag(): CoffeeShop {
	const r = seededRandom( WHISKERWAG_SEED );
	const built = buildCatalog( r );
	return shopFrom(
		{ name: 'Whisker & Wag', storeUrl: STORE_URL, lang: 'en' },
		built,
		buildOrders( r, built.products, built.variations ),
		{
			currency: {
				code: 'GBP',
				name: 'Pound sterling',
				symbol: '&pound;',
			},
			priceFormat: GB_PRICE_FORMAT,
			pages: buildPages( withEntities ),
			facts: FACTS,
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadWhiskerWag = storedShop( SNAPSHOT, buildWhiskerWag, module );
