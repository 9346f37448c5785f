/**
 * The only code touching the commerce tables. Full-text SQL differs per dialect and is
 * branched here: SQLite FTS5 (bm25, porter, prefix index) or PostgreSQL tsvector + GIN.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Dialect } from '../../db';
import type {
	CommerceProductsTable,
	CommerceSyncTable,
	Database,
} from '../../db/schema';
import type { CatalogAttribute, CatalogItem } from './connector';

export interface ProductRecord {
	externalId: string;
	parentExternalId: string | null;
	kind: string;
	name: string;
	sku: string;
	permalink: string;
	currency: string;
	priceMinor: number | null;
	regularPriceMinor: number | null;
	salePriceMinor: number | null;
	stockStatus: string;
	stockQuantity: number | null;
	imageUrl: string | null;
	categories: string[];
	tags: string[];
	attributes: CatalogAttribute[];
	description: string;
}

export interface ConnectionRecord {
	siteId: string;
	organizationId: string;
	platform: string;
	storeUrl: string;
	credentials: string;
	webhookSecret: string | null;
	currency: string | null;
	badSignatures: number;
}

export interface CatalogSyncState {
	state: CommerceSyncTable[ 'state' ];
	runStartedAt: string | null;
	nextPage: number;
	totalPages: number | null;
	products: number;
	lastSyncedAt: string | null;
	lastError: string | null;
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

type ProductRow = Selectable< CommerceProductsTable >;

function toRecord( row: ProductRow ): ProductRecord {
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

/** FTS5 query: every group OR-ed within, groups AND-ed (or OR-ed); terms quoted, prefix-matched. */
function fts5Query( groups: string[][], mode: 'and' | 'or' ): string {
	return groups
		.map(
			( group ) =>
				`(${ group
					.map( ( term ) => `"${ term.replace( /"/g, '""' ) }"*` )
					.join( ' OR ' ) })`
		)
		.join( mode === 'and' ? ' AND ' : ' OR ' );
}

/** tsquery text: letters/digits only, multi-word synonyms as phrases, every word a prefix. */
function tsQuery( groups: string[][], mode: 'and' | 'or' ): string {
	return groups
		.map( ( group ) => {
			const alternatives = group
				.map( ( term ) =>
					( term.match( /[\p{L}\p{N}]+/gu ) ?? [] )
						.map( ( word ) => `${ word }:*` )
						.join( ' <-> ' )
				)
				.filter( Boolean );
			return alternatives.length
				? `(${ alternatives.join( ' | ' ) })`
				: '';
		} )
		.filter( Boolean )
		.join( mode === 'and' ? ' & ' : ' | ' );
}

export function createCommerceRepo( db: Kysely< Database >, dialect: Dialect ) {
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

	return {
		async getConnection(
			siteId: string
		): Promise< ConnectionRecord | undefined > {
			const row = await db
				.selectFrom( 'commerce_connections' )
				.selectAll()
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			return (
				row && {
					siteId: row.site_id,
					organizationId: row.organization_id,
					platform: row.platform,
					storeUrl: row.store_url,
					credentials: row.credentials,
					webhookSecret: row.webhook_secret,
					currency: row.currency,
					badSignatures: Number( row.bad_signatures ),
				}
			);
		},

		async saveConnection(
			connection: Omit< ConnectionRecord, 'badSignatures' | 'currency' >,
			at: string
		): Promise< void > {
			const values = {
				platform: connection.platform,
				store_url: connection.storeUrl,
				credentials: connection.credentials,
				webhook_secret: connection.webhookSecret,
				updated_at: at,
			};
			await db
				.insertInto( 'commerce_connections' )
				.values( {
					site_id: connection.siteId,
					organization_id: connection.organizationId,
					created_at: at,
					...values,
				} )
				.onConflict( ( oc ) =>
					oc.column( 'site_id' ).doUpdateSet( values )
				)
				.execute();
		},

		async setCurrency( siteId: string, currency: string ): Promise< void > {
			await db
				.updateTable( 'commerce_connections' )
				.set( { currency } )
				.where( 'site_id', '=', siteId )
				.execute();
		},

		async countBadSignature( siteId: string ): Promise< void > {
			await db
				.updateTable( 'commerce_connections' )
				.set( ( eb ) => ( {
					bad_signatures: eb( 'bad_signatures', '+', 1 ),
				} ) )
				.where( 'site_id', '=', siteId )
				.execute();
		},

		async getSync(
			siteId: string
		): Promise< CatalogSyncState | undefined > {
			const row = await db
				.selectFrom( 'commerce_sync' )
				.selectAll()
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			return (
				row && {
					state: row.state,
					runStartedAt: row.run_started_at,
					nextPage: Number( row.next_page ),
					totalPages:
						row.total_pages === null
							? null
							: Number( row.total_pages ),
					products: Number( row.products ),
					lastSyncedAt: row.last_synced_at,
					lastError: row.last_error,
				}
			);
		},

		async saveSync(
			organizationId: string,
			siteId: string,
			state: CatalogSyncState,
			at: string
		): Promise< void > {
			const values = {
				state: state.state,
				run_started_at: state.runStartedAt,
				next_page: state.nextPage,
				total_pages: state.totalPages,
				products: state.products,
				last_synced_at: state.lastSyncedAt,
				last_error: state.lastError,
				updated_at: at,
			};
			await db
				.insertInto( 'commerce_sync' )
				.values( {
					site_id: siteId,
					organization_id: organizationId,
					...values,
				} )
				.onConflict( ( oc ) =>
					oc.column( 'site_id' ).doUpdateSet( values )
				)
				.execute();
		},

		/** Sites whose full sync was interrupted (a crash or restart): resumed at start-up. */
		async interruptedSyncs(): Promise<
			Array< { siteId: string; organizationId: string } >
		> {
			const rows = await db
				.selectFrom( 'commerce_sync' )
				.select( [ 'site_id', 'organization_id' ] )
				.where( 'state', '=', 'syncing' )
				.execute();
			return rows.map( ( r ) => ( {
				siteId: r.site_id,
				organizationId: r.organization_id,
			} ) );
		},

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
			await db.transaction().execute( async ( trx ) => {
				for ( const item of items ) {
					const columns = productColumns( item, syncedAt, currency );
					await trx
						.insertInto( 'commerce_products' )
						.values( {
							organization_id: organizationId,
							site_id: siteId,
							external_id: item.externalId,
							...columns,
						} )
						.onConflict( ( oc ) =>
							oc
								.columns( [ 'site_id', 'external_id' ] )
								.doUpdateSet( columns )
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
			const rows = await db
				.selectFrom( 'commerce_products' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
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
			const rows = await db
				.selectFrom( 'commerce_products' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.where( 'parent_external_id', 'in', parentIds )
				.orderBy( 'id' )
				.execute();
			return rows.map( ( row ) => toRecord( row ) );
		},

		/** Parent products matching the term groups, best first (ids only; callers load what they show). */
		async searchProducts(
			organizationId: string,
			siteId: string,
			groups: string[][],
			mode: 'and' | 'or',
			limit: number
		): Promise< Array< { externalId: string; score: number } > > {
			if ( groups.length === 0 ) {
				return [];
			}
			if ( dialect === 'postgres' ) {
				const query = tsQuery( groups, mode );
				if ( ! query ) {
					return [];
				}
				const { rows } = await sql< {
					externalId: string;
					score: number;
				} >`
					select p.external_id as "externalId", ts_rank_cd(p.search, q) as score
					from commerce_products p cross join to_tsquery('english', ${ query }) q
					where p.organization_id = ${ organizationId } and p.site_id = ${ siteId } and p.search @@ q
					order by score desc, p.id
					limit ${ limit }`.execute( db );
				return rows.map( ( r ) => ( {
					externalId: r.externalId,
					score: Number( r.score ),
				} ) );
			}
			// bm25() is lower-is-better: negated. Column weights: name, sku, taxonomy, attributes, description.
			const { rows } = await sql< { externalId: string; score: number } >`
				select p.external_id as externalId, -bm25(commerce_products_fts, 10.0, 5.0, 3.0, 2.0, 1.0) as score
				from commerce_products_fts
				join commerce_products p on p.id = commerce_products_fts.rowid
				where commerce_products_fts match ${ fts5Query( groups, mode ) }
					and p.organization_id = ${ organizationId } and p.site_id = ${ siteId }
				order by score desc, p.id
				limit ${ limit }`.execute( db );
			return rows;
		},

		/** Whether the vocabulary holds the word or a word starting with it. */
		async knowsPrefix(
			siteId: string,
			prefix: string
		): Promise< boolean > {
			const row = await db
				.selectFrom( 'commerce_terms' )
				.select( 'term' )
				.where( 'site_id', '=', siteId )
				.where( 'term', '>=', prefix )
				.where( 'term', '<', `${ prefix }\u{10ffff}` )
				.limit( 1 )
				.executeTakeFirst();
			return Boolean( row );
		},

		/** Vocabulary words sharing the first letter and of a similar length (typo candidates). */
		async typoCandidates(
			siteId: string,
			word: string,
			maxDistance: number
		): Promise< string[] > {
			const first = word[ 0 ]!;
			const rows = await db
				.selectFrom( 'commerce_terms' )
				.select( 'term' )
				.where( 'site_id', '=', siteId )
				.where( 'term', '>=', first )
				.where( 'term', '<', `${ first }\u{10ffff}` )
				.where(
					sql< number >`length(term)`,
					'>=',
					word.length - maxDistance
				)
				.where(
					sql< number >`length(term)`,
					'<=',
					word.length + maxDistance
				)
				.limit( 5000 )
				.execute();
			return rows.map( ( r ) => r.term );
		},

		async synonyms( siteId: string ): Promise< Map< string, string[] > > {
			const rows = await db
				.selectFrom( 'commerce_synonyms' )
				.select( [ 'term', 'synonyms' ] )
				.where( 'site_id', '=', siteId )
				.execute();
			return new Map(
				rows.map( ( r ) => [
					r.term,
					JSON.parse( r.synonyms ) as string[],
				] )
			);
		},

		async replaceSynonyms(
			organizationId: string,
			siteId: string,
			entries: Array< { term: string; synonyms: string[] } >
		): Promise< void > {
			await db.transaction().execute( async ( trx ) => {
				await trx
					.deleteFrom( 'commerce_synonyms' )
					.where( 'site_id', '=', siteId )
					.execute();
				if ( entries.length ) {
					await trx
						.insertInto( 'commerce_synonyms' )
						.values(
							entries.map( ( e ) => ( {
								organization_id: organizationId,
								site_id: siteId,
								term: e.term,
								synonyms: JSON.stringify( e.synonyms ),
							} ) )
						)
						.execute();
				}
			} );
		},
	};
}

export type CommerceRepo = ReturnType< typeof createCommerceRepo >;
