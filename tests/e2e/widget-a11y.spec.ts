/**
 * Accessibility of the widget in Debian's Chromium: axe-core (no serious or critical
 * violation) with the panel open, on the consent screen and in each error state, keyboard
 * use from the launcher to a reply and back, a 360 px phone, and reduced motion.
 */
import { expect, test } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import {
	afterOneExchange,
	chatFrame,
	createShop,
	openPanel,
	openShop,
	refuseWidgetConfig,
	reloadChat,
	say,
} from './widget-helpers';

test( 'axe finds no serious or critical violation with the panel open and a conversation', async ( {
	page,
} ) => {
	const { frame } = await afterOneExchange( page, 'Accessible question' );
	// The reply's quick actions are part of what axe checks.
	await expect(
		frame
			.getByRole( 'group', { name: 'Suggested next steps' } )
			.getByRole( 'button', { name: 'Talk to a person' } )
	).toBeVisible();
	expect( await seriousA11yViolations( page ) ).toEqual( [] );
} );

test( 'axe: the configuration error state', async ( { page } ) => {
	const shop = await createShop();
	await page.route( '**/api/widget/config?*', ( route ) =>
		route.abort( 'connectionrefused' )
	);
	await openShop( page, shop );
	const frame = await openPanel( page );
	await expect(
		frame.locator( '[data-variant="destructive"]' )
	).toBeVisible();
	expect( await seriousA11yViolations( page ) ).toEqual( [] );
} );

test( 'axe: the history error state and a failed message', async ( {
	page,
} ) => {
	let { frame } = await afterOneExchange( page, 'First' );
	await page.route( '**/api/widget/conversations/*/messages', ( route ) =>
		route.request().method() === 'GET'
			? route.abort( 'failed' )
			: route.continue()
	);
	await page.route( '**/messages/stream', ( route ) =>
		route.abort( 'failed' )
	);
	frame = await reloadChat( page );
	await expect( frame.locator( '[data-variant="warning"]' ) ).toBeVisible();
	await say( frame, 'This one fails' );
	await expect( frame.locator( '.oo-msg-failed' ) ).toBeVisible();
	expect( await seriousA11yViolations( page ) ).toEqual( [] );
} );

test( 'axe: the consent screen and the privacy settings', async ( {
	page,
} ) => {
	const shop = await createShop( { consentRequired: true } );
	await openShop( page, shop, { consentRequired: true } );
	const frame = await openPanel( page );
	await expect(
		frame.getByRole( 'heading', { name: 'Before we chat' } )
	).toBeVisible();
	expect( await seriousA11yViolations( page ) ).toEqual( [] );
	await frame.getByRole( 'button', { name: 'Agree and start' } ).click();
	await frame.getByRole( 'button', { name: 'Privacy' } ).click();
	await expect(
		frame.getByRole( 'button', { name: 'Delete my conversation' } )
	).toBeVisible();
	expect( await seriousA11yViolations( page ) ).toEqual( [] );
} );

test( 'keyboard only: launcher, conversation, focus kept inside, Escape closes and focus returns', async ( {
	page,
} ) => {
	const shop = await createShop();
	await openShop( page, shop );
	const launcher = page.getByRole( 'button', { name: 'Open chat' } );
	await launcher.focus();
	await page.keyboard.press( 'Enter' );
	const frame = chatFrame( page );
	const box = frame.getByRole( 'textbox', { name: 'Type your message' } );
	await expect( box ).toBeFocused();
	await page.keyboard.type( 'Typed with the keyboard only' );
	await page.keyboard.press( 'Enter' );
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	await expect( frame.getByRole( 'dialog' ) ).toHaveAttribute(
		'aria-modal',
		'true'
	);

	// Tab around the whole dialog: focus never leaves it.
	for ( let index = 0; index < 12; index++ ) {
		await page.keyboard.press( 'Tab' );
		expect(
			await frame.locator( ':focus' ).count(),
			`focus left the dialog after ${ index + 1 } Tab presses`
		).toBe( 1 );
	}
	for ( let index = 0; index < 6; index++ ) {
		await page.keyboard.press( 'Shift+Tab' );
		expect( await frame.locator( ':focus' ).count() ).toBe( 1 );
	}
	await page.keyboard.press( 'Escape' );
	await expect( page.locator( 'omniops-chat' ).locator( '.p' ) ).toBeHidden();
	await expect( launcher ).toBeFocused();
	await expect( launcher ).toHaveAttribute( 'aria-expanded', 'false' );
} );

test( 'on a 360 px wide phone the panel fills the screen and the error alert stays readable', async ( {
	page,
} ) => {
	await page.setViewportSize( { width: 360, height: 740 } );
	const shop = await createShop();
	const allowConfig = await refuseWidgetConfig( page );
	await openShop( page, shop );
	const frame = await openPanel( page );
	const panel = page.locator( 'omniops-chat' ).locator( '.p' );
	// The panel slides in; measure once the opening animation has settled.
	await expect
		.poll( async () => {
			const box = await panel.boundingBox();
			return (
				box && [ box.x, box.y, box.width, box.height ].map( Math.round )
			);
		} )
		.toEqual( [ 0, 0, 360, 740 ] );
	const alert = frame.getByRole( 'alert' );
	const retry = alert.getByRole( 'button', { name: 'Retry' } );
	await expect( retry ).toBeInViewport();
	const alertBox = await alert.boundingBox();
	expect( alertBox!.x ).toBeGreaterThanOrEqual( 0 );
	expect( alertBox!.x + alertBox!.width ).toBeLessThanOrEqual( 360 );
	allowConfig();
	await retry.click();
	await say( frame, 'From a small phone' );
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	expect(
		await frame
			.locator( 'body' )
			.evaluate( ( body ) => body.scrollWidth <= body.clientWidth )
	).toBe( true );
} );

test( 'opening respects prefers-reduced-motion', async ( { browser } ) => {
	const shop = await createShop();
	for ( const reducedMotion of [ 'no-preference', 'reduce' ] as const ) {
		const context = await browser.newContext( { reducedMotion } );
		const page = await context.newPage();
		await openShop( page, shop );
		await openPanel( page );
		const animation = await page
			.locator( 'omniops-chat' )
			.locator( '.p' )
			.evaluate( ( panel ) => getComputedStyle( panel ).animationName );
		expect( animation ).toBe( reducedMotion === 'reduce' ? 'none' : 'o' );
		await context.close();
	}
} );
