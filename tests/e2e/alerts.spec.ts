/**
 * Alerts and daily reports in the browser. This journey runs its own sidecar (port 3102,
 * own data folder) because it needs outgoing mail: an SMTP server and a webhook receiver
 * run in this test process (tests/support), and the shared e2e sidecar keeps running
 * without SMTP so the other journeys still get invitation links in the API answer.
 *
 * The platform owner signs in with MFA, edits the error-rate rule, adds an e-mail and a
 * signed webhook channel (test send arrives), widget beacons push the error rate over the
 * threshold, "Evaluate now" opens one incident (one mail, one signed webhook), healthy
 * traffic resolves it (one resolve notice each), and yesterday's daily report is listed
 * and opens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAndEnrol } from './mfa-page';
import { startMailbox, type Mailbox } from '../support/mailbox';
import {
	startWebhookReceiver,
	type WebhookReceiver,
} from '../support/webhook-receiver';

const PORT = 3102;
const BASE = `http://127.0.0.1:${ PORT }`;
const DATA_DIR = '/tmp/omniops-e2e-alerts';
const OWNER = {
	email: 'alerts-owner@omniops.test',
	password: 'alerts owner password 1',
};

test.describe.configure( { mode: 'serial', timeout: 120_000 } );
test.use( { baseURL: BASE } );

let sidecar: ChildProcess;
let mailbox: Mailbox;
let receiver: WebhookReceiver;
let site: { siteId: string; publicKey: string };
let webhookSecret = '';

async function waitForReady(): Promise< void > {
	const deadline = Date.now() + 60_000;
	while ( Date.now() < deadline ) {
		try {
			if ( ( await fetch( `${ BASE }/readyz` ) ).ok ) {
				return;
			}
		} catch {
			// Not listening yet.
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 250 ) );
	}
	throw new Error( 'the alerts sidecar did not become ready' );
}

test.beforeAll( async () => {
	mailbox = await startMailbox();
	receiver = await startWebhookReceiver();
	fs.rmSync( DATA_DIR, { recursive: true, force: true } );
	// SQLite and the in-process queue, whatever the calling shell points at.
	const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
	void _db;
	void _redis;
	sidecar = spawn( 'node_modules/.bin/tsx', [ 'sidecar/src/main.ts' ], {
		env: {
			...inherited,
			PORT: String( PORT ),
			HOST: '127.0.0.1',
			OMNIOPS_PUBLIC_URL: BASE,
			OMNIOPS_SQLITE_PATH: `${ DATA_DIR }/omniops.sqlite`,
			OMNIOPS_OWNER_EMAIL: OWNER.email,
			OMNIOPS_OWNER_PASSWORD: OWNER.password,
			OMNIOPS_DEMO: 'false',
			OMNIOPS_SMTP_URL: mailbox.url,
			// Only "Evaluate now" evaluates during the journey.
			OMNIOPS_ALERT_INTERVAL_SECONDS: '3600',
			LOG_LEVEL: 'warn',
		},
		stdio: [ 'ignore', 'ignore', 'inherit' ],
	} );
	await waitForReady();
} );

test.afterAll( async () => {
	sidecar?.kill( 'SIGTERM' );
	await mailbox?.close();
	await receiver?.close();
} );

/** Signs in and enrols an authenticator with a code computed from the secret the page shows. */
async function signIn( page: Page ): Promise< void > {
	await signInAndEnrol( page, OWNER );
}

/** Connects a shop through the owner API with the browser's verified session. */
async function connectShop( page: Page ) {
	const me = await ( await page.request.get( '/api/auth/me' ) ).json();
	const headers = { 'x-csrf-token': me.csrfToken };
	const org = await page.request.post( '/api/owner/organizations', {
		data: { name: 'Alerting Shop Ltd' },
		headers,
	} );
	const organizationId = ( await org.json() ).organization.id;
	const token = await page.request.post(
		`/api/owner/organizations/${ organizationId }/connect-tokens`,
		{ data: {}, headers }
	);
	const connected = await fetch( `${ BASE }/api/site/connect`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify( {
			token: ( await token.json() ).token,
			siteUrl: 'http://127.0.0.1:9',
			siteName: 'Alerting Shop',
			restUrl: 'http://127.0.0.1:9/wp-json/',
		} ),
	} );
	expect( connected.status ).toBe( 201 );
	const body = await connected.json();
	return { siteId: body.site.id, publicKey: body.site.publicKey };
}

/** Widget beacons as the widget sends them (text/plain JSON through sendBeacon, 50 a batch). */
async function beacon( type: string, count: number, data?: object ) {
	for ( let sent = 0; sent < count; sent += 50 ) {
		const response = await fetch( `${ BASE }/api/widget/telemetry`, {
			method: 'POST',
			headers: { 'content-type': 'text/plain;charset=UTF-8' },
			body: JSON.stringify( {
				siteKey: site.publicKey,
				events: Array.from(
					{ length: Math.min( 50, count - sent ) },
					() => ( {
						type,
						at: new Date().toISOString(),
						...( data ? { data } : {} ),
					} )
				),
			} ),
		} );
		expect( response.status ).toBe( 202 );
	}
}

const signatureOk = ( hook: WebhookReceiver[ 'received' ][ number ] ) => {
	const timestamp = String( hook.headers[ 'x-omniops-timestamp' ] );
	const expected = `sha256=${ createHmac( 'sha256', webhookSecret )
		.update( `${ timestamp }.${ hook.body }` )
		.digest( 'hex' ) }`;
	return hook.headers[ 'x-omniops-signature' ] === expected;
};

const mailsWith = ( text: string ) =>
	mailbox.received.filter( ( mail ) => mail.text.includes( text ) );

test( 'the owner configures a rule and channels, an incident fires once and resolves, the daily report is there', async ( {
	page,
} ) => {
	await signIn( page );
	site = await connectShop( page );

	await page.getByRole( 'link', { name: 'Alerts', exact: true } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Alerts', level: 1 } )
	).toBeFocused();

	// The roadmap's defaults are there; raise the error-rate threshold to 10%.
	const errorRule = page.getByRole( 'form', {
		name: 'Error rate (platform-wide)',
	} );
	await expect( errorRule ).toContainText(
		'Alerts above 5% over 60 minutes'
	);
	await errorRule.getByLabel( 'Threshold (%)' ).fill( '10' );
	await errorRule.getByRole( 'button', { name: 'Save rule' } ).click();
	await expect(
		page
			.getByRole( 'form', { name: 'Error rate (platform-wide)' } )
			.getByText( 'Alerts above 10% over 60 minutes' )
	).toBeVisible();

	// An e-mail channel, added with the keyboard only.
	const addChannel = page.getByRole( 'form', { name: 'Add a channel' } );
	await addChannel.getByLabel( 'Channel name' ).focus();
	await page.keyboard.type( 'On-call mail' );
	await page.keyboard.press( 'Tab' );
	await page.keyboard.type( 'oncall@shop.test' );
	await page.keyboard.press( 'Enter' );
	await expect(
		page
			.getByRole( 'table', { name: 'Channels' } )
			.getByText( 'On-call mail' )
	).toBeVisible();

	// A signed webhook; its secret is shown once.
	await addChannel.getByLabel( 'Kind' ).selectOption( 'webhook' );
	await addChannel.getByLabel( 'Channel name' ).fill( 'Ops webhook' );
	await addChannel.getByLabel( 'Webhook URL' ).fill( receiver.url( '/ops' ) );
	await addChannel.getByRole( 'button', { name: 'Add channel' } ).click();
	webhookSecret =
		( await page.locator( 'code.webhook-secret' ).textContent() ) ?? '';
	expect( webhookSecret ).toMatch( /^whsec_/ );

	// A refused URL says why, at the field.
	await addChannel.getByLabel( 'Channel name' ).fill( 'Files' );
	await addChannel
		.getByLabel( 'Webhook URL' )
		.fill( 'ftp://files.example/x' );
	await addChannel.getByRole( 'button', { name: 'Add channel' } ).click();
	await expect( addChannel.getByText( /only http and https/ ) ).toBeVisible();

	// Send test: the mail reaches the SMTP server and the log says sent.
	await page
		.getByRole( 'button', { name: 'Send test to On-call mail' } )
		.click();
	await expect(
		page.getByText( 'Test queued: see the delivery log.' )
	).toBeVisible();
	await expect
		.poll(
			() => mailsWith( 'If you can read it, the channel works.' ).length
		)
		.toBe( 1 );
	await expect( async () => {
		await page.getByRole( 'button', { name: 'Refresh' } ).click();
		await expect(
			page
				.getByRole( 'table', { name: 'Delivery log' } )
				.getByRole( 'row' )
				.nth( 1 )
		).toContainText( 'sent', { timeout: 1000 } );
	} ).toPass();

	const axe = await new AxeBuilder( { page } ).analyze();
	expect( axe.violations.map( ( violation ) => violation.id ) ).toEqual( [] );

	// The widget reports errors: 8 of 20 operations failed (40% > 10%).
	await beacon( 'config_error', 8, { code: 'http_503' } );
	await beacon( 'widget_loaded', 12, { ms: 180 } );
	await page.getByRole( 'button', { name: 'Evaluate now' } ).click();
	await expect(
		page.getByText( 'Evaluated: 1 opened, 0 resolved.' )
	).toBeVisible();
	const incidents = page.getByRole( 'table', { name: 'Incidents' } );
	await expect( incidents.getByRole( 'row' ) ).toHaveCount( 2 );
	await expect( incidents ).toContainText( 'Open' );
	await expect( incidents ).toContainText( 'Error rate (platform-wide)' );
	await expect( incidents ).toContainText( '40% (threshold 10%)' );

	await expect
		.poll(
			() =>
				mailsWith( 'Error rate is 40%, above the threshold of 10%' )
					.length
		)
		.toBe( 1 );
	await expect.poll( () => receiver.on( '/ops' ).length ).toBe( 1 );
	const firing = receiver.on( '/ops' )[ 0 ]!;
	expect( signatureOk( firing ) ).toBe( true );
	expect( JSON.parse( firing.body ) ).toMatchObject( {
		type: 'alert.firing',
		incident: {
			metric: 'error_rate',
			threshold: 0.1,
			scope: 'platform-wide',
		},
	} );

	// Still above: evaluating again sends nothing new.
	await page.getByRole( 'button', { name: 'Evaluate now' } ).click();
	await expect(
		page.getByText( 'Evaluated: 0 opened, 0 resolved.' )
	).toBeVisible();

	// Healthy traffic brings it to 8 of 320 (2.5%): resolved, one notice each.
	await beacon( 'widget_loaded', 300, { ms: 150 } );
	await page.getByRole( 'button', { name: 'Evaluate now' } ).click();
	await expect(
		page.getByText( 'Evaluated: 0 opened, 1 resolved.' )
	).toBeVisible();
	await expect( incidents ).toContainText( 'Resolved' );
	await expect
		.poll(
			() =>
				mailsWith(
					'Error rate is 2.5% now, at or under the threshold of 10%'
				).length
		)
		.toBe( 1 );
	await expect.poll( () => receiver.on( '/ops' ).length ).toBe( 2 );
	const resolved = receiver.on( '/ops' )[ 1 ]!;
	expect( signatureOk( resolved ) ).toBe( true );
	expect( JSON.parse( resolved.body ).type ).toBe( 'alert.resolved' );
	expect( mailsWith( 'above the threshold' ) ).toHaveLength( 1 );

	// Yesterday's daily reports (the platform and the organization), listed and opened.
	await page.getByRole( 'link', { name: 'Reports', exact: true } ).click();
	await page
		.getByRole( 'button', { name: "Produce yesterday's reports" } )
		.click();
	await expect( page.getByText( '2 report(s) produced.' ) ).toBeVisible();
	const yesterday = new Date( Date.now() - 86_400_000 )
		.toISOString()
		.slice( 0, 10 );
	const reports = page.getByRole( 'table', { name: 'Daily reports' } );
	await expect( reports.getByRole( 'row' ) ).toHaveCount( 3 );
	await reports
		.getByRole( 'link', { name: `${ yesterday } · Alerting Shop Ltd` } )
		.click();
	await expect(
		page.getByRole( 'heading', {
			name: `Alerting Shop Ltd: ${ yesterday }`,
			level: 1,
		} )
	).toBeFocused();
	const figures = page.getByRole( 'table', {
		name: `Figures for ${ yesterday }`,
	} );
	await expect(
		figures.getByRole( 'row', { name: /Messages received 0 0 no change/ } )
	).toBeVisible();
	await expect(
		figures.getByRole( 'row', { name: /Error rate — — no comparison/ } )
	).toBeVisible();
	// The report was e-mailed to the e-mail channel.
	await expect
		.poll(
			() =>
				mailsWith( `Health of Alerting Shop Ltd on ${ yesterday }` )
					.length
		)
		.toBe( 1 );
	const axeReports = await new AxeBuilder( { page } ).analyze();
	expect(
		axeReports.violations.map( ( violation ) => violation.id )
	).toEqual( [] );
} );
