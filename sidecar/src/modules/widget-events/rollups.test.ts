import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startTestShopSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { connectTestShop } from '../../../../tests/support/connect-shop';

const HOUR_MS = 60 * 60 * 1000;

describe.each( testDialects() )( 'telemetry rollups on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;
	let other: ConnectedSite;
	const currentHour = Math.floor( Date.now() / HOUR_MS ) * HOUR_MS;
	let now = new Date( currentHour + 30 * 60 * 1000 );

	beforeAll( async () => {
		( { sidecar, site } = await startTestShopSidecar( dialect, {
			clock: () => now,
			env: { OMNIOPS_TELEMETRY_RETENTION_DAYS: '2' },
		} ) );
		other = await connectTestShop( sidecar, 'https://other.example' );
	} );
	afterAll( () => sidecar.close() );

	const beacon = (
		siteKey: string,
		events: Array< { type: string; at: number } >
	) =>
		call( sidecar.baseUrl, 'POST', '/api/widget/telemetry', {
			rawBody: JSON.stringify( {
				siteKey,
				events: events.map( ( event ) => ( {
					type: event.type,
					at: new Date( event.at ).toISOString(),
				} ) ),
			} ),
			headers: { 'content-type': 'text/plain' },
		} );
	const hourly = async ( siteId: string ) => {
		const { telemetry } = sidecar.omniops.services;
		return telemetry.hourlyForSite(
			{
				id: siteId,
				organizationId:
					siteId === site.siteId
						? site.organizationId
						: other.organizationId,
			},
			new Date( currentHour - 10 * HOUR_MS ).toISOString(),
			new Date( currentHour + 10 * HOUR_MS ).toISOString()
		);
	};

	it( 'rolls raw events up per site, hour and type, idempotently, and late events land in their hour', async () => {
		expect(
			(
				await beacon( site.publicKey, [
					{ type: 'widget_loaded', at: currentHour + 1000 },
					{ type: 'widget_loaded', at: currentHour + 2000 },
					{ type: 'config_error', at: currentHour - HOUR_MS + 5 },
				] )
			).status
		).toBe( 202 );
		await beacon( other.publicKey, [
			{ type: 'widget_loaded', at: currentHour + 1 },
		] );

		sidecar.omniops.queue.enqueue( 'telemetry.rollup', {} );
		await sidecar.omniops.queue.drain();
		const expected = [
			{
				hour: new Date( currentHour - HOUR_MS ).toISOString(),
				type: 'config_error',
				count: 1,
			},
			{
				hour: new Date( currentHour ).toISOString(),
				type: 'widget_loaded',
				count: 2,
			},
		];
		expect(
			( await hourly( site.siteId ) ).map(
				( { hour, type, count } ) => ( { hour, type, count } )
			)
		).toEqual( expected );

		// Running again changes nothing; a late beacon for the previous hour is added to it.
		await sidecar.omniops.services.telemetry.rollUp();
		await beacon( site.publicKey, [
			{ type: 'config_error', at: currentHour - HOUR_MS + 99 },
		] );
		await sidecar.omniops.services.telemetry.rollUp();
		expect( ( await hourly( site.siteId ) )[ 0 ]!.count ).toBe( 2 );
		expect(
			( await hourly( other.siteId ) ).map( ( row ) => row.count )
		).toEqual( [ 1 ] );
	} );

	it( 'drops raw events past the retention window and keeps the rollups', async () => {
		now = new Date( currentHour + 3 * 24 * HOUR_MS );
		const dropped = await sidecar.omniops.services.telemetry.purgeRaw( 2 );
		expect( dropped ).toBe( 5 );
		expect(
			await sidecar.omniops.services.telemetry.countsForSite(
				site.siteId
			)
		).toEqual( {} );
		expect( ( await hourly( site.siteId ) ).length ).toBe( 2 );
	} );
} );
