<?php
/**
 * Conversion attribution, the plugin's half: the conversation id from the shopper's
 * `omniops_conversation` cookie goes into the new order's `_omniops_conversation` meta on
 * both checkouts (only a real id; nothing without the cookie), and attribution.js is
 * enqueued after the loader on WooCommerce shops only.
 *
 * This WordPress has no WooCommerce (the CI environment: no registry serves it), so the
 * order is a stand-in with WC_Data's meta methods, the only part of WC_Order the class uses.
 *
 * @package OmniOps
 */

use OmniOps\Settings;
use OmniOps\Storefront\Loader;
use OmniOps\WooCommerce\Attribution;

defined( 'ABSPATH' ) || exit;

/**
 * WC_Data's meta API as WC_Order has it (update_meta_data / get_meta), nothing more.
 */
final class OmniOps_Test_Order {
	/**
	 * Meta by key.
	 *
	 * @var array<string, mixed>
	 */
	private $meta = array();

	/**
	 * WC_Data::update_meta_data().
	 *
	 * @param string $key   Meta key.
	 * @param mixed  $value Meta value.
	 */
	public function update_meta_data( $key, $value ): void {
		$this->meta[ $key ] = $value;
	}

	/**
	 * WC_Data::get_meta() (single value).
	 *
	 * @param string $key Meta key.
	 * @return mixed
	 */
	public function get_meta( $key ) {
		return $this->meta[ $key ] ?? '';
	}
}

/**
 * Runs one checkout hook as WooCommerce fires it, with the given cookie.
 *
 * @param string      $hook   The checkout action.
 * @param string|null $cookie The cookie value, or null for none.
 * @return OmniOps_Test_Order The order after the hook.
 */
function omniops_test_checkout( string $hook, ?string $cookie ): OmniOps_Test_Order {
	unset( $_COOKIE[ Attribution::COOKIE ] );
	if ( null !== $cookie ) {
		$_COOKIE[ Attribution::COOKIE ] = $cookie;
	}
	$order = new OmniOps_Test_Order();
	if ( 'woocommerce_checkout_create_order' === $hook ) {
		do_action( $hook, $order, array() );
	} else {
		do_action( $hook, $order );
	}
	unset( $_COOKIE[ Attribution::COOKIE ] );
	return $order;
}

/**
 * The attribution cases.
 *
 * @testdox Attribution
 */
final class Test_Attribution extends OmniOps_TestCase {

	/**
	 * Attribution: both checkouts copy the conversation cookie into the order meta.
	 */
	public function test_both_checkouts_copy_the_conversation_cookie_into_the_order_meta(): void {
		$id = '3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77';
		self::assertTrue( false !== has_action( 'woocommerce_checkout_create_order' ), 'classic checkout hooked by the active plugin' );
		self::assertTrue( false !== has_action( 'woocommerce_store_api_checkout_update_order_meta' ), 'Store API checkout hooked by the active plugin' );
		foreach ( array( 'woocommerce_checkout_create_order', 'woocommerce_store_api_checkout_update_order_meta' ) as $hook ) {
			self::assertSame( $id, omniops_test_checkout( $hook, $id )->get_meta( '_omniops_conversation' ), "$hook copies the id" );
			self::assertSame( $id, omniops_test_checkout( $hook, strtoupper( $id ) )->get_meta( '_omniops_conversation' ), "$hook stores it lower-case" );
			self::assertSame( '', omniops_test_checkout( $hook, null )->get_meta( '_omniops_conversation' ), "$hook without the cookie" );
		}
	}

	/**
	 * Attribution: anything but a conversation id in the cookie stays out of the order.
	 */
	public function test_anything_but_a_conversation_id_in_the_cookie_stays_out_of_the_order(): void {
		foreach ( array( '', 'admin', '<script>alert(1)</script>', '3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a7', "3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77\n" . 'x' ) as $cookie ) {
			$order = omniops_test_checkout( 'woocommerce_checkout_create_order', $cookie );
			self::assertSame( '', $order->get_meta( '_omniops_conversation' ), 'cookie ' . wp_json_encode( $cookie ) );
		}
		( new Attribution( new Settings(), WP_PLUGIN_DIR . '/omniops/omniops.php' ) )->copy_to_order( null );
	}

	/**
	 * Attribution: attribution.js follows the loader on WooCommerce shops only.
	 */
	public function test_attribution_js_follows_the_loader_on_woocommerce_shops_only(): void {
		omniops_test_require_build( 'attribution.js' );
		omniops_test_connect_site();
		$plugin_file = WP_PLUGIN_DIR . '/omniops/omniops.php';

		( new Attribution( new Settings(), $plugin_file, true ) )->enqueue();
		self::assertSame( false, wp_script_is( Attribution::SCRIPT_HANDLE, 'registered' ), 'not without the loader on the page' );

		do_action( 'wp_enqueue_scripts' );
		self::assertSame( true, wp_script_is( Loader::SCRIPT_HANDLE, 'enqueued' ), 'loader enqueued' );
		// The plugin's own instance decides by whether WooCommerce is active.
		self::assertSame( class_exists( 'WooCommerce' ), wp_script_is( Attribution::SCRIPT_HANDLE, 'registered' ), 'registered exactly when WooCommerce is active' );
		wp_deregister_script( Attribution::SCRIPT_HANDLE );

		( new Attribution( new Settings(), $plugin_file, false ) )->enqueue();
		self::assertSame( false, wp_script_is( Attribution::SCRIPT_HANDLE, 'registered' ), 'not when the shop is not a WooCommerce shop' );

		( new Attribution( new Settings(), $plugin_file, true ) )->enqueue();
		self::assertSame( true, wp_script_is( Attribution::SCRIPT_HANDLE, 'enqueued' ), 'enqueued on a shop' );
		self::assertSame( 'defer', wp_scripts()->get_data( Attribution::SCRIPT_HANDLE, 'strategy' ), 'deferred' );
		self::assertSame( array( Loader::SCRIPT_HANDLE ), wp_scripts()->registered[ Attribution::SCRIPT_HANDLE ]->deps, 'after the loader' );
	}

	/**
	 * Attribution: WordPress's personal-data exporter lists the pages kept with each conversation.
	 */
	public function test_wordpress_s_personal_data_exporter_lists_the_pages_kept_with_each_conversation(): void {
		omniops_test_connect_site();
		$log    = &omniops_mock_http(
			static function ( $url ) {
				return '/api/site/privacy/export' === wp_parse_url( $url, PHP_URL_PATH )
					? omniops_http_response(
						200,
						array(
							'conversations' => array(
								array(
									'id'             => 'c1',
									'createdAt'      => '2026-11-26T09:00:00.000Z',
									'retentionDays'  => 30,
									'consentGivenAt' => '2026-11-26T09:00:00.000Z',
									'messages'       => array(),
									'pagesViewed'    => array(
										array(
											'url'      => 'https://shop.example/?utm_source=ads',
											'viewedAt' => '2026-11-26T09:00:01.000Z',
										),
									),
								),
							),
						)
					)
					: omniops_http_response( 404, array() );
			}
		);
		$export = ( new \OmniOps\Privacy\PersonalData( new Settings() ) )->export( 'ana@example.com' );
		self::assertSame( 1, count( $log ), 'one signed request' );
		$fields = array_column( $export['data'][0]['data'], 'value', 'name' );
		self::assertSame( '2026-11-26T09:00:01.000Z: https://shop.example/?utm_source=ads', $fields['Pages viewed with the chat'] ?? null, 'pages viewed' );
	}
}
