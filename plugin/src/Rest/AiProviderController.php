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
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Proxies the AI provider settings to the sidecar over the signed channel.
 */
final class AiProviderController extends Controller {

	/**
	 * The fields the sidecar accepts, with their JSON types; anything else is dropped before
	 * forwarding. The sidecar owns the rules beyond the type (ranges, the provider list, a
	 * base URL for OpenAI-compatible providers) and its refusal comes back as it is.
	 */
	const FIELDS = array(
		'provider'         => 'string',
		'baseUrl'          => array( 'string', 'null' ),
		'model'            => 'string',
		'apiKey'           => array( 'string', 'null' ),
		'enabled'          => 'boolean',
		'monthlyBudgetUsd' => array( 'number', 'null' ),
		'timeoutMs'        => 'integer',
	);

	/**
	 * Dependencies.
	 *
	 * @param Settings $settings Plugin settings.
	 */
	public function __construct( Settings $settings ) {
		parent::__construct( $settings );
		$this->rest_base = 'ai-provider';
	}

	/**
	 * Hooked to rest_api_init.
	 */
	public function register_routes(): void {
		$fields = array();
		foreach ( self::FIELDS as $field => $type ) {
			$fields[ $field ] = self::arg( array( 'type' => $type ) );
		}
		$this->route(
			'/' . $this->rest_base,
			array(
				$this->endpoint( WP_REST_Server::READABLE, 'read' ),
				$this->endpoint( WP_REST_Server::EDITABLE, 'save', $fields ),
			)
		);
		$this->route( '/' . $this->rest_base . '/test', array( $this->endpoint( WP_REST_Server::CREATABLE, 'test' ) ) );
	}

	/**
	 * Whether the current user may use these routes. The settings page reads the same
	 * answer (SettingsPage::enqueue), so it shows the panel only to those the routes accept.
	 * Administrators only: the key spends the shop's money with the AI provider.
	 */
	public static function current_user_may_manage(): bool {
		return self::current_user_has_any( self::ADMINISTRATORS );
	}

	/**
	 * Permission callback of every route: see current_user_may_manage().
	 *
	 * @return true|WP_Error
	 */
	public function can_manage() {
		return $this->authorize( self::ADMINISTRATORS, __( 'Sorry, you are not allowed to change the AI provider.', 'omniops' ) );
	}

	/**
	 * GET omniops/v1/ai-provider: `{ settings, usage }`.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function read() {
		$settings = $this->call_sidecar( 'GET', '/api/site/assistant/llm-settings' );
		if ( is_wp_error( $settings ) ) {
			return $settings;
		}
		$usage = $this->call_sidecar( 'GET', '/api/site/usage' );
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
		foreach ( array_keys( self::FIELDS ) as $field ) {
			if ( array_key_exists( $field, $params ) ) {
				$body[ $field ] = $request->get_param( $field );
			}
		}
		$answer = $this->call_sidecar( 'PUT', '/api/site/assistant/llm-settings', $body );
		return is_wp_error( $answer ) ? $answer : rest_ensure_response( $answer );
	}

	/**
	 * POST omniops/v1/ai-provider/test: `{ ok, model?, error?, latencyMs }`.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function test() {
		$answer = $this->call_sidecar( 'POST', '/api/site/assistant/llm-settings/test' );
		return is_wp_error( $answer ) ? $answer : rest_ensure_response( $answer );
	}
}
