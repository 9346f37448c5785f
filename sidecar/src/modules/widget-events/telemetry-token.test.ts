/**
 * Telemetry bound to a signed widget token (ADR 0019), over real HTTP on SQLite and
 * PostgreSQL: a forged beacon without a token is stored as unattributed and never raises
 * the "possible attack" flag; the token from the widget config works and raises it; a
 * forged, other-site or expired token is refused with nothing stored; beacons are limited
 * per address with 429 + Retry-After.
 */
import { createHmac } from 'node:crypto';
import {
	call,
	postBeacon,
	startTestSidecar,
	testDialects,
} from '../../../../tests/support/sidecar-harness';
import {
	startOwnerSidecar,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/owner-sidecar';
import type { ConnectedSite } from '../../../../tests/support/flows';
import { connectTestShop } from '../../../../tests/support/connect-shop';

describe.each( testDialects() )( 'telemetry tokens on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let owner: OwnerSession;
	let now = Date.now();

	beforeAll( async () => {
		( { sidecar, owner } = await startOwnerSidecar( dialect, {
			clock: () => new Date( now ),
			env: { OMNIOPS_LIMIT_TELEMETRY_PER_IP: '100000/60' },
		} ) );
	} );
	afterAll( () => sidecar.close() );

	const rejections = ( count: number ) =>
		Array.from( { length: count }, () => ( {
			type: 'origin_rejected',
			at: new Date( now - 1000 ).toISOString(),
			data: { reason: 'origin' },
		} ) );
	const beacon = ( site: ConnectedSite, extra: object, count = 11 ) =>
		// sendBeacon posts text/plain: the token travels in the body.
		postBeacon(
			sidecar.baseUrl,
			{ siteKey: site.publicKey, events: rejections( count ), ...extra },
			'text/plain;charset=UTF-8'
		);
	const cards = async ( site: ConnectedSite ) =>
		(
			await call(
				sidecar.baseUrl,
				'GET',
				`/api/owner/widget-health?siteId=${ site.siteId }`,
				{ headers: owner.headers }
			)
		).body;
	const stored = async ( site: ConnectedSite ) =>
		(
			await call(
				sidecar.baseUrl,
				'GET',
				`/api/owner/sites/${ site.siteId }/telemetry`,
				{ headers: owner.headers }
			)
		).body.counts.origin_rejected ?? 0;
	const tokenFor = async ( site: ConnectedSite ) =>
		(
			await call(
				sidecar.baseUrl,
				'GET',
				`/api/widget/config?site=${ site.publicKey }`
			)
		).body as { telemetryToken: string; telemetryTokenExpiresAt: string };

	it( 'stores a forged beacon without a token as unattributed; it does not raise the attack flag', async () => {
		const site = await connectTestShop( sidecar, 'https://forged.example' );
		const forged = await beacon( site, {} );
		expect( forged.status ).toBe( 202 );
		expect( await stored( site ) ).toBe( 11 );
		const figures = await cards( site );
		expect( figures.originRejectionsLastHour ).toBe( 0 );
		expect( figures.possibleAttack ).toBe( false );
		const [ row ] = await sidecar.db.kysely
			.selectFrom( 'telemetry_events' )
			.select( [ 'data', 'facet' ] )
			.where( 'site_id', '=', site.siteId )
			.execute();
		expect( JSON.parse( row!.data ) ).toMatchObject( {
			attributed: false,
		} );
		expect( row!.facet ).toBe( 'unattributed' );
	} );

	it( 'accepts the token the widget config hands out, and those rejections raise the flag', async () => {
		const site = await connectTestShop( sidecar, 'https://real.example' );
		const config = await tokenFor( site );
		expect( config.telemetryToken ).toMatch( /^wt_/ );
		expect(
			Date.parse( config.telemetryTokenExpiresAt ) - now
		).toBeLessThanOrEqual( 15 * 60_000 );
		const sent = await beacon( site, { token: config.telemetryToken } );
		expect( sent.status ).toBe( 202 );
		const figures = await cards( site );
		expect( figures.originRejectionsLastHour ).toBe( 11 );
		expect( figures.possibleAttack ).toBe( true );
		// The refresh route hands out another working token.
		const refreshed = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/telemetry-token?site=${ site.publicKey }`
		);
		expect( refreshed.status ).toBe( 200 );
		expect(
			( await beacon( site, { token: refreshed.body.token }, 1 ) ).status
		).toBe( 202 );
	} );

	it( 'refuses a forged, another site’s or an expired token with 401 and stores nothing', async () => {
		const site = await connectTestShop( sidecar, 'https://victim.example' );
		const other = await connectTestShop(
			sidecar,
			'https://attacker.example'
		);
		const { telemetryToken } = await tokenFor( site );
		const [ expiry, nonce ] = telemetryToken.slice( 3 ).split( '.' );
		const guessedKey = createHmac( 'sha256', 'not the server key' )
			.update( `${ site.publicKey }.${ expiry }.${ nonce }` )
			.digest( 'base64url' );
		const attempts = [
			`wt_${ expiry }.${ nonce }.${ guessedKey }`,
			// A later expiry with the old signature.
			telemetryToken.replace(
				`wt_${ expiry }`,
				`wt_${ Number( expiry ) + 3600 }`
			),
			( await tokenFor( other ) ).telemetryToken,
			'not-a-token',
		];
		for ( const token of attempts ) {
			const refused = await beacon( site, { token } );
			expect( refused.status ).toBe( 401 );
			expect( refused.body.error.code ).toBe( 'telemetry_token_invalid' );
		}
		now += 16 * 60_000;
		const expired = await beacon( site, { token: telemetryToken } );
		expect( expired.status ).toBe( 401 );
		expect( await stored( site ) ).toBe( 0 );
	} );
} );

describe.each( testDialects() )( 'telemetry limits on %s', ( dialect ) => {
	let sidecar: TestSidecar;

	beforeAll( async () => {
		sidecar = await startTestSidecar( dialect, {
			env: { OMNIOPS_LIMIT_TELEMETRY_PER_IP: '3/60' },
		} );
	} );
	afterAll( () => sidecar.close() );

	it( 'answers 429 with Retry-After once an address sent its beacons, and stores nothing more', async () => {
		const site = await connectTestShop( sidecar );
		const send = () =>
			call( sidecar.baseUrl, 'POST', '/api/widget/telemetry', {
				body: {
					siteKey: site.publicKey,
					events: [
						{ type: 'widget_loaded', at: new Date().toISOString() },
					],
				},
			} );
		const statuses = [];
		for ( let i = 0; i < 4; i++ ) {
			statuses.push( await send() );
		}
		expect( statuses.map( ( r ) => r.status ) ).toEqual( [
			202, 202, 202, 429,
		] );
		expect(
			Number( statuses[ 3 ]!.headers.get( 'retry-after' ) )
		).toBeGreaterThan( 0 );
		const { counts } = await sidecar.omniops.services.telemetry
			.countsForSite( site.siteId )
			.then( ( c ) => ( { counts: c } ) );
		expect( counts.widget_loaded ).toBe( 3 );
	} );
} );
