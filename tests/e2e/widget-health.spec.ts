/**
 * Widget health and telemetry in the browser. The platform owner signs in with MFA and
 * opens one site's widget health; a shop page in a second tab (served to the browser by
 * the test) reports widget errors in a text/plain beacon body, as the
 * widget does, and the error-rate card changes without a reload. Recent errors filter,
 * open in a dialog, and export as CSV and JSON holding exactly the filtered rows. The
 * telemetry page shows the same totals as the usage API for the same days.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { E2E } from './env';
import { ownerApi } from './helpers';
import { signInOwner } from './owner-mfa';
import { postTelemetryFromPage } from './widget-helpers';

test.describe.configure( { mode: 'serial', timeout: 120_000 } );

const SHOP = 'http://localhost:3999';
/**
 * The shop page the browser shows, answered by the test itself (page.route), under the
 * sidecar's origin: this machine's Chromium refuses requests from a made-up origin to the
 * loopback sidecar.
 */
const PAGE = `${ E2E.sidecarUrl }/e2e-shop/product/blue-shirt/`;
let site: { siteId: string; publicKey: string; organizationId: string };

test.beforeAll( async () => {
	const api = await ownerApi();
	const { organizationId, token } = await api.connectToken(
		`Widget health shop ${ Date.now() }`
	);
	const connected = await fetch( `${ E2E.sidecarUrl }/api/site/connect`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify( {
			token,
			siteUrl: SHOP,
			siteName: 'Widget health shop',
			restUrl: `${ SHOP }/wp-json/`,
		} ),
	} );
	expect( connected.status ).toBe( 201 );
	const body = await connected.json();
	site = {
		siteId: body.site.id,
		publicKey: body.site.publicKey,
		organizationId,
	};
	// One real conversation through the widget API, so the telemetry page has messages.
	const conversation = await fetch(
		`${ E2E.sidecarUrl }/api/widget/conversations`,
		{
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify( { siteKey: site.publicKey } ),
		}
	).then( ( response ) => response.json() );
	const sent = await fetch(
		`${ E2E.sidecarUrl }/api/widget/conversations/${ conversation.conversationId }/messages`,
		{
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				authorization: `Bearer ${ conversation.token }`,
			},
			body: JSON.stringify( {
				text: 'Hello there',
				clientMessageId: `e2e-${ Date.now() }`,
			} ),
		}
	);
	expect( sent.status ).toBe( 201 );
} );

/**
 * Opens the shop page in a new tab and has it send one beacon of events, the way the
 * widget's reporter does (JSON text, navigator.sendBeacon, no CORS preflight).
 *
 * @param owner  The owner's page (its context opens the tab).
 * @param events Events to report.
 */
async function shopReports(
	owner: Page,
	events: Array< { type: string; data?: object } >
): Promise< void > {
	const shop = await owner.context().newPage();
	await shop.route( PAGE, ( route ) =>
		route.fulfill( {
			contentType: 'text/html',
			body: '<!doctype html><title>Shop</title><h1>Blue shirt</h1>',
		} )
	);
	await shop.goto( PAGE );
	const delivered = await postTelemetryFromPage(
		shop,
		site.publicKey,
		events
	);
	expect( delivered ).toBe( true );
	await shop.close();
}

async function download( page: Page, button: string ) {
	const [ file ] = await Promise.all( [
		page.waitForEvent( 'download' ),
		page.getByRole( 'button', { name: button } ).click(),
	] );
	return fs.readFileSync( ( await file.path() )!, 'utf8' );
}

test( 'an error-rate card changes live when the widget on a shop page reports errors', async ( {
	page,
} ) => {
	await signInOwner( page );
	await page.goto( `/owner/widget-health?site=${ site.siteId }` );
	await expect(
		page.getByRole( 'heading', { name: 'Widget health: one site' } )
	).toBeVisible();
	await expect( page.getByTestId( 'stream-status' ) ).toHaveText( 'live' );
	const errorRate = page.getByTestId( 'card-error-rate' );
	await expect( errorRate ).toContainText( '—' );
	await expect( errorRate ).not.toContainText( 'Above threshold' );
	// A marker on the window proves the page is not reloaded.
	await page.evaluate( () => {
		( window as unknown as { marker: number } ).marker = 42;
	} );

	await shopReports( page, [
		{ type: 'widget_loaded', data: { ms: 380 } },
		{ type: 'config_error', data: { code: 'network_error' } },
		{ type: 'config_error', data: { code: 'http_503', status: 503 } },
		{ type: 'config_error', data: { code: 'network_error' } },
		{ type: 'retry', data: { kind: 'config', ok: false } },
		{ type: 'messages_load_error', data: { code: 'http_500' } },
	] );

	await expect( errorRate ).toContainText( '80%' );
	await expect( errorRate ).toContainText( 'Above threshold' );
	await expect( page.getByTestId( 'card-sessions' ) ).toContainText( '1' );
	await expect( page.getByTestId( 'card-retry' ) ).toContainText( '0%' );
	expect(
		await page.evaluate(
			() => ( window as unknown as { marker?: number } ).marker
		)
	).toBe( 42 );

	// Recent errors: all four, then only the configuration errors; exports match the table.
	await page.getByRole( 'button', { name: 'Refresh' } ).click();
	await expect( page.getByTestId( 'error-count' ) ).toHaveText( '4 errors' );
	await page.getByLabel( 'Type' ).selectOption( 'config_error' );
	await expect( page.getByTestId( 'error-count' ) ).toHaveText( '3 errors' );
	const csv = await download( page, 'Export CSV' );
	const lines = csv.trim().split( '\r\n' );
	expect( lines[ 0 ] ).toBe( 'id,time,type,code,message,site,page,browser' );
	expect( lines ).toHaveLength( 4 );
	expect(
		lines
			.slice( 1 )
			.every( ( line ) => line.split( ',' )[ 2 ] === 'config_error' )
	).toBe( true );
	const json = JSON.parse( await download( page, 'Export JSON' ) ) as Array< {
		id: string;
		type: string;
		pageUrl: string;
	} >;
	expect( json.map( ( row ) => row.id ).sort() ).toEqual(
		lines
			.slice( 1 )
			.map( ( line ) => line.split( ',' )[ 0 ] )
			.sort()
	);
	expect( new Set( json.map( ( row ) => row.type ) ) ).toEqual(
		new Set( [ 'config_error' ] )
	);

	// Details of one error: where it happened and the retries around it.
	await page.getByRole( 'button', { name: 'Details' } ).first().click();
	const dialog = page.getByRole( 'dialog', { name: 'Error details' } );
	await expect( dialog ).toContainText( 'Configuration' );
	// The page URL is the beacon's Referer: the shop page the errors happened on.
	await expect( dialog ).toContainText( PAGE );
	await expect( dialog ).toContainText( 'Chrome' );
	await expect( dialog ).toContainText( 'config: failed' );
	await page.keyboard.press( 'Escape' );
	await expect( dialog ).toBeHidden();

	// Charts (loaded when the page opens) come with their tables.
	await page.reload();
	await page.getByText( 'Errors by type as a table' ).click();
	await expect(
		page.getByRole( 'table', { name: 'Errors by day and type' } )
	).toContainText( 'Configuration' );
} );

test( 'the telemetry page shows the usage API totals for the same days', async ( {
	page,
} ) => {
	await signInOwner( page );
	await page.goto( '/owner/telemetry' );
	await expect(
		page.getByRole( 'heading', { name: 'Telemetry', exact: true } )
	).toBeVisible();
	const today = new Date().toISOString().slice( 0, 10 );
	const weekAgo = new Date( Date.now() - 6 * 86_400_000 )
		.toISOString()
		.slice( 0, 10 );
	await page.getByLabel( 'Time range' ).selectOption( 'custom' );
	await page.getByLabel( 'From (UTC day)' ).fill( weekAgo );
	await page.getByLabel( 'To (UTC day, inclusive)' ).fill( today );
	await page.getByLabel( 'Group by' ).selectOption( 'site' );

	const api = await ownerApi();
	const from = `${ weekAgo }T00:00:00.000Z`;
	const to = new Date(
		Date.parse( `${ today }T00:00:00.000Z` ) + 86_400_000
	).toISOString();
	const report = await api.request(
		'GET',
		`/api/owner/telemetry/usage?groupBy=site&from=${ encodeURIComponent(
			from
		) }&to=${ encodeURIComponent( to ) }`
	);
	expect( report.status ).toBe( 200 );
	expect( report.body.totals.shopperMessages ).toBeGreaterThanOrEqual( 1 );
	await expect( page.getByTestId( 'total-shopperMessages' ) ).toHaveText(
		String( report.body.totals.shopperMessages )
	);
	await expect( page.getByTestId( 'total-conversations' ) ).toHaveText(
		String( report.body.totals.conversations )
	);
	await expect( page.getByTestId( 'total-costMicros' ) ).toHaveText(
		`$${ ( report.body.totals.costMicros / 1_000_000 ).toFixed( 4 ) }`
	);
	await expect(
		page.getByRole( 'row', {
			name: new RegExp( SHOP.replace( /\./g, '\\.' ) ),
		} )
	).toBeVisible();
	const csv = await download( page, 'Export CSV' );
	expect( csv.trim().split( '\r\n' ) ).toHaveLength(
		report.body.rows.length + 1
	);
} );
