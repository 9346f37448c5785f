<?php
/**
 * The shop's link to the sidecar: connect, describe, re-sync, disconnect.
 *
 * @package OmniOps
 */

namespace OmniOps;

use OmniOps\Sidecar\Client;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Glue between the stored settings and the sidecar client. The REST controller and any
 * future caller (WP-CLI, a cron job) share this one implementation.
 */
final class Connection {

	/**
	 * Stored settings.
	 *
	 * @var Settings
	 */
	private $settings;

	/**
	 * Plugin version, reported to the sidecar.
	 *
	 * @var string
	 */
	private $version;

	/**
	 * Connection service over the given settings.
	 *
	 * @param Settings $settings Stored settings.
	 * @param string   $version  Plugin version.
	 */
	public function __construct( Settings $settings, string $version ) {
		$this->settings = $settings;
		$this->version  = $version;
	}

	/**
	 * Trades a connect token for site credentials and stores them. A previous connection
	 * is replaced only once the new one succeeded, then told to stop (best effort).
	 *
	 * @param string $sidecar_url Base URL of the sidecar (already validated).
	 * @param string $token       One-time connect token (oct_…).
	 * @return true|WP_Error
	 */
	public function connect( string $sidecar_url, string $token ) {
		$previous = $this->signed_client();
		$answer   = ( new Client( $sidecar_url ) )->connect(
			array(
				'token'          => $token,
				'siteUrl'        => home_url(),
				'siteName'       => self::site_name(),
				'restUrl'        => rest_url(),
				'allowedOrigins' => self::allowed_origins(),
				'platform'       => $this->platform(),
			)
		);
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}

		$site      = isset( $answer['site'] ) && is_array( $answer['site'] ) ? $answer['site'] : array();
		$site_key  = isset( $site['publicKey'] ) && is_string( $site['publicKey'] ) ? $site['publicKey'] : '';
		$site_id   = isset( $site['id'] ) && is_scalar( $site['id'] ) ? (string) $site['id'] : '';
		$secret    = isset( $answer['secret'] ) && is_string( $answer['secret'] ) ? $answer['secret'] : '';
		$key_shape = '/^pk_[A-Za-z0-9_-]{8,200}$/';
		if ( ! preg_match( $key_shape, $site_key ) || '' === $secret ) {
			return new WP_Error(
				'omniops_sidecar_invalid_response',
				__( 'The OmniOps service accepted the token but did not return a site key and secret. Check that the service and the plugin are up to date.', 'omniops' ),
				array( 'status' => 502 )
			);
		}

		$this->settings->save_connection( $sidecar_url, $site_key, $secret, $site_id );
		if ( $previous && $previous['site_key'] !== $site_key ) {
			$previous['client']->disconnect();
		}

		/**
		 * Fires after the site was connected to an OmniOps sidecar.
		 *
		 * @param string $sidecar_url Base URL of the sidecar.
		 * @param string $site_key    The site's public key.
		 */
		do_action( 'omniops_connected', $sidecar_url, $site_key );
		return true;
	}

	/**
	 * Tells the sidecar to retire the site key (ignoring failures: the owner wants out
	 * even when the service is gone) and forgets the credentials.
	 */
	public function disconnect(): void {
		$current = $this->signed_client();
		if ( $current ) {
			$current['client']->disconnect();
		}
		$this->settings->clear_connection();

		/**
		 * Fires after the site was disconnected from OmniOps.
		 */
		do_action( 'omniops_disconnected' );
	}

	/**
	 * Asks the sidecar to re-read the shop's content.
	 *
	 * @return array<string, mixed>|WP_Error The sidecar's answer, e.g. { queued: true }.
	 */
	public function sync() {
		$current = $this->signed_client();
		if ( ! $current ) {
			return $this->not_usable_error();
		}
		return $current['client']->sync();
	}

	/**
	 * The connection as the settings page shows it. When connected, the sidecar is asked
	 * for the knowledge index status; a failure there is reported in `error` but does not
	 * change `connected`.
	 *
	 * @return array<string, mixed>
	 */
	public function describe(): array {
		$connected = $this->settings->is_connected();
		$data      = array(
			'connected'   => $connected,
			'sidecarUrl'  => $this->settings->sidecar_url(),
			'siteKey'     => $connected ? $this->settings->site_key() : null,
			'connectedAt' => $connected ? $this->settings->connected_at() : null,
		);
		if ( ! $connected ) {
			return $data;
		}

		$current = $this->signed_client();
		$answer  = $current ? $current['client']->status() : $this->not_usable_error();
		if ( is_wp_error( $answer ) ) {
			$data['error'] = $answer->get_error_message();
			return $data;
		}

		$knowledge      = isset( $answer['knowledge'] ) && is_array( $answer['knowledge'] ) ? $answer['knowledge'] : array();
		$data['status'] = array(
			'documents'    => isset( $knowledge['documents'] ) ? (int) $knowledge['documents'] : 0,
			'passages'     => isset( $knowledge['passages'] ) ? (int) $knowledge['passages'] : 0,
			'state'        => isset( $knowledge['state'] ) && is_string( $knowledge['state'] ) ? $knowledge['state'] : 'unknown',
			'lastSyncedAt' => isset( $knowledge['lastSyncedAt'] ) && is_string( $knowledge['lastSyncedAt'] ) ? $knowledge['lastSyncedAt'] : null,
			'lastError'    => isset( $knowledge['lastError'] ) && is_string( $knowledge['lastError'] ) ? $knowledge['lastError'] : null,
		);
		return $data;
	}

	/**
	 * The site title as plain text; the host name when the title is empty (the sidecar
	 * needs a name to show in its dashboard).
	 */
	public static function site_name(): string {
		$name = trim( wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES ) );
		return '' !== $name ? $name : (string) wp_parse_url( home_url(), PHP_URL_HOST );
	}

	/**
	 * Origins the widget iframe may be embedded in: the home URL's origin, plus the
	 * WordPress address's origin when it differs (wp-admin on another host).
	 *
	 * @return string[]
	 */
	public static function allowed_origins(): array {
		$origins = array();
		foreach ( array( home_url(), site_url() ) as $url ) {
			$origin = self::origin( $url );
			if ( '' !== $origin && ! in_array( $origin, $origins, true ) ) {
				$origins[] = $origin;
			}
		}
		return $origins;
	}

	/**
	 * scheme://host[:port] of a URL, as a browser writes it in `event.origin`.
	 *
	 * @param string $url Absolute URL.
	 */
	public static function origin( string $url ): string {
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
			return '';
		}
		$scheme       = strtolower( $parts['scheme'] );
		$default_port = 'https' === $scheme ? 443 : 80;
		$port         = isset( $parts['port'] ) && (int) $parts['port'] !== $default_port ? ':' . (int) $parts['port'] : '';
		return $scheme . '://' . strtolower( $parts['host'] ) . $port;
	}

	/**
	 * Versions reported to the sidecar; WooCommerce only when it is active.
	 *
	 * @return array<string, string>
	 */
	private function platform(): array {
		$platform = array(
			'wordpress' => (string) get_bloginfo( 'version' ),
			'plugin'    => $this->version,
		);
		if ( defined( 'WC_VERSION' ) ) {
			$platform['woocommerce'] = (string) WC_VERSION;
		}
		return $platform;
	}

	/**
	 * A client carrying the stored credentials, or null when there are none or the secret
	 * cannot be decrypted.
	 *
	 * @return array{client: Client, site_key: string}|null
	 */
	private function signed_client(): ?array {
		if ( ! $this->settings->is_connected() ) {
			return null;
		}
		$secret = $this->settings->secret();
		if ( null === $secret ) {
			return null;
		}
		$site_key = $this->settings->site_key();
		return array(
			'client'   => new Client( $this->settings->sidecar_url(), $site_key, $secret ),
			'site_key' => $site_key,
		);
	}

	/**
	 * Why a signed call cannot be made.
	 */
	private function not_usable_error(): WP_Error {
		if ( $this->settings->is_connected() ) {
			return new WP_Error(
				'omniops_secret_unreadable',
				__( 'The stored site secret can no longer be read (were the WordPress salts changed?). Disconnect, then connect again with a new token.', 'omniops' ),
				array( 'status' => 409 )
			);
		}
		return new WP_Error( 'omniops_not_connected', __( 'This site is not connected to OmniOps.', 'omniops' ), array( 'status' => 409 ) );
	}
}
