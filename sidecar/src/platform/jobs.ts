/**
 * The job queue interface: sync, rollups, purges and alert checks all go through it.
 * The default runs jobs in-process, one at a time per queue, with retries and backoff;
 * a Redis-backed implementation (BullMQ) slots in behind the same interface at scale.
 */
import type { Logger } from './logger';

export type JobHandler< T > = ( payload: T ) => Promise< void >;

export interface JobQueue {
	register: < T >( name: string, handler: JobHandler< T > ) => void;
	enqueue: < T >(
		name: string,
		payload: T,
		options?: { attempts?: number }
	) => void;
	/** Jobs waiting or running (the /metrics queue depth gauge). */
	depth?: () => number;
	/**
	 * Repeats a job every intervalMs for the whole deployment, when the queue can (BullMQ:
	 * once per interval across all instances). Without it the scheduler's timers enqueue.
	 */
	every?: ( name: string, intervalMs: number, payload?: unknown ) => void;
	/** Resolves when every queued job has finished (tests, graceful shutdown). */
	drain: () => Promise< void >;
	stop: () => Promise< void >;
}

interface QueuedJob {
	name: string;
	payload: unknown;
	attemptsLeft: number;
	attempt: number;
}

export function createInProcessQueue(
	logger: Logger,
	backoffMs = 500
): JobQueue {
	const handlers = new Map< string, JobHandler< unknown > >();
	const pending: QueuedJob[] = [];
	let running: Promise< void > | null = null;
	let stopped = false;

	async function runAll(): Promise< void > {
		while ( pending.length > 0 && ! stopped ) {
			const job = pending.shift()!;
			const handler = handlers.get( job.name );
			if ( ! handler ) {
				logger.error(
					{ job: job.name },
					'no handler registered for job'
				);
				continue;
			}
			try {
				await handler( job.payload );
			} catch ( error ) {
				logger.warn(
					{ err: error, job: job.name, attempt: job.attempt },
					'job failed'
				);
				if ( job.attemptsLeft > 1 && ! stopped ) {
					await new Promise( ( resolve ) =>
						setTimeout( resolve, backoffMs * job.attempt )
					);
					pending.push( {
						...job,
						attemptsLeft: job.attemptsLeft - 1,
						attempt: job.attempt + 1,
					} );
				}
			}
		}
	}

	function kick(): void {
		if ( ! running ) {
			running = runAll().finally( () => {
				running = null;
				if ( pending.length > 0 && ! stopped ) {
					kick();
				}
			} );
		}
	}

	return {
		register( name, handler ) {
			handlers.set( name, handler as JobHandler< unknown > );
		},
		enqueue( name, payload, options ) {
			if ( stopped ) {
				return;
			}
			pending.push( {
				name,
				payload,
				attemptsLeft: options?.attempts ?? 3,
				attempt: 1,
			} );
			setImmediate( kick );
		},
		depth: () => pending.length + ( running ? 1 : 0 ),
		async drain() {
			await new Promise( ( resolve ) => setImmediate( resolve ) );
			while ( running || pending.length > 0 ) {
				kick();
				await running;
			}
		},
		async stop() {
			stopped = true;
			await running;
		},
	};
}

/** Enqueues jobs on a fixed interval (rollups, purges); `stop` clears every timer. */
export interface Scheduler {
	every: ( name: string, intervalMs: number, payload?: unknown ) => void;
	stop: () => void;
}

/**
 * A timer-based scheduler in front of the queue: the queue owns retries and ordering,
 * the scheduler only says when. Timers are unref'd so they never keep a process alive.
 * With the in-process queue each instance schedules (the jobs it feeds are idempotent);
 * a queue that repeats jobs itself (BullMQ) runs each once per interval for all instances.
 *
 * @param queue The job queue.
 * @return The scheduler.
 */
export function createScheduler( queue: JobQueue ): Scheduler {
	const timers: Array< ReturnType< typeof setInterval > > = [];
	return {
		every( name, intervalMs, payload = {} ) {
			if ( queue.every ) {
				queue.every( name, intervalMs, payload );
				return;
			}
			const timer = setInterval(
				() => queue.enqueue( name, payload, { attempts: 1 } ),
				intervalMs
			);
			timer.unref();
			timers.push( timer );
		},
		stop() {
			timers.splice( 0 ).forEach( clearInterval );
		},
	};
}

/**
 * The same queue, with every handler registered through it reporting each run (job name,
 * completed or failed, seconds) — for /metrics, where operators see that scheduled jobs run
 * once per interval across the cluster and how long they take.
 *
 * @param queue    The queue.
 * @param finished Told of each finished run.
 * @return The queue with measured handlers.
 */
export function measuredQueue(
	queue: JobQueue,
	finished: (
		job: string,
		outcome: 'completed' | 'failed',
		seconds: number
	) => void
): JobQueue {
	return {
		...queue,
		register< T >( name: string, handler: JobHandler< T > ) {
			queue.register< T >( name, async ( payload ) => {
				const started = performance.now();
				try {
					await handler( payload );
					finished(
						name,
						'completed',
						( performance.now() - started ) / 1000
					);
				} catch ( error ) {
					finished(
						name,
						'failed',
						( performance.now() - started ) / 1000
					);
					throw error;
				}
			} );
		},
	};
}
