<?php
/**
 * WooCommerce glue in a WordPress without WooCommerce (the CI environment): the page
 * context falls back to "other" and is printed into window.omniopsConfig; the key and
 * webhook handover refuses cleanly and creates nothing. With WooCommerce active the same
 * classes were verified against WooCommerce 7.8.2 (see the issue #4 report).
 *
 * @package OmniOps
 */

use OmniOps\Settings;
use OmniOps\Storefront\Loader;
use OmniOps\WooCommerce\Integration;
use OmniOps\WooCommerce\PageContext;
use OmniOps\WooCommerce\RestKeys;
use OmniOps\WooCommerce\Webhooks;

defined( 'ABSPATH' ) || exit;

/**
 * The woocommerce cases.
 *
 * @testdox Woocommerce
 */
final class Test_Woocommerce extends OmniOps_TestCase {

	/**
	 * Woocommerce: page context comes from conditional tags and is printed in the loader config.
	 */
	public function test_page_context_comes_from_conditional_tags_and_is_printed_in_the_loader_config(): void {
		self::assertSame( array( 'pageType' => 'other' ), ( new PageContext() )->current(), 'page context without WooCommerce' );
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$config = ( new Loader( new Settings(), WP_PLUGIN_DIR . '/omniops/omniops.php' ) )->config();
		self::assertSame( array( 'pageType' => 'other' ), $config['pageContext'] ?? null, 'loader config pageContext' );
	}

	/**
	 * Woocommerce: the handover creates a read-only key and the webhooks and sends them signed; not connected, nothing is created.
	 */
	public function test_the_handover_creates_a_read_only_key_and_the_webhooks_and_sends_them_signed_not_connected_nothing_is_created(): void {
		global $wpdb;
		$integration = new Integration( new Settings(), new RestKeys(), new Webhooks() );
		$result      = $integration->hand_over( 1 );
		self::assertTrue( is_wp_error( $result ), 'handover while not connected answers an error' );
		self::assertSame( 'omniops_not_connected', $result->get_error_code(), 'error code when not connected' );
		self::assertSame( false, get_option( Integration::OPTION ), 'no state stored when not connected' );

		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$log = &omniops_mock_http(
			static function () {
				return omniops_http_response( 200, array( 'ok' => true ) );
			}
		);
		try {
			self::assertSame( true, $integration->hand_over( 1 ), 'handover with WooCommerce' );
			$state = get_option( Integration::OPTION );
			self::assertSame( 1, count( $log ), 'one request to the sidecar' );
			self::assertSame( 'PUT', $log[0]['method'], 'credentials method' );
			self::assertSame( '/api/site/commerce/credentials', wp_parse_url( $log[0]['url'], PHP_URL_PATH ), 'credentials path' );
			self::assertTrue( ! empty( $log[0]['headers']['X-OmniOps-Signature'] ), 'credentials are signed' );
			$sent = json_decode( $log[0]['body'], true );
			self::assertTrue( 0 === strpos( (string) $sent['consumerKey'], 'ck_' ), 'a WooCommerce consumer key is sent' );
			$key = $wpdb->get_row( $wpdb->prepare( "SELECT permissions, truncated_key FROM {$wpdb->prefix}woocommerce_api_keys WHERE key_id = %d", $state['key_id'] ), ARRAY_A ); // phpcs:ignore WordPress.DB
			self::assertSame( 'read', $key['permissions'] ?? null, 'the key is read-only' );
			self::assertSame( substr( $sent['consumerKey'], -7 ), $key['truncated_key'], 'the key sent is the key stored' );
			$topics = array();
			foreach ( $state['webhook_ids'] as $id ) {
				$webhook  = wc_get_webhook( $id );
				$topics[] = $webhook->get_topic();
				self::assertSame( 'http://127.0.0.1:3100/webhooks/woocommerce/pk_front_key_1234', $webhook->get_delivery_url(), 'delivery URL' );
				self::assertSame( $sent['webhookSecret'], $webhook->get_secret(), 'webhook secret handed over' );
			}
			self::assertSame( Webhooks::TOPICS, $topics, 'one active webhook per topic' );
		} finally {
			$integration->remove();
		}
		self::assertSame( null, $wpdb->get_var( $wpdb->prepare( "SELECT key_id FROM {$wpdb->prefix}woocommerce_api_keys WHERE key_id = %d", $state['key_id'] ) ), 'remove() revokes the key' ); // phpcs:ignore WordPress.DB
	}

	/**
	 * Woocommerce: webhook deliveries may reach the configured sidecar host, and only it.
	 */
	public function test_webhook_deliveries_may_reach_the_configured_sidecar_host_and_only_it(): void {
		( new Settings() )->save_connection( 'http://10.1.2.3:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$integration = new Integration( new Settings(), new RestKeys(), new Webhooks() );
		self::assertSame( true, $integration->allow_sidecar_host( false, '10.1.2.3' ), 'sidecar host allowed' );
		self::assertSame( false, $integration->allow_sidecar_host( false, '10.9.9.9' ), 'other private host unchanged' );
	}

	/**
	 * Woocommerce: the catalog panel route forwards the signed status, for shop managers only.
	 */
	public function test_the_catalog_panel_route_forwards_the_signed_status_for_shop_managers_only(): void {
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$sync = array(
			'connected'            => true,
			'state'                => 'syncing',
			'page'                 => 2,
			'totalPages'           => 5,
			'products'             => 100,
			'lastError'            => null,
			'badWebhookSignatures' => 1,
		);
		$log  = &omniops_mock_http(
			static function ( $url, $args ) use ( $sync ) {
				return '/api/site/commerce/status' === wp_parse_url( $url, PHP_URL_PATH ) && ! empty( $args['headers']['X-OmniOps-Signature'] )
					? omniops_http_response( 200, array( 'sync' => $sync ) )
					: omniops_http_response( 404, array( 'error' => array( 'code' => 'not_found', 'message' => 'Not found' ) ) );
			}
		);
		wp_set_current_user( omniops_create_user( 'subscriber' ) );
		list( $status ) = omniops_rest( 'GET', '/omniops/v1/commerce' );
		self::assertSame( 403, $status, 'subscriber refused' );
		self::assertSame( 0, count( $log ), 'nothing forwarded for a subscriber' );
		wp_set_current_user( omniops_create_user( 'administrator' ) );
		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/commerce' );
		self::assertSame( 200, $status, 'admin status' );
		self::assertSame( $sync, array_diff_key( $data['sync'], array( 'shopProducts' => 0 ) ), 'forwarded sync status' );
		// The shop's own count of published products comes along, for "n of total" while syncing.
		$published = (int) wp_count_posts( 'product' )->publish;
		self::assertSame( $published, $data['sync']['shopProducts'], 'published products in the shop' );
		$product = wp_insert_post(
			array(
				'post_type'   => 'product',
				'post_status' => 'publish',
				'post_title'  => 'Counted lamp',
			)
		);
		wp_cache_flush();
		list( , $data ) = omniops_rest( 'GET', '/omniops/v1/commerce' );
		wp_delete_post( $product, true );
		self::assertSame( $published + 1, $data['sync']['shopProducts'], 'a newly published product is counted' );
		// The sidecar refuses the credentials: the handover's error comes back as a 409.
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/commerce/connect' );
		self::assertSame( 409, $status, 'handover refused by the sidecar' );
		self::assertSame( 'omniops_sidecar_rejected', $data['code'], 'handover error code' );
		( new Integration( new Settings(), new RestKeys(), new Webhooks() ) )->remove();
	}
}
