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
	'woocommerce: without WooCommerce the handover is refused, nothing is created or sent',
	static function () {
		$requests = 0;
		$count    = static function ( $pre ) use ( &$requests ) {
			++$requests;
			return $pre;
		};
		add_filter( 'pre_http_request', $count );
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$integration = new Integration( new Settings(), new RestKeys(), new Webhooks() );
		$result      = $integration->hand_over( 1 );
		remove_filter( 'pre_http_request', $count );
		omniops_assert_true( is_wp_error( $result ), 'handover answers an error' );
		omniops_assert_same( 'omniops_no_woocommerce', $result->get_error_code(), 'error code' );
		omniops_assert_same( false, get_option( Integration::OPTION ), 'no state stored' );
		omniops_assert_same( 0, $requests, 'no request to the sidecar' );
		omniops_assert_true( is_wp_error( ( new RestKeys() )->create_read_only( 1 ) ), 'no key without WooCommerce' );
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
		omniops_assert_same( $sync, $data['sync'], 'forwarded sync status' );
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/commerce/connect' );
		omniops_assert_same( 409, $status, 'handover refused without WooCommerce' );
		omniops_assert_same( 'omniops_no_woocommerce', $data['code'], 'handover error code' );
	}
);
