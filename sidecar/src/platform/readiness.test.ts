/**
 * /readyz reports the database, Redis and the job queue (issue 13 item 1).
 */
import {
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../tests/support/sidecar-harness';
import { createInProcessQueue } from './jobs';
import { createLogger } from './logger';
import { createReadinessProbe } from './readiness';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe( 'readiness probe', () => {
	const queue = createInProcessQueue( createLogger( 'silent' ) );
	afterAll( async () => {
		await queue.stop();
	} );

	it( 'reports Redis up when it answers', async () => {
		const probe = createReadinessProbe( { redisUrl: REDIS_URL, queue } );
		try {
			await expect( probe.check() ).resolves.toEqual( {
				redis: 'up',
				queue: { kind: 'bullmq', depth: 0 },
			} );
		} finally {
			await probe.close();
		}
	} );

	it( 'reports Redis down, within its timeout, when nothing listens', async () => {
		const probe = createReadinessProbe( {
			redisUrl: 'redis://127.0.0.1:1',
			queue,
		} );
		try {
			const started = Date.now();
			const report = await probe.check();
			expect( report.redis ).toBe( 'down' );
			expect( Date.now() - started ).toBeLessThan( 3_000 );
		} finally {
			await probe.close();
		}
	} );

	it( 'reports no Redis when none is configured', async () => {
		const probe = createReadinessProbe( { redisUrl: null, queue } );
		await expect( probe.check() ).resolves.toEqual( {
			redis: 'not_configured',
			queue: { kind: 'in_process', depth: 0 },
		} );
	} );
} );

describe.each( testDialects() )( 'GET /readyz (%s)', ( dialect ) => {
	let sidecar: TestSidecar;
	beforeAll( async () => {
		sidecar = await startTestSidecar( dialect );
	} );
	afterAll( async () => {
		await sidecar.close();
	} );

	it( 'names the database, Redis and queue state', async () => {
		const response = await fetch( `${ sidecar.baseUrl }/readyz` );
		expect( response.status ).toBe( 200 );
		expect( await response.json() ).toEqual( {
			status: 'ready',
			database: 'up',
			redis: 'not_configured',
			queue: { kind: 'in_process', depth: expect.any( Number ) },
		} );
	} );
} );
