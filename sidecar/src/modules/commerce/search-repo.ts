/**
 * The commerce module's product search. Full-text SQL differs per dialect and is branched
 * here: SQLite FTS5 (per-site rowid ranges, ranking tiers) or PostgreSQL tsvector + GIN
 * (ts_rank_cd, site lexemes). Part of the commerce repo (`createCommerceRepo` spreads it in);
 * split from repo.ts along that seam (issue 14 item 4).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../../db';
import { camelRow } from '../../db/rows';
import type { Database } from '../../db/schema';
import {
	SHOWN_COLUMNS,
	toRecord,
	type CatalogRepo,
	type ProductRecord,
	type ProductRow,
} from './catalog-repo';
import { byGroupsNamed, fts5Query, SQLITE_TIERS, tsQuery } from './search-rank';

export { fts5Query, tsQuery } from './search-rank';

/** A search hit: the product's shop id and its relevance (higher is better). */
export interface SearchHit {
	externalId: string;
	score: number;
}

/** A search of one site's parent products for the term groups (all, or any): the best `limit` hits, best first. */
type ProductSearch = (
	organizationId: string,
	siteId: string,
	groups: string[][],
	mode: 'and' | 'or',
	limit: number
) => Promise< SearchHit[] >;

/** Products found for a search, best first, and all their variations. */
export interface FoundProducts {
	products: ProductRecord[];
	variations: ProductRecord[];
}

/**
 * Matches a PostgreSQL search ranks at most. Beyond this many the words are broad ("shirt"
 * in a 100,000-product shop): ranking every match would cost more than the 10 ms budget
 * for no better answer, so the first matches in index order are ranked (ts_rank_cd still
 * puts those naming the words in their name first). ADR 0015.
 */
export const RANKED_MATCHES_AT_MOST = 200;

/**
 * SQLite keeps each site's documents in their own rowid range of the FTS5 table: rowid =
 * site ordinal × 2^40 + product id (see the per-site search migration), so a search seeks
 * straight to its site's postings.
 */
const SITE_ROWID_SPAN = 2 ** 40;

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

/** SQLite any-word searches rank this many candidates per result asked, at most OR_CANDIDATES_AT_MOST. */
const OR_CANDIDATES_PER_RESULT = 4;
const OR_CANDIDATES_AT_MOST = 80;

/** Above this many groups the all-but-one fallback (one index scan per group) is skipped. */
const DROP_ONE_GROUPS_AT_MOST = 8;

/** What findProducts calls on the whole commerce repo (`this`): this part's search and the catalog's reads. */
type FindProductsHost = Pick< CatalogRepo, 'getProducts' | 'variationsOf' > & {
	searchProducts: ProductSearch;
};

export function createSearchRepo( db: Kysely< Database >, dialect: Dialect ) {
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
	 * SQLite, any-word searches: the candidates ranked by how many of the word groups their
	 * name or SKU holds, then by tier and index order. "Wie breit ist die Soundbar Kessler
	 * Pfäffikon? Mein TV-Möbel ist 110 cm" matches no product with every word; in index
	 * order a speaker named only "… Pfäffikon" came before the "Soundbar Kessler Pfäffikon".
	 * (PostgreSQL's ts_rank_cd does this itself.)
	 */
	const byNamedGroups = async (
		candidates: Array< { id: number; score: number } >,
		groups: string[][]
	): Promise< Array< { id: number; score: number } > > => {
		if ( candidates.length < 2 ) {
			return candidates;
		}
		const rows = await db
			.selectFrom( 'commerce_products' )
			.select( [ 'id', 'name', 'sku' ] )
			.where(
				'id',
				'in',
				candidates.map( ( hit ) => hit.id )
			)
			.execute();
		return byGroupsNamed(
			candidates,
			new Map(
				rows.map( ( r ) => [
					Number( r.id ),
					`${ r.name } ${ r.sku ?? '' }`,
				] )
			),
			groups
		);
	};

	/**
	 * SQLite: FTS5 within the site's rowid range, ranked by where the words are found:
	 * name or SKU first, then categories, tags and attributes, then the description; index
	 * order within a tier. Each tier reads at most `limit` rowids, so the cost stays flat
	 * however common the words are. (FTS5's bm25() would be the natural ranking, but it
	 * counts each word's documents across the whole table on every query: 7-70 ms for
	 * common words at 200,000 products. ADR 0015.)
	 */
	/**
	 * A site's ordinal in the FTS5 index, read once: it is given with the site's first product
	 * and never changes nor goes away (the migration's trigger; no foreign key on purpose).
	 * Not found is not kept.
	 */
	const ordinals = new Map< string, number >();
	const siteOrdinal = async (
		siteId: string
	): Promise< number | undefined > => {
		const known = ordinals.get( siteId );
		if ( known !== undefined ) {
			return known;
		}
		const site = await db
			.selectFrom( 'commerce_search_sites' )
			.select( 'ordinal' )
			.where( 'site_id', '=', siteId )
			.executeTakeFirst();
		if ( ! site ) {
			return undefined;
		}
		if ( ordinals.size >= 10_000 ) {
			ordinals.clear();
		}
		ordinals.set( siteId, Number( site.ordinal ) );
		return Number( site.ordinal );
	};
	const sqliteTieredSearch: ProductSearch = async (
		organizationId,
		siteId,
		groups,
		mode,
		limit
	) => {
		const ordinal = await siteOrdinal( siteId );
		if ( ordinal === undefined ) {
			return [];
		}
		const first = ordinal * SITE_ROWID_SPAN;
		const last = first + SITE_ROWID_SPAN - 1;
		// Any-word searches read more candidates, to rank them by the words they hold.
		const wanted =
			mode === 'or'
				? Math.min(
						limit * OR_CANDIDATES_PER_RESULT,
						OR_CANDIDATES_AT_MOST
					)
				: limit;
		const found = new Map< number, number >();
		for ( const [ index, fields ] of SQLITE_TIERS.entries() ) {
			const { rows } = await sql< { id: number } >`
				select rowid - ${ first } as id from commerce_search
				where commerce_search match ${ fts5Query( groups, mode, fields ) }
					and rowid between ${ first } and ${ last }
				limit ${ wanted + found.size }`.execute( db );
			for ( const row of rows ) {
				if ( ! found.has( Number( row.id ) ) ) {
					found.set( Number( row.id ), SQLITE_TIERS.length - index );
				}
			}
			if ( found.size >= wanted ) {
				break;
			}
		}
		const candidates = [ ...found ]
			.slice( 0, wanted )
			.map( ( [ id, score ] ) => ( { id, score } ) );
		const top = (
			mode === 'or'
				? await byNamedGroups( candidates, groups )
				: candidates
		).slice( 0, limit );
		return ( await withExternalIds( organizationId, siteId, top ) ).map(
			( { externalId, score } ) => ( { externalId, score } )
		);
	};

	/**
	 * PostgreSQL: `m`, the site's products matching the tsquery `q` of the enclosing query,
	 * at most RANKED_MATCHES_AT_MOST of them (ADR 0015).
	 */
	const matchesOf = (
		organizationId: string,
		siteId: string
	) => sql`lateral (
			select p.id, p.external_id, p.search from commerce_products p
			where ${ siteMatch( siteId ) }
				and p.organization_id = ${ organizationId }
			limit ${ RANKED_MATCHES_AT_MOST }
		) m`;

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
		from to_tsquery('english', ${ query }) q,
			${ matchesOf( organizationId, siteId ) }
		order by score desc, m.id
		limit ${ limit }`;

	/** PostgreSQL: the search alone (ids and scores; see rankedMatches). */
	const postgresSearch: ProductSearch = async (
		organizationId,
		siteId,
		groups,
		mode,
		limit
	) => {
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
			...camelRow( r ),
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
				) }) q, ${ matchesOf( organizationId, siteId ) })`
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
	const dialectSearch =
		dialect === 'postgres' ? postgresSearch : sqliteTieredSearch;

	return {
		/**
		 * Products answering the term groups, best first, with all their variations: all
		 * groups must match, else (several groups, nothing found) any group. PostgreSQL
		 * loads the rows with the search, one statement per step, and tries all groups but
		 * one before any group (postgresFindProducts); SQLite, in-process, runs the steps
		 * it plans best.
		 */
		async findProducts(
			this: FindProductsHost,
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
			return dialectSearch( organizationId, siteId, groups, mode, limit );
		},
	};
}
