/**
 * Small helpers every hand-built eval shop needs (seeded picks, money strings, slugs,
 * WordPress pages, and storing the shop once as JSON and loading it again). Whisker & Wag
 * uses them all; shop-builder-de.ts (Speiche & Kette) re-exports them; Beet & Spaten, Cairn &
 * Crest and Kaffeewerk store and load through them. Any change here must leave every stored
 * shop's `--write` output byte-identical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CoffeeShop, WpPage } from './coffee-shop';

export type Random = () => number;

/** One element of a list, chosen by the seeded generator. */
export const pickOf = < T >( r: Random, list: readonly T[] ): T =>
	list[ Math.floor( r() * list.length ) ]!;

/** A whole number from min to max (both included) in steps of `step`. */
export const between = ( r: Random, min: number, max: number, step = 1 ) =>
	min + Math.floor( r() * ( ( max - min ) / step + 1 ) ) * step;

/** A WooCommerce decimal string: 24.9 → "24.90". */
export const money = ( value: number ) => value.toFixed( 2 );

/** An ASCII slug as WordPress makes one from an English title ("&amp;" becomes "and"). */
export function slugify( value: string ): string {
	return value
		.toLowerCase()
		.replace( /&amp;|&/g, 'and' )
		.replace( /&[a-z]+;/g, '' )
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-|-$/g, '' );
}

/** A page as /wp-json/wp/v2/pages serves it, its title texturised like WordPress does. */
export function wpPage(
	storeUrl: string,
	page: { id: number; slug: string; title: string; html: string },
	modified = '2026-11-28T07:45:00'
): WpPage {
	return {
		id: page.id,
		slug: page.slug,
		link: `${ storeUrl }/${ page.slug }/`,
		modified_gmt: modified,
		title: {
			rendered: page.title
				.replace( /&/g, '&#038;' )
				.replace( /–/g, '&#8211;' ),
		},
		content: { rendered: page.html, protected: false },
	};
}

type Stored = Omit< CoffeeShop, 'variations' | 'notes' | 'details' > & {
	variations: Array< [ number, unknown[] ] >;
	notes: Array< [ number, unknown[] ] >;
	details: Array< [ number, string ] >;
};

/** A shop stored by writeShopSnapshot, with its maps rebuilt. */
export function loadShopSnapshot( file: string ): CoffeeShop {
	const stored = JSON.parse( readFileSync( file, 'utf8' ) ) as Stored;
	return {
		...stored,
		variations: new Map( stored.variations ) as CoffeeShop[ 'variations' ],
		notes: new Map( stored.notes ) as CoffeeShop[ 'notes' ],
		details: new Map( stored.details ),
	};
}

/** Stores a built shop as JSON (maps as entry lists), the way the eval loads it. */
export function writeShopSnapshot( file: string, shop: CoffeeShop ): void {
	const stored: Stored = {
		...shop,
		variations: [ ...shop.variations.entries() ],
		notes: [ ...shop.notes.entries() ],
		details: [ ...shop.details.entries() ],
	};
	writeFileSync( file, `${ JSON.stringify( stored, null, 1 ) }\n` );
}
