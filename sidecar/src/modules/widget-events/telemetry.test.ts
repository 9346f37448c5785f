import {
	call,
	postBeacon,
	testDialects,
} from '../../../../tests/support/sidecar-harness';
import {
	startSiteSidecar,
	type ConnectedSite,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';

describe.each( testDialects() )( 'telemetry on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let owner: OwnerSession;
	let site: ConnectedSite;

	beforeAll( async () => {
		( { sidecar, owner, site } = await startSiteSidecar( dialect ) );
	} );
	afterAll( () => sidecar.close() );

	const counts = async () =>
		(
			await call(
				sidecar.baseUrl,
				'GET',
				`/api/owner/sites/${ site.siteId }/telemetry`,
				{ headers: owner.headers }
			)
		).body.counts;

	it( 'accepts a beacon sent as text/plain and counts events per type', async () => {
		const at = new Date().toISOString();
		const beacon = JSON.stringify( {
			siteKey: site.publicKey,
			events: [
				{
					type: 'origin_rejected',
					at,
					data: {
						origin: 'https://evil.example',
						reason: 'origin',
						side: 'frame',
					},
				},
				{
					type: 'origin_rejected',
					at,
					data: {
						origin: 'https://evil.example',
						reason: 'source',
						side: 'frame',
					},
				},
				{ type: 'widget_loaded', at, data: { ms: 120 } },
			],
		} );
		const response = await postBeacon(
			sidecar.baseUrl,
			beacon,
			'text/plain;charset=UTF-8'
		);
		expect( response.status ).toBe( 202 );
		expect( response.body ).toEqual( { accepted: 3 } );
		expect( await counts() ).toEqual( {
			origin_rejected: 2,
			widget_loaded: 1,
		} );
	} );

	it.each( [
		[ 'not JSON', 'hello' ],
		[
			'an unknown event type',
			JSON.stringify( {
				siteKey: 'pk_aaaaaaaaaaaaaaa',
				events: [
					{ type: 'drop_tables', at: new Date().toISOString() },
				],
			} ),
		],
		[
			'no events',
			JSON.stringify( { siteKey: 'pk_aaaaaaaaaaaaaaa', events: [] } ),
		],
		[
			'nested data',
			JSON.stringify( {
				siteKey: 'pk_aaaaaaaaaaaaaaa',
				events: [
					{
						type: 'retry',
						at: new Date().toISOString(),
						data: { deep: { x: 1 } },
					},
				],
			} ),
		],
		[
			'a bad timestamp',
			JSON.stringify( {
				siteKey: 'pk_aaaaaaaaaaaaaaa',
				events: [ { type: 'retry', at: 'yesterday' } ],
			} ),
		],
	] )( 'refuses %s with 400 and stores nothing', async ( _label, raw ) => {
		const before = await counts();
		const response = await postBeacon( sidecar.baseUrl, raw );
		expect( response.status ).toBe( 400 );
		expect( await counts() ).toEqual( before );
	} );

	it( 'answers 404 for an unknown site key', async () => {
		const response = await call(
			sidecar.baseUrl,
			'POST',
			'/api/widget/telemetry',
			{
				body: {
					siteKey: 'pk_unknownunknown',
					events: [ { type: 'retry', at: new Date().toISOString() } ],
				},
			}
		);
		expect( response.status ).toBe( 404 );
	} );
} );
