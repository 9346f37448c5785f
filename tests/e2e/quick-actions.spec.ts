/**
 * Page-aware quick actions, end to end: real WordPress + MariaDB with the plugin, the real
 * sidecar, Debian's Chromium, and the real WooCommerce 7.8.2 that tests/env/wp-up.sh
 * installs: its product pages, and its Store API checking the `Nonce` header.
 *
 * (a) The shop owner configures the quick actions and marks a help page in wp-admin;
 * (b) on a product page the shopper adds the product to the cart from the chat, through
 *     the bridge and the Store API on the shop's origin, and the cart holds it;
 * (c) the contact page offers Schedule a call and Email us;
 * (d) the chosen help page offers Search help articles, which asks the assistant.
 */
import { expect, test, type Page } from '@playwright/test';
import { E2E } from './env';
import { connectInWpAdmin, openChat, ownerApi, wpPhp } from './helpers';

test.describe.configure( { mode: 'serial' } );

const BOOKING_URL = 'https://cal.example/omniops-test-shop';
let productId = '';
let productUrl = '';

test.beforeAll( () => {
	// A disconnected plugin, no page-type choices and no launcher copy; a WooCommerce
	// product of its own (carts live in each browser's own session) and an FAQ page.
	const created = wpPhp( `
		delete_option( "omniops_settings" );
		delete_option( "omniops_widget_settings" );
		delete_option( "omniops_page_types" );
		$id = wc_get_product_id_by_sku( "E2E-QA-SHIRT" );
		$product = $id ? wc_get_product( $id ) : new WC_Product_Simple();
		$product->set_props( array( "name" => "Quick action shirt", "slug" => "e2e-quick-action-shirt", "sku" => "E2E-QA-SHIRT", "status" => "publish", "regular_price" => "19.90", "manage_stock" => false, "stock_status" => "instock" ) );
		$id = $product->save();
		if ( ! get_page_by_path( "faq" ) ) {
			wp_insert_post( array( "post_type" => "page", "post_status" => "publish", "post_name" => "faq", "post_title" => "FAQ", "post_content" => "Answers to common questions." ) );
		}
		flush_rewrite_rules( false );
		echo $id . " " . get_permalink( $id );
	` ).trim();
	[ productId, productUrl ] = created.split( ' ' ) as [ string, string ];
	expect( productId ).toMatch( /^\d+$/ );
} );

test.afterAll( () => {
	// Leave WordPress's page detection as other suites expect it.
	wpPhp( 'delete_option( "omniops_page_types" );' );
} );

/**
 * The chat frame on the current page: opened from the launcher, or as the loader restored
 * it (the panel stays open across pages of a visit).
 *
 * @param page The shop page.
 */
async function chatOn( page: Page ) {
	await expect(
		page.getByRole( 'button', { name: 'Open chat' } )
	).toBeVisible();
	if (
		( await page.locator( 'iframe[title="OmniOps chat"]' ).count() ) === 0
	) {
		return openChat( page );
	}
	const frame = page.frameLocator( 'iframe[title="OmniOps chat"]' );
	await expect(
		frame.getByRole( 'textbox', { name: 'Type your message' } )
	).toBeVisible();
	return frame;
}

/** The chips group in the chat frame. */
const chips = ( frame: ReturnType< Page[ 'frameLocator' ] > ) =>
	frame.getByRole( 'group', { name: 'Suggestions for this page' } );

test( 'the shop owner sets up quick actions and a help page in wp-admin', async ( {
	page,
} ) => {
	const owner = await ownerApi();
	const { token } = await owner.connectToken( 'Quick Actions Shop' );
	await connectInWpAdmin( page, token );
	await expect(
		page.getByRole( 'heading', { name: 'Quick actions' } )
	).toBeVisible();

	// The FAQ page is recognised by its name until the shop picks its own.
	const helpPages = page.getByRole( 'group', {
		name: 'Your FAQ and help pages',
	} );
	await expect( helpPages.getByText( /recognised.*FAQ/ ) ).toBeVisible();

	await page
		.getByRole( 'checkbox', { name: 'Schedule a call', exact: true } )
		.check();
	await page
		.getByRole( 'textbox', { name: 'Booking link (https://…)' } )
		.fill( BOOKING_URL );
	await page
		.getByRole( 'checkbox', { name: 'Email us', exact: true } )
		.check();
	// Prefilled with the address WordPress mails from.
	await expect(
		page.getByRole( 'textbox', { name: 'Shop e-mail' } )
	).toHaveValue( 'admin@example.com' );
	await page
		.getByRole( 'textbox', { name: 'Label for “Check stock”' } )
		.fill( 'Still in stock?' );
	await page
		.getByRole( 'checkbox', { name: 'Compare', exact: true } )
		.uncheck();
	await helpPages.getByRole( 'checkbox', { name: 'Size guide' } ).check();

	await page.getByRole( 'button', { name: 'Save quick actions' } ).click();
	await expect(
		page.locator( '#omniops-admin-root' ).getByText( /Quick actions saved/ )
	).toBeVisible();

	// A booking link the sidecar refuses: the error shows and the saved one stays.
	await page
		.getByRole( 'textbox', { name: 'Booking link (https://…)' } )
		.fill( 'javascript:alert(1)' );
	await page.getByRole( 'button', { name: 'Save quick actions' } ).click();
	await expect(
		page.locator( '#omniops-admin-root .components-notice.is-error' )
	).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole( 'textbox', { name: 'Booking link (https://…)' } )
	).toHaveValue( BOOKING_URL );
} );

test( 'on a product page the shopper adds it to the cart from the chat, through the Store API', async ( {
	page,
} ) => {
	await page.goto( productUrl );
	const frame = await openChat( page );
	const group = chips( frame );
	// The wp-admin configuration reached the storefront: renamed, and Compare switched off.
	await expect(
		group.getByRole( 'button', { name: 'Still in stock?' } )
	).toBeVisible();
	await expect(
		group.getByRole( 'button', { name: 'Compare' } )
	).toHaveCount( 0 );

	const storeCalls: Array< { nonce: string | null; body: string } > = [];
	page.on( 'request', ( request ) => {
		if ( request.url().includes( '/wc/store/v1/cart/add-item' ) ) {
			storeCalls.push( {
				nonce: request.headers().nonce ?? null,
				body: request.postData() ?? '',
			} );
		}
	} );

	// From the keyboard: focus the chip and press Enter.
	const addToCart = group.getByRole( 'button', { name: 'Add to cart' } );
	await addToCart.focus();
	await addToCart.press( 'Enter' );
	await expect( frame.locator( '.oo-cart-status' ) ).toHaveText(
		/^Added to cart\./
	);
	const viewCart = frame.getByRole( 'link', { name: 'View cart' } );
	await expect( viewCart ).toHaveAttribute( 'href', `${ E2E.wpUrl }/cart/` );
	await expect( viewCart ).toHaveAttribute( 'target', '_top' );

	// The request left the shop page (first-party cookies) with the printed nonce.
	expect( storeCalls ).toHaveLength( 1 );
	expect( storeCalls[ 0 ]!.nonce ).toMatch( /^[a-f0-9]{10}$/ );
	expect( JSON.parse( storeCalls[ 0 ]!.body ) ).toEqual( {
		id: Number( productId ),
		quantity: 1,
	} );

	// The shop's cart (this browser's session) now holds the product.
	const cart = await page.request.get(
		`${ E2E.wpUrl }/wp-json/wc/store/v1/cart`
	);
	expect( cart.status() ).toBe( 200 );
	const body = await cart.json();
	expect( body.items ).toEqual( [
		expect.objectContaining( { id: Number( productId ), quantity: 1 } ),
	] );

	// A second add uses the nonce the Store API handed back, and is accepted too.
	await addToCart.press( 'Enter' );
	await expect
		.poll( async () => {
			const again = await page.request.get(
				`${ E2E.wpUrl }/wp-json/wc/store/v1/cart`
			);
			return ( await again.json() ).items_count;
		} )
		.toBe( 2 );

	// Without the nonce the Store API refuses: the nonce is what makes the add work.
	const forged = await page.request.post(
		`${ E2E.wpUrl }/wp-json/wc/store/v1/cart/add-item`,
		{ data: { id: Number( productId ), quantity: 1 } }
	);
	expect( forged.status() ).toBe( 401 );
} );

test( 'the contact page offers Schedule a call and Email us', async ( {
	page,
} ) => {
	await page.goto( `${ E2E.wpUrl }/contact/` );
	const frame = await openChat( page );
	const group = chips( frame );
	await expect(
		group.getByRole( 'link', { name: /Schedule a call/ } )
	).toHaveAttribute( 'href', BOOKING_URL );
	await expect(
		group.getByRole( 'link', { name: 'Email us' } )
	).toHaveAttribute( 'href', 'mailto:admin@example.com' );
	await expect( group.getByRole( 'button' ) ).toHaveCount( 0 );
} );

test( 'the chosen help page offers Search help articles, which asks the assistant', async ( {
	page,
} ) => {
	await page.goto( `${ E2E.wpUrl }/size-guide/` );
	// The plugin decided the page type, not the widget from the URL.
	expect(
		await page.evaluate(
			() => ( window as any ).omniopsConfig.pageContext.pageType
		)
	).toBe( 'faq' );
	const frame = await chatOn( page );
	const search = chips( frame ).getByRole( 'button', {
		name: 'Search help articles',
	} );
	await search.click();
	const box = frame.getByRole( 'searchbox', {
		name: 'What do you need help with?',
	} );
	await expect( box ).toBeFocused();
	await box.fill( 'gift cards' );
	await box.press( 'Enter' );
	const log = frame.getByRole( 'log' );
	await expect(
		log.getByText( 'Search the help articles: gift cards' )
	).toBeVisible();
	// The assistant answered: a reply bubble after the welcome.
	await expect( log.locator( '.oo-msg-assistant' ) ).toHaveCount( 2 );

	// The page named FAQ is no help page any more: the shop chose its own.
	await page.goto( `${ E2E.wpUrl }/faq/` );
	expect(
		await page.evaluate(
			() => ( window as any ).omniopsConfig.pageContext.pageType
		)
	).toBe( 'other' );
	const faqFrame = await chatOn( page );
	await expect( chips( faqFrame ) ).toHaveCount( 0 );
} );
