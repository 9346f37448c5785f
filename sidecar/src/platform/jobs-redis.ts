/**
 * The job queue at scale: BullMQ on Redis behind the same `JobQueue` interface as the
 * in-process queue (DESIGN.md "Jobs and events"). Chosen when REDIS_URL is set, so that
 * several sidecar instances share one queue: a job enqueued anywhere runs once, on
 * whichever instance is free, with retries and backoff kept in Redis (a crash does not
 * lose queued work), and a scheduled job runs once per interval for the whole cluster
 * instead of once per instance.
 */
import { Queue, Worker, type Job } from 'bullmq';
import type { JobHandler, JobQueue } from './jobs';
import type { Logger } from './logger';

export interface RedisQueueOptions {
	/** Redis key prefix: separates deployments (and test runs) sharing one Redis. */
	prefix?: string;
	/** Jobs one instance runs at the same time. */
	concurrency?: number;
	/** First retry delay; BullMQ doubles it for each further attempt. */
	backoffMs?: number;
}

const QUEUE_NAME = 'omniops-jobs';
/** Finished jobs kept for inspection (redis-cli, Bull boards); older ones are trimmed. */
const KEEP_COMPLETED = { count: 1000 };
const KEEP_FAILED = { count: 5000 };
const COUNTED_STATES = [
	'waiting',
	'active',
	'delayed',
	'prioritized',
	'waiting-children',
] as const;

function connectionOptions( redisUrl: string ) {
	const url = new URL( redisUrl );
	return {
		host: url.hostname,
		port: Number( url.port || 6379 ),
		username: url.username ? decodeURIComponent( url.username ) : undefined,
		password: url.password ? decodeURIComponent( url.password ) : undefined,
		db: url.pathname.length > 1 ? Number( url.pathname.slice( 1 ) ) : 0,
		tls: url.protocol === 'rediss:' ? {} : undefined,
		// BullMQ's workers block on Redis; it requires retries to be left to it.
		maxRetriesPerRequest: null,
	};
}

export function createRedisQueue(
	redisUrl: string,
	logger: Logger,
	{
		prefix = 'omniops',
		concurrency = 2,
		backoffMs = 500,
	}: RedisQueueOptions = {}
): JobQueue {
	const connection = connectionOptions( redisUrl );
	const handlers = new Map< string, JobHandler< unknown > >();
	const queue = new Queue( QUEUE_NAME, { connection, prefix } );
	const worker = new Worker(
		QUEUE_NAME,
		async ( job: Job ) => {
			const handler = handlers.get( job.name );
			if ( ! handler ) {
				// Every instance registers the same handlers; this is a deploy mismatch.
				throw new Error(
					`no handler registered for job ${ job.name }`
				);
			}
			await handler( job.data );
		},
		{ connection, prefix, concurrency }
	);
	worker.on( 'failed', ( job, error ) =>
		logger.warn(
			{ err: error, job: job?.name, attempt: job?.attemptsMade },
			'job failed'
		)
	);
	// Connection trouble is reported and retried by BullMQ; it must not crash the process.
	worker.on( 'error', ( error ) =>
		logger.error( { err: error }, 'job worker error' )
	);
	queue.on( 'error', ( error ) =>
		logger.error( { err: error }, 'job queue error' )
	);

	// Enqueues still on their way to Redis: `drain` waits for them, or a job added a
	// moment ago (Redis slow under load, connection not yet up) would be missed.
	const adding = new Set< Promise< unknown > >();
	let lastDepth = 0;
	let countingDepth: Promise< void > | null = null;
	async function countOutstanding(): Promise< number > {
		const counts = await queue.getJobCounts( ...COUNTED_STATES );
		return Object.values( counts ).reduce( ( sum, n ) => sum + n, 0 );
	}

	return {
		register( name, handler ) {
			handlers.set( name, handler as JobHandler< unknown > );
		},
		enqueue( name, payload, options ) {
			const added = queue
				.add( name, payload, {
					attempts: options?.attempts ?? 3,
					backoff: { type: 'exponential', delay: backoffMs },
					removeOnComplete: KEEP_COMPLETED,
					removeOnFail: KEEP_FAILED,
				} )
				.catch( ( error: unknown ) =>
					logger.error(
						{ err: error, job: name },
						'could not enqueue job'
					)
				)
				.finally( () => adding.delete( added ) );
			adding.add( added );
		},
		every( name, intervalMs, payload = {} ) {
			// One scheduler per job name, stored in Redis: upserting it from every instance
			// at start is idempotent, and BullMQ produces one job per interval for all of them.
			queue
				.upsertJobScheduler(
					name,
					{ every: intervalMs },
					{
						name,
						data: payload,
						opts: {
							attempts: 1,
							removeOnComplete: KEEP_COMPLETED,
							removeOnFail: KEEP_FAILED,
						},
					}
				)
				.catch( ( error: unknown ) =>
					logger.error(
						{ err: error, job: name },
						'could not schedule job'
					)
				);
		},
		/** The last known cluster-wide count; each call refreshes it in the background. */
		depth() {
			countingDepth ??= countOutstanding()
				.then( ( depth ) => {
					lastDepth = depth;
				} )
				.catch( () => undefined )
				.finally( () => {
					countingDepth = null;
				} );
			return lastDepth;
		},
		async drain() {
			while ( adding.size > 0 ) {
				await Promise.all( adding );
			}
			while ( ( await countOutstanding() ) > 0 ) {
				await new Promise( ( resolve ) => setTimeout( resolve, 50 ) );
			}
		},
		async stop() {
			// Finishes the jobs this instance is running; waiting ones stay for the others.
			await worker.close();
			await queue.close();
		},
	};
}
