<?php
/**
 * REST routes of the settings page: omniops/v1/connection and omniops/v1/sync.
 *
 * @package OmniOps
 */

namespace OmniOps\Rest;

use OmniOps\Connection;
use OmniOps\Settings;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Shop managers and administrators; every argument is typed.
 */
final class ConnectionController extends Controller {

	/** Connect tokens are "oct_" plus base64url characters (sidecar/src/platform/crypto.ts). */
	const TOKEN_PATTERN = '^oct_[A-Za-z0-9_-]{8,256}$';

	/**
	 * The connection service.
	 *
	 * @var Connection
	 */
	private $connection;

	/**
	 * Controller over the given connection service.
	 *
	 * @param Settings   $settings   Plugin settings.
	 * @param Connection $connection Connection service.
	 */
	public function __construct( Settings $settings, Connection $connection ) {
		parent::__construct( $settings );
		$this->rest_base  = 'connection';
		$this->connection = $connection;
	}

	/**
	 * Hooked to rest_api_init.
	 */
	public function register_routes(): void {
		$this->route(
			'/' . $this->rest_base,
			array(
				$this->endpoint( WP_REST_Server::READABLE, 'get_connection' ),
				$this->endpoint(
					WP_REST_Server::CREATABLE,
					'create_connection',
					array(
						'sidecarUrl' => self::arg(
							array(
								'description'       => __( 'Base URL of the OmniOps service, e.g. https://chat.example.com.', 'omniops' ),
								'type'              => 'string',
								'required'          => true,
								'validate_callback' => array( $this, 'validate_sidecar_url' ),
								'sanitize_callback' => array( self::class, 'normalize_sidecar_url' ),
							)
						),
						'token'      => self::arg(
							array(
								'description'       => __( 'One-time connect token from the OmniOps dashboard (oct_…).', 'omniops' ),
								'type'              => 'string',
								'required'          => true,
								'pattern'           => self::TOKEN_PATTERN,
								'validate_callback' => array( $this, 'validate_token' ),
								'sanitize_callback' => array( self::class, 'trim_token' ),
							)
						),
					)
				),
				$this->endpoint( WP_REST_Server::DELETABLE, 'delete_connection' ),
			),
			true
		);
		$this->route( '/sync', array( $this->endpoint( WP_REST_Server::CREATABLE, 'sync' ) ) );
	}

	/**
	 * Permission callback of every route: shop managers and administrators.
	 *
	 * @return true|WP_Error
	 */
	public function can_manage() {
		return $this->authorize( self::SHOP_MANAGERS, __( 'Sorry, you are not allowed to manage the OmniOps connection.', 'omniops' ) );
	}

	/**
	 * GET /omniops/v1/connection
	 */
	public function get_connection(): WP_REST_Response {
		return new WP_REST_Response( $this->connection->describe(), 200 );
	}

	/**
	 * POST /omniops/v1/connection
	 *
	 * @param WP_REST_Request $request Request with sidecarUrl and token.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_connection( WP_REST_Request $request ) {
		$result = $this->connection->connect( (string) $request['sidecarUrl'], (string) $request['token'] );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return new WP_REST_Response( $this->connection->describe(), 201 );
	}

	/**
	 * DELETE /omniops/v1/connection
	 */
	public function delete_connection(): WP_REST_Response {
		$this->connection->disconnect();
		return new WP_REST_Response( $this->connection->describe(), 200 );
	}

	/**
	 * POST /omniops/v1/sync
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function sync() {
		$result = $this->connection->sync();
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return new WP_REST_Response( array( 'queued' => ! empty( $result['queued'] ) ), 202 );
	}

	/**
	 * An absolute http(s) URL with a host, no credentials, query or fragment.
	 *
	 * @param mixed           $value   Submitted value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @return true|WP_Error
	 */
	public function validate_sidecar_url( $value, $request, $param ) {
		$typed = rest_validate_request_arg( $value, $request, $param );
		if ( is_wp_error( $typed ) ) {
			return $typed;
		}
		$value = trim( (string) $value );
		$parts = wp_parse_url( $value );
		$valid = false !== filter_var( $value, FILTER_VALIDATE_URL )
			&& is_array( $parts )
			&& isset( $parts['scheme'], $parts['host'] )
			&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
			&& ! isset( $parts['user'] )
			&& ! isset( $parts['pass'] )
			&& ! isset( $parts['query'] )
			&& ! isset( $parts['fragment'] );
		if ( $valid ) {
			return true;
		}
		return new WP_Error(
			'omniops_invalid_sidecar_url',
			__( 'The Sidecar URL must be an http:// or https:// address such as https://chat.example.com, without a query string.', 'omniops' ),
			array( 'status' => 400 )
		);
	}

	/**
	 * A connect token as the OmniOps dashboard shows it.
	 *
	 * @param mixed           $value   Submitted value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @return true|WP_Error
	 */
	public function validate_token( $value, $request, $param ) {
		$typed = rest_validate_request_arg( $value, $request, $param );
		if ( is_wp_error( $typed ) && 'rest_invalid_type' === $typed->get_error_code() ) {
			return $typed;
		}
		if ( is_string( $value ) && preg_match( '/' . self::TOKEN_PATTERN . '/', trim( $value ) ) ) {
			return true;
		}
		return new WP_Error(
			'omniops_invalid_token',
			__( 'The connect token starts with "oct_". Copy it from the OmniOps dashboard.', 'omniops' ),
			array( 'status' => 400 )
		);
	}

	/**
	 * Trims whitespace and the trailing slash so stored URLs compare and concatenate cleanly.
	 *
	 * @param mixed $value Validated URL.
	 */
	public static function normalize_sidecar_url( $value ): string {
		return untrailingslashit( esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) ) );
	}

	/**
	 * Trims the pasted token.
	 *
	 * @param mixed $value Validated token.
	 */
	public static function trim_token( $value ): string {
		return trim( (string) $value );
	}

	/**
	 * JSON schema of the connection resource (GET/POST/DELETE answer).
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'omniops-connection',
			'type'       => 'object',
			'properties' => array(
				'connected'   => array( 'type' => 'boolean' ),
				'sidecarUrl'  => array( 'type' => 'string' ),
				'siteKey'     => array( 'type' => array( 'string', 'null' ) ),
				'connectedAt' => array(
					'type'   => array( 'string', 'null' ),
					'format' => 'date-time',
				),
				'status'      => array(
					'type'       => 'object',
					'properties' => array(
						'documents'    => array( 'type' => 'integer' ),
						'passages'     => array( 'type' => 'integer' ),
						'state'        => array( 'type' => 'string' ),
						'lastSyncedAt' => array( 'type' => array( 'string', 'null' ) ),
						'lastError'    => array( 'type' => array( 'string', 'null' ) ),
					),
				),
				'error'       => array( 'type' => 'string' ),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
