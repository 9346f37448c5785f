/**
 * The only code touching the commerce tables, in parts along their seams (issue 14 item 4):
 * shop connections and sync state (connection-repo.ts), catalog rows (catalog-repo.ts),
 * product search with its per-dialect full-text SQL (search-repo.ts), vocabulary and synonyms
 * (vocabulary-repo.ts). `createCommerceRepo` spreads them into one repo.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db';
import type { Database } from '../../db/schema';
import type { CacheInvalidations } from '../../platform/cache-invalidation';
import { createCatalogRepo } from './catalog-repo';
import { createConnectionRepo } from './connection-repo';
import { createSearchRepo } from './search-repo';
import { createVocabularyCache } from './vocabulary-cache';
import { createVocabularyRepo } from './vocabulary-repo';

export { vocabularyOf } from './catalog-repo';
export type { ProductRecord, ProductState } from './catalog-repo';
export type { CatalogSyncState, ConnectionRecord } from './connection-repo';
export { fts5Query, RANKED_MATCHES_AT_MOST, tsQuery } from './search-repo';
export type { FoundProducts, SearchHit } from './search-repo';

/**
 * @param db            Database.
 * @param dialect       Its dialect.
 * @param invalidations Tells the other instances when a cached row changes (ADR 0038).
 */
export function createCommerceRepo(
	db: Kysely< Database >,
	dialect: Dialect,
	invalidations?: CacheInvalidations
) {
	const vocabulary = createVocabularyRepo( db, dialect );
	const catalog = createCatalogRepo( db, dialect );
	// The search's vocabulary in memory; the two writes that change it invalidate it.
	const vocabularyCache = createVocabularyCache( db, dialect );
	return {
		...vocabulary,
		...createConnectionRepo( db, invalidations ),
		...catalog,
		...createSearchRepo( db, dialect ),
		cachedVocabulary: vocabularyCache.lookup,
		async upsertItems( ...args: Parameters< typeof catalog.upsertItems > ) {
			try {
				await catalog.upsertItems( ...args );
			} finally {
				vocabularyCache.invalidate( args[ 1 ] );
			}
		},
		async replaceSynonyms(
			...args: Parameters< typeof vocabulary.replaceSynonyms >
		) {
			try {
				await vocabulary.replaceSynonyms( ...args );
			} finally {
				vocabularyCache.invalidate( args[ 1 ] );
			}
		},
	};
}

export type CommerceRepo = ReturnType< typeof createCommerceRepo >;
