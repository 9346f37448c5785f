import { randomUUID } from 'node:crypto';
import { createRedisQueue } from './jobs-redis';
import { createScheduler, type JobQueue } from './jobs';
import { createLogger } from './logger';

/** Redis the tests use (tests/env/services.sh starts it). */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger( 'silent' );

/** Two sidecar instances' queues sharing one Redis, isolated from other runs by prefix. */
function twoInstances( backoffMs = 20 ): [ JobQueue, JobQueue ] {
	const prefix = `omniops-test-${ randomUUID() }`;
	return [
		createRedisQueue( REDIS_URL, logger, { prefix, backoffMs } ),
		createRedisQueue( REDIS_URL, logger, { prefix, backoffMs } ),
	];
}

const sleep = ( ms: number ) =>
	new Promise( ( resolve ) => setTimeout( resolve, ms ) );

describe( 'BullMQ job queue on Redis', () => {
	let instances: JobQueue[] = [];
	afterEach( async () => {
		await Promise.all( instances.map( ( queue ) => queue.stop() ) );
		instances = [];
	} );

	it( 'runs each job once, on any instance, whichever enqueued it', async () => {
		const [ first, second ] = twoInstances();
		instances = [ first, second ];
		const ran: Array< { instance: number; n: number } > = [];
		instances.forEach( ( queue, instance ) =>
			queue.register< { n: number } >( 'count', async ( { n } ) => {
				ran.push( { instance, n } );
			} )
		);
		for ( let n = 0; n < 20; n++ ) {
			( n % 2 ? second : first ).enqueue( 'count', { n } );
		}
		await Promise.all( instances.map( ( queue ) => queue.drain() ) );
		expect( ran.map( ( { n } ) => n ).sort( ( a, b ) => a - b ) ).toEqual(
			Array.from( { length: 20 }, ( _, n ) => n )
		);
	} );

	it( 'retries a failing job with backoff up to its attempts, then gives up', async () => {
		const [ first, second ] = twoInstances();
		instances = [ first, second ];
		const attempts: number[] = [];
		instances.forEach( ( queue ) =>
			queue.register( 'flaky', async () => {
				attempts.push( Date.now() );
				if ( attempts.length < 3 ) {
					throw new Error( 'provider down' );
				}
			} )
		);
		first.enqueue( 'flaky', {}, { attempts: 3 } );
		await Promise.all( instances.map( ( queue ) => queue.drain() ) );
		expect( attempts ).toHaveLength( 3 );

		const failures: number[] = [];
		instances.forEach( ( queue ) =>
			queue.register( 'broken', async () => {
				failures.push( 1 );
				throw new Error( 'always' );
			} )
		);
		second.enqueue( 'broken', {}, { attempts: 2 } );
		await Promise.all( instances.map( ( queue ) => queue.drain() ) );
		expect( failures ).toHaveLength( 2 );
	} );

	it( 'runs a scheduled job once per interval for the whole cluster, not once per instance', async () => {
		instances = twoInstances();
		const runs: number[] = [];
		instances.forEach( ( queue, instance ) => {
			queue.register( 'tick', async () => {
				runs.push( instance );
			} );
			// Both instances schedule at start, as main.ts does on each of them.
			createScheduler( queue ).every( 'tick', 400 );
		} );
		await sleep( 2_100 );
		// In-process timers on two instances would give ~10 runs; one cluster-wide
		// scheduler gives one per interval (allowing for the first run's timing).
		expect( runs.length ).toBeGreaterThanOrEqual( 4 );
		expect( runs.length ).toBeLessThanOrEqual( 6 );
	} );

	it( 'reports the outstanding jobs of the whole cluster as its depth', async () => {
		const [ producer, other ] = twoInstances();
		// One instance works, and its handler waits on a gate, so jobs pile up in Redis.
		await other.stop();
		instances = [ producer ];
		let release!: () => void;
		const gate = new Promise< void >( ( resolve ) => {
			release = resolve;
		} );
		producer.register( 'slow', () => gate );
		for ( let n = 0; n < 5; n++ ) {
			producer.enqueue( 'slow', { n } );
		}
		await sleep( 200 );
		producer.depth!();
		await sleep( 100 );
		expect( producer.depth!() ).toBeGreaterThanOrEqual( 4 );
		release();
		await producer.drain();
		producer.depth!();
		await sleep( 100 );
		expect( producer.depth!() ).toBe( 0 );
	} );
} );
