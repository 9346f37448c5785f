<?php
/**
 * Puts the chat launcher on the shop's public pages.
 *
 * @package OmniOps
 */

namespace OmniOps\Storefront;

use OmniOps\Settings;
use OmniOps\WooCommerce\PageContext;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues build/loader.js (deferred, in the footer) with window.omniopsConfig printed
 * before it, on front-end pages only and only once the site is connected.
 */
final class Loader {

	const SCRIPT_HANDLE = 'omniops-loader';
	const CART_HANDLE   = 'omniops-cart';

	/**
	 * Stored settings.
	 *
	 * @var Settings
	 */
	private $settings;

	/**
	 * Main plugin file, to resolve build/ URLs.
	 *
	 * @var string
	 */
	private $plugin_file;

	/**
	 * The widget settings copy (launcher look, consent requirement); optional.
	 *
	 * @var Appearance|null
	 */
	private $appearance;

	/**
	 * The page as WooCommerce sees it, for the Store API on product pages; optional.
	 *
	 * @var PageContext|null
	 */
	private $page_context;

	/**
	 * Loader for the given settings and plugin.
	 *
	 * @param Settings         $settings     Stored settings.
	 * @param string           $plugin_file  Main plugin file.
	 * @param Appearance|null  $appearance   Widget settings for the launcher.
	 * @param PageContext|null $page_context Page context, for "Add to cart" on product pages.
	 */
	public function __construct( Settings $settings, string $plugin_file, ?Appearance $appearance = null, ?PageContext $page_context = null ) {
		$this->settings     = $settings;
		$this->plugin_file  = $plugin_file;
		$this->appearance   = $appearance;
		$this->page_context = $page_context;
	}

	/**
	 * Hooked to wp_enqueue_scripts.
	 */
	public function enqueue(): void {
		if ( ! $this->should_load() ) {
			return;
		}
		$dir        = plugin_dir_path( $this->plugin_file ) . 'build/';
		$asset_file = $dir . 'loader.asset.php';
		if ( ! is_readable( $asset_file ) || ! is_readable( $dir . 'loader.js' ) ) {
			return;
		}
		$asset = require $asset_file;

		wp_enqueue_script(
			self::SCRIPT_HANDLE,
			plugins_url( 'build/loader.js', $this->plugin_file ),
			isset( $asset['dependencies'] ) ? (array) $asset['dependencies'] : array(),
			isset( $asset['version'] ) ? (string) $asset['version'] : null,
			array(
				'strategy'  => 'defer',
				'in_footer' => true,
			)
		);
		wp_add_inline_script( self::SCRIPT_HANDLE, 'window.omniopsConfig = ' . wp_json_encode( $this->config() ) . ';', 'before' );
		$this->enqueue_cart( $dir, isset( $asset['version'] ) ? (string) $asset['version'] : null );
	}

	/**
	 * On product pages of a WooCommerce shop, cart.js (the widget's "Add to cart" through
	 * the Store API) with its nonce printed before it. Kept out of loader.js so that the
	 * other pages don't download it.
	 *
	 * @param string      $dir     The build directory.
	 * @param string|null $version Asset version.
	 */
	private function enqueue_cart( string $dir, ?string $version ): void {
		$store_api = $this->page_context ? $this->page_context->store_api() : null;
		if ( null === $store_api || ! is_readable( $dir . 'cart.js' ) ) {
			return;
		}
		wp_enqueue_script(
			self::CART_HANDLE,
			plugins_url( 'build/cart.js', $this->plugin_file ),
			array(),
			$version,
			array(
				'strategy'  => 'defer',
				'in_footer' => true,
			)
		);
		wp_add_inline_script( self::CART_HANDLE, 'window.omniopsStoreApi = ' . wp_json_encode( $store_api ) . ';', 'before' );
	}

	/**
	 * The loader's configuration (docs/contracts.md, "Loader configuration").
	 *
	 * The widget follows the shop's locale (get_locale()); consent and the launcher's look
	 * come from the widget settings saved in wp-admin.
	 *
	 * @return array<string, mixed>
	 */
	public function config(): array {
		$config = array(
			'sidecarUrl' => $this->settings->sidecar_url(),
			'siteKey'    => $this->settings->site_key(),
			'locale'     => get_locale(),
		);
		$config = $this->appearance ? $config + $this->appearance->loader_fields() : $config;

		/**
		 * Filters the loader configuration printed as window.omniopsConfig (WooCommerce's
		 * page context is added here).
		 *
		 * @param array<string, mixed> $config Loader configuration.
		 */
		return (array) apply_filters( 'omniops_loader_config', $config );
	}

	/**
	 * Front end, connected, and not switched off by the omniops_load_widget filter.
	 */
	private function should_load(): bool {
		if ( is_admin() || wp_doing_ajax() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || is_feed() || is_embed() ) {
			return false;
		}
		if ( isset( $GLOBALS['pagenow'] ) && 'wp-login.php' === $GLOBALS['pagenow'] ) {
			return false;
		}
		if ( ! $this->settings->is_connected() ) {
			return false;
		}

		/**
		 * Filters whether the chat launcher is loaded on the current front-end page.
		 *
		 * @param bool $load Whether to load it. Default true on every front-end page.
		 */
		return (bool) apply_filters( 'omniops_load_widget', true );
	}
}
