import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startSiteSidecar,
	type ConnectedSite,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { staffSession } from '../../../../tests/support/flows';

const DAY_MS = 86_400_000;

describe.each( testDialects() )( 'site subscriptions on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let owner: OwnerSession;
	let site: ConnectedSite;
	let now = new Date();

	beforeAll( async () => {
		( { sidecar, owner, site } = await startSiteSidecar( dialect, {
			clock: () => now,
		} ) );
	} );
	afterAll( () => sidecar.close() );

	const read = ( headers = owner.headers, id = site.siteId ) =>
		call( sidecar.baseUrl, 'GET', `/api/owner/sites/${ id }/subscription`, {
			headers,
		} );
	const write = ( body: unknown, headers = owner.headers ) =>
		call(
			sidecar.baseUrl,
			'PUT',
			`/api/owner/sites/${ site.siteId }/subscription`,
			{
				body,
				headers,
			}
		);

	it( 'starts a connected site on a 14-day trial, past due once it ends unpaid', async () => {
		const connected = (
			await sidecar.omniops.services.sites.getForPlatform( site.siteId )
		).createdAt;
		const trialEnd = new Date(
			Date.parse( connected ) + 14 * DAY_MS
		).toISOString();
		expect( ( await read() ).body.subscription ).toEqual( {
			siteId: site.siteId,
			plan: 'trial',
			status: 'trial',
			currentPeriodEnd: trialEnd,
			recorded: false,
		} );
		// Read through the service: a clock two weeks on would also end the owner's session.
		const { billing, sites } = sidecar.omniops.services;
		now = new Date( Date.parse( trialEnd ) + 1000 );
		const later = await billing.forSite(
			await sites.getForPlatform( site.siteId )
		);
		now = new Date();
		expect( later.status ).toBe( 'past_due' );
	} );

	it( 'records a plan (audited); an active period that ends without renewal reads past due', async () => {
		const periodEnd = new Date( Date.now() + 30 * DAY_MS ).toISOString();
		const saved = await write( {
			plan: 'growth',
			status: 'active',
			currentPeriodEnd: periodEnd,
		} );
		expect( saved.status ).toBe( 200 );
		expect( saved.body.subscription ).toEqual( {
			siteId: site.siteId,
			plan: 'growth',
			status: 'active',
			currentPeriodEnd: periodEnd,
			recorded: true,
		} );
		const { billing, sites } = sidecar.omniops.services;
		now = new Date( Date.parse( periodEnd ) + 1 );
		const lapsed = await billing.forSite(
			await sites.getForPlatform( site.siteId )
		);
		now = new Date();
		expect( lapsed.status ).toBe( 'past_due' );
		const audit = await sidecar.db.kysely
			.selectFrom( 'admin_audit_log' )
			.select( [ 'action', 'resource_id' ] )
			.where( 'action', '=', 'billing.subscription.set' )
			.execute();
		expect( audit ).toEqual( [
			{ action: 'billing.subscription.set', resource_id: site.siteId },
		] );
	} );

	it( 'refuses bad input and unknown sites, and changes nothing', async () => {
		for ( const body of [
			{
				plan: 'growth',
				status: 'free',
				currentPeriodEnd: new Date().toISOString(),
			},
			{
				plan: '',
				status: 'active',
				currentPeriodEnd: new Date().toISOString(),
			},
			{ plan: 'growth', status: 'active', currentPeriodEnd: 'tomorrow' },
		] ) {
			expect( ( await write( body ) ).status ).toBe( 400 );
		}
		expect( ( await read() ).body.subscription.plan ).toBe( 'growth' );
		expect(
			( await read( owner.headers, crypto.randomUUID() ) ).status
		).toBe( 404 );
	} );

	it( 'lets billing staff record, and support staff only read', async () => {
		const support = await staffSession( sidecar, 'support_admin' );
		expect( ( await read( support.headers ) ).status ).toBe( 200 );
		const body = {
			plan: 'scale',
			status: 'canceled',
			currentPeriodEnd: new Date().toISOString(),
		};
		expect( ( await write( body, support.headers ) ).status ).toBe( 403 );
		const billing = await staffSession( sidecar, 'billing_admin' );
		expect( ( await write( body, billing.headers ) ).status ).toBe( 200 );
		expect( ( await read() ).body.subscription.status ).toBe( 'canceled' );
	} );
} );
