/**
 * Widget health in the organization area. Two organizations each connect a site whose shop
 * page reports widget errors; an admin of the first opens /app/:orgId/widget-health and sees
 * only their own site and errors (never the other organization's), a new error shows up
 * without a reload (the page polls every 15 s), and the other organization's page is not
 * found, in the browser and over the API.
 */
import { expect, test, type Browser } from '@playwright/test';
import { E2E } from './env';
import { ownerApi } from './helpers';
import { acceptOverHttp, useSession } from './org-helpers';
import { postTelemetryFromPage } from './widget-helpers';

test.describe.configure( { mode: 'serial', timeout: 120_000 } );

interface ShopSite {
	organizationId: string;
	siteId: string;
	publicKey: string;
	siteUrl: string;
	/** The shop page the beacons come from (answered by the test, under the sidecar's origin). */
	pageUrl: string;
}

const stamp = Date.now();
let shopA: ShopSite;
let shopB: ShopSite;

async function organizationWithSite( name: string ): Promise< ShopSite > {
	const api = await ownerApi();
	const { organizationId, token } = await api.connectToken(
		`${ name } ${ stamp }`
	);
	const slug = name.toLowerCase().replace( /\W+/g, '-' );
	const siteUrl = `http://${ slug }-${ stamp }.localhost`;
	const connected = await fetch( `${ E2E.sidecarUrl }/api/site/connect`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify( {
			token,
			siteUrl,
			siteName: name,
			restUrl: `${ siteUrl }/wp-json/`,
		} ),
	} );
	expect( connected.status ).toBe( 201 );
	const body = await connected.json();
	return {
		organizationId,
		siteId: body.site.id,
		publicKey: body.site.publicKey,
		siteUrl,
		pageUrl: `${ E2E.sidecarUrl }/e2e-${ slug }/cart/`,
	};
}

/**
 * A shop page of `shop` in a browser tab sends one beacon of events, the way the widget's
 * reporter does (text/plain JSON, no CORS preflight); see widget-health.spec.ts.
 *
 * @param browser The browser.
 * @param shop    Whose widget reports.
 * @param events  The events.
 */
async function shopReports(
	browser: Browser,
	shop: ShopSite,
	events: Array< { type: string; data?: object } >
): Promise< void > {
	const context = await browser.newContext();
	const tab = await context.newPage();
	await tab.route( shop.pageUrl, ( route ) =>
		route.fulfill( {
			contentType: 'text/html',
			body: '<!doctype html><title>Shop</title><h1>Cart</h1>',
		} )
	);
	await tab.goto( shop.pageUrl );
	await postTelemetryFromPage( tab, shop.publicKey, events );
	await context.close();
}

test.beforeAll( async ( { browser } ) => {
	shopA = await organizationWithSite( 'Alpha Bikes' );
	shopB = await organizationWithSite( 'Bravo Boots' );
	await shopReports( browser, shopA, [
		{ type: 'widget_loaded', data: { ms: 250 } },
		{ type: 'config_error', data: { code: 'http_503', status: 503 } },
		{ type: 'messages_load_error', data: { code: 'http_500' } },
	] );
	await shopReports( browser, shopB, [
		{ type: 'widget_loaded', data: { ms: 400 } },
		{ type: 'config_error', data: { code: 'http_418', status: 418 } },
		{ type: 'privacy_error', data: { code: 'bravo_only' } },
		{ type: 'privacy_error', data: { code: 'bravo_only' } },
	] );
} );

test( "an org admin sees only their organization's sites and errors; another organization's page is not found", async ( {
	page,
	browser,
} ) => {
	const owner = await ownerApi();
	const invited = await owner.request(
		'POST',
		`/api/owner/organizations/${ shopA.organizationId }/invitations`,
		{ email: `ada-${ stamp }@alpha-bikes.test`, role: 'admin' }
	);
	expect( invited.status ).toBe( 201 );
	const admin = await acceptOverHttp( invited.body.link, 'Ada Admin' );
	await useSession( page.context(), admin );

	await page.goto( `/app/${ shopA.organizationId }` );
	await page
		.getByRole( 'navigation', { name: 'Organization sections' } )
		.getByRole( 'link', { name: 'Widget health' } )
		.click();
	await expect( page ).toHaveURL(
		new RegExp( `/app/${ shopA.organizationId }/widget-health$` )
	);
	await expect(
		page.getByRole( 'heading', { name: 'Widget health', level: 1 } )
	).toBeVisible();
	await expect( page.getByText( /Updated every 15 s/ ) ).toBeVisible();
	// 2 errors out of 3 widget events (load + 2 errors) of shop A only.
	await expect( page.getByTestId( 'card-error-rate' ) ).toContainText(
		'66.7%'
	);

	const sites = page.getByRole( 'table', { name: 'Widget health per site' } );
	await expect( sites.getByRole( 'link' ) ).toHaveText( [ shopA.siteUrl ] );
	await expect( sites ).not.toContainText( shopB.siteUrl );

	await expect( page.getByTestId( 'error-count' ) ).toHaveText( '2 errors' );
	const errors = page.getByRole( 'table', { name: 'Recent widget errors' } );
	await expect( errors ).toContainText( 'http_503' );
	await expect( errors ).toContainText( 'http_500' );
	await expect( errors ).not.toContainText( 'http_418' );
	await expect( errors ).not.toContainText( 'bravo_only' );
	await expect( errors ).not.toContainText( shopB.siteUrl );

	await page.getByRole( 'button', { name: 'Details' } ).first().click();
	const dialog = page.getByRole( 'dialog', { name: 'Error details' } );
	await expect( dialog ).toContainText( shopA.pageUrl );
	await page.keyboard.press( 'Escape' );
	await expect( dialog ).toBeHidden();

	// A new error of shop A appears without a reload (the page polls); B's never do.
	await page.evaluate( () => {
		( window as unknown as { marker: number } ).marker = 7;
	} );
	await shopReports( browser, shopA, [
		{ type: 'parent_comm_error', data: { code: 'alpha_new' } },
	] );
	await shopReports( browser, shopB, [
		{ type: 'parent_comm_error', data: { code: 'bravo_new' } },
	] );
	await expect( page.getByTestId( 'error-count' ) ).toHaveText( '3 errors', {
		timeout: 25_000,
	} );
	await expect( errors ).toContainText( 'alpha_new' );
	await expect( errors ).not.toContainText( 'bravo_new' );
	expect(
		await page.evaluate(
			() => ( window as unknown as { marker?: number } ).marker
		)
	).toBe( 7 );

	// Drill-down to the site stays in the organization area.
	await sites.getByRole( 'link', { name: shopA.siteUrl } ).click();
	await expect( page ).toHaveURL(
		new RegExp(
			`/app/${ shopA.organizationId }/widget-health/${ shopA.siteId }$`
		)
	);
	await expect(
		page.getByRole( 'heading', { name: 'Widget health: one site' } )
	).toBeVisible();
	await expect( page.getByTestId( 'error-count' ) ).toHaveText( '3 errors' );

	// Organization B does not exist for this admin: its page and its routes are not found.
	await page.goto( `/app/${ shopB.organizationId }/widget-health` );
	await expect(
		page.getByRole( 'heading', { name: 'Organization not found' } )
	).toBeVisible();
	await expect( page.getByText( shopB.siteUrl ) ).toHaveCount( 0 );
	for ( const tail of [ '', '/errors', '/sites' ] ) {
		const response = await page.request.get(
			`${ E2E.sidecarUrl }/api/org/${ shopB.organizationId }/widget-health${ tail }`
		);
		expect( response.status() ).toBe( 404 );
	}
} );
