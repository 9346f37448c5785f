import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startTestShopSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import {
	connectTestShop,
	telemetryToken,
} from '../../../../tests/support/connect-shop';
import { facetOf, percentileFromBuckets } from './facets';

const HOUR_MS = 60 * 60 * 1000;

describe( 'telemetry facets', () => {
	it( 'picks the dimension each event type is grouped by', () => {
		expect( facetOf( 'retry', { kind: 'send', ok: false } ) ).toBe(
			'failed'
		);
		expect( facetOf( 'message_sent', { ok: true } ) ).toBe( 'ok' );
		expect( facetOf( 'config_error', { code: 'http_503' } ) ).toBe(
			'http_503'
		);
		expect( facetOf( 'privacy_error', {} ) ).toBe( 'unknown' );
		expect( facetOf( 'widget_loaded', { ms: 120 } ) ).toBe( '200' );
		expect( facetOf( 'first_message', { ms: 99999 } ) ).toBe( 'inf' );
		expect( facetOf( 'widget_loaded', { ms: 'slow' } ) ).toBe( '' );
		expect( facetOf( 'message_received', { types: 'product,text' } ) ).toBe(
			'product,text'
		);
		expect( facetOf( 'origin_rejected', { reason: 'source' } ) ).toBe(
			'source'
		);
	} );

	it( 'reads percentiles as the upper bound of the bucket holding the rank', () => {
		expect( percentileFromBuckets( {}, 50 ) ).toBeNull();
		expect( percentileFromBuckets( { 200: 2, 1000: 1 }, 50 ) ).toBe( 200 );
		expect( percentileFromBuckets( { 200: 2, 1000: 1 }, 95 ) ).toBe( 1000 );
		expect( percentileFromBuckets( { inf: 1 }, 50 ) ).toBe( 30000 );
	} );
} );

describe.each( testDialects() )( 'widget health figures on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;
	let other: ConnectedSite;
	const currentHour = Math.floor( Date.now() / HOUR_MS ) * HOUR_MS;
	const now = new Date( currentHour + 30 * 60 * 1000 );

	beforeAll( async () => {
		( { sidecar, site } = await startTestShopSidecar( dialect, {
			clock: () => now,
		} ) );
		other = await connectTestShop( sidecar, 'https://other.example' );
	} );
	afterAll( () => sidecar.close() );

	const times = ( count: number, event: object ) =>
		Array.from( { length: count }, () => event );
	const beacon = async ( siteKey: string, at: number, events: object[] ) => {
		const response = await call(
			sidecar.baseUrl,
			'POST',
			'/api/widget/telemetry',
			{
				body: {
					siteKey,
					// A real widget's beacon: its rejections count (ADR 0019).
					token: await telemetryToken( sidecar, siteKey ),
					events: events.map( ( event ) => ( {
						...event,
						at: new Date( at ).toISOString(),
					} ) ),
				},
			}
		);
		expect( response.status ).toBe( 202 );
	};
	const window = {
		from: new Date( now.getTime() - 6 * HOUR_MS ).toISOString(),
		to: new Date( now.getTime() + 60_000 ).toISOString(),
	};

	it( 'sums rolled-up hours and raw recent events into the same figures, per site and platform-wide', async () => {
		const earlier = currentHour - 5 * HOUR_MS + 10 * 60_000;
		await beacon( site.publicKey, earlier, [
			...times( 2, { type: 'widget_loaded', data: { ms: 120 } } ),
			{ type: 'config_error', data: { code: 'network_error' } },
			{ type: 'retry', data: { kind: 'config', ok: true } },
			{ type: 'retry', data: { kind: 'config', ok: false } },
			...times( 12, {
				type: 'origin_rejected',
				data: { reason: 'origin' },
			} ),
		] );
		await beacon( site.publicKey, now.getTime() - 10 * 60_000, [
			{ type: 'widget_loaded', data: { ms: 900 } },
			...times( 2, { type: 'message_sent', data: { ok: true } } ),
			{ type: 'message_sent', data: { ok: false, code: 'http_500' } },
			{ type: 'retry', data: { kind: 'send', ok: true } },
			...times( 3, {
				type: 'origin_rejected',
				data: { reason: 'source' },
			} ),
		] );
		await beacon( other.publicKey, now.getTime() - 60_000, [
			{ type: 'privacy_error', data: { code: 'http_500' } },
		] );
		const { telemetry, telemetryHealth } = sidecar.omniops.services;
		await telemetry.rollUp( 6 );
		// Raw events older than ~2.4 h go: the figures must now come from the rollups.
		expect( await telemetry.purgeRaw( 0.1 ) ).toBe( 17 );

		const figures = await telemetryHealth.healthFigures( {
			...window,
			siteId: site.siteId,
		} );
		expect( figures ).toMatchObject( {
			widgetLoads: 3,
			messagesSent: 2,
			messagesFailed: 1,
			errors: 2,
			errorsByType: { config_error: 1, message_sent: 1 },
			originRejections: 15,
			originRejectionsPerHour: [
				{
					hour: new Date( currentHour - 5 * HOUR_MS ).toISOString(),
					count: 12,
				},
				{ hour: new Date( currentHour ).toISOString(), count: 3 },
			],
			maxOriginRejectionsPerHour: 12,
			retries: 3,
			retryFailures: 1,
			loadTimeP50Ms: 200,
			loadTimeP95Ms: 1000,
		} );
		expect( figures.errorRate ).toBeCloseTo( 2 / 7 );
		expect( figures.retryFailureRate ).toBeCloseTo( 1 / 3 );

		const platform = await telemetryHealth.healthFigures( window );
		expect( platform.errors ).toBe( 3 );
		expect( platform.originRejectionsPerHour[ 0 ]!.count ).toBe( 12 );
		const organization = await telemetryHealth.healthFigures( {
			...window,
			organizationId: site.organizationId,
		} );
		expect( organization ).toMatchObject( {
			errors: 2,
			originRejections: 15,
			loadTimeP95Ms: 1000,
		} );
		expect(
			(
				await telemetryHealth.healthFigures( {
					...window,
					organizationId: other.organizationId,
				} )
			).errorsByType
		).toEqual( { privacy_error: 1 } );

		const bySite = await telemetryHealth.healthFiguresBySite( window );
		expect(
			bySite
				.map( ( row ) => [ row.siteId, row.errors ] )
				.sort( ( a, b ) =>
					String( a[ 0 ] ).localeCompare( String( b[ 0 ] ) )
				)
		).toEqual(
			[
				[ site.siteId, 2 ],
				[ other.siteId, 1 ],
			].sort( ( a, b ) =>
				String( a[ 0 ] ).localeCompare( String( b[ 0 ] ) )
			)
		);
	} );

	it( 'counts a window that starts and ends inside hours to the second', async () => {
		const narrow =
			await sidecar.omniops.services.telemetryHealth.healthFigures( {
				siteId: site.siteId,
				from: new Date( now.getTime() - 11 * 60_000 ).toISOString(),
				to: new Date( now.getTime() - 9 * 60_000 ).toISOString(),
			} );
		expect( narrow.widgetLoads ).toBe( 1 );
		expect( narrow.originRejections ).toBe( 3 );
		const empty =
			await sidecar.omniops.services.telemetryHealth.healthFigures( {
				siteId: site.siteId,
				from: new Date( now.getTime() - 9 * 60_000 ).toISOString(),
				to: now.toISOString(),
			} );
		expect( empty ).toMatchObject( {
			widgetLoads: 0,
			errorRate: null,
			retryFailureRate: null,
			loadTimeP50Ms: null,
		} );
	} );
} );
