/**
 * Privacy in the widget and in WordPress, in Debian's Chromium against the real sidecar
 * and the real WordPress: the consent gate (nothing stored or tracked before consent),
 * retention validation, "delete my conversation", the wp-admin appearance page with its
 * live preview and axe check, and WordPress's personal-data exporter and eraser.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E } from './env';
import { ask, connectInWpAdmin, openChat, ownerApi, wpPhp } from './helpers';
import {
	afterOneExchange,
	chatFrame,
	createShop,
	historyOf,
	openPanel,
	openShop,
	say,
	storedConversation,
} from './widget-helpers';

test( 'consent gate: nothing is stored or tracked before consent; after it the chat starts', async ( {
	page,
} ) => {
	const shop = await createShop( { consentRequired: true } );
	const widgetCalls: string[] = [];
	page.on( 'request', ( request ) => {
		const url = request.url();
		if ( /\/api\/widget\/(telemetry|conversations)/.test( url ) ) {
			widgetCalls.push(
				`${ request.method() } ${ new URL( url ).pathname }`
			);
		}
	} );
	await openShop( page, shop, { consentRequired: true } );
	const frame = await openPanel( page );
	await expect(
		frame.getByRole( 'heading', { name: 'Before we chat' } )
	).toBeVisible();
	await expect(
		frame.getByRole( 'textbox', { name: 'Type your message' } )
	).toHaveCount( 0 );
	// Close and reopen, wait past the telemetry batch delay: still nothing.
	await page.keyboard.press( 'Escape' );
	await openPanel( page );
	await page.waitForTimeout( 2500 );
	expect( widgetCalls ).toEqual( [] );
	const chatDocument = page
		.frames()
		.find( ( f ) => f.url().includes( '/widget/frame' ) )!;
	expect( await chatDocument.evaluate( () => localStorage.length ) ).toBe(
		0
	);
	expect(
		await page.evaluate( () => localStorage.length + sessionStorage.length )
	).toBe( 0 );

	await frame.getByRole( 'button', { name: 'Agree and start' } ).click();
	await say( frame, 'Now I agreed' );
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	expect( widgetCalls ).toContain( 'POST /api/widget/conversations' );
	const stored = await storedConversation( page, shop );
	expect( ( await historyOf( stored! ) ).messages ).toHaveLength( 2 );
	// The sidecar refuses sends without consent, whatever a client does.
	const fresh = await fetch( `${ E2E.sidecarUrl }/api/widget/conversations`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify( { siteKey: shop.publicKey } ),
	} );
	const { conversationId, token } = ( await fresh.json() ) as any;
	const refused = await fetch(
		`${ E2E.sidecarUrl }/api/widget/conversations/${ conversationId }/messages`,
		{
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				authorization: `Bearer ${ token }`,
			},
			body: JSON.stringify( {
				text: 'sneaky',
				clientMessageId: 'sneaky-0001',
			} ),
		}
	);
	expect( refused.status ).toBe( 403 );
} );

test( 'retentionDays: only whole days inside the shop range are accepted', async ( {
	page,
} ) => {
	const shop = await createShop( {
		consentRequired: true,
		retention: { minDays: 3, maxDays: 40, defaultDays: 10 },
	} );
	await openShop( page, shop, { consentRequired: true } );
	const frame = await openPanel( page );
	const days = frame.getByRole( 'textbox', {
		name: 'Keep my conversation for (days)',
	} );
	await expect( days ).toHaveValue( '10' );
	await expect( frame.getByText( 'Whole days from 3 to 40.' ) ).toBeVisible();
	for ( const bad of [ '2', '41', '7.5', 'seven', '', '-5' ] ) {
		await days.fill( bad );
		await frame.getByRole( 'button', { name: 'Agree and start' } ).click();
		await expect( frame.getByRole( 'alert' ) ).toHaveText(
			'Enter whole days from 3 to 40.'
		);
		await expect( days ).toHaveAttribute( 'aria-invalid', 'true' );
	}
	const chatDocument = page
		.frames()
		.find( ( f ) => f.url().includes( '/widget/frame' ) )!;
	expect( await chatDocument.evaluate( () => localStorage.length ) ).toBe(
		0
	);
	await days.fill( '40' );
	await frame.getByRole( 'button', { name: 'Agree and start' } ).click();
	await say( frame, 'Keep this for forty days' );
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	const stored = await storedConversation( page, shop );
	const choices = await fetch(
		`${ E2E.sidecarUrl }/api/widget/conversations/${ stored!.conversationId }/privacy`,
		{ headers: { authorization: `Bearer ${ stored!.token }` } }
	);
	expect( await choices.json() ).toMatchObject( {
		consentGiven: true,
		retentionDays: 40,
	} );
} );

test( 'delete my conversation removes it on the server and on the device', async ( {
	page,
} ) => {
	const { shop, frame } = await afterOneExchange(
		page,
		'Please forget this'
	);
	const before = await storedConversation( page, shop );
	await frame.getByRole( 'button', { name: 'Privacy' } ).click();
	await frame
		.getByRole( 'button', { name: 'Delete my conversation' } )
		.click();
	await frame
		.getByRole( 'button', { name: 'Back to chat' } )
		.click()
		.catch( () => {} );
	await expect(
		frame.getByText( 'Your conversation was deleted.' )
	).toBeVisible();
	await expect( frame.getByText( 'Please forget this' ) ).toHaveCount( 0 );
	expect( ( await historyOf( before! ) ).status ).toBe( 404 );
	await expect
		.poll(
			async () =>
				( await storedConversation( page, shop ) )?.conversationId
		)
		.not.toBe( before!.conversationId );
} );

/**
 * Connects the test WordPress to this run's sidecar with a fresh token (an earlier run's
 * credentials belong to a sidecar whose data is gone).
 *
 * @param page The Playwright page.
 */
async function connectWordPress( page: Page ) {
	wpPhp(
		'delete_option( "omniops_settings" ); delete_option( "omniops_widget_settings" );'
	);
	const { token } = await (
		await ownerApi()
	).connectToken( 'Widget privacy shop' );
	await connectInWpAdmin( page, token );
	await expect(
		page.getByText( 'Connected', { exact: true } )
	).toBeVisible();
}

test( 'wp-admin: appearance with a live preview, saved without a rebuild, and no serious axe violation', async ( {
	page,
} ) => {
	await connectWordPress( page );
	const brand = page.getByRole( 'textbox', { name: 'Brand name' } );
	await expect( brand ).toBeVisible();
	const preview = page.getByTestId( 'omniops-preview' );
	await brand.fill( 'Journey Mugs' );
	await expect( preview.getByTestId( 'omniops-preview-header' ) ).toHaveText(
		'Journey Mugs'
	);
	await page
		.getByRole( 'textbox', { name: 'Welcome message' } )
		.fill( 'Hello from the preview!' );
	await expect( preview ).toContainText( 'Hello from the preview!' );
	await page.locator( '#omniops-primary-color' ).fill( '#aa3300' );
	await expect( preview.getByTestId( 'omniops-preview-header' ) ).toHaveCSS(
		'background-color',
		'rgb(170, 51, 0)'
	);
	await page
		.getByRole( 'combobox', { name: 'Position' } )
		.selectOption( 'left' );
	await page
		.getByRole( 'combobox', { name: 'Launcher icon' } )
		.selectOption( 'sparkle' );
	await expect(
		preview.getByTestId( 'omniops-preview-launcher' )
	).toHaveAttribute( 'data-icon', 'sparkle' );

	const results = await new AxeBuilder( { page } )
		.include( '#wpbody-content' )
		.analyze();
	const serious = results.violations.filter( ( v ) =>
		[ 'serious', 'critical' ].includes( v.impact ?? '' )
	);
	expect( serious.map( ( v ) => v.id ) ).toEqual( [] );

	// A bad range is refused by the sidecar with its message; nothing changes.
	await page
		.getByRole( 'spinbutton', { name: 'Shortest retention (days)' } )
		.fill( '50' );
	await page
		.getByRole( 'button', { name: 'Save appearance and privacy' } )
		.click();
	await expect(
		page.getByText( /not valid|minDays/i ).first()
	).toBeVisible();
	await page
		.getByRole( 'spinbutton', { name: 'Shortest retention (days)' } )
		.fill( '1' );
	await page
		.getByRole( 'button', { name: 'Save appearance and privacy' } )
		.click();
	await expect(
		page
			.locator( '#omniops-admin-root' )
			.getByText(
				'Saved. Shoppers see the new look on their next page view.'
			)
	).toBeVisible();

	// The storefront shows it on the next page view.
	await page.goto( `${ E2E.wpUrl }/` );
	const launcher = page.getByRole( 'button', { name: 'Open chat' } );
	await expect( launcher ).toHaveCSS( 'background-color', 'rgb(170, 51, 0)' );
	expect( ( await launcher.boundingBox() )!.x ).toBeLessThan( 100 );
	const frame = await openChat( page );
	await expect(
		frame.getByRole( 'heading', { name: 'Journey Mugs' } )
	).toBeVisible();
	await expect( frame.getByText( 'Hello from the preview!' ) ).toBeVisible();
} );

test( "WordPress's personal-data exporter and eraser find the shopper's chat by e-mail", async ( {
	page,
} ) => {
	await connectWordPress( page );
	const email = `shopper-${ Date.now() }@example.com`;
	await page.goto( `${ E2E.wpUrl }/` );
	const frame = await openChat( page );
	await ask( frame, 'My order needs a gift wrap' );
	await expect(
		frame.getByText( 'My order needs a gift wrap' )
	).toBeVisible();
	await frame.getByRole( 'button', { name: 'Privacy' } ).click();
	await frame
		.getByRole( 'textbox', {
			name: 'E-mail (optional, for data requests)',
		} )
		.fill( email );
	await frame.getByRole( 'button', { name: 'Save' } ).click();
	await expect( frame.getByText( 'Saved.' ) ).toBeVisible();

	const exported = wpPhp( `
		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
		echo wp_json_encode( call_user_func( $exporters['omniops']['callback'], '${ email }', 1 ) );
	` );
	const data = JSON.parse( exported );
	expect( data.done ).toBe( true );
	expect( data.data ).toHaveLength( 1 );
	expect( data.data[ 0 ].group_id ).toBe( 'omniops-chat' );
	expect( JSON.stringify( data.data[ 0 ].data ) ).toContain(
		'My order needs a gift wrap'
	);

	const erased = JSON.parse(
		wpPhp( `
			$erasers = apply_filters( 'wp_privacy_personal_data_erasers', array() );
			echo wp_json_encode( call_user_func( $erasers['omniops']['callback'], '${ email }', 1 ) );
		` )
	);
	expect( erased ).toMatchObject( { items_removed: true, done: true } );
	const after = JSON.parse(
		wpPhp( `
			$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
			echo wp_json_encode( call_user_func( $exporters['omniops']['callback'], '${ email }', 1 ) );
		` )
	);
	expect( after.data ).toEqual( [] );
	await page.reload();
	await expect(
		chatFrame( page ).getByText( 'My order needs a gift wrap' )
	).toHaveCount( 0 );
} );
