/**
 * The only code touching the commerce tables. Full-text SQL differs per dialect and is
 * branched here: SQLite FTS5 (bm25, porter, prefix index) or PostgreSQL tsvector + GIN.
 */
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { Dialect } from '../../db';
import type {
	CommerceProductsTable,
	CommerceSyncTable,
	Database,
} from '../../db/schema';
import type { CatalogAttribute, CatalogItem } from './connector';
import type { PriceFormat } from './money';
import {
	COMPLETIONS_PER_WORD,
	type TypoRequest,
	type VocabularyAnswers,
} from './search';

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
	/** How the shop prints prices; null until read from the shop. */
	priceFormat: PriceFormat | null;
	/** When the catalog was last confirmed fresh (full sync or reconciliation). */
	catalogConfirmedAt: string | null;
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

/** A search hit: the product's shop id and its relevance (higher is better). */
export interface SearchHit {
	externalId: string;
	score: number;
}

/** Products found for a search, best first, and all their variations. */
export interface FoundProducts {
	products: ProductRecord[];
	variations: ProductRecord[];
}

/** The columns a found product is shown with (toRecord); not the search vector. */
const SHOWN_COLUMNS = [
	'external_id',
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
	'description_text',
] as const;

/**
 * Matches a PostgreSQL search ranks at most. Beyond this many the words are broad ("shirt"
 * in a 100,000-product shop): ranking every match would cost more than the 10 ms budget
 * for no better answer, so the first matches in index order are ranked (ts_rank_cd still
 * puts those naming the words in their name first). ADR 0015.
 */
export const RANKED_MATCHES_AT_MOST = 200;

/** Which fields the words must be found in: name and SKU; those and categories, tags, attributes; all. */
type SearchFields = 'all' | 'name' | 'catalog';

/** SQLite's ranking tiers, best first (see sqliteTieredSearch). */
const SQLITE_TIERS: SearchFields[] = [ 'name', 'catalog', 'all' ];

/** Digits are SKU and id fragments, matched as prefixes; words arrive whole (see queryGroups). */
const isPrefixTerm = ( word: string ) => /^\d+$/.test( word );

function quotedFts5( text: string ): string {
	return `"${ text.replace( /"/g, '""' ) }"`;
}

/** Column filters; none for all fields (a filter costs a position-list check per row). */
const FTS5_FIELDS: Record< SearchFields, string > = {
	name: '{name sku} : ',
	catalog: '{name sku taxonomy_text attribute_text} : ',
	all: '',
};

/** FTS5 query over the chosen fields: every group OR-ed within, groups AND-ed (or OR-ed). */
export function fts5Query(
	groups: string[][],
	mode: 'and' | 'or',
	fields: SearchFields
): string {
	const words = groups
		.map(
			( group ) =>
				`(${ group
					.map(
						( term ) =>
							`${ quotedFts5( term ) }${ isPrefixTerm( term ) ? '*' : '' }`
					)
					.join( ' OR ' ) })`
		)
		.join( mode === 'and' ? ' AND ' : ' OR ' );
	return `${ FTS5_FIELDS[ fields ] }(${ words })`;
}

/** tsquery text: letters/digits only, multi-word synonyms as phrases, digits as prefixes. */
export function tsQuery( groups: string[][], mode: 'and' | 'or' ): string {
	return groups
		.map( ( group ) => {
			const alternatives = group
				.map( ( term ) =>
					( term.match( /[\p{L}\p{N}]+/gu ) ?? [] )
						.map( ( word ) =>
							isPrefixTerm( word ) ? `${ word }:*` : word
						)
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

/**
 * SQLite keeps each site's documents in their own rowid range of the FTS5 table: rowid =
 * site ordinal × 2^40 + product id (see the per-site search migration), so a search seeks
 * straight to its site's postings.
 */
const SITE_ROWID_SPAN = 2 ** 40;

/** Rows per multi-row upsert: well under both dialects' bound-parameter limits (22 per row). */
const UPSERT_ROWS = 200;

/** Every column an upsert replaces (all but the row's identity). */
const UPDATED_ON_UPSERT = [
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
	'taxonomy_text',
	'attribute_text',
	'description_text',
	'modified_at',
	'synced_at',
] as const;

/**
 * PostgreSQL: the site's parent products matching tsquery `q` (a FROM item of the caller).
 * The index keys every word by its site (commerce_site_lexemes, migration
 * …-commerce-search-site-lexemes), so the index scan reads only this shop's postings;
 * `search @@ q` rechecks phrases, which the position-less site lexemes match as AND. The
 * site check is written `site_id || ''` so the planner never ANDs the site's whole
 * parent index into the bitmap (it did for digit prefixes: 10-40 ms); the site lexemes
 * already select the site, this keeps the tenant check explicit.
 */
function siteMatch( siteId: string ) {
	return sql`commerce_site_lexemes(p.site_id, p.search) @@ commerce_site_query(${ siteId }, q)
		and p.kind != 'variation' and p.search @@ q and p.site_id || '' = ${ siteId }`;
}

/** Above this many groups the all-but-one fallback (one index scan per group) is skipped. */
const DROP_ONE_GROUPS_AT_MOST = 8;

/** Typo candidates fetched per word at most. */
const TYPO_CANDIDATES_AT_MOST = 5000;

/** Up to COMPLETIONS_PER_WORD vocabulary words starting with `word`, in term order. */
function completionProbe( siteId: string, word: string ) {
	return sql`select 'c' as kind, cast(${ word } as text) as word, t.term from (
		select term from commerce_terms
		where site_id = ${ siteId } and term >= ${ word } and term < ${ `${ word }\u{10ffff}` }
		order by term
		limit ${ COMPLETIONS_PER_WORD }
	) t`;
}

/** Typo candidates: vocabulary words sharing the first letter, of a similar length. */
function typoProbe( siteId: string, word: string, maxDistance: number ) {
	const first = word[ 0 ]!;
	return sql`select 't' as kind, cast(${ word } as text) as word, t.term from (
		select term from commerce_terms
		where site_id = ${ siteId } and term >= ${ first } and term < ${ `${ first }\u{10ffff}` }
			and length(term) >= ${ word.length - maxDistance }
			and length(term) <= ${ word.length + maxDistance }
		limit ${ TYPO_CANDIDATES_AT_MOST }
	) t`;
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

	/** Product ids to shop ids, for this tenant only (a stray index row can never leak across). */
	const withExternalIds = async (
		organizationId: string,
		siteId: string,
		scored: Array< { id: number; score: number } >
	): Promise< Array< SearchHit & { id: number } > > => {
		if ( scored.length === 0 ) {
			return [];
		}
		// By primary key alone, tenant checked here: with the site in the WHERE clause SQLite
		// would walk the site's index instead of looking the few ids up.
		const rows = (
			await db
				.selectFrom( 'commerce_products' )
				.select( [ 'id', 'external_id', 'organization_id', 'site_id' ] )
				.where(
					'id',
					'in',
					scored.map( ( hit ) => hit.id )
				)
				.execute()
		).filter(
			( r ) =>
				r.organization_id === organizationId && r.site_id === siteId
		);
		const external = new Map(
			rows.map( ( r ) => [ Number( r.id ), r.external_id ] )
		);
		return scored
			.filter( ( hit ) => external.has( hit.id ) )
			.map( ( hit ) => ( {
				...hit,
				externalId: external.get( hit.id )!,
			} ) );
	};

	/**
	 * SQLite: FTS5 within the site's rowid range, ranked by where the words are found:
	 * name or SKU first, then categories, tags and attributes, then the description; index
	 * order within a tier. Each tier reads at most `limit` rowids, so the cost stays flat
	 * however common the words are. (FTS5's bm25() would be the natural ranking, but it
	 * counts each word's documents across the whole table on every query: 7-70 ms for
	 * common words at 200,000 products. ADR 0015.)
	 */
	const sqliteTieredSearch = async (
		organizationId: string,
		siteId: string,
		groups: string[][],
		mode: 'and' | 'or',
		limit: number
	): Promise< SearchHit[] > => {
		const site = await db
			.selectFrom( 'commerce_search_sites' )
			.select( 'ordinal' )
			.where( 'site_id', '=', siteId )
			.executeTakeFirst();
		if ( ! site ) {
			return [];
		}
		const first = Number( site.ordinal ) * SITE_ROWID_SPAN;
		const last = first + SITE_ROWID_SPAN - 1;
		const found = new Map< number, number >();
		for ( const [ index, fields ] of SQLITE_TIERS.entries() ) {
			const { rows } = await sql< { id: number } >`
				select rowid - ${ first } as id from commerce_search
				where commerce_search match ${ fts5Query( groups, mode, fields ) }
					and rowid between ${ first } and ${ last }
				limit ${ limit + found.size }`.execute( db );
			for ( const row of rows ) {
				if ( ! found.has( Number( row.id ) ) ) {
					found.set( Number( row.id ), SQLITE_TIERS.length - index );
				}
			}
			if ( found.size >= limit ) {
				break;
			}
		}
		const top = [ ...found ]
			.slice( 0, limit )
			.map( ( [ id, score ] ) => ( { id, score } ) );
		return ( await withExternalIds( organizationId, siteId, top ) ).map(
			( { externalId, score } ) => ( { externalId, score } )
		);
	};

	/**
	 * PostgreSQL: the site's matches of one tsquery, best first: ts_rank_cd (name and SKU
	 * weigh most) over at most RANKED_MATCHES_AT_MOST of them (ADR 0015).
	 */
	const rankedMatches = (
		organizationId: string,
		siteId: string,
		query: string,
		limit: number
	) => sql`
		select m.id, m.external_id, ts_rank_cd(m.search, q) as score
		from to_tsquery('english', ${ query }) q, lateral (
			select p.id, p.external_id, p.search from commerce_products p
			where ${ siteMatch( siteId ) }
				and p.organization_id = ${ organizationId }
			limit ${ RANKED_MATCHES_AT_MOST }
		) m
		order by score desc, m.id
		limit ${ limit }`;

	/** PostgreSQL: the search alone (ids and scores; see rankedMatches). */
	const postgresSearch = async (
		organizationId: string,
		siteId: string,
		groups: string[][],
		mode: 'and' | 'or',
		limit: number
	): Promise< SearchHit[] > => {
		const query = tsQuery( groups, mode );
		if ( ! query ) {
			return [];
		}
		const { rows } = await sql< {
			external_id: string;
			score: number;
		} >`${ rankedMatches( organizationId, siteId, query, limit ) }`.execute(
			db
		);
		return rows.map( ( r ) => ( {
			externalId: r.external_id,
			score: Number( r.score ),
		} ) );
	};

	/**
	 * PostgreSQL fallback when all groups together find nothing: the products matching all
	 * groups but one (each group left out in turn), ranked against any group. One stray
	 * word (a mistyped SKU number, a word the shop does not use) no longer turns the query
	 * into "any word", whose index scan unions every broad word's postings (17-31 ms at
	 * 100,000 products); each all-but-one scan intersects them instead (~1 ms each).
	 */
	const allButOneMatches = (
		organizationId: string,
		siteId: string,
		groups: string[][],
		limit: number
	) => {
		const branches = groups.map(
			( _, left ) => sql`(select m.id, m.external_id, m.search
				from to_tsquery('english', ${ tsQuery(
					groups.filter( ( __, index ) => index !== left ),
					'and'
				) }) q, lateral (
					select p.id, p.external_id, p.search from commerce_products p
					where ${ siteMatch( siteId ) }
						and p.organization_id = ${ organizationId }
					limit ${ RANKED_MATCHES_AT_MOST }
				) m)`
		);
		return sql`
			select c.id, c.external_id,
				ts_rank_cd(c.search, to_tsquery('english', ${ tsQuery( groups, 'or' ) })) as score
			from (
				select distinct on (u.id) u.* from (${ sql.join(
					branches,
					sql` union all `
				) }) u
			) c
			order by score desc, c.id
			limit ${ limit }`;
	};

	/**
	 * PostgreSQL: the ranked matches of one tsquery and the rows shown (the hits and their
	 * variations, told apart by `hit_score`) in one round trip.
	 */
	const postgresMatchesWithRows = async (
		organizationId: string,
		siteId: string,
		hitsQuery: RawBuilder< unknown >
	): Promise< FoundProducts > => {
		const columns = sql.join(
			SHOWN_COLUMNS.map( ( column ) => sql.ref( `p.${ column }` ) )
		);
		const { rows } = await sql<
			ProductRow & { id: number; hit_score: number | null }
		>`
			with hits as materialized (${ hitsQuery })
			select p.id, h.score as hit_score, ${ columns }
			from hits h join commerce_products p on p.id = h.id
			union all
			select p.id, null, ${ columns }
			from hits h join commerce_products p on p.site_id = ${ siteId }
				and p.parent_external_id = h.external_id
				and p.organization_id = ${ organizationId }`.execute( db );
		const byRank = rows
			.filter( ( r ) => r.hit_score !== null )
			.sort(
				( a, b ) =>
					Number( b.hit_score ) - Number( a.hit_score ) ||
					Number( a.id ) - Number( b.id )
			);
		const variations = rows
			.filter( ( r ) => r.hit_score === null )
			.sort( ( a, b ) => Number( a.id ) - Number( b.id ) );
		return {
			products: byRank.map( ( row ) => toRecord( row ) ),
			variations: variations.map( ( row ) => toRecord( row ) ),
		};
	};

	/**
	 * PostgreSQL: all groups; else (several groups, nothing found) all groups but one (3-8
	 * groups); else any group. One round trip per step, the first usually the last. (The
	 * fallback inside the same statement, gated on the first finding
	 * nothing, made the planner cost a parallel plan for it and start workers it never
	 * used: ~6 ms on every query.)
	 */
	const postgresFindProducts = async (
		organizationId: string,
		siteId: string,
		groups: string[][],
		limit: number
	): Promise< FoundProducts > => {
		const all = tsQuery( groups, 'and' );
		if ( ! all ) {
			return { products: [], variations: [] };
		}
		const found = await postgresMatchesWithRows(
			organizationId,
			siteId,
			rankedMatches( organizationId, siteId, all, limit )
		);
		if ( found.products.length > 0 || groups.length < 2 ) {
			return found;
		}
		if ( groups.length >= 3 && groups.length <= DROP_ONE_GROUPS_AT_MOST ) {
			const allButOne = await postgresMatchesWithRows(
				organizationId,
				siteId,
				allButOneMatches( organizationId, siteId, groups, limit )
			);
			if ( allButOne.products.length > 0 ) {
				return allButOne;
			}
		}
		return postgresMatchesWithRows(
			organizationId,
			siteId,
			rankedMatches(
				organizationId,
				siteId,
				tsQuery( groups, 'or' ),
				limit
			)
		);
	};

	return {
		/** Whether vocabularyAnswers should replace the separate look-ups (one round trip each). */
		batchesVocabulary: dialect === 'postgres',

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
					priceFormat: row.price_format
						? ( JSON.parse( row.price_format ) as PriceFormat )
						: null,
					catalogConfirmedAt: row.catalog_confirmed_at
						? new Date( row.catalog_confirmed_at ).toISOString()
						: null,
				}
			);
		},

		async saveConnection(
			connection: Omit<
				ConnectionRecord,
				| 'badSignatures'
				| 'currency'
				| 'priceFormat'
				| 'catalogConfirmedAt'
			>,
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

		async setPriceFormat(
			siteId: string,
			format: PriceFormat
		): Promise< void > {
			await db
				.updateTable( 'commerce_connections' )
				.set( { price_format: JSON.stringify( format ) } )
				.where( 'site_id', '=', siteId )
				.execute();
		},

		async setCatalogConfirmedAt(
			siteId: string,
			at: string
		): Promise< void > {
			await db
				.updateTable( 'commerce_connections' )
				.set( { catalog_confirmed_at: at } )
				.where( 'site_id', '=', siteId )
				.execute();
		},

		/** Every connected shop (the scheduled reconciliation visits each). */
		async connectedSiteIds(): Promise< string[] > {
			const rows = await db
				.selectFrom( 'commerce_connections' )
				.select( 'site_id' )
				.orderBy( 'site_id' )
				.execute();
			return rows.map( ( row ) => row.site_id );
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

		/**
		 * Products answering the term groups, best first, with all their variations: all
		 * groups must match, else (several groups, nothing found) any group. PostgreSQL
		 * loads the rows with the search, one statement per step, and tries all groups but
		 * one before any group (postgresFindProducts); SQLite, in-process, runs the steps
		 * it plans best.
		 */
		async findProducts(
			organizationId: string,
			siteId: string,
			groups: string[][],
			limit: number
		): Promise< FoundProducts > {
			if ( groups.length === 0 ) {
				return { products: [], variations: [] };
			}
			if ( dialect === 'postgres' ) {
				return postgresFindProducts(
					organizationId,
					siteId,
					groups,
					limit
				);
			}
			let hits = await this.searchProducts(
				organizationId,
				siteId,
				groups,
				'and',
				limit
			);
			if ( hits.length === 0 && groups.length > 1 ) {
				hits = await this.searchProducts(
					organizationId,
					siteId,
					groups,
					'or',
					limit
				);
			}
			const ids = hits.map( ( hit ) => hit.externalId );
			const [ found, variations ] = await Promise.all( [
				this.getProducts( organizationId, siteId, ids ),
				this.variationsOf( organizationId, siteId, ids ),
			] );
			const products = ids
				.map( ( id ) => found.find( ( p ) => p.externalId === id ) )
				.filter( ( p ): p is ProductRecord => Boolean( p ) );
			return { products, variations };
		},

		/** Parent products matching the term groups, best first (ids only; callers load what they show). */
		async searchProducts(
			organizationId: string,
			siteId: string,
			groups: string[][],
			mode: 'and' | 'or',
			limit: number
		): Promise< SearchHit[] > {
			if ( groups.length === 0 ) {
				return [];
			}
			return dialect === 'postgres'
				? postgresSearch( organizationId, siteId, groups, mode, limit )
				: sqliteTieredSearch(
						organizationId,
						siteId,
						groups,
						mode,
						limit
					);
		},

		/** Per word, the vocabulary words starting with it, in term order (one query for all words). */
		async completions(
			siteId: string,
			words: string[]
		): Promise< Map< string, string[] > > {
			if ( words.length === 0 ) {
				return new Map();
			}
			const probes = words.map(
				( word ) =>
					sql`select cast(${ word } as text) as word, t.term from (
						select term from commerce_terms
						where site_id = ${ siteId } and term >= ${ word } and term < ${ `${ word }\u{10ffff}` }
						order by term
						limit ${ COMPLETIONS_PER_WORD }
					) t`
			);
			const { rows } = await sql< {
				word: string;
				term: string;
			} >`${ sql.join( probes, sql` union all ` ) }`.execute( db );
			const found = new Map< string, string[] >();
			for ( const { word, term } of rows ) {
				found.set( word, [ ...( found.get( word ) ?? [] ), term ] );
			}
			return found;
		},

		/**
		 * PostgreSQL: completions, synonyms and typo candidates for all the words in one
		 * statement (see VocabularyLookup.lookUpAll); the same probes as the three
		 * separate look-ups, joined with UNION ALL and told apart by `kind`.
		 */
		async vocabularyAnswers(
			siteId: string,
			words: string[],
			typoWords: TypoRequest[]
		): Promise< VocabularyAnswers > {
			const answers: VocabularyAnswers = {
				completions: new Map(),
				synonyms: new Map(),
				typoCandidates: new Map(),
			};
			if ( words.length === 0 ) {
				return answers;
			}
			const probes = [
				...words.map( ( word ) => completionProbe( siteId, word ) ),
				sql`select 's' as kind, term as word, cast(synonyms as text) as term
					from commerce_synonyms
					where site_id = ${ siteId } and term in (${ sql.join( words ) })`,
				...typoWords.map( ( { word, maxDistance } ) =>
					typoProbe( siteId, word, maxDistance )
				),
			];
			const { rows } = await sql< {
				kind: 'c' | 's' | 't';
				word: string;
				term: string;
			} >`${ sql.join( probes, sql` union all ` ) }`.execute( db );
			for ( const { kind, word, term } of rows ) {
				if ( kind === 's' ) {
					answers.synonyms.set(
						word,
						JSON.parse( term ) as string[]
					);
					continue;
				}
				const found =
					kind === 'c' ? answers.completions : answers.typoCandidates;
				found.set( word, [ ...( found.get( word ) ?? [] ), term ] );
			}
			for ( const { word } of typoWords ) {
				if ( ! answers.typoCandidates.has( word ) ) {
					answers.typoCandidates.set( word, [] );
				}
			}
			return answers;
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
				.limit( TYPO_CANDIDATES_AT_MOST )
				.execute();
			return rows.map( ( r ) => r.term );
		},

		/** The site's synonyms for those of the terms it has synonyms for. */
		async synonymsFor(
			siteId: string,
			terms: string[]
		): Promise< Map< string, string[] > > {
			if ( terms.length === 0 ) {
				return new Map();
			}
			const rows = await db
				.selectFrom( 'commerce_synonyms' )
				.select( [ 'term', 'synonyms' ] )
				.where( 'site_id', '=', siteId )
				.where( 'term', 'in', terms )
				.execute();
			return new Map(
				rows.map( ( r ) => [
					r.term,
					JSON.parse( r.synonyms ) as string[],
				] )
			);
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
			const rows = await db
				.selectFrom( 'commerce_products' )
				.select( [
					'external_id',
					'name',
					'price_minor',
					'stock_status',
					'stock_quantity',
					'modified_at',
					'synced_at',
				] )
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.where( 'external_id', 'in', externalIds )
				.execute();
			return rows.map( ( row ) => ( {
				externalId: row.external_id,
				name: row.name,
				priceMinor: row.price_minor,
				stockStatus: row.stock_status,
				stockQuantity: row.stock_quantity,
				modifiedAt: row.modified_at,
				syncedAt: row.synced_at,
			} ) );
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

export type CommerceRepo = ReturnType< typeof createCommerceRepo >;
