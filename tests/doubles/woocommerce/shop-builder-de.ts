/**
 * Generic helpers for building a fixed German-language eval shop in WooCommerce's wc/v3
 * shapes (the CoffeeShop shape the eval runner serves): seeded picks, numbers as a German
 * shop writes them, slugs, HTML entities as editors leave them, stock fields, variation
 * expansion over attribute axes, WordPress pages, and storing/loading the shop as JSON
 * (built once with `--write`, never rebuilt to make a question pass).
 */
import type { WpPage } from './coffee-shop';
import type { WcProduct, WcVariation } from './server';
import { between, money, pickOf, type Random } from './shop-kit';

// The generic helpers live in shop-kit.ts, shared by every hand-built eval shop.
export {
	between,
	money,
	pickOf,
	loadShopSnapshot as readShopSnapshot,
	writeShopSnapshot,
	type Random,
} from './shop-kit';
export type Spec = [ name: string, value: string ];

/** A number as a German shop writes it: 1.800 / 23,5 / 4,0. */
export function deNumber( value: number, decimals = 0 ): string {
	const [ whole, fraction ] = value.toFixed( decimals ).split( '.' );
	const grouped = whole!.replace( /\B(?=(\d{3})+(?!\d))/g, '.' );
	return fraction ? `${ grouped },${ fraction }` : grouped;
}

const ENTITIES: Record< string, string > = {
	ä: '&auml;',
	ö: '&ouml;',
	ü: '&uuml;',
	Ä: '&Auml;',
	Ö: '&Ouml;',
	Ü: '&Uuml;',
	ß: '&szlig;',
	'€': '&euro;',
	'–': '&ndash;',
	'×': '&times;',
	'°': '&deg;',
	'²': '&sup2;',
	'½': '&frac12;',
	'„': '&#8222;',
	'“': '&#8220;',
	'"': '&#8243;',
};

/** Writes some characters as entities, as editors and imports leave them in HTML. */
export function withEntities( html: string ): string {
	return html.replace(
		/[äöüÄÖÜß€–×°²½„“]|(?<=\d)"/g,
		( c ) => ENTITIES[ c ]!
	);
}

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

/** A German shop price: ,99 / ,95 / ,90 endings. */
export function shopPrice( r: Random, min: number, max: number ): number {
	return between( r, min, max ) - pickOf( r, [ 0.01, 0.05, 0.1 ] );
}

/** Stock as WooCommerce reports it: out of stock, backorder, counted, or not managed. */
export function stockFields( r: Random ): Record< string, unknown > {
	const roll = r();
	if ( roll < 0.13 ) {
		return {
			stock_status: 'outofstock',
			manage_stock: true,
			stock_quantity: 0,
		};
	}
	if ( roll < 0.21 ) {
		return {
			stock_status: 'onbackorder',
			manage_stock: true,
			stock_quantity: 0,
			backorders: 'notify',
		};
	}
	if ( roll < 0.72 ) {
		return {
			stock_status: 'instock',
			manage_stock: true,
			stock_quantity: between( r, 1, 40 ),
		};
	}
	return {
		stock_status: 'instock',
		manage_stock: false,
		stock_quantity: null,
	};
}

/** A product attribute shown on the product page (not used for variations). */
export function specAttribute( [ name, value ]: Spec, position: number ) {
	return {
		id: 0,
		name,
		position,
		visible: true,
		variation: false,
		options: [ value ],
	};
}

export interface Axis {
	name: string;
	options: Array< { label: string; factor: number } >;
}

export const axisOptions = ( labels: string[], factors: number[] = [] ) =>
	labels.map( ( label, i ) => ( { label, factor: factors[ i ] ?? 1 } ) );

type Combo = Array< { name: string; label: string; factor: number } >;

/**
 * One variation per combination of the axes' options, priced from the parent's regular
 * price times the options' factors (and 15 % off when the parent is on sale).
 */
export function expandVariations(
	r: Random,
	base: WcProduct,
	axes: Axis[],
	regular: number,
	onSale: boolean,
	nextId: () => number
): WcVariation[] {
	const combos = axes.reduce< Combo[] >(
		( acc, axis ) =>
			acc.flatMap( ( combo ) =>
				axis.options.map( ( o ) => [
					...combo,
					{ name: axis.name, label: o.label, factor: o.factor },
				] )
			),
		[ [] ]
	);
	return combos.map( ( combo ) => {
		const factor = combo.reduce( ( n, c ) => n * c.factor, 1 );
		const vRegular =
			factor === 1
				? regular
				: Math.round( ( regular + 0.01 ) * factor ) - 0.01;
		const vSale = onSale ? Math.round( vRegular * 0.85 ) - 0.01 : null;
		const suffix = combo.map( ( c ) => slugify( c.label ) ).join( '-' );
		return {
			id: nextId(),
			sku: `${ String( base.sku ) }-${ suffix }`.toUpperCase(),
			permalink: `${ String( base.permalink ) }?${ combo
				.map(
					( c ) =>
						`attribute_${ slugify( c.name ) }=${ encodeURIComponent( c.label ) }`
				)
				.join( '&' ) }`,
			description: '',
			price: money( vSale ?? vRegular ),
			regular_price: money( vRegular ),
			sale_price: vSale === null ? '' : money( vSale ),
			on_sale: vSale !== null,
			...stockFields( r ),
			attributes: combo.map( ( c ) => ( {
				id: 0,
				name: c.name,
				option: c.label,
			} ) ),
			date_modified_gmt: String( base.date_modified_gmt ),
		};
	} );
}

/** Turns a product into the variable parent of `list`, as WooCommerce reports one. */
export function makeVariable(
	base: WcProduct,
	axes: Axis[],
	list: WcVariation[]
): void {
	const prices = list.map( ( v ) => Number( v.price ) );
	const specs = base.attributes as unknown[];
	Object.assign( base, {
		type: 'variable',
		price: money( Math.min( ...prices ) ),
		regular_price: '',
		sale_price: '',
		on_sale: list.some( ( v ) => v.on_sale ),
		manage_stock: false,
		stock_quantity: null,
		stock_status: list.some( ( v ) => v.stock_status !== 'outofstock' )
			? 'instock'
			: 'outofstock',
		attributes: [
			...specs,
			...axes.map( ( axis, i ) => ( {
				id: 0,
				name: axis.name,
				position: specs.length + i,
				visible: true,
				variation: true,
				options: axis.options.map( ( o ) => o.label ),
			} ) ),
		],
		variations: list.map( ( v ) => v.id ),
	} );
}

/** A page as WordPress renders it: wptexturize turns "&" and "–" in titles into entities. */
export function wpPage(
	storeUrl: string,
	id: number,
	slug: string,
	title: string,
	html: string,
	entities = true
): WpPage {
	return {
		id,
		slug,
		link: `${ storeUrl }/${ slug }/`,
		modified_gmt: '2026-11-30T09:15:00',
		title: {
			rendered: title
				.replace( /&/g, '&#038;' )
				.replace( /–/g, '&#8211;' ),
		},
		content: {
			rendered: entities ? withEntities( html ) : html,
			protected: false,
		},
	};
}
