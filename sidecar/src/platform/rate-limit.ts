/**
 * Every rate limit of the sidecar goes through this one factory, built on
 * rate-limiter-flexible (ADR 0019):
 * - in memory by default (one instance: counts live in the process);
 * - in Redis when REDIS_URL is set, so all instances behind a load balancer share one count
 *   per key. If Redis cannot be reached, an in-memory "insurance" limiter with the same rule
 *   answers instead, so the endpoint stays up and each instance still limits on its own.
 *
 * A refused attempt is a RateLimitedError carrying the seconds to wait; the error handler
 * (http.ts) answers 429 with a `Retry-After` header and the error envelope.
 */
import { Redis } from 'ioredis';
import {
	BurstyRateLimiter,
	RateLimiterMemory,
	RateLimiterRedis,
	RateLimiterRes,
	type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { RateLimitedError } from './errors';
import type { Logger } from './logger';

/**
 * `points` attempts per `durationSeconds` (a fixed window that starts with the first attempt);
 * with a `burst`, another `burst.points` may be spent over `burst.durationSeconds` once the
 * steady allowance is used up, so a short rush passes while a sustained flood does not.
 */
export interface LimitRule {
	points: number;
	durationSeconds: number;
	burst?: { points: number; durationSeconds: number };
}

export interface Limiter {
	/** Counts `points` for key; rejects with RateLimitedError when the key has none left. */
	consume: ( key: string, points?: number ) => Promise< void >;
	/**
	 * Rejects with RateLimitedError when the key has used up its allowance, without counting:
	 * for limits that count only failures (check first, consume when the attempt fails).
	 */
	check: ( key: string ) => Promise< void >;
	reset: ( key: string ) => Promise< void >;
}

export interface LimiterFactory {
	/**
	 * A limiter for one rule. `name` separates the counts of different limits (it is part of
	 * the Redis key); asking twice for the same name and rule gives the same limiter.
	 */
	create: ( name: string, rule: LimitRule ) => Limiter;
	/** True when counts are shared by every instance (Redis). */
	readonly shared: boolean;
	close: () => Promise< void >;
}

export interface LimiterFactoryOptions {
	/** REDIS_URL; null or absent: in memory. */
	redisUrl?: string | null;
	logger?: Logger;
	/** Redis key prefix: separates deployments (and test runs) sharing one Redis. */
	prefix?: string;
}

/** Whole seconds to wait, never 0 (a `Retry-After: 0` invites an immediate retry loop). */
function secondsToWait( msBeforeNext: number ): number {
	return Math.max( 1, Math.ceil( msBeforeNext / 1000 ) );
}

type Store = (
	keyPrefix: string,
	points: number,
	duration: number
) => RateLimiterAbstract;

function wrap(
	main: RateLimiterAbstract,
	burst: RateLimiterAbstract | null
): Limiter {
	const limiter = burst ? new BurstyRateLimiter( main, burst ) : main;
	return {
		async consume( key, points = 1 ) {
			try {
				await limiter.consume( key, points );
			} catch ( rejection ) {
				if ( rejection instanceof RateLimiterRes ) {
					throw new RateLimitedError(
						secondsToWait( rejection.msBeforeNext )
					);
				}
				throw rejection;
			}
		},
		async check( key ) {
			const [ steady, extra ] = await Promise.all( [
				main.get( key ),
				burst ? burst.get( key ) : Promise.resolve( null ),
			] );
			const exhausted = ( res: RateLimiterRes | null, total: number ) =>
				res !== null && res.consumedPoints >= total;
			if (
				exhausted( steady, main.points ) &&
				( ! burst || exhausted( extra, burst.points ) )
			) {
				throw new RateLimitedError(
					secondsToWait( steady!.msBeforeNext )
				);
			}
		},
		async reset( key ) {
			await Promise.all( [ main.delete( key ), burst?.delete( key ) ] );
		},
	};
}

function factoryOver(
	store: Store,
	shared: boolean,
	close: () => Promise< void >
): LimiterFactory {
	const made = new Map< string, Limiter >();
	return {
		shared,
		close,
		create( name, rule ) {
			// The rule is part of the key prefix: a changed limit starts fresh counts instead of
			// reading counts kept under another allowance.
			const id = `${ name }:${ rule.points }/${ rule.durationSeconds }${
				rule.burst
					? `+${ rule.burst.points }/${ rule.burst.durationSeconds }`
					: ''
			}`;
			let limiter = made.get( id );
			if ( ! limiter ) {
				limiter = wrap(
					store( id, rule.points, rule.durationSeconds ),
					rule.burst
						? store(
								`${ id }:burst`,
								rule.burst.points,
								rule.burst.durationSeconds
							)
						: null
				);
				made.set( id, limiter );
			}
			return limiter;
		},
	};
}

/** Counts in this process only (one instance, tests, Redis not configured). */
export function createMemoryLimiterFactory(): LimiterFactory {
	return factoryOver(
		( keyPrefix, points, duration ) =>
			new RateLimiterMemory( { keyPrefix, points, duration } ),
		false,
		async () => {}
	);
}

/**
 * The factory the configuration asks for: Redis-backed (shared) with REDIS_URL, else memory.
 *
 * @param options
 */
export function createLimiterFactory(
	options: LimiterFactoryOptions = {}
): LimiterFactory {
	if ( ! options.redisUrl ) {
		return createMemoryLimiterFactory();
	}
	const prefix = options.prefix ?? 'omniops:rl';
	const client = new Redis( options.redisUrl, {
		// Fail fast instead of queueing while disconnected: the insurance limiter answers then.
		enableOfflineQueue: false,
		maxRetriesPerRequest: 1,
	} );
	let warned = false;
	client.on( 'error', ( error ) => {
		// ioredis reconnects by itself; one warning per outage is enough.
		if ( ! warned ) {
			warned = true;
			options.logger?.warn(
				{ err: error },
				'rate limits: redis unreachable, counting in memory per instance'
			);
		}
	} );
	client.on( 'ready', () => {
		warned = false;
	} );
	return factoryOver(
		( keyPrefix, points, duration ) =>
			new RateLimiterRedis( {
				storeClient: client,
				keyPrefix: `${ prefix }:${ keyPrefix }`,
				points,
				duration,
				rejectIfRedisNotReady: true,
				insuranceLimiter: new RateLimiterMemory( {
					keyPrefix,
					points,
					duration,
				} ),
			} ),
		true,
		async () => {
			// quit() lets the server close the socket (a bare disconnect() left a handle open
			// that kept the test process alive); an unreachable server gets disconnect().
			await client.quit().catch( () => client.disconnect() );
		}
	);
}
