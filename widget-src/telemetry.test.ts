/** @jest-environment jsdom */
import { createTelemetryReporter } from './telemetry';
import { fakeBeacons } from './test-utils';

let beacon: jest.Mock;

beforeEach( () => {
	beacon = fakeBeacons();
} );

afterEach( () => jest.useRealTimers() );

const batches = () =>
	( beacon.mock.calls as unknown as Array< [ string, string ] > ).map(
		( [ , body ] ) => JSON.parse( body ).events.length
	);

describe( 'createTelemetryReporter', () => {
	it( 'batches events into one beacon after the delay', () => {
		const report = createTelemetryReporter(
			'/api/widget/telemetry',
			'pk_1',
			1000
		);
		report( 'widget_loaded', { ms: 12 } );
		report( 'message_sent', { ok: true, retry: false } );
		expect( beacon ).not.toHaveBeenCalled();

		jest.advanceTimersByTime( 1000 );

		expect( beacon ).toHaveBeenCalledTimes( 1 );
		const [ url, body ] = beacon.mock.calls[ 0 ] as unknown as [
			string,
			string,
		];
		expect( url ).toBe( '/api/widget/telemetry' );
		expect( JSON.parse( body ) ).toEqual( {
			siteKey: 'pk_1',
			events: [
				{
					type: 'widget_loaded',
					at: expect.any( String ),
					data: { ms: 12 },
				},
				{
					type: 'message_sent',
					at: expect.any( String ),
					data: { ok: true, retry: false },
				},
			],
		} );
	} );

	it( 'sends at 50 events (the API limit) and on pagehide', () => {
		const report = createTelemetryReporter( '/t', 'pk_1' );
		for ( let i = 0; i < 53; i++ ) {
			report( 'origin_rejected', {
				origin: 'https://evil.example',
				reason: 'origin',
				side: 'frame',
			} );
		}
		expect( batches() ).toEqual( [ 50 ] );

		window.dispatchEvent( new Event( 'pagehide' ) );
		expect( batches() ).toEqual( [ 50, 3 ] );
	} );

	it( 'caps what one page can send, so a hostile page cannot flood the sidecar', () => {
		const report = createTelemetryReporter( '/t', 'pk_1' );
		for ( let i = 0; i < 2000; i++ ) {
			report( 'origin_rejected', {
				origin: 'https://evil.example',
				reason: 'origin',
				side: 'frame',
			} );
		}
		jest.runAllTimers();
		expect( batches().reduce( ( sum, count ) => sum + count, 0 ) ).toBe(
			500
		);
	} );
} );
