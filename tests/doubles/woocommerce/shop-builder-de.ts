/**
 * Generic helpers for building a fixed German-language eval shop in WooCommerce's wc/v3
 * shapes (the CoffeeShop shape the eval runner serves): seeded picks, numbers as a German
 * shop writes them, slugs, HTML entities as editors leave them, stock fields, variation
 * expansion over attribute axes, WordPress pages, and storing/loading the shop as JSON
 * (built once with `--write`, never rebuilt to make a question pass).
 */
import type { ProductStyle } from './catalog-kit';
import type { WpPage } from './coffee-shop';
import { gridVariations } from './family-catalog';
import {
	between,
	entityWriter,
	pageWriter,
	pickOf,
	stockFieldsAt,
	type Random,
} from './shop-kit';

// The generic helpers live in shop-kit.ts, shared by every hand-built eval shop.
export {
	axisOptions,
	between,
	makeVariable,
	money,
	pickOf,
	loadShopSnapshot as readShopSnapshot,
	specAttribute,
	writeShopSnapshot,
	type Axis,
	type Random,
	type Spec,
} from './shop-kit';

/** A number as a German shop writes it: 1.800 / 23,5 / 4,0. */
export function deNumber( value: number, decimals = 0 ): string {
	const [ whole, fraction ] = value.toFixed( decimals ).split( '.' );
	const grouped = whole!.replace( /\B(?=(\d{3})+(?!\d))/g, '.' );
	return fraction ? `${ grouped },${ fraction }` : grouped;
}

export const withEntities = entityWriter( /[äöüÄÖÜß€–×°²½„“]|(?<=\d)"/g, {
	'"': '&#8243;',
} );

export function slugify( value: string ): string {
	return value
		.toLowerCase()
		.replace( /&amp;/g, 'und' )
		.replace( /ä/g, 'ae' )
		.replace( /ö/g, 'oe' )
		.replace( /ü/g, 'ue' )
		.replace( /ß/g, 'ss' )
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-|-$/g, '' );
}

/**
 * How a German shop files its products: under /produkt/, slugs with umlauts spelled out
 * (slugify), the photo's alt text the name itself.
 * @param storeUrl the shop's address
 * @param photos   the photos' folder below wp-content/uploads ("2026/11/")
 * @param modified the catalog's date
 * @param slug     a product's slug from its name (slugify unless given)
 */
export function germanStyle(
	storeUrl: string,
	photos: string,
	modified: string,
	slug: ( name: string ) => string = slugify
): ProductStyle {
	return { storeUrl, folder: 'produkt', slug, photos, modified };
}

/** A German shop price: ,99 / ,95 / ,90 endings. */
export function shopPrice( r: Random, min: number, max: number ): number {
	return between( r, min, max ) - pickOf( r, [ 0.01, 0.05, 0.1 ] );
}

/** Stock as a German shop of this kit reports it (shop-kit.ts stockFieldsAt). */
export const stockFields = ( r: Random ) =>
	stockFieldsAt( r, {
		outOfStock: 0.13,
		backorder: 0.21,
		counted: 0.72,
		most: 40,
	} );

/** A German shop's sale price: 15 % off, ending in ,99. */
export const salePrice = ( regular: number ) =>
	Math.round( regular * 0.85 ) - 0.01;

/**
 * One variation per combination of the axes' options, priced from the parent's regular
 * price times the options' factors (and 15 % off when the parent is on sale).
 */
export const expandVariations = gridVariations( {
	scale: ( regular, factor ) =>
		Math.round( ( regular + 0.01 ) * factor ) - 0.01,
	sale: salePrice,
	stock: stockFields,
	shop: { slug: slugify },
} );

/** A page as WordPress renders it: wptexturize turns "&" and "–" in titles into entities. */
export function wpPage(
	storeUrl: string,
	id: number,
	slug: string,
	title: string,
	html: string,
	entities = true
): WpPage {
	return pageWriter( storeUrl, '2026-11-30T09:15:00', withEntities )(
		id,
		slug,
		title,
		html,
		entities
	);
}
