/**
 * A shop owner and a shopper on the real WooCommerce 7.8.2 (HPOS on, sync off; EUR shown
 * as "24,90 €") that tests/env/wp-up.sh installs with its catalog, in Debian's Chromium
 * against the real sidecar:
 * (a) Connect in wp-admin hands WooCommerce's REST key and webhooks over; the catalog panel
 *     shows the full sync and WooCommerce's own count of published products;
 * (b) the widget answers price, spec, stock and variation questions from that catalog, in
 *     the shop's money format;
 * (c) order status for an order created in WooCommerce, by number and billing e-mail;
 * (d) Add to cart of a simple product and, through the variation picker, of a variable
 *     one; WooCommerce's own cart page lists both; cash-on-delivery checkout;
 * (e) the order reaches the sidecar through WooCommerce's real order webhook (Action
 *     Scheduler queue run as WP-Cron would) and is attributed to the conversation;
 * (f) a price changed in WooCommerce with no shop traffic (its webhook left waiting in the
 *     queue) reaches the answers through the sidecar's scheduled reconciliation
 *     (OMNIOPS_CATALOG_RECONCILE_SECONDS, set small in playwright.config.ts), and the
 *     earlier answer about it shows "has changed since".
 */
import fs from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { E2E } from './env';
import {
	ask,
	catalogPanelField,
	connectInWpAdmin,
	openChat,
	ownerApi,
	wpPhp,
} from './helpers';

// Not serial: a failing answer must not hide whether the cart, the checkout or the
// reconciliation work. The tests still run in file order on the one worker, and each
// needs only the connection the first one makes (a worker restarted after a failure
// runs beforeAll again, which therefore leaves the connection alone).

/** Ids and facts of the catalog woocommerce-setup.php creates, read from WooCommerce. */
interface Catalog {
	tote: { id: string; url: string };
	linen: { id: string; url: string; large: string };
	publishedProducts: number;
}
let catalog: Catalog;
let order = { number: '', email: 'erin.order@example.com' };
/** The connected organization, kept on disk for a worker restarted after a failure. */
const ORGANIZATION_FILE = `${ E2E.dataDir }/real-woocommerce-organization`;
const organizationId = () => fs.readFileSync( ORGANIZATION_FILE, 'utf8' );

/** The money format of the shop (wp-up.sh: right_space, "," decimals, "." thousands). */
const euros = ( amount: string ) => `${ amount } €`;
/** Reply text with no-break spaces made plain, so money compares as the shop prints it. */
const plain = ( text: string | null ) =>
	( text ?? '' ).replace( /[\u00a0\u202f]/g, ' ' );

/**
 * Runs WooCommerce's Action Scheduler queue once, as WP-Cron does on a visited shop
 * (wp-config.php of the test site disables WP-Cron's page-load spawning).
 */
function runWooCommerceQueue(): string {
	return wpPhp( `
		ActionScheduler_QueueRunner::instance()->run( "WP CLI" );
		echo count( as_get_scheduled_actions( array( "hook" => "woocommerce_deliver_webhook_async", "status" => ActionScheduler_Store::STATUS_PENDING, "per_page" => 100 ), "ids" ) );
	` ).trim();
}

/** Pending webhook deliveries in WooCommerce's queue. */
const pendingWebhooks = () =>
	Number(
		wpPhp(
			`echo count( as_get_scheduled_actions( array( "hook" => "woocommerce_deliver_webhook_async", "status" => ActionScheduler_Store::STATUS_PENDING, "per_page" => 100 ), "ids" ) );`
		).trim()
	);

/** The newest assistant reply's text in the chat frame. */
async function lastReply( frame: FrameLocator ): Promise< string > {
	const replies = frame.locator( '.oo-msg-assistant .oo-bubble' );
	return plain( await replies.last().textContent() );
}

/**
 * Asks and waits for the reply to this question (the number of replies grows by one).
 *
 * @param frame    Chat frame.
 * @param question The shopper's message.
 */
async function askAndRead(
	frame: FrameLocator,
	question: string
): Promise< string > {
	const replies = frame.locator( '.oo-msg-assistant' );
	const before = await replies.count();
	await ask( frame, question );
	await expect( replies ).toHaveCount( before + 1, { timeout: 20_000 } );
	await expect( frame.locator( '.oo-typing' ) ).toHaveCount( 0 );
	return lastReply( frame );
}

/** The chat on a shop page: restored open, or opened from the launcher; consent if asked. */
async function chatOn( page: Page, url: string ): Promise< FrameLocator > {
	await page.goto( url );
	await expect(
		page.getByRole( 'button', { name: 'Open chat' } )
	).toBeVisible();
	const frame =
		( await page.locator( 'iframe[title="OmniOps chat"]' ).count() ) === 0
			? await openChat( page )
			: page.frameLocator( 'iframe[title="OmniOps chat"]' );
	const agree = frame.getByRole( 'button', { name: 'Agree and start' } );
	if ( await agree.isVisible() ) {
		await agree.click();
	}
	await expect(
		frame.getByRole( 'textbox', { name: 'Type your message' } )
	).toBeEnabled();
	return frame;
}

test.beforeAll( () => {
	// Prices as woocommerce-setup.php sets them (an earlier run of (f) may have changed
	// one); an order placed in WooCommerce for (c).
	const facts = wpPhp( `
		add_filter( "pre_wp_mail", "__return_true" );
		$tote = wc_get_product( wc_get_product_id_by_sku( "OO-TOTE" ) );
		$tote->set_regular_price( "24.90" );
		$tote->save();
		$linen = wc_get_product( wc_get_product_id_by_sku( "OO-LINEN" ) );
		$large = wc_get_product_id_by_sku( "OO-LINEN-L" );
		$rain  = wc_get_product( wc_get_product_id_by_sku( "OO-RAIN" ) );
		$order = wc_create_order();
		$order->add_product( $rain, 1 );
		$order->set_billing_first_name( "Erin" );
		$order->set_billing_last_name( "Order" );
		$order->set_billing_email( "erin.order@example.com" );
		$order->calculate_totals();
		$order->set_status( "processing" );
		$order->save();
		echo wp_json_encode( array(
			"tote" => array( "id" => (string) $tote->get_id(), "url" => get_permalink( $tote->get_id() ) ),
			"linen" => array( "id" => (string) $linen->get_id(), "url" => get_permalink( $linen->get_id() ), "large" => (string) $large ),
			"publishedProducts" => (int) wp_count_posts( "product" )->publish,
			"order" => $order->get_order_number(),
			"hpos" => Automattic\\WooCommerce\\Utilities\\OrderUtil::custom_orders_table_usage_is_enabled(),
		) );
	` );
	const parsed = JSON.parse( facts ) as Catalog & {
		order: string;
		hpos: boolean;
	};
	expect( parsed.hpos ).toBe( true );
	catalog = parsed;
	order = { ...order, number: parsed.order };
	expect( order.number ).toMatch( /^\d+$/ );
} );

test.afterAll( () => {
	wpPhp( `
		$tote = wc_get_product( wc_get_product_id_by_sku( "OO-TOTE" ) );
		$tote->set_regular_price( "24.90" );
		$tote->save();
	` );
} );

test( 'the shop owner connects in wp-admin and the catalog panel shows the full sync with the real product count', async ( {
	page,
} ) => {
	wpPhp( `
		delete_option( "omniops_settings" );
		delete_option( "omniops_widget_settings" );
		delete_option( "omniops_page_types" );
	` );
	const owner = await ownerApi();
	const connected = await owner.connectToken( 'Real WooCommerce Shop' );
	fs.writeFileSync( ORGANIZATION_FILE, connected.organizationId );
	await connectInWpAdmin( page, connected.token );

	const field = ( name: string ) => catalogPanelField( page, name );
	await expect( field( 'Status' ) ).toHaveText( 'Up to date', {
		timeout: 30_000,
	} );
	await expect( field( 'Products' ) ).toHaveText(
		String( catalog.publishedProducts )
	);
	// The same after a reload: what the sidecar holds, not what the page remembered.
	await page.reload();
	await expect( field( 'Products' ) ).toHaveText(
		String( catalog.publishedProducts )
	);
	// WooCommerce holds the read-only key and one webhook per topic for the sidecar.
	const handedOver = JSON.parse(
		wpPhp( `
			global $wpdb;
			$state = get_option( "omniops_woocommerce" );
			echo wp_json_encode( array(
				"permissions" => $wpdb->get_var( $wpdb->prepare( "SELECT permissions FROM {$wpdb->prefix}woocommerce_api_keys WHERE key_id = %d", $state["key_id"] ) ),
				"topics" => array_map( function ( $id ) { return wc_get_webhook( $id )->get_topic(); }, $state["webhook_ids"] ),
			) );
		` )
	) as { permissions: string; topics: string[] };
	expect( handedOver.permissions ).toBe( 'read' );
	expect( handedOver.topics ).toEqual(
		expect.arrayContaining( [ 'order.created', 'product.updated' ] )
	);
} );

test( 'the widget answers price, spec, stock and variation questions from the WooCommerce catalog', async ( {
	page,
} ) => {
	const frame = await chatOn( page, `${ E2E.wpUrl }/` );
	expect
		.soft( await askAndRead( frame, 'How much is the Canvas Tote Bag?' ) )
		.toContain( euros( '24,90' ) );
	expect
		.soft(
			await askAndRead(
				frame,
				'What is the capacity of the Canvas Tote Bag?'
			)
		)
		.toMatch( /18 litres/ );
	expect
		.soft(
			await askAndRead(
				frame,
				'What material is the Rain Jacket made of?'
			)
		)
		.toMatch( /recycled polyester/i );
	expect
		.soft( await askAndRead( frame, 'Is the Wool Jumper in stock?' ) )
		.toMatch( /out of stock/i );
	const large = await askAndRead(
		frame,
		'How much is the Linen Shirt in size L?'
	);
	expect.soft( large ).toContain( euros( '44,90' ) );
	expect.soft( large ).not.toMatch( /39[.,]90/ );
	expect
		.soft(
			await askAndRead( frame, 'Is the Linen Shirt in size S in stock?' )
		)
		.toMatch( /out of stock|not in stock|sold out/i );
} );

test( 'order status for a fresh WooCommerce order, by number and billing e-mail', async ( {
	page,
} ) => {
	const frame = await chatOn( page, `${ E2E.wpUrl }/` );
	// A wrong e-mail reveals nothing.
	expect(
		await askAndRead(
			frame,
			`Where is my order ${ order.number }? My email is someone.else@example.com`
		)
	).toMatch( /couldn't find an order/i );
	const status = await askAndRead(
		frame,
		`Where is my order ${ order.number }? My email is ${ order.email }`
	);
	// WooCommerce's "processing" in the responder's words, and the order's own item.
	expect( status ).toContain( `Order #${ order.number } is` );
	expect( status ).toMatch( /process|prepar/i );
	expect( status ).toContain( 'Rain Jacket' );
} );

test( 'add a simple and a variable product from the chat, see both in the WooCommerce cart, check out with cash on delivery, and the order webhook attributes the conversion', async ( {
	page,
} ) => {
	test.setTimeout( 120_000 );
	// cart.js (the Store API call) is on product pages: the shopper is on the tote's page.
	const frame = await chatOn( page, catalog.tote.url );
	const nextSteps = frame.getByRole( 'group', {
		name: 'Suggested next steps',
	} );
	// (The money format of answers is checked above; here the reply just has to be about it.)
	expect(
		await askAndRead( frame, 'How much is the Canvas Tote Bag?' )
	).toContain( 'Canvas Tote Bag' );
	await nextSteps.getByRole( 'button', { name: /Add.*to cart/ } ).click();
	await expect( nextSteps.locator( '.oo-cart-status' ) ).toHaveText(
		/^Added to cart\./
	);

	// A variable product without a size named: the picker lists the sizes in stock.
	expect( await askAndRead( frame, 'How much is the Linen Shirt?' ) ).toMatch(
		/Linen Shirt/
	);
	const chip = nextSteps.getByRole( 'button', { name: /Add.*to cart/ } );
	await chip.focus();
	await chip.press( 'Enter' );
	const picker = nextSteps.getByRole( 'radiogroup' );
	await expect( picker ).toBeVisible();
	const options = picker.getByRole( 'radio' );
	// S is sold out: only M and L are offered.
	await expect( options ).toHaveCount( 2 );
	await expect( picker ).not.toContainText( /\bS\b/ );
	await expect( options.first() ).toBeFocused();
	const storeCalls: string[] = [];
	page.on( 'request', ( request ) => {
		if ( request.url().includes( '/wc/store/v1/cart/add-item' ) ) {
			storeCalls.push( request.postData() ?? '' );
		}
	} );
	await picker.getByRole( 'radio', { name: /\bL\b/ } ).check();
	await nextSteps
		.locator( '.oo-variations' )
		.getByRole( 'button', { name: 'Add to cart', exact: true } )
		.click();
	await expect( nextSteps.locator( '.oo-cart-status' ) ).toHaveText(
		/^Added to cart\./
	);
	expect( storeCalls.map( ( body ) => JSON.parse( body ) ) ).toEqual( [
		{ id: Number( catalog.linen.large ), quantity: 1 },
	] );

	// WooCommerce's own cart page (its shortcode cart, this browser's session).
	await page.goto( `${ E2E.wpUrl }/cart/` );
	const lines = page.locator( 'table.shop_table tr.cart_item' );
	await expect( lines ).toHaveCount( 2 );
	await expect(
		lines
			.filter( { hasText: 'Canvas Tote Bag' } )
			.locator( '.product-price' )
	).toHaveText( /24,90\s€/ );
	const shirt = lines.filter( { hasText: 'Linen Shirt' } );
	await expect( shirt ).toContainText( /L\b/ );
	await expect( shirt.locator( '.product-price' ) ).toHaveText( /44,90\s€/ );
	await expect( page.locator( '.order-total' ) ).toContainText( /69,80\s€/ );

	// Checkout as a guest, cash on delivery.
	await page.goto( `${ E2E.wpUrl }/checkout/` );
	await page.locator( '#billing_first_name' ).fill( 'Chat' );
	await page.locator( '#billing_last_name' ).fill( 'Shopper' );
	await page.locator( '#billing_address_1' ).fill( 'Rua Nova 5' );
	await page.locator( '#billing_postcode' ).fill( '4000-001' );
	await page.locator( '#billing_city' ).fill( 'Porto' );
	await page.locator( '#billing_phone' ).fill( '+351 220 000 000' );
	await page.locator( '#billing_email' ).fill( 'chat.shopper@example.com' );
	await expect( page.locator( '#payment_method_cod' ) ).toBeChecked();
	// The conversation id the checkout copies into the order (attribution.js's cookie).
	const cookie = ( await page.context().cookies() ).find(
		( c ) => c.name === 'omniops_conversation'
	);
	expect( cookie?.value ).toMatch( /^[0-9a-f-]{36}$/ );
	await page.getByRole( 'button', { name: 'Place order' } ).click();
	await expect( page ).toHaveURL( /order-received\/\d+/, {
		timeout: 30_000,
	} );
	const placed = /order-received\/(\d+)/.exec( page.url() )![ 1 ]!;
	await expect(
		page.locator( '.woocommerce-order-overview__total' )
	).toContainText( /69,80\s€/ );
	expect(
		wpPhp(
			`echo wc_get_order( ${ placed } )->get_meta( "_omniops_conversation" );`
		).trim()
	).toBe( cookie!.value );

	// WooCommerce queued order.created for its Action Scheduler; WP-Cron would run it.
	const owner = await ownerApi();
	await expect
		.poll(
			async () => {
				runWooCommerceQueue();
				const answer = await owner.request(
					'GET',
					`/api/owner/organizations/${ organizationId() }/conversions`
				);
				return ( answer.body.conversions ?? [] ).find(
					( c: { orderNumber: string } ) => c.orderNumber === placed
				);
			},
			{ timeout: 30_000 }
		)
		.toMatchObject( {
			orderNumber: placed,
			conversationId: cookie!.value,
			linkedBy: 'order_meta',
			totalMinor: 6980,
			currency: 'EUR',
		} );
} );

test( 'a price changed in WooCommerce without shop traffic reaches the answers through reconciliation, and the earlier answer says it changed', async ( {
	page,
} ) => {
	test.setTimeout( 150_000 );
	const frame = await chatOn( page, `${ E2E.wpUrl }/` );
	// The amounts in either notation: the money format is checked by the answers test.
	expect(
		await askAndRead( frame, 'How much is the Canvas Tote Bag?' )
	).toMatch( /24[.,]90/ );
	// Deliveries of earlier steps are out of the way, so the one below is the only one.
	runWooCommerceQueue();

	// The owner changes the price in WooCommerce; nobody visits the shop, so WooCommerce's
	// product.updated delivery waits in the Action Scheduler queue.
	wpPhp( `
		$tote = wc_get_product( wc_get_product_id_by_sku( "OO-TOTE" ) );
		$tote->set_regular_price( "27.50" );
		$tote->save();
	` );
	expect( pendingWebhooks() ).toBeGreaterThan( 0 );

	await expect
		.poll(
			async () => {
				const reply = await askAndRead(
					frame,
					'How much is the Canvas Tote Bag?'
				);
				return /27[.,]50/.test( reply );
			},
			{ timeout: 120_000, intervals: [ 10_000 ] }
		)
		.toBe( true );
	// Reconciliation, not the webhook, brought it: the delivery is still waiting.
	expect( pendingWebhooks() ).toBeGreaterThan( 0 );

	// After a reload the earlier answer about the tote says its price changed since.
	await page.reload();
	const restored = await chatOn( page, `${ E2E.wpUrl }/` );
	await expect(
		restored
			.locator( '.oo-changed li' )
			.filter( { hasText: 'Canvas Tote Bag' } )
			.first()
	).toHaveText(
		'Price or stock of Canvas Tote Bag has changed since this answer.'
	);
} );
