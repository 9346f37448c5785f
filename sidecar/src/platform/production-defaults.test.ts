/**
 * Issue 13 item 1: what follows from an https public URL (Secure cookies, HSTS), and one
 * demo site per database whatever URL an instance starts with.
 */
import {
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../tests/support/sidecar-harness';
import { ensureDemoSite } from '../modules/demo/service';

const EMAIL = 'owner@prod.example';
const PASSWORD = 'a long enough password';

describe.each( testDialects() )( 'production defaults (%s)', ( dialect ) => {
	let sidecar: TestSidecar;

	beforeAll( async () => {
		sidecar = await startTestSidecar( dialect, {
			env: {
				OMNIOPS_PUBLIC_URL: 'https://chat.prod.example',
				OMNIOPS_OWNER_EMAIL: EMAIL,
				OMNIOPS_OWNER_PASSWORD: PASSWORD,
			},
			initialize: true,
		} );
	} );
	afterAll( async () => {
		await sidecar.close();
	} );

	it( 'sets the session cookie Secure and sends HSTS when the public URL is https', async () => {
		const health = await fetch( `${ sidecar.baseUrl }/healthz` );
		expect( health.headers.get( 'strict-transport-security' ) ).toMatch(
			/max-age=\d+/
		);
		const login = await fetch( `${ sidecar.baseUrl }/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify( { email: EMAIL, password: PASSWORD } ),
		} );
		expect( login.status ).toBe( 200 );
		const cookies = login.headers.getSetCookie();
		expect( cookies.length ).toBeGreaterThan( 0 );
		for ( const cookie of cookies ) {
			expect( cookie ).toMatch( /;\s*Secure/i );
			expect( cookie ).toMatch( /;\s*HttpOnly/i );
		}
	} );

	it( 'keeps one demo site per database when instances start with other public URLs', async () => {
		const { orgs, sites, knowledge } = sidecar.omniops.services;
		const first = await ensureDemoSite( {
			orgs,
			sites,
			knowledge,
			publicUrl: 'https://a.prod.example',
		} );
		const again = await ensureDemoSite( {
			orgs,
			sites,
			knowledge,
			publicUrl: 'https://a.prod.example',
		} );
		expect( again.id ).toBe( first.id );
		const other = await ensureDemoSite( {
			orgs,
			sites,
			knowledge,
			publicUrl: 'https://b.prod.example',
		} );
		const active = (
			await sites.listByOrganization( other.organizationId )
		).filter( ( site ) => ! site.disconnectedAt );
		expect( active.map( ( site ) => site.id ) ).toEqual( [ other.id ] );
	} );
} );
