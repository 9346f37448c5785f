/**
 * The catalog of a shop written out by hand as rows (Saltmarsh, Spielwerk, Wollknäuel): one
 * row a simple product, "name | category | price | sale | stock | tags | specs | short text |
 * detail" (the tags column only where the shop has tags), and ranged products whose rows are
 * "options | price | stock", the options of several axes split by " / ". Stock: a count, "-"
 * (not managed), "out" (sold out), "out:<date>" (sold out, with the date it comes back) or
 * "back:<date>" (on backorder, orderable now); a price "12.90" or "12.90>10.90" (regular >
 * sale); specs "Name=Value" pairs split by ";". The detail sentence stands only in the long
 * description. Each shop keeps its rows, ids, texts and taxonomy.
 */
import { catalogOf, priceFields, type Built } from './catalog-kit';
import type { WcProduct } from './server';
import { slugify, withEntities } from './shop-builder-de';
import {
	specAttribute,
	stockState,
	variationFor,
	type Axis,
	type Spec,
	type StockFields,
} from './shop-kit';

/** A product sold in options: the axes' names and a row per combination. */
export interface RowRanged {
	name: string;
	category: string;
	/** Comma-separated, where the shop has tags. */
	tags?: string;
	/** The axes' names, in the order a row's options are written. */
	axes: string[];
	rows: string[];
	specs: string;
	text: string;
	detail: string;
}

/** How a shop writes the products of its rows. */
export interface RowShop {
	storeUrl: string;
	/** The permalink's folder: "product", or "produkt" in the German shops. */
	folder: string;
	skuPrefix: string;
	modified: string;
	slug: ( value: string ) => string;
	/** The first product id and the first variation id. */
	ids: { product: number; variation: number };
	/** Whether a simple row has the tags column. */
	tagged: boolean;
	/** How a text, spec or detail is written in the HTML (as it is by default). */
	escape?: ( text: string ) => string;
	/** What stands between the long description's text and its spec list. */
	specHeading?: string;
	/** The long description as the record holds it (entities, say), from the product id. */
	description?: ( id: number, html: string ) => string;
	category: ( name: string ) => unknown;
	/** The tag entries from the tags column (or a ranged product's tags; '' where none). */
	tags: ( text: string ) => unknown[];
	/** The restock sentences in the shop's language. */
	notes: {
		backorder: ( date: string ) => string;
		soldOut: ( date: string ) => string;
	};
}

/**
 * How the German row shops (Spielwerk, Wollknäuel) write their records: permalinks below
 * "produkt", German slugs, and every other long description with its umlauts as entities,
 * as imports leave them.
 */
export const GERMAN_ROWS = {
	folder: 'produkt',
	slug: slugify,
	description: ( id: number, html: string ) =>
		id % 2 ? withEntities( html ) : html,
} satisfies Partial< RowShop >;

/** Stock fields and the restock sentence for a stock code. */
function stockOf(
	code: string,
	notes: RowShop[ 'notes' ]
): { fields: StockFields; note: string } {
	if ( code === '-' ) {
		return { fields: stockState.unmanaged(), note: '' };
	}
	const [ kind, date ] = code.split( ':' );
	if ( kind === 'back' ) {
		return {
			fields: stockState.backorder(),
			note: notes.backorder( date! ),
		};
	}
	const count = kind === 'out' ? 0 : Number( kind );
	return {
		fields: count > 0 ? stockState.counted( count ) : stockState.soldOut(),
		note: date ? notes.soldOut( date ) : '',
	};
}

const specsOf = ( text: string ): Spec[] =>
	text
		.split( ';' )
		.map( ( pair ) => pair.split( '=' ).map( ( s ) => s.trim() ) as Spec );

/** "12.90" or "12.90>10.90" (regular > sale). */
function pricesOf( text: string ) {
	const [ regular, sale ] = text.split( '>' ).map( Number );
	return { regular: regular!, sale: sale ?? null };
}

/** A shop's product records and their texts. */
function recordWriter( shop: RowShop ) {
	const escape = shop.escape ?? ( ( text: string ) => text );
	const texts = {
		/** Long description: text, spec list and the detail only it states. */
		long: ( text: string, specs: Spec[], detail: string ) =>
			`<p>${ escape( text ) }</p>${ shop.specHeading ?? '' }<ul>${ specs
				.map(
					( [ k, v ] ) =>
						`<li><strong>${ escape( k ) }:</strong> ${ escape( v ) }</li>`
				)
				.join( '' ) }</ul><p>${ escape( detail ) }</p>`,
		short: ( text: string, note: string ) =>
			`<p>${ escape( text ) }</p>${ note ? `<p><strong>${ note }</strong></p>` : '' }`,
	};
	return (
		id: number,
		item: { name: string; category: string; tags: string; text: string },
		specs: Spec[],
		detail: string,
		note: string
	): WcProduct => {
		const slug = shop.slug( item.name );
		const long = texts.long( item.text, specs, detail );
		return {
			id,
			name: item.name.replace( /&/g, '&amp;' ),
			slug,
			permalink: `${ shop.storeUrl }/${ shop.folder }/${ slug }/`,
			type: 'simple',
			status: 'publish',
			sku: `${ shop.skuPrefix }-${ id }`,
			images: [
				{
					id: id * 10,
					src: `${ shop.storeUrl }/wp-content/uploads/2026/11/${ slug }.jpg`,
					name: slug,
					alt: item.name,
				},
			],
			description: shop.description ? shop.description( id, long ) : long,
			short_description: texts.short( item.text, note ),
			categories: [ shop.category( item.category ) ],
			tags: shop.tags( item.tags ),
			attributes: specs.map( specAttribute ),
			variations: [] as number[],
			date_modified_gmt: shop.modified,
		};
	};
}

/**
 * The catalog of a shop's rows: its simple products first, then its ranged ones, ids counted
 * up from the shop's first ones in that order.
 * @param shop   how the shop writes its products
 * @param simple its simple rows
 * @param ranged its ranged products
 */
export function rowCatalog(
	shop: RowShop,
	simple: readonly string[],
	ranged: readonly RowRanged[]
): Built {
	const catalog = catalogOf();
	const record = recordWriter( shop );
	let nextId = shop.ids.product;
	let variationId = shop.ids.variation;

	for ( const row of simple ) {
		const cells = row.split( ' | ' ).map( ( s ) => s.trim() );
		const [ name, category, price, sale, stock ] = cells;
		const [ tags, specText, text, detail ] = shop.tagged
			? cells.slice( 5 )
			: [ '', ...cells.slice( 5 ) ];
		const id = nextId++;
		const specs = specsOf( specText! );
		const { fields, note } = stockOf( stock!, shop.notes );
		catalog.simple(
			record(
				id,
				{ name: name!, category: category!, tags: tags!, text: text! },
				specs,
				detail!,
				note
			),
			priceFields( Number( price ), sale ? Number( sale ) : null ),
			fields
		);
		catalog.built.details.set( id, detail! );
	}

	for ( const item of ranged ) {
		const id = nextId++;
		const specs = specsOf( item.specs );
		const base = record(
			id,
			{ ...item, tags: item.tags ?? '' },
			specs,
			item.detail,
			''
		);
		const rows = item.rows.map( ( row ) => row.split( ' | ' ) );
		const axes: Axis[] = item.axes.map( ( axisName, a ) => ( {
			name: axisName,
			options: [
				...new Set( rows.map( ( [ o ] ) => o!.split( ' / ' )[ a ]! ) ),
			].map( ( label ) => ( { label, factor: 1 } ) ),
		} ) );
		const made = rows.map( ( [ options, price, stock ] ) => {
			const { fields, note } = stockOf( stock!.trim(), shop.notes );
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
				shop
			);
			v.description = note ? `<p>${ note }</p>` : '';
			return v;
		} );
		catalog.variable( base, axes, made );
		catalog.built.details.set( id, item.detail );
	}
	return catalog.built;
}
