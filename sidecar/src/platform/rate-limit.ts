/**
 * Fixed-window counters keyed by a string (IP, email, conversation). In-process by default;
 * the access issue moves them to the database/Redis for multi-instance deployments.
 */
import { RateLimitedError } from './errors';

export interface RateLimiter {
	/** Counts one hit for key; throws RateLimitedError once the window's limit is exceeded. */
	hit: ( key: string ) => void;
	/**
	 * Throws RateLimitedError when the key has used up its window, without counting a hit:
	 * for limits that count only failures (check first, hit when the attempt fails).
	 */
	check: ( key: string ) => void;
	reset: ( key: string ) => void;
}

export function createRateLimiter(
	limit: number,
	windowMs: number,
	now: () => number = Date.now
): RateLimiter {
	const windows = new Map< string, { startedAt: number; count: number } >();
	return {
		hit( key ) {
			const at = now();
			let window = windows.get( key );
			if ( ! window || at - window.startedAt >= windowMs ) {
				window = { startedAt: at, count: 0 };
				windows.set( key, window );
			}
			window.count += 1;
			if ( window.count > limit ) {
				throw new RateLimitedError(
					Math.ceil( ( window.startedAt + windowMs - at ) / 1000 )
				);
			}
			if ( windows.size > 10_000 ) {
				for ( const [ k, w ] of windows ) {
					if ( at - w.startedAt >= windowMs ) {
						windows.delete( k );
					}
				}
			}
		},
		check( key ) {
			const at = now();
			const window = windows.get( key );
			if (
				window &&
				at - window.startedAt < windowMs &&
				window.count >= limit
			) {
				throw new RateLimitedError(
					Math.ceil( ( window.startedAt + windowMs - at ) / 1000 )
				);
			}
		},
		reset( key ) {
			windows.delete( key );
		},
	};
}
