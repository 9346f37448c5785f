<?php
/**
 * REST route omniops/v1/appearance: the widget's appearance, language and privacy settings,
 * edited on the OmniOps page in wp-admin and stored on the sidecar over the signed channel.
 *
 * @package OmniOps
 */

namespace OmniOps\Rest;

use OmniOps\Settings;
use OmniOps\Storefront\Appearance;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The sidecar owns the settings (GET/PUT /api/site/widget-settings) and validates them;
 * every answer refreshes the copy the storefront loader reads (Appearance).
 */
final class AppearanceController extends Controller {

	/**
	 * The loader's copy of the settings.
	 *
	 * @var Appearance
	 */
	private $appearance;

	/**
	 * Dependencies.
	 *
	 * @param Settings   $settings   Plugin settings.
	 * @param Appearance $appearance The loader's copy of the settings.
	 */
	public function __construct( Settings $settings, Appearance $appearance ) {
		parent::__construct( $settings );
		$this->rest_base  = 'appearance';
		$this->appearance = $appearance;
	}

	/**
	 * Hooked to rest_api_init.
	 */
	public function register_routes(): void {
		$this->route(
			'/' . $this->rest_base,
			array(
				$this->endpoint( WP_REST_Server::READABLE, 'get_settings' ),
				$this->endpoint(
					WP_REST_Server::EDITABLE,
					'update_settings',
					array(
						'settings' => self::arg(
							array(
								'description' => __( 'Widget settings: brand name, welcome message, colour, position, launcher icon, avatar, locale, consent, retention range.', 'omniops' ),
								'type'        => 'object',
								'required'    => true,
							)
						),
					)
				),
			),
			true
		);
	}

	/**
	 * JSON schema of the answer of both routes: the settings as the sidecar holds them
	 * (their fields are the sidecar's, docs/contracts.md).
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$this->schema = array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'omniops-appearance',
				'type'       => 'object',
				'properties' => array(
					'settings' => array(
						'description' => __( 'The widget settings the sidecar answered with.', 'omniops' ),
						'type'        => array( 'object', 'null' ),
					),
				),
			);
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Shop managers and administrators; others get WordPress's own refusal.
	 *
	 * @return true|WP_Error
	 */
	public function can_manage() {
		return $this->authorize( self::SHOP_MANAGERS );
	}

	/**
	 * GET omniops/v1/appearance: the sidecar's current settings.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_settings() {
		return $this->answer( 'GET' );
	}

	/**
	 * PUT omniops/v1/appearance: forwards the settings; the sidecar validates them and a
	 * 400 from it comes back as the same error (nothing changes then).
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_settings( WP_REST_Request $request ) {
		$settings = $request->get_param( 'settings' );
		return $this->answer( 'PUT', is_array( $settings ) ? $settings : array() );
	}

	/**
	 * One signed call; a successful answer refreshes the loader's copy.
	 *
	 * @param string     $method HTTP method.
	 * @param array|null $body   Settings to save (PUT).
	 * @return WP_REST_Response|WP_Error
	 */
	private function answer( string $method, ?array $body = null ) {
		$client = $this->sidecar( __( 'Connect this site to OmniOps first.', 'omniops' ) );
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$answer = $client->signed( $method, '/api/site/widget-settings', $body );
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}
		$this->appearance->remember( (array) ( $answer['settings'] ?? array() ) );
		return new WP_REST_Response( array( 'settings' => $answer['settings'] ?? null ), 200 );
	}
}
