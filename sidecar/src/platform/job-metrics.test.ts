/**
 * Job runs in /metrics (omniops_jobs_total by job and outcome, omniops_job_duration_seconds):
 * what lets an operator see that a scheduled job runs once per interval across instances
 * (tests/cluster/faults.mjs sums it over two instances) and which jobs fail.
 */
import { createInProcessQueue, measuredQueue } from './jobs';
import { createLogger } from './logger';
import { createMetrics } from './metrics';

/** The value of one sample line of the exposition text, or undefined. */
function sample( text: string, line: RegExp ): number | undefined {
	const found = text.split( '\n' ).find( ( row ) => line.test( row ) );
	return found === undefined ? undefined : Number( found.split( ' ' ).pop() );
}

describe( 'job runs in the metrics', () => {
	it( 'counts each run by job name and outcome and times it; a failure still reaches the queue', async () => {
		const base = createInProcessQueue( createLogger( 'silent' ) );
		const metrics = createMetrics( { queueDepth: () => 0 } );
		const queue = measuredQueue( base, metrics.countJobRun );
		const seen: string[] = [];
		queue.register< { n: number } >( 'test.works', async ( { n } ) => {
			seen.push( `works ${ n }` );
		} );
		queue.register( 'test.breaks', async () => {
			seen.push( 'breaks' );
			throw new Error( 'broken on purpose' );
		} );
		try {
			queue.enqueue( 'test.works', { n: 1 } );
			queue.enqueue( 'test.works', { n: 2 } );
			queue.enqueue( 'test.breaks', {}, { attempts: 2 } );
			await queue.drain();
			// The payload reached the handler; the failing job was retried by the queue.
			expect( seen.sort() ).toEqual( [
				'breaks',
				'breaks',
				'works 1',
				'works 2',
			] );

			const text = await metrics.render();
			expect(
				sample(
					text,
					/^omniops_jobs_total\{job="test.works",outcome="completed"\}/
				)
			).toBe( 2 );
			expect(
				sample(
					text,
					/^omniops_jobs_total\{job="test.breaks",outcome="failed"\}/
				)
			).toBe( 2 );
			expect(
				sample(
					text,
					/^omniops_jobs_total\{job="test.works",outcome="failed"\}/
				)
			).toBeUndefined();
			expect(
				sample(
					text,
					/^omniops_job_duration_seconds_count\{job="test.works"\}/
				)
			).toBe( 2 );
			expect( text ).toMatch( /# TYPE omniops_jobs_total counter/ );
			expect( text ).toMatch(
				/# TYPE omniops_job_duration_seconds histogram/
			);
		} finally {
			await queue.stop();
		}
	} );
} );
