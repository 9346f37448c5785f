/**
 * A per-site read-through cache (issue 12 item 1, ADR 0036): a module keeps what it reads
 * for a site on every chat message (the site row, its widget settings, its shop connection)
 * in memory, and its own writes invalidate the site at once. The module owns the cache as it
 * owns the table; no other module can fill or clear it.
 *
 * Freshness, as the search vocabulary's cache (commerce/vocabulary-cache.ts): the owning
 * module's writes on this instance are seen by the next read; another instance's writes are
 * seen after at most `ttlMs` (the copy is read again when older). A load that raced a write
 * is handed to the callers waiting for it, once, and not kept (a generation per site).
 *
 * Values are frozen (deeply), so a caller cannot change the copy the next caller gets.
 */

/** Another instance's writes are seen after this long at most (as ADR 0036's vocabulary). */
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

	function loadOnce( key: string, load: () => Promise< T > ): Promise< T > {
		const running = loading.get( key );
		if ( running ) {
			return running;
		}
		const generation = generations.get( key ) ?? 0;
		const loaded = load()
			.then( ( value ) => {
				deepFreeze( value );
				// A write while loading: use what was read this once, keep it only if current.
				if ( ( generations.get( key ) ?? 0 ) === generation ) {
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
			const entry = entries.get( key );
			if ( entry && now() - entry.loadedAt <= ttlMs ) {
				return Promise.resolve( entry.value );
			}
			return loadOnce( key, load );
		},

		/** The owning module wrote the site's rows: the next `get` reads them again. */
		invalidate( key: string ): void {
			generations.set( key, ( generations.get( key ) ?? 0 ) + 1 );
			entries.delete( key );
			loading.delete( key );
		},
	};
}

export type SiteCache< T > = ReturnType< typeof createSiteCache< T > >;
