<?php
/**
 * The widget's appearance, language and privacy settings, edited on the OmniOps page in
 * wp-admin (REST omniops/v1/appearance) and stored on the sidecar over the signed channel.
 *
 * @package OmniOps
 */

namespace OmniOps\Storefront;

use OmniOps\Settings;
use OmniOps\Sidecar\Client;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The sidecar owns the settings (GET/PUT /api/site/widget-settings) and validates them;
 * a copy is kept in the `omniops_widget_settings` option so the storefront loader can
 * print the launcher's look and the consent requirement without a request per page view.
 */
final class Appearance {

	const OPTION = 'omniops_widget_settings';

	/**
	 * Stored plugin settings (connection, key, secret).
	 *
	 * @var Settings
	 */
	private $settings;

	/**
	 * Appearance over the plugin's settings.
	 *
	 * @param Settings $settings Stored settings.
	 */
	public function __construct( Settings $settings ) {
		$this->settings = $settings;
	}

	/**
	 * Registers the REST routes.
	 */
	public function init(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * Hooked to rest_api_init.
	 */
	public function register_routes(): void {
		register_rest_route(
			'omniops/v1',
			'/appearance',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_settings' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_settings' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => array(
						'settings' => array(
							'description' => __( 'Widget settings: brand name, welcome message, colour, position, launcher icon, avatar, locale, consent, retention range.', 'omniops' ),
							'type'        => 'object',
							'required'    => true,
						),
					),
				),
			)
		);
	}

	/**
	 * Shop managers and administrators.
	 */
	public function can_manage(): bool {
		return current_user_can( 'manage_woocommerce' ) || current_user_can( 'manage_options' );
	}

	/**
	 * GET omniops/v1/appearance: the sidecar's current settings.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_settings() {
		$client = $this->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$answer = $client->signed( 'GET', '/api/site/widget-settings' );
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}
		$this->remember( (array) ( $answer['settings'] ?? array() ) );
		return new WP_REST_Response( array( 'settings' => $answer['settings'] ?? null ), 200 );
	}

	/**
	 * PUT omniops/v1/appearance: forwards the settings; the sidecar validates them and a
	 * 400 from it comes back as the same error (nothing changes then).
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_settings( WP_REST_Request $request ) {
		$client = $this->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$settings = $request->get_param( 'settings' );
		$answer   = $client->signed( 'PUT', '/api/site/widget-settings', is_array( $settings ) ? $settings : array() );
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}
		$this->remember( (array) ( $answer['settings'] ?? array() ) );
		return new WP_REST_Response( array( 'settings' => $answer['settings'] ?? null ), 200 );
	}

	/**
	 * What the loader prints: the launcher's look and whether consent comes first. Only
	 * known values pass, whatever the option holds.
	 *
	 * @return array{consentRequired: bool, appearance: array<string, string>}
	 */
	public function loader_fields(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$color  = (string) ( $stored['primaryColor'] ?? '' );
		$look   = array(
			'position'     => 'left' === ( $stored['position'] ?? '' ) ? 'left' : 'right',
			'launcherIcon' => in_array( $stored['launcherIcon'] ?? '', array( 'chat', 'help', 'sparkle' ), true ) ? (string) $stored['launcherIcon'] : 'chat',
		);
		if ( preg_match( '/^#[0-9a-fA-F]{6}$/', $color ) ) {
			$look['primaryColor'] = $color;
		}
		return array(
			'consentRequired' => ! empty( $stored['consentRequired'] ),
			'appearance'      => $look,
		);
	}

	/**
	 * Keeps the copy the loader reads.
	 *
	 * @param array<string, mixed> $settings Settings as the sidecar answered them.
	 */
	private function remember( array $settings ): void {
		if ( $settings ) {
			update_option( self::OPTION, $settings, true );
		}
	}

	/**
	 * A signed client, or the reason there is none.
	 *
	 * @return Client|WP_Error
	 */
	private function client() {
		$secret = $this->settings->secret();
		if ( ! $this->settings->is_connected() || null === $secret ) {
			return new WP_Error( 'omniops_not_connected', __( 'Connect this site to OmniOps first.', 'omniops' ), array( 'status' => 409 ) );
		}
		return new Client( $this->settings->sidecar_url(), $this->settings->site_key(), $secret );
	}
}
