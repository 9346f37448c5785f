/**
 * What every hand-built eval shop's catalog shares: its categories and tags as wc/v3 embeds
 * them in a product, a product record's fields in the order wc/v3 lists them, a simple
 * product's price fields, and the one-axis grid of a product sold in amounts or sizes (a gift
 * card). Each shop keeps its own families, names, prices, ids and slugs.
 */
import type { WcProduct, WcVariation } from './server';
import {
	asciiSlug,
	makeVariable,
	money,
	readable,
	variationFor,
	type Axis,
	type Spec,
	type StockFields,
} from './shop-kit';

/** The categories of a shop's families and specials, each once, in order of first use. */
export const categoriesOf = (
	...lists: Array< ReadonlyArray< { category: string } > >
) => [ ...new Set( lists.flat().map( ( entry ) => entry.category ) ) ];

/**
 * A product's `categories` and `tags` entries: a category's id is its place in `categories`
 * from `ids.category`, a tag's the order in which the catalog first uses it from `ids.tag`.
 * @param categories   every category of the shop, in id order
 * @param ids          the first category id and the first tag id
 * @param ids.category
 * @param ids.tag
 * @param slug         how the shop makes slugs
 * @param escape       whether "&" in a category name is written "&amp;" (false where the
 *                     shop's names already hold their entities)
 */
export function taxonomy(
	categories: readonly string[],
	ids: { category: number; tag: number },
	slug: ( value: string ) => string,
	escape = true
) {
	const tagIds = new Map< string, number >();
	return {
		category: ( name: string ) => ( {
			id: ids.category + categories.indexOf( name ),
			name: escape ? name.replace( /&/g, '&amp;' ) : name,
			slug: slug( name ),
		} ),
		tags: ( names: readonly string[] ) =>
			names.map( ( name ) => {
				if ( ! tagIds.has( name ) ) {
					tagIds.set( name, ids.tag + tagIds.size );
				}
				return { id: tagIds.get( name )!, name, slug: slug( name ) };
			} ),
	};
}

/** A simple product's or variation's price fields; `sale` null when it is not on sale. */
export const priceFields = ( regular: number, sale: number | null ) => ( {
	price: money( sale ?? regular ),
	regular_price: money( regular ),
	sale_price: sale === null ? '' : money( sale ),
	on_sale: sale !== null,
} );

/** One attribute axis whose options do not change the price (amounts, sizes). */
export const flatAxis = ( name: string, labels: readonly string[] ): Axis => ( {
	name,
	options: labels.map( ( label ) => ( { label, factor: 1 } ) ),
} );

/** A shop's catalog as its builder hands it on: products, variations, long-description facts. */
export interface Built {
	products: WcProduct[];
	variations: Map< number, WcVariation[] >;
	details: Map< number, string >;
}

/**
 * A catalog being filled in order: `simple` finishes a product with its price and stock
 * fields, `variable` makes it the parent of its variations; both append it.
 */
export function catalogOf() {
	const built: Built = {
		products: [],
		variations: new Map(),
		details: new Map(),
	};
	return {
		built,
		simple(
			base: WcProduct,
			...fields: Array< Record< string, unknown > | undefined >
		) {
			Object.assign( base, ...fields );
			built.products.push( base );
		},
		variable( base: WcProduct, axes: Axis[], list: WcVariation[] ) {
			makeVariable( base, axes, list );
			built.variations.set( base.id, list );
			built.products.push( base );
		},
	};
}

/**
 * A product name the catalog has not used yet, remembered as used.
 * @param used the names so far
 * @param make the name at the given attempt (later attempts may add the id)
 */
export function uniqueName(
	used: Set< string >,
	make: ( attempt: number ) => string
): string {
	let name = '';
	for ( let a = 0; ! name || used.has( name ); a++ ) {
		name = make( a );
	}
	used.add( name );
	return name;
}

/** How a shop writes its product records: where they live, their slugs, photos and date. */
export interface ProductStyle {
	storeUrl: string;
	/** The permalink's folder: "product", or "produkt" in the German shops. */
	folder: string;
	slug: ( name: string ) => string;
	/** The photo's folder below wp-content/uploads ("2026/10/", "" for the top); none: no photo. */
	photos?: string;
	/** The photo's alt text from the name (the name itself by default). */
	alt?: ( name: string ) => string;
	modified: string;
}

/**
 * How an English shop that writes its names with entities files its products (Copper & Cast,
 * Loom & Lantern, Aperture & Grain, Fermentary): under /product/, the slug and the photo's alt
 * text from the name as the shopper reads it.
 * @param storeUrl the shop's address
 * @param photos   the photos' folder below wp-content/uploads ("2026/11/")
 * @param modified the catalog's date
 * @param slug     a product's slug from its name (the readable name's ASCII slug unless given)
 */
export function englishStyle(
	storeUrl: string,
	photos: string,
	modified: string,
	slug = ( name: string ) => asciiSlug( readable( name ) )
): ProductStyle {
	return {
		storeUrl,
		folder: 'product',
		slug,
		photos,
		alt: readable,
		modified,
	};
}

/**
 * The fields a product record starts with, before the shop's texts: the order in which the
 * German shops (Speiche & Kette, Klangraum, Blattwerk) list them.
 * @param style how the shop writes records
 * @param id    the product's id
 * @param name  its name as the catalog shows it
 * @param sku   its SKU
 */
export function productHead(
	style: ProductStyle,
	id: number,
	name: string,
	sku: string
) {
	const slug = style.slug( name );
	return {
		id,
		name,
		slug,
		permalink: `${ style.storeUrl }/${ style.folder }/${ slug }/`,
		type: 'simple',
		status: 'publish',
		sku,
		images:
			style.photos === undefined
				? []
				: [
						{
							id: id * 10,
							src: `${ style.storeUrl }/wp-content/uploads/${ style.photos }${ slug }.jpg`,
							name: slug,
							alt: style.alt ? style.alt( name ) : name,
						},
					],
		variations: [] as number[],
		date_modified_gmt: style.modified,
	};
}

/** What a shop writes about a product: its texts, where it is filed, its spec attributes. */
export interface ProductText {
	description: string;
	short_description: string;
	categories: unknown[];
	tags: unknown[];
	attributes: unknown[];
}

/** A product record with every field in the order wc/v3 lists them (a simple product). */
export function productRecord(
	style: ProductStyle,
	id: number,
	name: string,
	sku: string,
	text: ProductText
): WcProduct {
	const {
		images,
		variations,
		date_modified_gmt: modified,
		...head
	} = productHead( style, id, name, sku );
	return {
		...head,
		description: text.description,
		short_description: text.short_description,
		categories: text.categories,
		tags: text.tags,
		images,
		attributes: text.attributes,
		variations,
		date_modified_gmt: modified,
	};
}

/** A special sold in amounts or sizes, each at its own price (and stock, where given). */
export interface OptionPrices {
	name: string;
	prices: ReadonlyArray< readonly [ string, number, StockFields? ] >;
}

/**
 * The one-axis grid of a product sold in amounts or sizes: its axis, and a variation per
 * option made by the shop (`variation`, called in the options' order).
 */
export function optionGrid(
	axis: OptionPrices,
	variation: (
		label: string,
		amount: number,
		stock?: StockFields
	) => WcVariation
): { axes: Axis[]; list: WcVariation[] } {
	const list = axis.prices.map( ( [ label, amount, stock ] ) =>
		variation( label, amount, stock )
	);
	return {
		axes: [
			flatAxis(
				axis.name,
				axis.prices.map( ( [ label ] ) => label )
			),
		],
		list,
	};
}

/** The variation of `base` at one option of one axis, at its full price (variationFor). */
export const optionVariation = (
	base: WcProduct,
	option: { axis: string; label: string; price: number },
	id: number,
	stock: StockFields,
	shop: { slug: ( value: string ) => string; modified: string }
): WcVariation =>
	variationFor(
		base,
		[ { name: option.axis, label: option.label, factor: 1 } ],
		{ regular: option.price, sale: null },
		id,
		stock,
		shop
	);

/** A product's specs as the list items of its description ("<li><strong>Gewicht:</strong> 2,4&nbsp;kg</li>"). */
export const specItems = ( specs: readonly Spec[] ) =>
	specs
		.map(
			( [ name, value ] ) =>
				`<li><strong>${ name }:</strong> ${ value.replace( / /g, '&nbsp;' ) }</li>`
		)
		.join( '' );

/** A product's specs as the rows of its description's table, each cell written by `cell`. */
export const specRows = (
	specs: readonly Spec[],
	cell: ( text: string ) => string = ( text ) => text
) =>
	specs
		.map(
			( [ name, value ] ) =>
				`<tr><th>${ cell( name ) }</th><td>${ cell( value ) }</td></tr>`
		)
		.join( '' );
