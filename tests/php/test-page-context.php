<?php
/**
 * Page types the plugin prints for the widget's quick actions: contact and FAQ pages (the
 * shop's choice, else recognised by name or contact form), product pages with the Store API
 * nonce for "Add to cart". Product pages are real WooCommerce 7.8.2 products (tests/env/wp-up.sh
 * installs WooCommerce and its catalog).
 *
 * @package OmniOps
 */

use PHPUnit\Framework\Assert;
use OmniOps\Settings;
use OmniOps\Storefront\Loader;
use OmniOps\Storefront\PageTypes;
use OmniOps\WooCommerce\PageContext;

defined( 'ABSPATH' ) || exit;

/**
 * Creates a published post for one case (deleted with omniops_test_delete_posts()).
 *
 * @param string $type    Post type.
 * @param string $title   Title.
 * @param string $content Content.
 * @param string $slug    Slug ('' = from the title).
 */
function omniops_test_post( string $type, string $title, string $content = '', string $slug = '' ): int {
	$id = wp_insert_post(
		array(
			'post_type'    => $type,
			'post_status'  => 'publish',
			'post_title'   => $title,
			'post_name'    => $slug,
			'post_content' => $content,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		Assert::fail( 'could not create a ' . $type . ': ' . $id->get_error_message() );
	}
	$GLOBALS['omniops_test_posts'][] = $id;
	return $id;
}

/**
 * Deletes what omniops_test_post() created and the page-type choices.
 */
function omniops_test_delete_posts(): void {
	foreach ( $GLOBALS['omniops_test_posts'] ?? array() as $id ) {
		wp_delete_post( $id, true );
	}
	$GLOBALS['omniops_test_posts'] = array();
	delete_option( PageTypes::OPTION );
}

/**
 * Makes the main query the view of one post, as a front-end request to it would.
 *
 * @param int    $id        Post id.
 * @param string $post_type Its type.
 */
function omniops_test_view( int $id, string $post_type ): void {
	$query = 'page' === $post_type
		? array( 'page_id' => $id )
		: array(
			'p'         => $id,
			'post_type' => $post_type,
		);

	$GLOBALS['wp_query']     = new WP_Query( $query );
	$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
}

/**
 * Puts the main query back on the front page.
 */
function omniops_test_view_home(): void {
	$GLOBALS['wp_query']     = new WP_Query( array() );
	$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
}

/**
 * The page context cases.
 *
 * @testdox Page context
 */
final class Test_Page_Context extends OmniOps_TestCase {

	/**
	 * Page types: contact and FAQ pages are recognised by slug, title or contact form until the shop chooses.
	 */
	public function test_contact_and_faq_pages_are_recognised_by_slug_title_or_contact_form_until_the_shop_chooses(): void {
		// Browser journeys may leave a choice behind; detection applies only without one.
		delete_option( PageTypes::OPTION );
		try {
			$types   = new PageTypes();
			$contact = omniops_test_post( 'page', 'Get in touch' );
			$form    = omniops_test_post( 'page', 'Write to us', '<!-- wp:contact-form-7/contact-form-selector {"id":5} /-->' );
			$short   = omniops_test_post( 'page', 'Reach the team', '[contact-form-7 id="5" title="Contact"]' );
			$faq     = omniops_test_post( 'page', 'FAQ' );
			$help    = omniops_test_post( 'page', 'Support articles', '', 'help' );
			$about   = omniops_test_post( 'page', 'Our story', 'We answer questions about contact lenses.' );
			$post    = omniops_test_post( 'post', 'Contact' );

			self::assertSame( 'contact', $types->kind_of( $contact ), 'title "Get in touch"' );
			self::assertSame( 'contact', $types->kind_of( $form ), 'contact form block' );
			self::assertSame( 'contact', $types->kind_of( $short ), 'contact form shortcode' );
			self::assertSame( 'faq', $types->kind_of( $faq ), 'title "FAQ"' );
			self::assertSame( 'faq', $types->kind_of( $help ), 'slug "help"' );
			self::assertSame( null, $types->kind_of( $about ), 'a page that only mentions "contact"' );
			self::assertSame( null, $types->kind_of( $post ), 'a post is no contact page' );
		} finally {
			omniops_test_delete_posts();
		}
	}

	/**
	 * Page types: the shop's chosen pages replace the detection of their kind.
	 */
	public function test_the_shop_s_chosen_pages_replace_the_detection_of_their_kind(): void {
		try {
			$faq    = omniops_test_post( 'page', 'FAQ' );
			$guide  = omniops_test_post( 'page', 'Size guide and answers' );
			$called = omniops_test_post( 'page', 'Contact' );
			update_option(
				PageTypes::OPTION,
				array(
					'contact' => array(),
					'faq'     => array( $guide ),
				)
			);
			$types = new PageTypes();
			self::assertSame( 'faq', $types->kind_of( $guide ), 'chosen FAQ page' );
			self::assertSame( null, $types->kind_of( $faq ), 'a page named FAQ that was not chosen' );
			self::assertSame( 'contact', $types->kind_of( $called ), 'contact still detected: none chosen' );
		} finally {
			omniops_test_delete_posts();
		}
	}

	/**
	 * Page types: the printed page context says contact or faq on those pages, other elsewhere.
	 */
	public function test_the_printed_page_context_says_contact_or_faq_on_those_pages_other_elsewhere(): void {
		delete_option( PageTypes::OPTION );
		try {
			$contact = omniops_test_post( 'page', 'Contact us' );
			$faq     = omniops_test_post( 'page', 'Help' );
			$plain   = omniops_test_post( 'page', 'Lookbook' );
			$context = new PageContext( new PageTypes() );

			omniops_test_view( $contact, 'page' );
			self::assertSame( array( 'pageType' => 'contact' ), $context->current(), 'contact page' );
			omniops_test_view( $faq, 'page' );
			self::assertSame( array( 'pageType' => 'faq' ), $context->current(), 'FAQ page' );
			omniops_test_connect_site();
			$config = ( new Loader( new Settings(), WP_PLUGIN_DIR . '/omniops/omniops.php' ) )->config();
			self::assertSame( array( 'pageType' => 'faq' ), $config['pageContext'] ?? null, 'printed in the loader config' );
			omniops_test_view( $plain, 'page' );
			self::assertSame( array( 'pageType' => 'other' ), $context->current(), 'any other page' );
			self::assertSame( null, $context->store_api(), 'no Store API config off product pages' );
		} finally {
			omniops_test_view_home();
			omniops_test_delete_posts();
		}
	}

	/**
	 * Page types: the REST route saves published pages for shop managers only, and refuses anything else.
	 */
	public function test_the_rest_route_saves_published_pages_for_shop_managers_only_and_refuses_anything_else(): void {
		delete_option( PageTypes::OPTION );
		try {
			$page   = omniops_test_post( 'page', 'Booking' );
			$post   = omniops_test_post( 'post', 'A post' );
			$choice = array(
				'contact' => array( $page ),
				'faq'     => array(),
			);

			wp_set_current_user( omniops_create_user( 'subscriber' ) );
			list( $status ) = omniops_rest( 'PUT', '/omniops/v1/page-types', $choice );
			self::assertSame( 403, $status, 'subscriber refused' );
			self::assertSame( false, get_option( PageTypes::OPTION ), 'nothing stored for a subscriber' );

			wp_set_current_user( omniops_create_user( 'administrator' ) );
			list( $status, $data ) = omniops_rest( 'PUT', '/omniops/v1/page-types', $choice );
			self::assertSame( 200, $status, 'administrator saves' );
			self::assertSame( $choice, $data['chosen'], 'answer carries the choice' );
			self::assertTrue( in_array( $page, array_column( $data['pages'], 'id' ), true ), 'the pages to choose from are listed' );

			foreach ( array( array( $post ), array( 999999999 ), array( 'abc' ) ) as $bad ) {
				list( $status ) = omniops_rest(
					'PUT',
					'/omniops/v1/page-types',
					array(
						'contact' => $bad,
						'faq'     => array(),
					)
				);
				self::assertSame( 400, $status, 'refused: ' . wp_json_encode( $bad ) );
			}
			self::assertSame( $choice, ( new PageTypes() )->chosen(), 'the refused requests changed nothing' );
		} finally {
			omniops_test_delete_posts();
		}
	}

	/**
	 * Page types: a product page prints its id and, for cart.js, a Store API nonce WooCommerce accepts.
	 */
	public function test_a_product_page_prints_its_id_and_for_cart_js_a_store_api_nonce_woocommerce_accepts(): void {
		if ( ! function_exists( 'is_product' ) || ! function_exists( 'wc_get_cart_url' ) ) {
			self::fail( 'WooCommerce (or its Store API test double from tests/env/wp-up.sh) is not loaded' );
		}
		omniops_test_require_build( 'cart.js' );
		try {
			$product = omniops_test_post( 'product', 'Linen shirt' );
			omniops_test_connect_site();
			omniops_test_view( $product, 'product' );
			$context = new PageContext( new PageTypes() );
			self::assertSame(
				array(
					'pageType'  => 'product',
					'productId' => (string) $product,
					'title'     => 'Linen shirt',
				),
				$context->current(),
				'product page context'
			);

			( new Loader( new Settings(), WP_PLUGIN_DIR . '/omniops/omniops.php', null, $context ) )->enqueue();
			self::assertSame( true, wp_script_is( Loader::CART_HANDLE, 'enqueued' ), 'cart.js enqueued on the product page' );
			self::assertSame( 'defer', wp_scripts()->get_data( Loader::CART_HANDLE, 'strategy' ), 'cart.js deferred' );
			$before = implode( "\n", array_filter( (array) wp_scripts()->get_data( Loader::CART_HANDLE, 'before' ) ) );
			self::assertTrue( 1 === preg_match( '/^window\.omniopsStoreApi = (\{.*\});$/', $before, $match ), 'printed config: ' . $before );
			$store = json_decode( $match[1], true );
			self::assertSame( rest_url( 'wc/store/v1/' ), $store['url'], 'Store API base' );
			self::assertSame( wc_get_cart_url(), $store['cartUrl'], 'cart page' );
			self::assertSame( 1, wp_verify_nonce( $store['nonce'], 'wc_store_api' ), 'nonce valid for wc_store_api' );
			self::assertSame( false, wp_verify_nonce( $store['nonce'], 'wp_rest' ), 'nonce tied to its action' );

			// Any other page: no cart.js, no nonce.
			$GLOBALS['wp_scripts'] = null;
			omniops_test_view_home();
			( new Loader( new Settings(), WP_PLUGIN_DIR . '/omniops/omniops.php', null, $context ) )->enqueue();
			self::assertSame( true, wp_script_is( Loader::SCRIPT_HANDLE, 'enqueued' ), 'loader still enqueued' );
			self::assertSame( false, wp_script_is( Loader::CART_HANDLE, 'registered' ), 'no cart.js elsewhere' );
		} finally {
			omniops_test_view_home();
			omniops_test_delete_posts();
		}
	}
}
