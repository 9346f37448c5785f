/**
 * The event bus that feeds the dashboards' live views (server-sent events) and carries the
 * per-site caches' invalidations between instances (ADR 0038). Publishers (telemetry ingest,
 * chat, a module writing a cached row) say what happened; subscribers (the widget-health
 * stream, the caches) hear it. In-process by default; with REDIS_URL, Redis pub/sub, so every sidecar instance
 * behind a load balancer hears what any instance published (DESIGN.md "Jobs and events").
 *
 * Delivery is best effort and at most once: live views recompute their figures from the
 * database when they hear something, so a lost event only delays an update; the caches stop
 * trusting their copies while the bus is not `live()` and drop them all when it resubscribes.
 */
import { Redis } from 'ioredis';
import type { Logger } from './logger';

/** Topics and what their events carry. */
export interface BusEvents {
	/** A telemetry beacon was stored. */
	'telemetry.ingested': {
		organizationId: string;
		siteId: string;
		/** Events stored per type. */
		counts: Record< string, number >;
		at: string;
	};
	/** A chat message (shopper's or reply) was stored. */
	'chat.message': {
		organizationId: string;
		siteId: string;
		conversationId: string;
		role: 'shopper' | 'assistant';
		at: string;
	};
	/**
	 * A module wrote rows it keeps in a per-site cache (platform/cache-invalidation.ts, ADR
	 * 0038): every other instance drops its copy of `key` in `cache`.
	 */
	'cache.invalidated': {
		cache: string;
		key: string;
		/** The writing instance (it cleared its own copy already). */
		from: string;
	};
}

export type BusTopic = keyof BusEvents;
export type BusListener< T extends BusTopic > = (
	event: BusEvents[ T ]
) => void;

export interface EventBus {
	/** Resolves once the event is handed to the transport (not when listeners ran). */
	publish: < T extends BusTopic >(
		topic: T,
		event: BusEvents[ T ]
	) => Promise< void >;
	/** Returns the unsubscribe function. */
	subscribe: < T extends BusTopic >(
		topic: T,
		listener: BusListener< T >
	) => () => void;
	/** Resolves once the bus can deliver (the Redis subscription is live). */
	ready: () => Promise< void >;
	/**
	 * False while events other instances publish may be missed (the Redis subscription is
	 * not, or not yet, in place); always true in-process.
	 */
	live: () => boolean;
	/**
	 * Told after the bus lost its subscription and has it again: events published in between
	 * were missed. Returns the unsubscribe function.
	 */
	onResubscribed: ( listener: () => void ) => () => void;
	close: () => Promise< void >;
}

/** Local fan-out shared by both implementations; a throwing listener never stops the others. */
function createListeners( logger: Logger ) {
	const byTopic = new Map< string, Set< ( event: unknown ) => void > >();
	return {
		add( topic: string, listener: ( event: unknown ) => void ) {
			const set = byTopic.get( topic ) ?? new Set();
			set.add( listener );
			byTopic.set( topic, set );
			return () => {
				set.delete( listener );
			};
		},
		deliver( topic: string, event: unknown ) {
			for ( const listener of byTopic.get( topic ) ?? [] ) {
				try {
					listener( event );
				} catch ( error ) {
					logger.error(
						{ err: error, topic },
						'bus listener failed'
					);
				}
			}
		},
		clear: () => byTopic.clear(),
	};
}

export function createInProcessEventBus( logger: Logger ): EventBus {
	const listeners = createListeners( logger );
	return {
		async publish( topic, event ) {
			// Later, like the Redis bus, so publishers never run listener code inline.
			setImmediate( () => listeners.deliver( topic, event ) );
		},
		subscribe: ( topic, listener ) =>
			listeners.add( topic, listener as ( event: unknown ) => void ),
		ready: () => Promise.resolve(),
		live: () => true,
		onResubscribed: () => () => {},
		async close() {
			listeners.clear();
		},
	};
}

/**
 * Redis pub/sub: one connection publishes, one subscribes to the whole prefix (a
 * subscribed Redis connection can do nothing else). An instance hears its own events back
 * from Redis, which keeps the delivery path the same for local and remote publishers.
 *
 * @param url    redis:// URL.
 * @param logger Logger.
 * @param prefix Channel prefix, so several deployments can share one Redis.
 */
export function createRedisEventBus(
	url: string,
	logger: Logger,
	prefix = 'omniops:'
): EventBus {
	const listeners = createListeners( logger );
	const publisher = new Redis( url, { lazyConnect: false } );
	const subscriber = new Redis( url, { lazyConnect: false } );
	for ( const connection of [ publisher, subscriber ] ) {
		// ioredis reconnects by itself; without a listener an error event would crash.
		connection.on( 'error', ( error ) =>
			logger.warn( { err: error }, 'event bus redis error' )
		);
	}
	const pattern = `${ prefix }*`;
	// Live from the first subscription until the connection drops; again once resubscribed.
	let live = false;
	let wasLive = false;
	const resubscribed = new Set< () => void >();
	const ready = subscriber.psubscribe( pattern ).then( ( count ) => {
		live = subscriber.status === 'ready';
		wasLive = true;
		return count;
	} );
	// A Redis that cannot be reached leaves the bus not live (and its publishes failing).
	ready.catch( ( error: unknown ) =>
		logger.warn( { err: error }, 'event bus cannot subscribe' )
	);
	subscriber.on( 'close', () => {
		live = false;
	} );
	subscriber.on( 'ready', () => {
		if ( ! wasLive ) {
			return;
		}
		// ioredis resubscribes by itself; asking again (idempotent) tells us when it holds.
		subscriber.psubscribe( pattern ).then(
			() => {
				live = subscriber.status === 'ready';
				for ( const listener of resubscribed ) {
					try {
						listener();
					} catch ( error ) {
						logger.error(
							{ err: error },
							'bus resubscribe listener failed'
						);
					}
				}
			},
			( error: unknown ) =>
				logger.warn( { err: error }, 'event bus resubscribe failed' )
		);
	} );
	subscriber.on( 'pmessage', ( _pattern, channel: string, message ) => {
		try {
			listeners.deliver(
				channel.slice( prefix.length ),
				JSON.parse( message ) as unknown
			);
		} catch ( error ) {
			logger.warn( { err: error, channel }, 'bad event bus message' );
		}
	} );
	return {
		async publish( topic, event ) {
			await ready;
			await publisher.publish(
				`${ prefix }${ topic }`,
				JSON.stringify( event )
			);
		},
		subscribe: ( topic, listener ) =>
			listeners.add( topic, listener as ( event: unknown ) => void ),
		ready: () => ready.then( () => undefined ),
		live: () => live,
		onResubscribed( listener ) {
			resubscribed.add( listener );
			return () => {
				resubscribed.delete( listener );
			};
		},
		async close() {
			live = false;
			listeners.clear();
			resubscribed.clear();
			// QUIT waits for a connection that is still trying to connect: drop those.
			await Promise.allSettled(
				[ subscriber, publisher ].map( async ( connection ) =>
					connection.status === 'ready'
						? connection.quit()
						: connection.disconnect()
				)
			);
		},
	};
}

/**
 * The bus the configuration asks for.
 *
 * @param redisUrl REDIS_URL, or null for the in-process bus.
 * @param logger   Logger.
 */
export function createEventBus(
	redisUrl: string | null,
	logger: Logger
): EventBus {
	return redisUrl
		? createRedisEventBus( redisUrl, logger )
		: createInProcessEventBus( logger );
}
