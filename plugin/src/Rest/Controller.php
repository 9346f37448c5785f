<?php
/**
 * The base of every OmniOps REST controller: the omniops/v1 namespace, the capability
 * check, argument schemas with their callbacks and the signed sidecar client, each written
 * once (ADR 0029).
 *
 * @package OmniOps
 */

namespace OmniOps\Rest;

use OmniOps\Settings;
use OmniOps\Sidecar\Client;
use WP_Error;
use WP_REST_Controller;

defined( 'ABSPATH' ) || exit;

/**
 * Subclasses declare their routes in register_routes() with route() and endpoint(), so
 * every endpoint's permission is the controller's can_manage() (built on authorize()) and
 * every argument goes through arg().
 */
abstract class Controller extends WP_REST_Controller {

	/** The plugin's one REST namespace. */
	const REST_NAMESPACE = 'omniops/v1';

	/** Shop managers (WooCommerce) and administrators: the settings page's audience. */
	const SHOP_MANAGERS = array( 'manage_woocommerce', 'manage_options' );

	/** Administrators only. */
	const ADMINISTRATORS = array( 'manage_options' );

	/**
	 * Stored plugin settings (connection, key, secret).
	 *
	 * @var Settings
	 */
	protected $settings;

	/**
	 * Controller over the plugin's settings.
	 *
	 * @param Settings $settings Plugin settings.
	 */
	public function __construct( Settings $settings ) {
		$this->namespace = self::REST_NAMESPACE;
		$this->settings  = $settings;
	}

	/**
	 * Permission callback of every endpoint of the controller, through authorize().
	 *
	 * @return true|WP_Error
	 */
	abstract public function can_manage();

	/**
	 * One endpoint: its methods, the controller method that answers, its arguments (each
	 * through arg(); none: an empty list), and can_manage() as its permission.
	 *
	 * @param string               $methods  WP_REST_Server::READABLE, CREATABLE, EDITABLE or DELETABLE.
	 * @param string               $callback Name of the method that answers.
	 * @param array<string, array> $args     Argument schemas.
	 * @return array<string, mixed>
	 */
	protected function endpoint( string $methods, string $callback, array $args = array() ): array {
		return array(
			'methods'             => $methods,
			'callback'            => array( $this, $callback ),
			'permission_callback' => array( $this, 'can_manage' ),
			'args'                => $args,
		);
	}

	/**
	 * Registers a route in the namespace with its endpoints and, for the resources the
	 * controller describes, get_item_schema() as its schema.
	 *
	 * @param string  $path        Route under the namespace, e.g. /connection.
	 * @param array[] $endpoints   Endpoints made by endpoint().
	 * @param bool    $with_schema Whether the route publishes the item schema.
	 */
	protected function route( string $path, array $endpoints, bool $with_schema = false ): void {
		if ( $with_schema ) {
			$endpoints['schema'] = array( $this, 'get_public_item_schema' );
		}
		register_rest_route( $this->namespace, $path, $endpoints );
	}

	/**
	 * Whether the current user holds any of the capabilities.
	 *
	 * @param string[] $capabilities Capabilities, any of which suffices.
	 */
	public static function current_user_has_any( array $capabilities ): bool {
		foreach ( $capabilities as $capability ) {
			if ( current_user_can( $capability ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The one capability check of every route: true, or the error the REST server sends
	 * (401 for visitors, 403 for logged-in users). Without a message the error is the one
	 * WordPress itself gives for a refused permission (`rest_forbidden`).
	 *
	 * @param string[]    $capabilities Capabilities, any of which suffices.
	 * @param string|null $message      The refusal to show, as `omniops_forbidden`.
	 * @return true|WP_Error
	 */
	protected function authorize( array $capabilities, ?string $message = null ) {
		if ( self::current_user_has_any( $capabilities ) ) {
			return true;
		}
		if ( null === $message ) {
			// WordPress's own string (default text domain), as WordPress answers a false.
			return new WP_Error( 'rest_forbidden', __( 'Sorry, you are not allowed to do that.' ), array( 'status' => rest_authorization_required_code() ) );
		}
		return new WP_Error( 'omniops_forbidden', $message, array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * An argument schema with its callbacks: WordPress's schema validation and sanitizing
	 * unless the route gives its own.
	 *
	 * @param array<string, mixed> $schema JSON schema of the argument (type, pattern, enum, …).
	 * @return array<string, mixed>
	 */
	protected static function arg( array $schema ): array {
		return $schema + array(
			'validate_callback' => 'rest_validate_request_arg',
			'sanitize_callback' => 'rest_sanitize_request_arg',
		);
	}

	/**
	 * A signed client for the connected sidecar, or a 409 saying to connect first.
	 *
	 * @param string|null $message The 409's message (default: "Connect to OmniOps first.").
	 * @return Client|WP_Error
	 */
	protected function sidecar( ?string $message = null ) {
		$secret = $this->settings->secret();
		if ( ! $this->settings->is_connected() || null === $secret ) {
			return new WP_Error( 'omniops_not_connected', $message ?? __( 'Connect to OmniOps first.', 'omniops' ), array( 'status' => 409 ) );
		}
		return new Client( $this->settings->sidecar_url(), $this->settings->site_key(), $secret );
	}

	/**
	 * A signed call to the sidecar, answered as the sidecar answered (or its error).
	 *
	 * @param string     $method HTTP method.
	 * @param string     $path   Sidecar path under /api/site.
	 * @param array|null $body   JSON body.
	 * @return array<string, mixed>|WP_Error
	 */
	protected function call_sidecar( string $method, string $path, ?array $body = null ) {
		$client = $this->sidecar();
		return is_wp_error( $client ) ? $client : $client->signed( $method, $path, $body );
	}
}
