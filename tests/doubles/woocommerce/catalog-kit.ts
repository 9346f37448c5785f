/**
 * What every hand-built eval shop's catalog shares: its categories and tags as wc/v3 embeds
 * them in a product, a simple product's price fields, and the one-axis grid of a product
 * sold in amounts or sizes (a gift card). Each shop keeps its own families, names, prices,
 * ids and slugs.
 */
import type { WcProduct, WcVariation } from './server';
import { makeVariable, money, type Axis } from './shop-kit';

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
