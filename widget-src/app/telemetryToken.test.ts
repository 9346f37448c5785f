/** @jest-environment jsdom */
/**
 * The frame's beacons carry the signed widget token in their body (sendBeacon cannot set
 * headers), and the frame refreshes the token before it runs out (ADR 0019).
 */
import { createTelemetryReporter } from '../telemetry';
import { createTelemetryTokenStore } from './telemetryToken';
import { fakeBeacons } from '../test-utils';

let beacon: jest.Mock;

beforeEach( () => {
	beacon = fakeBeacons();
} );

afterEach( () => jest.useRealTimers() );

const sentBodies = () =>
	( beacon.mock.calls as unknown as Array< [ string, string ] > ).map(
		( [ , body ] ) => JSON.parse( body ) as Record< string, unknown >
	);

describe( 'telemetry token', () => {
	it( 'sends the token of the widget config in the beacon body; none before it arrives', () => {
		const store = createTelemetryTokenStore(
			() => new Promise( () => {} )
		);
		const report = createTelemetryReporter(
			'/api/widget/telemetry',
			'pk_1',
			100,
			store.current
		);
		report( 'config_error', { code: 'network_error' } );
		jest.advanceTimersByTime( 100 );
		store.accept(
			'wt_1.abc.sig',
			new Date( Date.now() + 15 * 60_000 ).toISOString()
		);
		report( 'widget_loaded', { ms: 12 } );
		jest.advanceTimersByTime( 100 );
		const [ before, after ] = sentBodies();
		expect( before ).not.toHaveProperty( 'token' );
		expect( after ).toMatchObject( {
			siteKey: 'pk_1',
			token: 'wt_1.abc.sig',
		} );
	} );

	it( 'refreshes shortly before expiry and drops an expired token', async () => {
		let now = 0;
		const refresh = jest.fn( async () => ( {
			token: 'wt_fresh',
			expiresAt: new Date( now + 15 * 60_000 ).toISOString(),
		} ) );
		const store = createTelemetryTokenStore( refresh, () => now );
		store.accept( 'wt_old', new Date( 15 * 60_000 ).toISOString() );
		now = 10 * 60_000;
		expect( store.current() ).toBe( 'wt_old' );
		expect( refresh ).not.toHaveBeenCalled();
		now = 14 * 60_000;
		// Due for a refresh: the old one still goes out meanwhile, one request at a time.
		expect( store.current() ).toBe( 'wt_old' );
		expect( store.current() ).toBe( 'wt_old' );
		expect( refresh ).toHaveBeenCalledTimes( 1 );
		await Promise.resolve();
		await Promise.resolve();
		expect( store.current() ).toBe( 'wt_fresh' );

		const failing = createTelemetryTokenStore(
			async () => {
				throw new Error( 'offline' );
			},
			() => now
		);
		failing.accept( 'wt_gone', new Date( now - 1 ).toISOString() );
		expect( failing.current() ).toBeUndefined();
	} );
} );
