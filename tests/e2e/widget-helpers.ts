/**
 * Set-ups for the widget journeys: a shop connected to the real e2e sidecar (through a
 * real connect token and the real /api/site/connect call), its widget settings written
 * over the signed channel, and a shop page for it. Shop pages come from a small HTTP
 * server at http://127.0.0.1:8090/<shop>/; everything a page loads — the loader, the
 * frame, the app, the API — comes from the real sidecar. The shop and the sidecar are
 * same-site here (like a sidecar on a shop subdomain): a cross-site frame loses its
 * storage when the browser blocks third-party storage (see the report, issue 3).
 */
import http from 'node:http';
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { signedHeaders } from '../support/signature';
import { E2E } from './env';
import { ownerApi } from './helpers';

export interface Shop {
	origin: string;
	/** Path prefix of the shop's pages on the shop server. */
	name: string;
	siteId: string;
	publicKey: string;
	secret: string;
}

let shopCount = 0;

/** A signed plugin request to the sidecar. */
export async function siteRequest(
	shop: Shop,
	method: string,
	target: string,
	body?: unknown
) {
	const raw = body === undefined ? '' : JSON.stringify( body );
	const response = await fetch( `${ E2E.sidecarUrl }${ target }`, {
		method,
		headers: {
			...signedHeaders( shop, method, target, raw ),
			...( body === undefined
				? {}
				: { 'content-type': 'application/json' } ),
		},
		body: body === undefined ? undefined : raw,
	} );
	return { status: response.status, body: ( await response.json() ) as any };
}

/**
 * Connects a new shop and (optionally) saves widget settings for it.
 *
 * @param settings Settings to merge into the defaults.
 * @param restUrl  The shop's WordPress REST API (defaults to an unreachable one).
 */
export async function createShop(
	settings: Record< string, unknown > = {},
	restUrl?: string
): Promise< Shop > {
	const name = `shop-${ Date.now().toString( 36 ) }-${ ++shopCount }`;
	const origin = `http://127.0.0.1:${ SHOP_PORT }`;
	const owner = await ownerApi();
	const { token } = await owner.connectToken( `Widget journeys ${ name }` );
	const connected = await fetch( `${ E2E.sidecarUrl }/api/site/connect`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify( {
			token,
			siteUrl: origin,
			siteName: 'Journey Shop',
			restUrl: restUrl ?? `${ origin }/wp-json/`,
		} ),
	} );
	expect( connected.status ).toBe( 201 );
	const body = ( await connected.json() ) as any;
	const shop = {
		origin,
		name,
		siteId: body.site.id,
		publicKey: body.site.publicKey,
		secret: body.secret,
	};
	if ( Object.keys( settings ).length ) {
		const current = await siteRequest(
			shop,
			'GET',
			'/api/site/widget-settings'
		);
		const saved = await siteRequest(
			shop,
			'PUT',
			'/api/site/widget-settings',
			{
				...current.body.settings,
				...settings,
			}
		);
		expect( saved.status ).toBe( 200 );
	}
	return shop;
}

export const SHOP_PORT = 8090;

/** What each shop host serves: its loader config. */
const shopPages = new Map< string, Record< string, unknown > >();
let shopServer: http.Server | null = null;

function shopPage( config: Record< string, unknown > ): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Journey Shop</title>
<script>window.omniopsConfig = ${ JSON.stringify( config ).replace( /</g, '\\u003c' ) };</script>
<script src="${ E2E.sidecarUrl }/widget/loader.js" defer></script></head>
<body><main><h1>Journey Shop</h1><p>Hand-made mugs.</p><a href="other">Other page</a></main></body></html>`;
}

/** A page that frames the chat without the loader: the frame's host never answers. */
function barePage( siteKey: string ): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title></head>
<body><main><h1>Bare</h1><iframe title="OmniOps chat" style="width:380px;height:600px" src="${ E2E.sidecarUrl }/widget/frame?site=${ encodeURIComponent( siteKey ) }"></iframe></main></body></html>`;
}

async function ensureShopServer(): Promise< void > {
	if ( shopServer ) {
		return;
	}
	shopServer = http.createServer( ( req, res ) => {
		const [ , name = '', rest = '' ] = ( req.url ?? '' ).split( '/' );
		const config = shopPages.get( name );
		res.setHeader( 'content-type', 'text/html; charset=utf-8' );
		if ( ! config ) {
			res.statusCode = 404;
			res.end( 'no such shop' );
			return;
		}
		res.end(
			rest.startsWith( 'bare' )
				? barePage( String( config.siteKey ) )
				: shopPage( config )
		);
	} );
	await new Promise< void >( ( resolve ) =>
		shopServer!.listen( SHOP_PORT, resolve )
	);
	shopServer.unref();
}

/**
 * Serves the shop's page at its origin and opens it.
 *
 * @param page         The Playwright page.
 * @param shop         The shop.
 * @param loaderConfig Extra `window.omniopsConfig` fields (locale, appearance, consent).
 * @param path         Path on the shop.
 */
export async function openShop(
	page: Page,
	shop: Shop,
	loaderConfig: Record< string, unknown > = {},
	path = '/'
) {
	const config = {
		sidecarUrl: E2E.sidecarUrl,
		siteKey: shop.publicKey,
		locale: 'en_US',
		...loaderConfig,
	};
	await ensureShopServer();
	shopPages.set( shop.name, config );
	await page.goto( `${ shop.origin }/${ shop.name }${ path }` );
}

export const chatFrame = ( page: Page ): FrameLocator =>
	page.frameLocator( 'iframe[title="OmniOps chat"]' );

/**
 * Refuses the widget's config request at the browser's network layer (connection refused),
 * a real load failure, until the returned function lets it through again.
 * @param page The Playwright page.
 */
export async function refuseWidgetConfig( page: Page ): Promise< () => void > {
	let refused = true;
	await page.route( '**/api/widget/config?*', ( route ) =>
		refused ? route.abort( 'connectionrefused' ) : route.continue()
	);
	return () => {
		refused = false;
	};
}

/** Opens the panel from the launcher (English label unless given). */
export async function openPanel( page: Page, label = 'Open chat' ) {
	await page.getByRole( 'button', { name: label } ).click();
	return chatFrame( page );
}

/** Sends one message from the composer. */
export async function say( frame: FrameLocator, text: string ) {
	await frame
		.getByRole( 'textbox', { name: 'Type your message' } )
		.fill( text );
	await frame.getByRole( 'button', { name: 'Send' } ).click();
}

/** Counts a site's telemetry events of one type (owner API). */
export async function telemetryCount( shop: Shop, type: string ) {
	const owner = await ownerApi();
	const answer = await owner.request(
		'GET',
		`/api/owner/sites/${ shop.siteId }/telemetry`
	);
	return ( answer.body.counts?.[ type ] as number | undefined ) ?? 0;
}

/**
 * Origin rejections of the last hour that count towards the "possible attack" flag: only
 * those from beacons with the frame's signed widget token (ADR 0019).
 */
export async function attributedOriginRejections( shop: Shop ) {
	const owner = await ownerApi();
	const answer = await owner.request(
		'GET',
		`/api/owner/widget-health?siteId=${ shop.siteId }`
	);
	return Number( answer.body.originRejectionsLastHour ?? 0 );
}

/** The conversation the frame stored, read from its own localStorage. */
export async function storedConversation( page: Page, shop: Shop ) {
	const frame = page
		.frames()
		.find( ( candidate ) => candidate.url().includes( '/widget/frame' ) );
	if ( ! frame ) {
		return null;
	}
	return frame.evaluate(
		( key ) => JSON.parse( localStorage.getItem( key ) ?? 'null' ),
		`omniops:conversation:${ shop.publicKey }`
	) as Promise< { conversationId: string; token: string } | null >;
}

/** The conversation's messages from the real API. */
export async function historyOf( conversation: {
	conversationId: string;
	token: string;
} ) {
	const response = await fetch(
		`${ E2E.sidecarUrl }/api/widget/conversations/${ conversation.conversationId }/messages`,
		{ headers: { authorization: `Bearer ${ conversation.token }` } }
	);
	return {
		status: response.status,
		messages:
			response.status === 200
				? ( ( await response.json() ) as any ).messages
				: [],
	};
}

/** Fails the test if any dialog (alert/confirm/prompt) opens: no payload may run. */
export function forbidDialogs( page: Page ): string[] {
	const opened: string[] = [];
	page.on( 'dialog', async ( dialog ) => {
		opened.push( dialog.message() );
		await dialog.dismiss();
	} );
	return opened;
}

/**
 * Reports widget telemetry `events` of `siteKey` from `page`. The widget's reporter uses
 * sendBeacon; a keepalive no-cors POST of the same text/plain body is the same request to
 * the sidecar, and the page can wait for it.
 *
 * @param page    A page on the shop's origin.
 * @param siteKey The site whose widget reports.
 * @param events  The events (stamped with the time they are sent).
 * @return True once the request was sent.
 */
export function postTelemetryFromPage(
	page: Page,
	siteKey: string,
	events: Array< { type: string; data?: object } >
): Promise< boolean > {
	return page.evaluate(
		async ( { endpoint, key, batch } ) => {
			await fetch( endpoint, {
				method: 'POST',
				mode: 'no-cors',
				keepalive: true,
				headers: { 'content-type': 'text/plain' },
				body: JSON.stringify( {
					siteKey: key,
					events: batch.map( ( event ) => ( {
						...event,
						at: new Date().toISOString(),
					} ) ),
				} ),
			} );
			return true;
		},
		{
			endpoint: `${ E2E.sidecarUrl }/api/widget/telemetry`,
			key: siteKey,
			batch: events,
		}
	);
}

/**
 * A new shop's page with the chat open after one exchange: `question` asked and answered
 * (the welcome and the reply are the panel's two assistant messages).
 * @param page     the browser page
 * @param question what the shopper asks
 */
export async function afterOneExchange(
	page: Page,
	question: string
): Promise< { shop: Shop; frame: FrameLocator } > {
	const shop = await createShop();
	await openShop( page, shop );
	const frame = await openPanel( page );
	await say( frame, question );
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	return { shop, frame };
}

/**
 * Reloads the shop page and returns the chat frame, opening the panel again where the
 * reload left it closed.
 * @param page the shop page
 */
export async function reloadChat( page: Page ): Promise< FrameLocator > {
	await page.reload();
	if (
		( await page.locator( 'iframe[title="OmniOps chat"]' ).count() ) === 0
	) {
		await openPanel( page );
	}
	return chatFrame( page );
}
