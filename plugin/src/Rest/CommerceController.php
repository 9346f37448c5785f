<?php
/**
 * REST routes for the settings page's catalog panel: omniops/v1/commerce (sync progress,
 * last error, refused webhooks), omniops/v1/commerce/sync (sync now) and
 * omniops/v1/commerce/connect (create keys and webhooks again, e.g. when WooCommerce was
 * activated after connecting).
 *
 * @package OmniOps
 */

namespace OmniOps\Rest;

use OmniOps\Settings;
use OmniOps\WooCommerce\Integration;
use WP_Error;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Proxies the catalog status and actions to the sidecar over the signed channel.
 */
final class CommerceController extends Controller {

	/**
	 * Key and webhook handover.
	 *
	 * @var Integration
	 */
	private $integration;

	/**
	 * Dependencies.
	 *
	 * @param Settings    $settings    Plugin settings.
	 * @param Integration $integration Key and webhook handover.
	 */
	public function __construct( Settings $settings, Integration $integration ) {
		parent::__construct( $settings );
		$this->rest_base   = 'commerce';
		$this->integration = $integration;
	}

	/**
	 * Hooked to rest_api_init. None of the routes takes an argument.
	 */
	public function register_routes(): void {
		$routes = array(
			''         => array( WP_REST_Server::READABLE, 'status' ),
			'/sync'    => array( WP_REST_Server::CREATABLE, 'sync' ),
			'/connect' => array( WP_REST_Server::CREATABLE, 'reconnect' ),
		);
		foreach ( $routes as $route => list( $methods, $callback ) ) {
			$this->route( '/' . $this->rest_base . $route, array( $this->endpoint( $methods, $callback ) ) );
		}
	}

	/**
	 * Shop managers and administrators only.
	 *
	 * @return true|WP_Error
	 */
	public function can_manage() {
		return $this->authorize( self::SHOP_MANAGERS, __( 'Sorry, you are not allowed to manage the OmniOps connection.', 'omniops' ) );
	}

	/**
	 * GET omniops/v1/commerce: the sidecar's catalog sync status.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function status() {
		return $this->with_shop_total( $this->forward( 'GET', '/api/site/commerce/status' ) );
	}

	/**
	 * Adds `sync.shopProducts`, the published products WordPress holds, so the panel can
	 * show a running sync as "n of total": the sidecar learns the total only page by page,
	 * and the plugin can count it locally without another request.
	 *
	 * @param WP_REST_Response|WP_Error $answer The forwarded sidecar answer.
	 * @return WP_REST_Response|WP_Error
	 */
	private function with_shop_total( $answer ) {
		if ( ! $answer instanceof WP_REST_Response ) {
			return $answer;
		}
		$data = $answer->get_data();
		if ( is_array( $data ) && isset( $data['sync'] ) && is_array( $data['sync'] ) ) {
			$counts                       = wp_count_posts( 'product' );
			$data['sync']['shopProducts'] = isset( $counts->publish ) ? (int) $counts->publish : null;
			$answer->set_data( $data );
		}
		return $answer;
	}

	/**
	 * POST omniops/v1/commerce/sync: start or resume a full catalog sync.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function sync() {
		return $this->with_shop_total( $this->forward( 'POST', '/api/site/commerce/sync' ) );
	}

	/**
	 * POST omniops/v1/commerce/connect: new read-only keys and webhooks, handed over.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function reconnect() {
		$result = $this->integration->hand_over( get_current_user_id() );
		if ( is_wp_error( $result ) ) {
			$result->add_data( array( 'status' => 409 ) );
			return $result;
		}
		return $this->status();
	}

	/**
	 * A signed call to the sidecar, answered as the sidecar answered.
	 *
	 * @param string $method HTTP method.
	 * @param string $path   Path under /api/site/commerce.
	 * @return WP_REST_Response|WP_Error
	 */
	private function forward( string $method, string $path ) {
		$answer = $this->call_sidecar( $method, $path );
		return is_wp_error( $answer ) ? $answer : rest_ensure_response( $answer );
	}
}
