<?php
/**
 * HTTP client for the sidecar's /api/site/* endpoints.
 *
 * @package OmniOps
 */

namespace OmniOps\Sidecar;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Calls the sidecar through the WordPress HTTP API. `connect` is authenticated by the
 * one-time token in its body; every other call is signed with the site secret.
 *
 * Failures come back as WP_Error objects that the REST controller can return as they
 * are: a code `omniops_…`, a message for the shop owner and an HTTP status (502 when
 * the sidecar could not be reached or misbehaved, 4xx when it refused the request).
 */
final class Client {

	const CONNECT_TIMEOUT = 20;
	const DEFAULT_TIMEOUT = 10;
	const STATUS_TIMEOUT  = 5;

	/**
	 * Base URL of the sidecar, no trailing slash.
	 *
	 * @var string
	 */
	private $base_url;

	/**
	 * Public key (pk_…), '' for unsigned use.
	 *
	 * @var string
	 */
	private $site_key;

	/**
	 * Site secret (sk_…), '' for unsigned use.
	 *
	 * @var string
	 */
	private $secret;

	/**
	 * Client for one sidecar and (optionally) one site's credentials.
	 *
	 * @param string $base_url Base URL of the sidecar.
	 * @param string $site_key Public key, for signed calls.
	 * @param string $secret   Site secret, for signed calls.
	 */
	public function __construct( string $base_url, string $site_key = '', string $secret = '' ) {
		$this->base_url = untrailingslashit( $base_url );
		$this->site_key = $site_key;
		$this->secret   = $secret;
	}

	/**
	 * POST /api/site/connect: trades a one-time connect token for a site key and secret.
	 *
	 * @param array<string, mixed> $payload token, siteUrl, siteName, restUrl, allowedOrigins, platform.
	 * @return array<string, mixed>|WP_Error The decoded 201 body.
	 */
	public function connect( array $payload ) {
		return $this->send( 'POST', '/api/site/connect', (string) wp_json_encode( $payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), false, self::CONNECT_TIMEOUT );
	}

	/**
	 * GET /api/site/status (signed).
	 *
	 * @return array<string, mixed>|WP_Error
	 */
	public function status() {
		return $this->send( 'GET', '/api/site/status', '', true, self::STATUS_TIMEOUT );
	}

	/**
	 * POST /api/site/sync (signed): asks the sidecar to re-read the shop's content.
	 *
	 * @return array<string, mixed>|WP_Error
	 */
	public function sync() {
		return $this->send( 'POST', '/api/site/sync', '{}', true, self::DEFAULT_TIMEOUT );
	}

	/**
	 * POST /api/site/disconnect (signed): the site's key stops working.
	 *
	 * @return array<string, mixed>|WP_Error
	 */
	public function disconnect() {
		return $this->send( 'POST', '/api/site/disconnect', '{}', true, self::DEFAULT_TIMEOUT );
	}

	/**
	 * A signed JSON request to any /api/site/* route (widget settings, privacy look-ups).
	 *
	 * @param string                    $method HTTP method.
	 * @param string                    $path   Path starting with /api/site/.
	 * @param array<string, mixed>|null $body   JSON body, or null for none.
	 * @return array<string, mixed>|WP_Error
	 */
	public function signed( string $method, string $path, ?array $body = null ) {
		$raw = null === $body ? '' : (string) wp_json_encode( $body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		return $this->send( $method, $path, $raw, true, self::DEFAULT_TIMEOUT );
	}

	/**
	 * Sends one request and turns the answer into data or a WP_Error.
	 *
	 * @param string $method  HTTP method.
	 * @param string $path    Path under the sidecar's base URL, starting with /api/.
	 * @param string $body    Raw JSON body ('' for none).
	 * @param bool   $signed  Whether to add the signature headers.
	 * @param int    $timeout Seconds.
	 * @return array<string, mixed>|WP_Error
	 */
	private function send( string $method, string $path, string $body, bool $signed, int $timeout ) {
		$url     = $this->base_url . $path;
		$headers = array( 'Accept' => 'application/json' );
		if ( '' !== $body ) {
			$headers['Content-Type'] = 'application/json';
		}
		if ( $signed ) {
			if ( '' === $this->site_key || '' === $this->secret ) {
				return new WP_Error( 'omniops_not_connected', __( 'This site is not connected to OmniOps.', 'omniops' ), array( 'status' => 409 ) );
			}
			$headers += RequestSigner::headers( $this->site_key, $this->secret, $method, self::request_target( $url ), $body );
		}

		$args = array(
			'method'      => $method,
			'headers'     => $headers,
			'timeout'     => $timeout,
			// A redirect would change the signed request target; the sidecar never redirects its API.
			'redirection' => 0,
			'user-agent'  => 'OmniOps/' . ( defined( 'OMNIOPS_VERSION' ) ? OMNIOPS_VERSION : 'dev' ) . '; ' . home_url( '/' ),
		);
		if ( '' !== $body ) {
			$args['body'] = $body;
		}

		$this->allow_configured_host( true );
		$response = wp_remote_request( $url, $args );
		$this->allow_configured_host( false );

		if ( is_wp_error( $response ) ) {
			return $this->transport_error( $response );
		}
		return $this->parse( (int) wp_remote_retrieve_response_code( $response ), wp_remote_retrieve_body( $response ), $signed );
	}

	/**
	 * Path plus query string of a URL, as the contract's REQUEST_TARGET line wants it.
	 *
	 * @param string $url Absolute URL.
	 */
	public static function request_target( string $url ): string {
		$path  = (string) wp_parse_url( $url, PHP_URL_PATH );
		$query = (string) wp_parse_url( $url, PHP_URL_QUERY );
		return ( '' === $path ? '/' : $path ) . ( '' === $query ? '' : '?' . $query );
	}

	/**
	 * The sidecar is often on the shop's own machine or network (127.0.0.1, 10.x). When
	 * something makes WordPress validate outgoing URLs (a security plugin turning on
	 * `reject_unsafe_urls`), let exactly the host and port the administrator configured
	 * through, and only for the duration of our own request.
	 *
	 * @param bool $allow True before the request, false after it.
	 */
	private function allow_configured_host( bool $allow ): void {
		if ( $allow ) {
			add_filter( 'http_request_host_is_external', array( $this, 'filter_host_is_external' ), 10, 2 );
			add_filter( 'http_allowed_safe_ports', array( $this, 'filter_allowed_ports' ), 10, 2 );
		} else {
			remove_filter( 'http_request_host_is_external', array( $this, 'filter_host_is_external' ), 10 );
			remove_filter( 'http_allowed_safe_ports', array( $this, 'filter_allowed_ports' ), 10 );
		}
	}

	/**
	 * Filter callback: the configured sidecar host counts as an allowed destination.
	 *
	 * @param bool   $is_external Current verdict.
	 * @param string $host        Host being requested.
	 */
	public function filter_host_is_external( $is_external, $host ): bool {
		return (bool) $is_external || strtolower( (string) $host ) === strtolower( (string) wp_parse_url( $this->base_url, PHP_URL_HOST ) );
	}

	/**
	 * Filter callback: the configured sidecar port is an allowed port for its host.
	 *
	 * @param int[]  $ports Allowed ports.
	 * @param string $host  Host being requested.
	 * @return int[]
	 */
	public function filter_allowed_ports( $ports, $host ): array {
		$ports = (array) $ports;
		$port  = wp_parse_url( $this->base_url, PHP_URL_PORT );
		if ( $port && strtolower( (string) $host ) === strtolower( (string) wp_parse_url( $this->base_url, PHP_URL_HOST ) ) ) {
			$ports[] = (int) $port;
		}
		return $ports;
	}

	/**
	 * The sidecar could not be reached at all.
	 *
	 * @param WP_Error $error What the HTTP API reported.
	 */
	private function transport_error( WP_Error $error ): WP_Error {
		if ( 'http_request_not_executed' === $error->get_error_code() ) {
			return new WP_Error(
				'omniops_sidecar_blocked',
				sprintf(
					/* translators: %s: host name of the OmniOps service. */
					__( 'WordPress blocked the request to the OmniOps service because WP_HTTP_BLOCK_EXTERNAL is set. Add %s to WP_ACCESSIBLE_HOSTS in wp-config.php.', 'omniops' ),
					(string) wp_parse_url( $this->base_url, PHP_URL_HOST )
				),
				array( 'status' => 502 )
			);
		}
		return new WP_Error(
			'omniops_sidecar_unreachable',
			sprintf(
				/* translators: 1: URL of the OmniOps service, 2: technical reason, e.g. "Connection refused". */
				__( 'Could not reach the OmniOps service at %1$s: %2$s. Check the Sidecar URL and that the service is running.', 'omniops' ),
				$this->base_url,
				rtrim( self::clean( $error->get_error_message() ), '.' )
			),
			array( 'status' => 502 )
		);
	}

	/**
	 * Decodes an answer. 2xx with a JSON object is success; an error envelope
	 * `{ "error": { "code", "message" } }` is relayed with its message.
	 *
	 * @param int    $status HTTP status.
	 * @param string $raw    Body.
	 * @param bool   $signed Whether the request was signed (changes what a 401 means).
	 * @return array<string, mixed>|WP_Error
	 */
	private function parse( int $status, string $raw, bool $signed ) {
		$data = json_decode( $raw, true );
		$data = is_array( $data ) ? $data : null;

		if ( $status >= 200 && $status < 300 ) {
			if ( null === $data ) {
				return new WP_Error(
					'omniops_sidecar_invalid_response',
					sprintf(
						/* translators: %s: URL of the OmniOps service. */
						__( 'The server at %s answered, but not like an OmniOps service. Check the Sidecar URL.', 'omniops' ),
						$this->base_url
					),
					array( 'status' => 502 )
				);
			}
			return $data;
		}

		$envelope = isset( $data['error'] ) && is_array( $data['error'] ) ? $data['error'] : array();
		$code     = isset( $envelope['code'] ) && is_string( $envelope['code'] ) ? $envelope['code'] : '';
		$reason   = isset( $envelope['message'] ) && is_string( $envelope['message'] ) ? self::clean( $envelope['message'] ) : '';
		$details  = array(
			'sidecarStatus' => $status,
			'sidecarCode'   => $code,
		);

		if ( '' === $code ) {
			// No error envelope: this is not (or not only) an OmniOps service answering.
			return new WP_Error(
				'omniops_sidecar_error',
				sprintf(
					/* translators: 1: URL of the OmniOps service, 2: HTTP status code. */
					__( 'The OmniOps service at %1$s answered with HTTP %2$d. Check the Sidecar URL and the service logs.', 'omniops' ),
					$this->base_url,
					$status
				),
				array( 'status' => 502 ) + $details
			);
		}

		if ( 429 === $status ) {
			return new WP_Error( 'omniops_sidecar_rate_limited', __( 'The OmniOps service is receiving too many requests from this site. Wait a minute and try again.', 'omniops' ), array( 'status' => 429 ) + $details );
		}

		if ( in_array( $status, array( 401, 403 ), true ) ) {
			if ( $signed ) {
				return new WP_Error(
					'omniops_site_key_rejected',
					sprintf(
						/* translators: %s: reason given by the OmniOps service, a sentence. */
						__( 'The OmniOps service no longer accepts this site\'s credentials: %s Disconnect, then connect again with a new token.', 'omniops' ),
						self::sentence( $reason )
					),
					array( 'status' => 409 ) + $details
				);
			}
			return new WP_Error(
				'omniops_token_rejected',
				sprintf(
					/* translators: %s: reason given by the OmniOps service, a sentence. */
					__( 'The OmniOps service refused the connect token: %s', 'omniops' ),
					'' !== $reason ? self::sentence( $reason ) : __( 'tokens work once and expire after 24 hours. Create a new one in the OmniOps dashboard.', 'omniops' )
				),
				array( 'status' => 400 ) + $details
			);
		}

		if ( $status >= 400 && $status < 500 ) {
			return new WP_Error(
				'omniops_sidecar_rejected',
				sprintf(
					/* translators: %s: reason given by the OmniOps service, a sentence. */
					__( 'The OmniOps service rejected the request: %s', 'omniops' ),
					self::sentence( $reason )
				),
				// A refused connect is about what the owner typed; a refused signed call is
				// the plugin and the service disagreeing, i.e. a gateway problem.
				array( 'status' => $signed ? 502 : 400 ) + $details
			);
		}

		return new WP_Error(
			'omniops_sidecar_error',
			sprintf(
				/* translators: 1: HTTP status code, 2: reason given by the OmniOps service, a sentence. */
				__( 'The OmniOps service failed (HTTP %1$d): %2$s', 'omniops' ),
				$status,
				self::sentence( $reason )
			),
			array( 'status' => 502 ) + $details
		);
	}

	/**
	 * A reason ending with punctuation, so it reads well inside our own sentence.
	 *
	 * @param string $reason Cleaned reason; may be empty.
	 */
	private static function sentence( string $reason ): string {
		if ( '' === $reason ) {
			return __( 'no reason given.', 'omniops' );
		}
		return preg_match( '/[.!?…]$/u', $reason ) ? $reason : $reason . '.';
	}

	/**
	 * Text from the network, made safe and short enough to show in a notice.
	 *
	 * @param string $text Untrusted text.
	 */
	private static function clean( string $text ): string {
		$text = sanitize_text_field( $text );
		return mb_strlen( $text ) > 300 ? mb_substr( $text, 0, 300 ) . '…' : $text;
	}
}
