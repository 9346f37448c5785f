<?php
/**
 * REST routes for the settings page's "AI provider" panel: omniops/v1/ai-provider (read and
 * save the organization's LLM settings, with this month's usage) and
 * omniops/v1/ai-provider/test (one small real request to the saved provider). Each forwards
 * to the sidecar's signed /api/site/assistant/llm-settings* and /api/site/usage routes; the
 * sidecar validates, seals the API key and never returns it.
 *
 * @package OmniOps
 */

namespace OmniOps\Rest;

use OmniOps\Settings;
use OmniOps\Sidecar\Client;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Proxies the AI provider settings to the sidecar over the signed channel.
 */
final class AiProviderController {

	const REST_NAMESPACE = 'omniops/v1';

	/** The fields the sidecar accepts; anything else is dropped before forwarding. */
	const FIELDS = array( 'provider', 'baseUrl', 'model', 'apiKey', 'enabled', 'monthlyBudgetUsd', 'timeoutMs' );

	/**
	 * Plugin settings.
	 *
	 * @var Settings
	 */
	private $settings;

	/**
	 * Dependencies.
	 *
	 * @param Settings $settings Plugin settings.
	 */
	public function __construct( Settings $settings ) {
		$this->settings = $settings;
	}

	/**
	 * Hooked to rest_api_init.
	 */
	public function register_routes(): void {
		$common = array(
			'permission_callback' => array( $this, 'can_manage' ),
			'args'                => array(),
		);
		register_rest_route(
			self::REST_NAMESPACE,
			'/ai-provider',
			array(
				array( 'methods' => WP_REST_Server::READABLE, 'callback' => array( $this, 'read' ) ) + $common,
				array( 'methods' => WP_REST_Server::EDITABLE, 'callback' => array( $this, 'save' ) ) + $common,
			)
		);
		register_rest_route(
			self::REST_NAMESPACE,
			'/ai-provider/test',
			array( 'methods' => WP_REST_Server::CREATABLE, 'callback' => array( $this, 'test' ) ) + $common
		);
	}

	/**
	 * Whether the current user may use these routes. The settings page reads the same
	 * answer (SettingsPage::enqueue), so it shows the panel only to those the routes accept.
	 * Administrators only: the key spends the shop's money with the AI provider.
	 */
	public static function current_user_may_manage(): bool {
		return current_user_can( 'manage_options' );
	}

	/**
	 * Permission callback of every route: see current_user_may_manage().
	 *
	 * @return true|WP_Error
	 */
	public function can_manage() {
		if ( self::current_user_may_manage() ) {
			return true;
		}
		return new WP_Error(
			'omniops_forbidden',
			__( 'Sorry, you are not allowed to change the AI provider.', 'omniops' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * GET omniops/v1/ai-provider: `{ settings, usage }`.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function read() {
		$settings = $this->call( 'GET', '/api/site/assistant/llm-settings' );
		if ( is_wp_error( $settings ) ) {
			return $settings;
		}
		$usage = $this->call( 'GET', '/api/site/usage' );
		if ( is_wp_error( $usage ) ) {
			return $usage;
		}
		return rest_ensure_response(
			array(
				'settings' => $settings['settings'] ?? null,
				'usage'    => $usage,
			)
		);
	}

	/**
	 * PUT omniops/v1/ai-provider: saves the settings (the sidecar validates them).
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function save( WP_REST_Request $request ) {
		$params = (array) $request->get_json_params();
		// array_key_exists, not isset: an explicit null apiKey removes the stored key.
		$body = array();
		foreach ( self::FIELDS as $field ) {
			if ( array_key_exists( $field, $params ) ) {
				$body[ $field ] = $params[ $field ];
			}
		}
		$answer = $this->call( 'PUT', '/api/site/assistant/llm-settings', $body );
		return is_wp_error( $answer ) ? $answer : rest_ensure_response( $answer );
	}

	/**
	 * POST omniops/v1/ai-provider/test: `{ ok, model?, error?, latencyMs }`.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function test() {
		$answer = $this->call( 'POST', '/api/site/assistant/llm-settings/test' );
		return is_wp_error( $answer ) ? $answer : rest_ensure_response( $answer );
	}

	/**
	 * A signed call to the sidecar.
	 *
	 * @param string     $method HTTP method.
	 * @param string     $path   Sidecar path.
	 * @param array|null $body   JSON body.
	 * @return array<string, mixed>|WP_Error
	 */
	private function call( string $method, string $path, ?array $body = null ) {
		$secret = $this->settings->secret();
		if ( ! $this->settings->is_connected() || null === $secret ) {
			return new WP_Error( 'omniops_not_connected', __( 'Connect to OmniOps first.', 'omniops' ), array( 'status' => 409 ) );
		}
		$client = new Client( $this->settings->sidecar_url(), $this->settings->site_key(), $secret );
		return $client->signed( $method, $path, $body );
	}
}
