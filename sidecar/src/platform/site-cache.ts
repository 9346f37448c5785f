/**
 * A per-site read-through cache (issue 12 item 1, ADR 0036): a module keeps what it reads
 * for a site on every chat message (the site row, its widget settings, its shop connection)
 * in memory, and its own writes invalidate the site at once. The module owns the cache as it
 * owns the table; no other module can fill or clear it.
 *
 * Freshness: the owning module's writes on this instance are seen by the next read. Given the
 * platform's `invalidations` (ADR 0038), a write also announces its key on the event bus and
 * the other instances drop their copy when they hear it; while an instance could miss such an
 * announcement (its Redis subscription is down) it reads the database on every call, and it
 * drops every copy when the subscription is back. `ttlMs` stays as a last net (the copy is
 * read again when older), as for the search vocabulary (commerce/vocabulary-cache.ts). A load
 * that raced a write is handed to the callers waiting for it, once, and not kept (a
 * generation per site, and one for the whole cache).
 *
 * Values are frozen (deeply), so a caller cannot change the copy the next caller gets.
 */

import type { CacheInvalidations } from './cache-invalidation';

/** A copy is read again when older than this, whatever was announced (ADR 0036, 0038). */
export const SITE_CACHE_TTL_MS = 30_000;
/** Sites held at once (least recently used leave first). */
const SITES_AT_MOST = 1000;

/** Freezes a plain value and everything it holds. */
export function deepFreeze< T >( value: T ): T {
	if ( value && typeof value === 'object' && ! Object.isFrozen( value ) ) {
		Object.freeze( value );
		for ( const inner of Object.values( value ) ) {
			deepFreeze( inner );
		}
	}
	return value;
}

export interface SiteCacheOptions {
	/**
	 * Announces this cache's invalidations to the other instances and hears theirs, under
	 * `name` (unique per cache: the owning module's and table's name).
	 */
	shared?: { name: string; invalidations: CacheInvalidations };
	ttlMs?: number;
	sitesAtMost?: number;
	now?: () => number;
}

/**
 * @param options Bounds and the clock (tests).
 */
export function createSiteCache< T >( options: SiteCacheOptions = {} ) {
	const ttlMs = options.ttlMs ?? SITE_CACHE_TTL_MS;
	const sitesAtMost = options.sitesAtMost ?? SITES_AT_MOST;
	const now = options.now ?? Date.now;
	const entries = new Map< string, { value: T; loadedAt: number } >();
	const generations = new Map< string, number >();
	const loading = new Map< string, Promise< T > >();
	/** Bumped when every copy is dropped (the bus may have missed announcements). */
	let epoch = 0;
	const shared = options.shared;

	/** Drops the key's copy and any load running for it (a write, here or elsewhere). */
	function forget( key: string ): void {
		generations.set( key, ( generations.get( key ) ?? 0 ) + 1 );
		entries.delete( key );
		loading.delete( key );
	}
	shared?.invalidations.listen( shared.name, ( key ) => {
		if ( key === null ) {
			epoch++;
			entries.clear();
			loading.clear();
		} else {
			forget( key );
		}
	} );

	function loadOnce( key: string, load: () => Promise< T > ): Promise< T > {
		const running = loading.get( key );
		if ( running ) {
			return running;
		}
		const generation = generations.get( key ) ?? 0;
		const startedIn = epoch;
		const loaded = load()
			.then( ( value ) => {
				deepFreeze( value );
				// A write while loading: use what was read this once, keep it only if current.
				if (
					( generations.get( key ) ?? 0 ) === generation &&
					epoch === startedIn
				) {
					entries.delete( key );
					entries.set( key, { value, loadedAt: now() } );
					if ( entries.size > sitesAtMost ) {
						entries.delete( entries.keys().next().value! );
					}
				}
				return value;
			} )
			.finally( () => {
				if ( loading.get( key ) === loaded ) {
					loading.delete( key );
				}
			} );
		loading.set( key, loaded );
		return loaded;
	}

	return {
		/**
		 * The site's value from memory, or `load`ed (once, however many callers ask at once).
		 *
		 * @param key  The site id (or anything that names what was read).
		 * @param load Reads the value from the database.
		 */
		get( key: string, load: () => Promise< T > ): Promise< T > {
			if ( shared && ! shared.invalidations.live() ) {
				// Another instance's write could go unheard: read, and keep nothing.
				forget( key );
				return load().then( deepFreeze );
			}
			const entry = entries.get( key );
			if ( entry && now() - entry.loadedAt <= ttlMs ) {
				return Promise.resolve( entry.value );
			}
			return loadOnce( key, load );
		},

		/**
		 * The owning module wrote the site's rows: the next `get` here reads them again, and
		 * the other instances are told. Resolves once the announcement left (await it before
		 * answering the write, so the next request anywhere sees it); never rejects.
		 */
		invalidate( key: string ): Promise< void > {
			forget( key );
			return shared
				? shared.invalidations.announce( shared.name, key )
				: Promise.resolve();
		},
	};
}

export type SiteCache< T > = ReturnType< typeof createSiteCache< T > >;
