/**
 * What /readyz reports beyond the database (issue 13 item 1): Redis, when REDIS_URL is set
 * (the job queue, the live-event bus and the shared rate limits depend on it), and the job
 * queue's kind and depth. The Redis client is made on the first check only, answers within
 * PROBE_TIMEOUT_MS or counts as down, and never queues commands while disconnected.
 */
import { Redis } from 'ioredis';
import type { JobQueue } from './jobs';

const PROBE_TIMEOUT_MS = 1_000;

export type DependencyState = 'up' | 'down' | 'not_configured';

export interface ReadinessReport {
	redis: DependencyState;
	queue: { kind: 'bullmq' | 'in_process'; depth: number | null };
}

export interface ReadinessProbe {
	check: () => Promise< ReadinessReport >;
	close: () => Promise< void >;
}

export function createReadinessProbe( deps: {
	redisUrl: string | null;
	queue: JobQueue;
} ): ReadinessProbe {
	let client: Redis | null = null;
	const redisState = async (): Promise< DependencyState > => {
		if ( ! deps.redisUrl ) {
			return 'not_configured';
		}
		if ( ! client ) {
			client = new Redis( deps.redisUrl, {
				lazyConnect: true,
				enableOfflineQueue: false,
				maxRetriesPerRequest: 0,
				connectTimeout: PROBE_TIMEOUT_MS,
				retryStrategy: () => PROBE_TIMEOUT_MS,
			} );
			// The client reconnects by itself; a failing ping is what the check reports.
			client.on( 'error', () => undefined );
		}
		const probe = client;
		let timer: NodeJS.Timeout | undefined;
		try {
			if ( probe.status === 'wait' ) {
				await probe.connect();
			}
			const answer = await Promise.race( [
				probe.ping(),
				new Promise< never >( ( _, reject ) => {
					timer = setTimeout(
						() => reject( new Error( 'timeout' ) ),
						PROBE_TIMEOUT_MS
					);
				} ),
			] );
			return answer === 'PONG' ? 'up' : 'down';
		} catch {
			return 'down';
		} finally {
			clearTimeout( timer );
		}
	};
	return {
		async check() {
			return {
				redis: await redisState(),
				queue: {
					kind: deps.redisUrl ? 'bullmq' : 'in_process',
					depth: deps.queue.depth?.() ?? null,
				},
			};
		},
		async close() {
			const open = client;
			client = null;
			if ( open ) {
				await open.quit().catch( () => open.disconnect() );
			}
		},
	};
}
