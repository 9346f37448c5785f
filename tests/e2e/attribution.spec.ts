/**
 * Conversion attribution in Debian's Chromium against the real sidecar: on a shop that
 * asks for consent, nothing of the journey is kept and no cookie is written before the
 * shopper agrees; after it, each page the chat is opened on is recorded with the
 * conversation (first touch with UTM and referral code), and attribution.js keeps the
 * conversation id in the shop's first-party cookie for the checkout (ADR 0012).
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E } from './env';
import {
	createShop,
	openPanel,
	openShop,
	storedConversation,
	type Shop,
} from './widget-helpers';

const ATTRIBUTION_JS = path.resolve(
	__dirname,
	'../../plugin/build/attribution.js'
);

/** Opens a shop page with attribution.js next to the loader, as the plugin enqueues it. */
async function openShopPage( page: Page, shop: Shop, at: string ) {
	await openShop( page, shop, { consentRequired: true }, at );
	await page.addScriptTag( { path: ATTRIBUTION_JS } );
}

const journeyCalls = ( page: Page ) => {
	const calls: string[] = [];
	page.on( 'request', ( request ) => {
		if ( request.url().includes( '/journey' ) ) {
			calls.push(
				`${ request.method() } ${ new URL( request.url() ).pathname }`
			);
		}
	} );
	return calls;
};

const conversationCookie = async ( page: Page ) =>
	( await page.context().cookies() ).find(
		( cookie ) => cookie.name === 'omniops_conversation'
	);

test( 'without consent: no journey, no cookie, on any page', async ( {
	page,
} ) => {
	const shop = await createShop( { consentRequired: true } );
	const calls = journeyCalls( page );
	await openShopPage( page, shop, '/?utm_source=newsletter&ref=ANA10' );
	const frame = await openPanel( page );
	await expect(
		frame.getByRole( 'heading', { name: 'Before we chat' } )
	).toBeVisible();
	await openShopPage( page, shop, '/other' );
	await openPanel( page );
	await expect(
		frame.getByRole( 'heading', { name: 'Before we chat' } )
	).toBeVisible();
	await page.waitForTimeout( 1500 );
	expect( calls ).toEqual( [] );
	expect( await conversationCookie( page ) ).toBeUndefined();
} );

test( 'with consent: the pages the chat is on are kept with the conversation, and the shop keeps its id for the checkout', async ( {
	page,
} ) => {
	const shop = await createShop( { consentRequired: true } );
	const calls = journeyCalls( page );
	const landing = '/?utm_source=newsletter&utm_campaign=autumn&ref=ANA10';
	await openShopPage( page, shop, landing );
	const frame = await openPanel( page );
	await frame.getByRole( 'button', { name: 'Agree and start' } ).click();
	await expect.poll( () => calls.length ).toBe( 1 );
	const conversation = ( await storedConversation( page, shop ) )!;
	await expect
		.poll( async () => ( await conversationCookie( page ) )?.value )
		.toBe( conversation.conversationId );

	// A reload of the same page is not a new step; the next page is.
	await openShopPage( page, shop, landing );
	await openPanel( page );
	await expect.poll( () => calls.length ).toBe( 2 );
	await openShopPage( page, shop, '/other' );
	await openPanel( page );
	await expect.poll( () => calls.length ).toBe( 3 );

	const answer = await fetch(
		`${ E2E.sidecarUrl }/api/widget/conversations/${ conversation.conversationId }/journey`,
		{ headers: { authorization: `Bearer ${ conversation.token }` } }
	);
	const journey = ( await answer.json() ) as any;
	expect( journey.firstTouch ).toMatchObject( {
		landingUrl: `${ shop.origin }/${ shop.name }${ landing }`,
		utm: { source: 'newsletter', campaign: 'autumn' },
		refCode: 'ANA10',
	} );
	expect(
		journey.pageViews.map( ( view: { url: string } ) => view.url )
	).toEqual( [
		`${ shop.origin }/${ shop.name }${ landing }`,
		`${ shop.origin }/${ shop.name }/other`,
	] );
} );
