<?php
/**
 * WooCommerce glue: once connected (and when WooCommerce is active), create read-only REST
 * keys, register webhooks with a fresh secret, and hand keys and secret to the sidecar over
 * the signed channel; on disconnect, remove both. What was created is remembered in the
 * omniops_woocommerce option so it can be removed exactly.
 *
 * @package OmniOps
 */

namespace OmniOps\WooCommerce;

use OmniOps\Settings;
use OmniOps\Sidecar\Client;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reacts to omniops_connected / omniops_disconnected.
 */
final class Integration {

	const OPTION = 'omniops_woocommerce';

	/**
	 * Plugin settings (sidecar URL, site key, secret).
	 *
	 * @var Settings
	 */
	private $settings;

	/**
	 * Key maker.
	 *
	 * @var RestKeys
	 */
	private $keys;

	/**
	 * Webhook maker.
	 *
	 * @var Webhooks
	 */
	private $webhooks;

	/**
	 * Dependencies.
	 *
	 * @param Settings $settings Plugin settings.
	 * @param RestKeys $keys     Key maker.
	 * @param Webhooks $webhooks Webhook maker.
	 */
	public function __construct( Settings $settings, RestKeys $keys, Webhooks $webhooks ) {
		$this->settings = $settings;
		$this->keys     = $keys;
		$this->webhooks = $webhooks;
	}

	/**
	 * Hooked to omniops_connected (WooCommerce shops only); errors are kept for the settings
	 * page, never thrown.
	 */
	public function on_connected(): void {
		if ( ! class_exists( 'WooCommerce' ) ) {
			return; // Pages and posts are still indexed; nothing to hand over.
		}
		$result = $this->hand_over( get_current_user_id() );
		if ( is_wp_error( $result ) ) {
			update_option( self::OPTION, array_merge( $this->state(), array( 'error' => $result->get_error_message() ) ), false );
		}
	}

	/**
	 * Creates keys and webhooks and hands them to the sidecar (replacing earlier ones).
	 *
	 * @param int $user_id The shop manager the key and webhooks act as.
	 * @return true|WP_Error
	 */
	public function hand_over( int $user_id ) {
		if ( ! class_exists( 'WooCommerce' ) ) {
			return new WP_Error( 'omniops_no_woocommerce', __( 'WooCommerce is not active.', 'omniops' ) );
		}
		$secret = $this->settings->secret();
		if ( ! $this->settings->is_connected() || null === $secret ) {
			return new WP_Error( 'omniops_not_connected', __( 'Connect to OmniOps first.', 'omniops' ) );
		}
		$this->remove();
		$keys = $this->keys->create_read_only( $user_id );
		if ( is_wp_error( $keys ) ) {
			return $keys;
		}
		$webhook_secret = wp_generate_password( 40, false, false );
		$delivery_url   = $this->settings->sidecar_url() . '/webhooks/woocommerce/' . rawurlencode( $this->settings->site_key() );
		$webhook_ids    = $this->webhooks->register( $delivery_url, $webhook_secret, $user_id );
		update_option(
			self::OPTION,
			array(
				'key_id'      => $keys['key_id'],
				'webhook_ids' => $webhook_ids,
			),
			false
		);
		$client = new Client( $this->settings->sidecar_url(), $this->settings->site_key(), $secret );
		$answer = $client->signed(
			'PUT',
			'/api/site/commerce/credentials',
			array(
				'consumerKey'    => $keys['consumer_key'],
				'consumerSecret' => $keys['consumer_secret'],
				'webhookSecret'  => $webhook_secret,
			)
		);
		return is_wp_error( $answer ) ? $answer : true;
	}

	/**
	 * Removes the key and webhooks this plugin created (on disconnect and before a re-run).
	 */
	public function remove(): void {
		$state = $this->state();
		$this->webhooks->remove( isset( $state['webhook_ids'] ) ? (array) $state['webhook_ids'] : array() );
		$this->keys->revoke( isset( $state['key_id'] ) ? (int) $state['key_id'] : 0 );
		delete_option( self::OPTION );
	}

	/**
	 * Lets WooCommerce's wp_safe_remote_request() deliver webhooks to the configured sidecar
	 * even on a private address (a sidecar beside the shop); no other host is affected.
	 *
	 * @param bool   $external Whether WordPress treats the host as external.
	 * @param string $host     The request's host.
	 */
	public function allow_sidecar_host( $external, $host ): bool {
		$sidecar = (string) wp_parse_url( $this->settings->sidecar_url(), PHP_URL_HOST );
		return ( '' !== $sidecar && strtolower( (string) $host ) === strtolower( $sidecar ) ) || (bool) $external;
	}

	/**
	 * Adds the sidecar's port to the ports wp_safe_remote_request() may use, for its host only.
	 *
	 * @param int[]  $ports Allowed ports.
	 * @param string $host  The request's host.
	 * @return int[]
	 */
	public function allow_sidecar_port( $ports, $host ): array {
		$ports   = is_array( $ports ) ? $ports : array();
		$sidecar = wp_parse_url( $this->settings->sidecar_url() );
		if ( isset( $sidecar['host'], $sidecar['port'] ) && strtolower( (string) $host ) === strtolower( $sidecar['host'] ) ) {
			$ports[] = (int) $sidecar['port'];
		}
		return $ports;
	}

	/**
	 * What was created last time.
	 *
	 * @return array<string, mixed>
	 */
	private function state(): array {
		$state = get_option( self::OPTION, array() );
		return is_array( $state ) ? $state : array();
	}
}
