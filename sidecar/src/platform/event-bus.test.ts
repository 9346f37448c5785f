import { randomUUID } from 'node:crypto';
import {
	call,
	startTestSidecar,
	type TestSidecar,
} from '../../../tests/support/sidecar-harness';
import { connectTestShop } from '../../../tests/support/connect-shop';
import { ownerSession } from '../../../tests/support/flows';
import { readSse } from '../../../tests/support/sse';
import {
	createInProcessEventBus,
	createRedisEventBus,
	type BusEvents,
	type EventBus,
} from './event-bus';
import { createLogger } from './logger';

/** Redis the tests use (tests/env/services.sh starts it). */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger( 'silent' );

const telemetryEvent = (
	siteId: string
): BusEvents[ 'telemetry.ingested' ] => ( {
	organizationId: 'org',
	siteId,
	counts: { config_error: 1 },
	at: new Date().toISOString(),
} );

/** Resolves with the first event of a topic the bus delivers. */
const nextEvent = < T extends keyof BusEvents >( bus: EventBus, topic: T ) =>
	new Promise< BusEvents[ T ] >( ( resolve ) => {
		const stop = bus.subscribe( topic, ( event ) => {
			stop();
			resolve( event );
		} );
	} );

describe( 'in-process event bus', () => {
	it( 'delivers to subscribers of the topic only, after publish returns, and stops after unsubscribe', async () => {
		const bus = createInProcessEventBus( logger );
		const heard: string[] = [];
		const stop = bus.subscribe( 'telemetry.ingested', ( event ) =>
			heard.push( event.siteId )
		);
		bus.subscribe( 'chat.message', () => heard.push( 'chat' ) );
		bus.subscribe( 'telemetry.ingested', () => {
			throw new Error( 'a broken listener' );
		} );
		await bus.publish( 'telemetry.ingested', telemetryEvent( 'a' ) );
		expect( heard ).toEqual( [] );
		await new Promise( ( resolve ) => setImmediate( resolve ) );
		expect( heard ).toEqual( [ 'a' ] );
		stop();
		await bus.publish( 'telemetry.ingested', telemetryEvent( 'b' ) );
		await new Promise( ( resolve ) => setImmediate( resolve ) );
		expect( heard ).toEqual( [ 'a' ] );
		await bus.close();
	} );
} );

describe( 'Redis event bus (real Redis)', () => {
	it( 'lets two buses sharing Redis hear each other, and keeps deployments apart by prefix', async () => {
		const prefix = `omniops-test-${ randomUUID() }:`;
		const first = createRedisEventBus( REDIS_URL, logger, prefix );
		const second = createRedisEventBus( REDIS_URL, logger, prefix );
		const elsewhere = createRedisEventBus(
			REDIS_URL,
			logger,
			`${ prefix }other:`
		);
		await Promise.all(
			[ first, second, elsewhere ].map( ( bus ) => bus.ready() )
		);
		const strays: string[] = [];
		elsewhere.subscribe( 'telemetry.ingested', ( event ) =>
			strays.push( event.siteId )
		);
		try {
			const atSecond = nextEvent( second, 'telemetry.ingested' );
			const atFirst = nextEvent( first, 'telemetry.ingested' );
			await first.publish( 'telemetry.ingested', telemetryEvent( 's1' ) );
			expect( ( await atSecond ).siteId ).toBe( 's1' );
			expect( ( await atFirst ).siteId ).toBe( 's1' );
			const back = nextEvent( first, 'chat.message' );
			await second.publish( 'chat.message', {
				organizationId: 'org',
				siteId: 's2',
				conversationId: 'c',
				role: 'shopper',
				at: new Date().toISOString(),
			} );
			expect( ( await back ).siteId ).toBe( 's2' );
			expect( strays ).toEqual( [] );
		} finally {
			await Promise.all(
				[ first, second, elsewhere ].map( ( bus ) => bus.close() )
			);
		}
	} );

	it( "two sidecar instances sharing Redis: a beacon stored by one shows on the other one's live stream", async () => {
		const env = { REDIS_URL };
		const instances: TestSidecar[] = [
			await startTestSidecar( 'sqlite', { env } ),
			await startTestSidecar( 'sqlite', { env } ),
		];
		const [ ingesting, watching ] = instances as [
			TestSidecar,
			TestSidecar,
		];
		try {
			await Promise.all(
				instances.map( ( instance ) => instance.omniops.bus.ready() )
			);
			const site = await connectTestShop( ingesting );
			const owner = await ownerSession( watching );
			const stream = await readSse(
				`${ watching.baseUrl }/api/owner/widget-health/stream?scope=platform`,
				owner.headers
			);
			try {
				expect( ( await stream.next( 'cards' ) ).data ).toMatchObject( {
					activeSessions: 0,
				} );
				const beacon = await call(
					ingesting.baseUrl,
					'POST',
					'/api/widget/telemetry',
					{
						body: {
							siteKey: site.publicKey,
							events: [
								{
									type: 'config_error',
									at: new Date().toISOString(),
									data: { code: 'network_error' },
								},
							],
						},
					}
				);
				expect( beacon.status ).toBe( 202 );
				const activity = await stream.next(
					'activity',
					( data ) =>
						( data as { siteId: string } ).siteId === site.siteId
				);
				expect( activity.data ).toMatchObject( {
					topic: 'telemetry.ingested',
					siteId: site.siteId,
				} );
			} finally {
				stream.close();
			}
		} finally {
			for ( const instance of instances ) {
				await instance.omniops.bus.close();
				await instance.close();
			}
		}
	} );
} );
