/**
 * The storefront widget as a shopper meets it, in Debian's Chromium against the real
 * sidecar: sessions that survive reloads, error states with their retries, streaming
 * replies, unread badge, offline queue, appearance and language from the site's config.
 * Failures are produced for real: a route blocked at the browser's network layer, an
 * unknown site key, the browser taken offline.
 */
import { expect, test } from '@playwright/test';
import {
	afterOneExchange,
	chatFrame,
	createShop,
	historyOf,
	openPanel,
	openShop,
	refuseWidgetConfig,
	reloadChat,
	say,
	storedConversation,
	telemetryCount,
} from './widget-helpers';

test( 'open, message, close, reopen: the session, the messages and the privacy choice survive a reload', async ( {
	page,
} ) => {
	const shop = await createShop();
	await openShop( page, shop );
	let frame = await openPanel( page );
	await expect(
		frame.getByRole( 'dialog', { name: 'Journey Shop' } )
	).toBeVisible();
	await say( frame, 'Do you ship to Lisbon?' );
	await expect( frame.getByText( 'Do you ship to Lisbon?' ) ).toBeVisible();
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );

	await frame.getByRole( 'button', { name: 'Privacy' } ).click();
	await frame
		.getByRole( 'textbox', { name: 'Keep my conversation for (days)' } )
		.fill( '12' );
	await frame.getByRole( 'button', { name: 'Save' } ).click();
	await expect( frame.getByText( 'Saved.' ) ).toBeVisible();
	await frame.getByRole( 'button', { name: 'Back to chat' } ).click();

	await frame.getByRole( 'button', { name: 'Close chat' } ).click();
	await expect( page.locator( 'omniops-chat' ).locator( '.p' ) ).toBeHidden();
	frame = await openPanel( page );
	await expect( frame.getByText( 'Do you ship to Lisbon?' ) ).toBeVisible();

	frame = await reloadChat( page );
	await expect( frame.getByText( 'Do you ship to Lisbon?' ) ).toBeVisible();
	await frame.getByRole( 'button', { name: 'Privacy' } ).click();
	await expect(
		frame.getByRole( 'textbox', {
			name: 'Keep my conversation for (days)',
		} )
	).toHaveValue( '12' );
	const stored = await storedConversation( page, shop );
	const history = await historyOf( stored! );
	expect( history.messages ).toHaveLength( 2 );
} );

test( 'a config load failure shows the destructive alert; Retry brings a working widget', async ( {
	page,
} ) => {
	const shop = await createShop();
	const allowConfig = await refuseWidgetConfig( page );
	await openShop( page, shop );
	const frame = await openPanel( page );
	const alert = frame.getByRole( 'alert' );
	await expect( alert ).toContainText( 'We couldn’t load the chat.' );
	await expect( alert ).toHaveAttribute( 'data-variant', 'destructive' );
	allowConfig();
	await alert.getByRole( 'button', { name: 'Retry' } ).click();
	await expect( frame.getByRole( 'alert' ) ).toHaveCount( 0 );
	await say( frame, 'Hello after the retry' );
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	await expect
		.poll( () => telemetryCount( shop, 'config_error' ), {
			timeout: 15_000,
		} )
		.toBeGreaterThan( 0 );
} );

test( 'an unknown site key shows the configuration error, and Retry fails the same way without breaking', async ( {
	page,
} ) => {
	const shop = await createShop();
	await openShop( page, { ...shop, publicKey: 'pk_unknown_key_00000000' } );
	const frame = await openPanel( page );
	const alert = frame.getByRole( 'alert' );
	await expect( alert ).toContainText( 'We couldn’t load the chat.' );
	await expect( alert ).toHaveAttribute( 'data-variant', 'destructive' );
	await alert.getByRole( 'button', { name: 'Retry' } ).click();
	await expect( frame.getByRole( 'alert' ) ).toContainText(
		'We couldn’t load the chat.'
	);
	await expect(
		frame.getByRole( 'button', { name: 'Retry' } )
	).toBeEnabled();
} );

test( 'a history load failure shows the warning alert; Retry loads the earlier messages', async ( {
	page,
} ) => {
	let { frame } = await afterOneExchange( page, 'Remember this question' );

	let blocked = true;
	await page.route( '**/api/widget/conversations/*/messages', ( route ) =>
		blocked && route.request().method() === 'GET'
			? route.abort( 'connectionreset' )
			: route.continue()
	);
	frame = await reloadChat( page );
	const alert = frame.getByRole( 'alert' );
	await expect( alert ).toContainText( 'earlier messages' );
	await expect( alert ).toHaveAttribute( 'data-variant', 'warning' );
	blocked = false;
	await alert.getByRole( 'button', { name: 'Retry' } ).click();
	await expect( frame.getByText( 'Remember this question' ) ).toBeVisible();
	await expect( frame.getByRole( 'alert' ) ).toHaveCount( 0 );
} );

test( 'a failed send stays visible with its own Retry; the retry stores exactly one copy', async ( {
	page,
} ) => {
	const shop = await createShop();
	let failures = 1;
	await page.route( '**/messages/stream', ( route ) =>
		failures-- > 0 ? route.abort( 'connectionreset' ) : route.continue()
	);
	await openShop( page, shop );
	const frame = await openPanel( page );
	await say( frame, 'Is the blue mug in stock?' );
	const failed = frame.locator( '.oo-msg-failed' );
	await expect( failed ).toContainText( 'Not sent.' );
	await failed.getByRole( 'button', { name: 'Retry' } ).click();
	await expect( frame.locator( '.oo-msg-failed' ) ).toHaveCount( 0 );
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	await expect( frame.getByText( 'Is the blue mug in stock?' ) ).toHaveCount(
		1
	);
	const history = await historyOf(
		( await storedConversation( page, shop ) )!
	);
	expect(
		history.messages.filter(
			( m: { text: string } ) => m.text === 'Is the blue mug in stock?'
		)
	).toHaveLength( 1 );
} );

test( 'a reply lost on the way back is retried without a duplicate (idempotent clientMessageId)', async ( {
	page,
} ) => {
	const shop = await createShop();
	let first = true;
	await page.route( '**/messages/stream', async ( route ) => {
		if ( first ) {
			first = false;
			// The request reaches the sidecar and is stored; only the answer is lost.
			await route.fetch();
			await route.abort( 'connectionreset' );
			return;
		}
		await route.continue();
	} );
	await openShop( page, shop );
	const frame = await openPanel( page );
	await say( frame, 'Lost answer question' );
	await frame
		.locator( '.oo-msg-failed' )
		.getByRole( 'button', { name: 'Retry' } )
		.click();
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	await expect( frame.getByText( 'Lost answer question' ) ).toHaveCount( 1 );
	const history = await historyOf(
		( await storedConversation( page, shop ) )!
	);
	expect( history.messages ).toHaveLength( 2 );
} );

test( 'replies stream in after a typing indicator, and the live region announces them', async ( {
	page,
} ) => {
	const shop = await createShop();
	await page.route( '**/messages/stream', async ( route ) => {
		await new Promise( ( resolve ) => setTimeout( resolve, 800 ) );
		await route.continue();
	} );
	await openShop( page, shop );
	const frame = await openPanel( page );
	await say( frame, 'What are your opening hours?' );
	await expect( frame.getByText( 'Journey Shop is typing…' ) ).toBeAttached();
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	await expect( frame.locator( '.oo-typing' ) ).toHaveCount( 0 );
	await expect(
		frame
			.getByRole( 'status' )
			.filter( { hasText: 'New reply from Journey Shop' } )
	).toBeAttached();
	await expect
		.poll( () => telemetryCount( shop, 'message_received' ), {
			timeout: 15_000,
		} )
		.toBeGreaterThan( 0 );
} );

test( 'a reply\'s quick actions show under it, survive a reload, and "Talk to a person" asks for a person', async ( {
	page,
} ) => {
	const shop = await createShop();
	await openShop( page, shop );
	let frame = await openPanel( page );
	// Nothing in this new shop answers it: the embedded responder says so and offers a person.
	await say( frame, 'Can you explain the zorblax protocol?' );
	const replyActions = ( chat: typeof frame ) =>
		chat.getByRole( 'group', { name: 'Suggested next steps' } );
	await expect(
		replyActions( frame ).getByRole( 'button', {
			name: 'Talk to a person',
		} )
	).toBeVisible();

	// Stored with the reply: the same chip after a reload.
	frame = await reloadChat( page );
	const talk = replyActions( frame ).getByRole( 'button', {
		name: 'Talk to a person',
	} );
	await expect( talk ).toBeEnabled();
	await talk.focus();
	await talk.press( 'Enter' );

	const log = frame.getByRole( 'log' );
	await expect(
		log.locator( '.oo-msg-shopper' ).getByText( 'Talk to a person' )
	).toBeVisible();
	await expect(
		log.getByText( 'What e-mail address should they reply to?' )
	).toBeVisible();
	// The older reply's chip is gone; the new reply has none of its own.
	await expect( replyActions( frame ) ).toHaveCount( 0 );
} );

test( 'a reply that arrives while the panel is closed shows the unread badge, cleared on open', async ( {
	page,
} ) => {
	const shop = await createShop();
	await page.route( '**/messages/stream', async ( route ) => {
		await new Promise( ( resolve ) => setTimeout( resolve, 1500 ) );
		await route.continue();
	} );
	await openShop( page, shop );
	const frame = await openPanel( page );
	await say( frame, 'Ping me when you know' );
	await page.keyboard.press( 'Escape' );
	const badge = page.locator( 'omniops-chat' ).locator( '#b' );
	await expect( badge ).toBeVisible();
	await expect( badge ).toHaveText( '1 unread' );
	await page.getByRole( 'button', { name: 'Open chat' } ).click();
	await expect( badge ).toBeHidden();
} );

test( 'a message sent offline is queued and delivered once when the connection returns', async ( {
	page,
	context,
} ) => {
	const { shop, frame } = await afterOneExchange( page, 'Warm-up' );
	await context.setOffline( true );
	await expect(
		frame.getByRole( 'status' ).filter( { hasText: 'You are offline' } )
	).toBeVisible();
	await say( frame, 'Sent from the tunnel' );
	await expect( frame.getByText( 'Waiting for a connection' ) ).toBeVisible();
	await context.setOffline( false );
	await expect( frame.getByText( 'Waiting for a connection' ) ).toHaveCount(
		0
	);
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 3 );
	const history = await historyOf(
		( await storedConversation( page, shop ) )!
	);
	expect(
		history.messages.filter(
			( m: { text: string } ) => m.text === 'Sent from the tunnel'
		)
	).toHaveLength( 1 );
	expect( history.messages ).toHaveLength( 4 );
} );

test( 'appearance from the site config: colour, left position, icon, avatar, brand and welcome, without a rebuild', async ( {
	page,
} ) => {
	const shop = await createShop( {
		brandName: 'Mugs & Co',
		welcomeMessage: 'Welcome to **Mugs & Co**!',
		primaryColor: '#7a1fa2',
		position: 'left',
		launcherIcon: 'help',
		avatarUrl: 'https://example.invalid/avatar.png',
	} );
	await openShop( page, shop, {
		appearance: {
			position: 'left',
			primaryColor: '#7a1fa2',
			launcherIcon: 'help',
		},
	} );
	const launcher = page.getByRole( 'button', { name: 'Open chat' } );
	const box = await launcher.boundingBox();
	expect( box!.x ).toBeLessThan( 100 );
	await expect( launcher ).toHaveCSS(
		'background-color',
		'rgb(122, 31, 162)'
	);
	const frame = await openPanel( page );
	await expect(
		frame.getByRole( 'heading', { name: 'Mugs & Co' } )
	).toBeVisible();
	await expect( frame.locator( '.oo-header' ) ).toHaveCSS(
		'background-color',
		'rgb(122, 31, 162)'
	);
	await expect( frame.locator( '.oo-avatar' ) ).toHaveAttribute(
		'src',
		'https://example.invalid/avatar.png'
	);
	await expect( frame.locator( '.oo-md strong' ).first() ).toHaveText(
		'Mugs & Co'
	);

	// A new colour saved by the shop shows on the next page view, no build involved.
	const { siteRequest } = await import( './widget-helpers' );
	const current = await siteRequest(
		shop,
		'GET',
		'/api/site/widget-settings'
	);
	await siteRequest( shop, 'PUT', '/api/site/widget-settings', {
		...current.body.settings,
		primaryColor: '#0a7d32',
		brandName: 'Mugs & Co (new)',
	} );
	await reloadChat( page );
	await expect(
		chatFrame( page ).getByRole( 'heading', { name: 'Mugs & Co (new)' } )
	).toBeVisible();
	await expect( chatFrame( page ).locator( '.oo-header' ) ).toHaveCSS(
		'background-color',
		'rgb(10, 125, 50)'
	);
} );

test( 'the widget follows the shop locale: German strings from de_DE', async ( {
	page,
} ) => {
	const shop = await createShop();
	await openShop( page, shop, { locale: 'de_DE' } );
	const frame = await openPanel( page, 'Chat öffnen' );
	await expect(
		frame.getByRole( 'textbox', { name: 'Nachricht eingeben' } )
	).toBeVisible();
	await expect(
		frame.getByRole( 'button', { name: 'Senden' } )
	).toBeVisible();
	await expect(
		frame.getByRole( 'button', { name: 'Chat schließen' } )
	).toBeVisible();
	await expect( frame.locator( 'html' ) ).toHaveAttribute( 'lang', 'de-DE' );
} );

test( 'leaving while loads are pending leaves no React warning in the console', async ( {
	page,
} ) => {
	const shop = await createShop();
	const problems: string[] = [];
	page.on( 'console', ( message ) => {
		if ( /Warning:|React|unmounted/i.test( message.text() ) ) {
			problems.push( message.text() );
		}
	} );
	page.on( 'pageerror', ( error ) => problems.push( error.message ) );
	await page.route( '**/api/widget/**', async ( route ) => {
		await new Promise( ( resolve ) => setTimeout( resolve, 1200 ) );
		await route.continue().catch( () => {} );
	} );
	await openShop( page, shop );
	await page.getByRole( 'button', { name: 'Open chat' } ).click();
	await page.keyboard.press( 'Escape' );
	await page.goto( `${ shop.origin }/${ shop.name }/other` );
	await page.waitForTimeout( 1500 );
	expect( problems ).toEqual( [] );
} );

test( 'markdown from the config renders lists, emphasis and links that open safely', async ( {
	page,
} ) => {
	const shop = await createShop( {
		welcomeMessage:
			'We can help with:\n- **orders**\n- *returns*\n\nSee [our policy](https://example.invalid/policy) or mail [us](mailto:help@example.invalid).',
	} );
	await openShop( page, shop );
	const frame = await openPanel( page );
	const welcome = frame.locator( '.oo-md' ).first();
	await expect( welcome.locator( 'li' ) ).toHaveCount( 2 );
	await expect( welcome.locator( 'strong' ) ).toHaveText( 'orders' );
	await expect( welcome.locator( 'em' ) ).toHaveText( 'returns' );
	const policy = welcome.getByRole( 'link', { name: 'our policy' } );
	await expect( policy ).toHaveAttribute(
		'href',
		'https://example.invalid/policy'
	);
	await expect( policy ).toHaveAttribute( 'target', '_blank' );
	await expect( policy ).toHaveAttribute(
		'rel',
		'noopener noreferrer nofollow'
	);
	await expect( welcome.getByRole( 'link', { name: 'us' } ) ).toHaveAttribute(
		'href',
		'mailto:help@example.invalid'
	);
} );

test( 'telemetry: load time, each retry and its outcome, and received message types reach the site', async ( {
	page,
} ) => {
	const shop = await createShop();
	let failures = 1;
	await page.route( '**/api/widget/config?*', ( route ) =>
		failures-- > 0 ? route.abort( 'connectionrefused' ) : route.continue()
	);
	await openShop( page, shop );
	const frame = await openPanel( page );
	await frame.getByRole( 'button', { name: 'Retry' } ).click();
	await say( frame, 'Counting events' );
	await expect( frame.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );
	// Beacons leave in batches; hiding the page sends what is queued.
	await page.goto( 'about:blank' );
	for ( const type of [
		'config_error',
		'retry',
		'widget_loaded',
		'message_sent',
		'message_received',
		'first_message',
	] ) {
		await expect
			.poll( () => telemetryCount( shop, type ), {
				timeout: 15_000,
				message: type,
			} )
			.toBeGreaterThan( 0 );
	}
} );

test( 'a German shop that asks for consent gets the consent screen and validation in German', async ( {
	page,
} ) => {
	const shop = await createShop( {
		consentRequired: true,
		retention: { minDays: 2, maxDays: 30, defaultDays: 7 },
	} );
	await openShop( page, shop, { locale: 'de_DE', consentRequired: true } );
	const frame = await openPanel( page, 'Chat öffnen' );
	await expect(
		frame.getByRole( 'heading', { name: 'Bevor wir chatten' } )
	).toBeVisible();
	await frame
		.getByRole( 'textbox', { name: 'Gespräch aufbewahren für (Tage)' } )
		.fill( '99' );
	await frame
		.getByRole( 'button', { name: 'Zustimmen und starten' } )
		.click();
	await expect( frame.getByRole( 'alert' ) ).toHaveText(
		'Bitte ganze Tage von 2 bis 30 eingeben.'
	);
	await frame
		.getByRole( 'textbox', { name: 'Gespräch aufbewahren für (Tage)' } )
		.fill( '30' );
	await frame
		.getByRole( 'button', { name: 'Zustimmen und starten' } )
		.click();
	await expect(
		frame.getByRole( 'textbox', { name: 'Nachricht eingeben' } )
	).toBeVisible();
} );
