<?php
/**
 * Conversion attribution, the shop's half (docs/adr/0012-conversion-attribution.md). After the
 * shopper consented (or where the shop asks no consent), attribution.js keeps their
 * OmniOps conversation id in the first-party cookie `omniops_conversation`. At checkout
 * this class copies it into the order as the `_omniops_conversation` meta, which
 * WooCommerce's order webhooks carry to the sidecar in `meta_data`; the sidecar then
 * attributes the order to the conversation when it came within its attribution window.
 *
 * @package OmniOps
 */

namespace OmniOps\WooCommerce;

use OmniOps\Settings;
use OmniOps\Storefront\Loader;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues attribution.js and writes the conversation into new orders.
 */
final class Attribution {

	const COOKIE        = 'omniops_conversation';
	const META_KEY      = '_omniops_conversation';
	const SCRIPT_HANDLE = 'omniops-attribution';

	/**
	 * Plugin settings (connected or not).
	 *
	 * @var Settings
	 */
	private $settings;

	/**
	 * Main plugin file, for asset URLs.
	 *
	 * @var string
	 */
	private $plugin_file;

	/**
	 * Whether this is a WooCommerce shop; null: ask WooCommerce at run time.
	 *
	 * @var bool|null
	 */
	private $is_shop;

	/**
	 * Dependencies.
	 *
	 * @param Settings  $settings    Plugin settings.
	 * @param string    $plugin_file Main plugin file (omniops.php).
	 * @param bool|null $is_shop     Whether WooCommerce runs here (tests); null detects it.
	 */
	public function __construct( Settings $settings, string $plugin_file, ?bool $is_shop = null ) {
		$this->settings    = $settings;
		$this->plugin_file = $plugin_file;
		$this->is_shop     = $is_shop;
	}

	/**
	 * The conversation id in the shopper's cookie, when it is one (a UUID); null otherwise.
	 */
	public function conversation_from_cookie(): ?string {
		if ( ! isset( $_COOKIE[ self::COOKIE ] ) ) {
			return null;
		}
		$value = strtolower( sanitize_text_field( wp_unslash( (string) $_COOKIE[ self::COOKIE ] ) ) );
		return 1 === preg_match( '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/', $value ) ? $value : null;
	}

	/**
	 * Hooked to both checkouts: writes the conversation into the order being created.
	 *
	 * @param \WC_Order|mixed $order The new order (not saved yet).
	 */
	public function copy_to_order( $order ): void {
		$conversation = $this->conversation_from_cookie();
		if ( null === $conversation || ! is_object( $order ) || ! method_exists( $order, 'update_meta_data' ) ) {
			return;
		}
		$order->update_meta_data( self::META_KEY, $conversation );
	}

	/**
	 * Hooked to wp_enqueue_scripts: attribution.js on the pages the loader is on, on
	 * WooCommerce shops only (nothing to attribute elsewhere).
	 */
	public function enqueue(): void {
		$is_shop = null === $this->is_shop ? class_exists( 'WooCommerce' ) : $this->is_shop;
		$file    = plugin_dir_path( $this->plugin_file ) . 'build/attribution.js';
		if ( ! $is_shop || ! $this->settings->is_connected() || ! wp_script_is( Loader::SCRIPT_HANDLE, 'enqueued' ) || ! is_readable( $file ) ) {
			return;
		}
		$asset_file = plugin_dir_path( $this->plugin_file ) . 'build/attribution.asset.php';
		$asset      = is_readable( $asset_file ) ? require $asset_file : array();
		wp_enqueue_script(
			self::SCRIPT_HANDLE,
			plugins_url( 'build/attribution.js', $this->plugin_file ),
			array( Loader::SCRIPT_HANDLE ),
			isset( $asset['version'] ) ? (string) $asset['version'] : null,
			array(
				'strategy'  => 'defer',
				'in_footer' => true,
			)
		);
	}
}
