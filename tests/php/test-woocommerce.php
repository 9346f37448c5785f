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

omniops_test(
	'woocommerce: page context comes from conditional tags and is printed in the loader config',
	static function () {
		omniops_assert_same( array( 'pageType' => 'other' ), ( new PageContext() )->current(), 'page context without WooCommerce' );
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$config = ( new Loader( new Settings(), WP_PLUGIN_DIR . '/omniops/omniops.php' ) )->config();
		omniops_assert_same( array( 'pageType' => 'other' ), $config['pageContext'] ?? null, 'loader config pageContext' );
	}
);

omniops_test(
	'woocommerce: the handover creates a read-only key and the webhooks and sends them signed; not connected, nothing is created',
	static function () {
		global $wpdb;
		$integration = new Integration( new Settings(), new RestKeys(), new Webhooks() );
		$result      = $integration->hand_over( 1 );
		omniops_assert_true( is_wp_error( $result ), 'handover while not connected answers an error' );
		omniops_assert_same( 'omniops_not_connected', $result->get_error_code(), 'error code when not connected' );
		omniops_assert_same( false, get_option( Integration::OPTION ), 'no state stored when not connected' );

		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$log = &omniops_mock_http(
			static function () {
				return omniops_http_response( 200, array( 'ok' => true ) );
			}
		);
		try {
			omniops_assert_same( true, $integration->hand_over( 1 ), 'handover with WooCommerce' );
			$state = get_option( Integration::OPTION );
			omniops_assert_same( 1, count( $log ), 'one request to the sidecar' );
			omniops_assert_same( 'PUT', $log[0]['method'], 'credentials method' );
			omniops_assert_same( '/api/site/commerce/credentials', wp_parse_url( $log[0]['url'], PHP_URL_PATH ), 'credentials path' );
			omniops_assert_true( ! empty( $log[0]['headers']['X-OmniOps-Signature'] ), 'credentials are signed' );
			$sent = json_decode( $log[0]['body'], true );
			omniops_assert_true( 0 === strpos( (string) $sent['consumerKey'], 'ck_' ), 'a WooCommerce consumer key is sent' );
			$key = $wpdb->get_row( $wpdb->prepare( "SELECT permissions, truncated_key FROM {$wpdb->prefix}woocommerce_api_keys WHERE key_id = %d", $state['key_id'] ), ARRAY_A ); // phpcs:ignore WordPress.DB
			omniops_assert_same( 'read', $key['permissions'] ?? null, 'the key is read-only' );
			omniops_assert_same( substr( $sent['consumerKey'], -7 ), $key['truncated_key'], 'the key sent is the key stored' );
			$topics = array();
			foreach ( $state['webhook_ids'] as $id ) {
				$webhook  = wc_get_webhook( $id );
				$topics[] = $webhook->get_topic();
				omniops_assert_same( 'http://127.0.0.1:3100/webhooks/woocommerce/pk_front_key_1234', $webhook->get_delivery_url(), 'delivery URL' );
				omniops_assert_same( $sent['webhookSecret'], $webhook->get_secret(), 'webhook secret handed over' );
			}
			omniops_assert_same( Webhooks::TOPICS, $topics, 'one active webhook per topic' );
		} finally {
			$integration->remove();
		}
		omniops_assert_same( null, $wpdb->get_var( $wpdb->prepare( "SELECT key_id FROM {$wpdb->prefix}woocommerce_api_keys WHERE key_id = %d", $state['key_id'] ) ), 'remove() revokes the key' ); // phpcs:ignore WordPress.DB
	}
);

omniops_test(
	'woocommerce: webhook deliveries may reach the configured sidecar host, and only it',
	static function () {
		( new Settings() )->save_connection( 'http://10.1.2.3:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$integration = new Integration( new Settings(), new RestKeys(), new Webhooks() );
		omniops_assert_same( true, $integration->allow_sidecar_host( false, '10.1.2.3' ), 'sidecar host allowed' );
		omniops_assert_same( false, $integration->allow_sidecar_host( false, '10.9.9.9' ), 'other private host unchanged' );
	}
);

omniops_test(
	'woocommerce: the catalog panel route forwards the signed status, for shop managers only',
	static function () {
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
		omniops_assert_same( 403, $status, 'subscriber refused' );
		omniops_assert_same( 0, count( $log ), 'nothing forwarded for a subscriber' );
		wp_set_current_user( omniops_create_user( 'administrator' ) );
		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/commerce' );
		omniops_assert_same( 200, $status, 'admin status' );
		omniops_assert_same( $sync, array_diff_key( $data['sync'], array( 'shopProducts' => 0 ) ), 'forwarded sync status' );
		// The shop's own count of published products comes along, for "n of total" while syncing.
		$published = (int) wp_count_posts( 'product' )->publish;
		omniops_assert_same( $published, $data['sync']['shopProducts'], 'published products in the shop' );
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
		omniops_assert_same( $published + 1, $data['sync']['shopProducts'], 'a newly published product is counted' );
		// The sidecar refuses the credentials: the handover's error comes back as a 409.
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/commerce/connect' );
		omniops_assert_same( 409, $status, 'handover refused by the sidecar' );
		omniops_assert_same( 'omniops_sidecar_rejected', $data['code'], 'handover error code' );
		( new Integration( new Settings(), new RestKeys(), new Webhooks() ) )->remove();
	}
);
