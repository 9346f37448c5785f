/**
 * The commerce module's catalog rows: upserts of shop products and variations (with their
 * vocabulary words), deletions, reads by id and product states. Part of the commerce repo
 * (`createCommerceRepo` spreads it in); split from repo.ts along that seam (issue 14 item 4).
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Dialect } from '../../db';
import { camelRows } from '../../db/rows';
import type { CommerceProductsTable, Database } from '../../db/schema';
import type { CatalogAttribute, CatalogItem } from './connector';

/**
 * A product as stored: the catalog item's own fields, its prices in minor units with the
 * currency, and kind and stock status as the table keeps them (plain text).
 */
export interface ProductRecord extends Pick<
	CatalogItem,
	| 'externalId'
	| 'parentExternalId'
	| 'name'
	| 'sku'
	| 'permalink'
	| 'stockQuantity'
	| 'imageUrl'
	| 'categories'
	| 'tags'
	| 'attributes'
	| 'description'
> {
	kind: string;
	currency: string;
	priceMinor: number | null;
	regularPriceMinor: number | null;
	salePriceMinor: number | null;
	stockStatus: string;
}

/** Words kept for typo correction: names, categories, tags, attribute options. */
export function vocabularyOf( item: CatalogItem ): string[] {
	const text = [
		item.name,
		...item.categories,
		...item.tags,
		...item.attributes.flatMap( ( a ) => [ a.name, ...a.options ] ),
	]
		.join( ' ' )
		.toLowerCase()
		.normalize( 'NFKD' )
		.replace( /[\u0300-\u036f]/g, '' );
	return [ ...new Set( text.match( /[\p{L}\p{N}]{3,}/gu ) ?? [] ) ];
}

export type ProductRow = Selectable< CommerceProductsTable >;

export function toRecord( row: ProductRow ): ProductRecord {
	return {
		externalId: row.external_id,
		parentExternalId: row.parent_external_id,
		kind: row.kind,
		name: row.name,
		sku: row.sku,
		permalink: row.permalink,
		currency: row.currency,
		priceMinor: row.price_minor === null ? null : Number( row.price_minor ),
		regularPriceMinor:
			row.regular_price_minor === null
				? null
				: Number( row.regular_price_minor ),
		salePriceMinor:
			row.sale_price_minor === null
				? null
				: Number( row.sale_price_minor ),
		stockStatus: row.stock_status,
		stockQuantity:
			row.stock_quantity === null ? null : Number( row.stock_quantity ),
		imageUrl: row.image_url,
		categories: JSON.parse( row.categories ) as string[],
		tags: JSON.parse( row.tags ) as string[],
		attributes: JSON.parse( row.attributes ) as CatalogAttribute[],
		description: row.description_text,
	};
}

/** Rows per multi-row upsert: well under both dialects' bound-parameter limits (22 per row). */
const UPSERT_ROWS = 200;

/** The columns that describe a product as the shop sells it (what toRecord reads besides its id and text). */
const PRODUCT_FIELDS = [
	'parent_external_id',
	'kind',
	'name',
	'sku',
	'permalink',
	'currency',
	'price_minor',
	'regular_price_minor',
	'sale_price_minor',
	'stock_status',
	'stock_quantity',
	'image_url',
	'categories',
	'tags',
	'attributes',
] as const;

/** The columns a product is shown with (toRecord); not the search vector. */
export const SHOWN_COLUMNS = [
	'external_id',
	...PRODUCT_FIELDS,
	'description_text',
] as const;

/** Every column an upsert replaces (all but the row's identity). */
const UPDATED_ON_UPSERT = [
	...PRODUCT_FIELDS,
	'taxonomy_text',
	'attribute_text',
	'description_text',
	'modified_at',
	'synced_at',
] as const;

export function createCatalogRepo( db: Kysely< Database >, dialect: Dialect ) {
	const productColumns = (
		item: CatalogItem,
		syncedAt: string,
		currency: string
	) => ( {
		parent_external_id: item.parentExternalId,
		kind: item.kind,
		name: item.name,
		sku: item.sku,
		permalink: item.permalink,
		currency,
		price_minor: item.price,
		regular_price_minor: item.regularPrice,
		sale_price_minor: item.salePrice,
		stock_status: item.stockStatus,
		stock_quantity: item.stockQuantity,
		image_url: item.imageUrl,
		categories: JSON.stringify( item.categories ),
		tags: JSON.stringify( item.tags ),
		attributes: JSON.stringify( item.attributes ),
		taxonomy_text: [ ...item.categories, ...item.tags ].join( ' ' ),
		attribute_text: item.attributes
			.map( ( a ) => `${ a.name } ${ a.options.join( ' ' ) }` )
			.join( ' ' ),
		description_text: item.description.slice( 0, 4000 ),
		modified_at: item.modifiedAt,
		synced_at: syncedAt,
	} );

	/** One site's products and variations (every read is scoped to the organization too). */
	const siteProducts = ( organizationId: string, siteId: string ) =>
		db
			.selectFrom( 'commerce_products' )
			.where( 'organization_id', '=', organizationId )
			.where( 'site_id', '=', siteId );

	return {
		/** Inserts or replaces catalog items (one transaction) and adds their words to the vocabulary. */
		async upsertItems(
			organizationId: string,
			siteId: string,
			items: CatalogItem[],
			currency: string,
			syncedAt: string
		): Promise< void > {
			if ( items.length === 0 ) {
				return;
			}
			// Last write wins for an item listed twice (one multi-row upsert may not touch a row twice).
			const unique = [
				...new Map(
					items.map( ( item ) => [ item.externalId, item ] )
				).values(),
			];
			await db.transaction().execute( async ( trx ) => {
				// Multi-row upserts: one statement per UPSERT_ROWS items, not per item.
				for ( let i = 0; i < unique.length; i += UPSERT_ROWS ) {
					await trx
						.insertInto( 'commerce_products' )
						.values(
							unique
								.slice( i, i + UPSERT_ROWS )
								.map( ( item ) => ( {
									organization_id: organizationId,
									site_id: siteId,
									external_id: item.externalId,
									...productColumns(
										item,
										syncedAt,
										currency
									),
								} ) )
						)
						.onConflict( ( oc ) =>
							oc
								.columns( [ 'site_id', 'external_id' ] )
								.doUpdateSet( ( eb ) =>
									Object.fromEntries(
										UPDATED_ON_UPSERT.map( ( column ) => [
											column,
											eb.ref( `excluded.${ column }` ),
										] )
									)
								)
						)
						.execute();
				}
				const terms = [ ...new Set( items.flatMap( vocabularyOf ) ) ];
				for ( let i = 0; i < terms.length; i += 500 ) {
					await trx
						.insertInto( 'commerce_terms' )
						.values(
							terms.slice( i, i + 500 ).map( ( term ) => ( {
								site_id: siteId,
								term,
							} ) )
						)
						.onConflict( ( oc ) =>
							oc.columns( [ 'site_id', 'term' ] ).doNothing()
						)
						.execute();
				}
			} );
		},

		/**
		 * After a full catalog sync: SQLite merges the FTS5 index's segments into one (a
		 * freshly written index is spread over many, and every search reads them all:
		 * about twice the query time at 100,000 products). Takes ~0.4 s per 60,000 products,
		 * holding the write lock meanwhile. PostgreSQL's autovacuum does the equivalent.
		 */
		async compactSearchIndex(): Promise< void > {
			if ( dialect === 'sqlite' ) {
				await sql`insert into commerce_search(commerce_search) values ('optimize')`.execute(
					db
				);
			}
		},

		/** Removes products (and their variations) the shop deleted. */
		async deleteProducts(
			organizationId: string,
			siteId: string,
			externalIds: string[]
		): Promise< number > {
			if ( externalIds.length === 0 ) {
				return 0;
			}
			const result = await db
				.deleteFrom( 'commerce_products' )
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.where( ( eb ) =>
					eb.or( [
						eb( 'external_id', 'in', externalIds ),
						eb( 'parent_external_id', 'in', externalIds ),
					] )
				)
				.executeTakeFirst();
			return Number( result.numDeletedRows );
		},

		/** Variations of a product that the last read of its variations did not return. */
		async deleteVariationsNotSynced(
			siteId: string,
			parentExternalId: string,
			since: string
		): Promise< void > {
			await db
				.deleteFrom( 'commerce_products' )
				.where( 'site_id', '=', siteId )
				.where( 'parent_external_id', '=', parentExternalId )
				.where( 'synced_at', '<', since )
				.execute();
		},

		async deleteNotSyncedSince(
			siteId: string,
			since: string
		): Promise< number > {
			const result = await db
				.deleteFrom( 'commerce_products' )
				.where( 'site_id', '=', siteId )
				.where( 'synced_at', '<', since )
				.executeTakeFirst();
			return Number( result.numDeletedRows );
		},

		async countProducts( siteId: string ): Promise< number > {
			const row = await db
				.selectFrom( 'commerce_products' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'site_id', '=', siteId )
				.where( 'parent_external_id', 'is', null )
				.executeTakeFirstOrThrow();
			return Number( row.n );
		},

		async getProducts(
			organizationId: string,
			siteId: string,
			externalIds: string[]
		): Promise< ProductRecord[] > {
			if ( externalIds.length === 0 ) {
				return [];
			}
			const rows = await siteProducts( organizationId, siteId )
				.selectAll()
				.where( 'external_id', 'in', externalIds )
				.execute();
			return rows.map( ( row ) => toRecord( row ) );
		},

		async variationsOf(
			organizationId: string,
			siteId: string,
			parentIds: string[]
		): Promise< ProductRecord[] > {
			if ( parentIds.length === 0 ) {
				return [];
			}
			const rows = await siteProducts( organizationId, siteId )
				.selectAll()
				.where( 'parent_external_id', 'in', parentIds )
				.orderBy( 'id' )
				.execute();
			return rows.map( ( row ) => toRecord( row ) );
		},

		/**
		 * Price, stock and change times of products and variations by id, for telling a
		 * conversation that a product it showed has changed since (chat history).
		 * @param organizationId Owner of the site.
		 * @param siteId         Site.
		 * @param externalIds    Product or variation ids.
		 */
		async productStates(
			organizationId: string,
			siteId: string,
			externalIds: string[]
		): Promise< ProductState[] > {
			if ( externalIds.length === 0 ) {
				return [];
			}
			const rows = await siteProducts( organizationId, siteId )
				.select( [
					'external_id',
					'name',
					'price_minor',
					'stock_status',
					'stock_quantity',
					'modified_at',
					'synced_at',
				] )
				.where( 'external_id', 'in', externalIds )
				.execute();
			return camelRows( rows );
		},
	};
}

/** What `productStates` reads: enough to see whether a shown card is still true. */
export interface ProductState {
	externalId: string;
	name: string;
	priceMinor: number | null;
	stockStatus: string;
	stockQuantity: number | null;
	/** WooCommerce's date_modified (UTC ISO), when it sent one. */
	modifiedAt: string | null;
	/** When this sidecar last stored the row (UTC ISO). */
	syncedAt: string;
}

export type CatalogRepo = ReturnType< typeof createCatalogRepo >;
