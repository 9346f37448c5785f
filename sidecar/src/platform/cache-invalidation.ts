/**
 * Cross-instance invalidation of the per-site caches (ADR 0038). A module that keeps rows in
 * memory (platform/site-cache.ts: the site, its widget settings, its shop connection, the
 * organization's LLM settings) clears its own copy when it writes them and announces the key
 * on the event bus; every other instance drops its copy when it hears it. With REDIS_URL
 * (several instances behind a load balancer) the bus is Redis pub/sub; in-process there is
 * no other instance and the announcement is only heard back by the writer, which ignores it.
 *
 * Redis pub/sub delivers at most once: while an instance's subscription is down it would
 * miss announcements, so `live()` is false then and the caches read the database on every
 * call; when the subscription is back, every cache is cleared (what was missed is unknown).
 */
import { randomUUID } from 'node:crypto';
import type { EventBus } from './event-bus';
import type { Logger } from './logger';

/** A write never waits longer than this for the bus to take its announcement. */
export const ANNOUNCE_TIMEOUT_MS = 1000;

/** Hears another instance's write of `key`, or `null` when some may have been missed. */
export type InvalidationListener = ( key: string | null ) => void;

export interface CacheInvalidations {
	/**
	 * Tells every other instance that `cache`'s `key` was written. Resolves once the bus took
	 * it (or after ANNOUNCE_TIMEOUT_MS); never rejects: a write that committed stays a success.
	 */
	announce: ( cache: string, key: string ) => Promise< void >;
	/** Returns the unsubscribe function. */
	listen: ( cache: string, listener: InvalidationListener ) => () => void;
	/** False while another instance's announcement could be missed: trust no cached copy. */
	live: () => boolean;
}

/**
 * @param bus    The platform's event bus.
 * @param logger Logger.
 */
export function createCacheInvalidations(
	bus: EventBus,
	logger: Logger
): CacheInvalidations {
	const instance = randomUUID();
	const byCache = new Map< string, Set< InvalidationListener > >();
	const tell = ( listener: InvalidationListener, key: string | null ) => {
		try {
			listener( key );
		} catch ( error ) {
			logger.error(
				{ err: error },
				'cache invalidation listener failed'
			);
		}
	};
	bus.subscribe( 'cache.invalidated', ( event ) => {
		if ( event.from === instance ) {
			return;
		}
		for ( const listener of byCache.get( event.cache ) ?? [] ) {
			tell( listener, event.key );
		}
	} );
	bus.onResubscribed( () => {
		for ( const listeners of byCache.values() ) {
			for ( const listener of listeners ) {
				tell( listener, null );
			}
		}
	} );
	return {
		async announce( cache, key ) {
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise< 'timeout' >( ( resolve ) => {
				timer = setTimeout(
					() => resolve( 'timeout' ),
					ANNOUNCE_TIMEOUT_MS
				);
				timer.unref();
			} );
			try {
				const outcome = await Promise.race( [
					bus.publish( 'cache.invalidated', {
						cache,
						key,
						from: instance,
					} ),
					timeout,
				] );
				if ( outcome === 'timeout' ) {
					logger.warn(
						{ cache },
						'cache invalidation not announced in time'
					);
				}
			} catch ( error ) {
				logger.warn(
					{ err: error, cache },
					'cache invalidation not announced'
				);
			} finally {
				clearTimeout( timer );
			}
		},
		listen( cache, listener ) {
			const listeners = byCache.get( cache ) ?? new Set();
			listeners.add( listener );
			byCache.set( cache, listeners );
			return () => {
				listeners.delete( listener );
			};
		},
		live: () => bus.live(),
	};
}
