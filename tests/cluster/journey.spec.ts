/**
 * The production topology as its users meet it (issue 13 item 2): over https through nginx,
 * no sticky sessions. The platform owner's dashboard is served by instance A (its live
 * widget-health stream held there); the shopper's browser by instance B: the demo shop page,
 * the widget, a question and its answer. The dashboard's live cards change without a reload,
 * so the events crossed from B to A over Redis. nginx's access log proves which instance
 * served what. Browser contexts are pinned with the test-only X-Cluster-Instance header
 * (tests/cluster/nginx.conf.in); everything else is the production build and configuration.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signInAndEnrol } from '../e2e/mfa-page';

const BASE = process.env.CLUSTER_BASE!;
const PORT_A = process.env.CLUSTER_PORT_A!;
const PORT_B = process.env.CLUSTER_PORT_B!;
const OWNER = {
	email: process.env.CLUSTER_OWNER_EMAIL!,
	password: process.env.CLUSTER_OWNER_PASSWORD!,
};

/** The owner signs in and enrols an authenticator, as a first sign-in in production does. */
async function signInOwner( page: Page ): Promise< void > {
	await signInAndEnrol( page, OWNER );
}

/** The id of the demo shop's site, found through the owner's own API session. */
async function demoSiteId( page: Page, siteKey: string ): Promise< string > {
	const { organizations } = await (
		await page.request.get( '/api/owner/organizations' )
	).json();
	for ( const organization of organizations as Array< { id: string } > ) {
		const { sites } = await (
			await page.request.get(
				`/api/owner/organizations/${ organization.id }`
			)
		).json();
		const site = (
			sites as Array< { id: string; publicKey: string } >
		 ).find( ( candidate ) => candidate.publicKey === siteKey );
		if ( site ) {
			return site.id;
		}
	}
	throw new Error( `no site with the demo key ${ siteKey }` );
}

/** nginx's record of which upstream served requests whose path starts with `prefix`. */
function upstreamsOf( method: string, prefix: string ): Set< string > {
	const lines = fs
		.readFileSync( `${ BASE }/nginx-access.log`, 'utf8' )
		.split( '\n' );
	const served = new Set< string >();
	for ( const line of lines ) {
		const [ lineMethod, uri, , upstream ] = line.split( ' ' );
		if ( lineMethod === method && uri?.startsWith( prefix ) ) {
			served.add( upstream!.replace( 'upstream=', '' ) );
		}
	}
	return served;
}

test( 'a shopper asks through instance B while the dashboard on instance A updates live', async ( {
	browser,
} ) => {
	const owner = await browser.newContext( {
		extraHTTPHeaders: { 'x-cluster-instance': 'a' },
	} );
	const shopper = await browser.newContext( {
		extraHTTPHeaders: { 'x-cluster-instance': 'b' },
	} );
	const dashboard = await owner.newPage();
	const shop = await shopper.newPage();

	await shop.goto( '/demo' );
	const siteKey = /"siteKey":"([^"]+)"/.exec( await shop.content() )?.[ 1 ];
	expect( siteKey ).toMatch( /^pk_/ );
	expect( shop.url() ).toMatch( /^https:\/\// );

	await signInOwner( dashboard );
	const siteId = await demoSiteId( dashboard, siteKey! );
	await dashboard.goto( `/owner/widget-health?site=${ siteId }` );
	await expect( dashboard.getByTestId( 'stream-status' ) ).toHaveText(
		'live'
	);
	const sessions = dashboard.getByTestId( 'card-sessions' );
	// "Active sessions (30 min)" then the figure: the figure is the card's last number.
	const figure = async () =>
		Number( ( await sessions.textContent() )?.match( /(\d+)\s*$/ )?.[ 1 ] );
	const before = await figure();
	expect( before ).toBeGreaterThanOrEqual( 0 );
	await dashboard.evaluate( () => {
		( window as unknown as { marker: number } ).marker = 7;
	} );

	// The shopper: the widget over https, a question, the shop's own answer.
	await shop.reload();
	await shop.getByRole( 'button', { name: 'Open chat' } ).click();
	const chat = shop.frameLocator( 'iframe[title="OmniOps chat"]' );
	const input = chat.getByRole( 'textbox', { name: 'Type your message' } );
	await expect( input ).toBeVisible();
	await input.fill( 'How do I wash linen?' );
	await chat.getByRole( 'button', { name: 'Send' } ).click();
	await expect(
		chat.getByText( /Wash them at 30 degrees/ ).first()
	).toBeVisible();

	// The dashboard on A saw the widget session that B recorded, without a reload.
	await expect.poll( figure ).toBeGreaterThan( before );
	expect(
		await dashboard.evaluate(
			() => ( window as unknown as { marker?: number } ).marker
		)
	).toBe( 7 );

	await owner.close();
	await shopper.close();

	// nginx served the live stream from A only, and the shopper's chat from B only.
	const a = `127.0.0.1:${ PORT_A }`;
	const b = `127.0.0.1:${ PORT_B }`;
	// nginx logs a request when it ends: the stream's line appears once the dashboard closed.
	await expect
		.poll( () => upstreamsOf( 'GET', '/api/owner/widget-health/stream' ) )
		.toEqual( new Set( [ a ] ) );
	expect(
		upstreamsOf( 'POST', '/api/widget/conversations' ).size
	).toBeGreaterThan( 0 );
	expect( upstreamsOf( 'POST', '/api/widget/conversations' ) ).toEqual(
		new Set( [ b ] )
	);
	expect( upstreamsOf( 'POST', '/api/widget/telemetry' ) ).toEqual(
		new Set( [ b ] )
	);
} );
