<?php
/**
 * Every hook the plugin registers, in one list (ADR 0029).
 *
 * @package OmniOps
 */

namespace OmniOps;

use OmniOps\Admin\SettingsPage;
use OmniOps\Privacy\PersonalData;
use OmniOps\Rest\Controller;
use OmniOps\Storefront\Loader;
use OmniOps\WooCommerce\Attribution;
use OmniOps\WooCommerce\CustomerIdentity;
use OmniOps\WooCommerce\Integration;
use OmniOps\WooCommerce\PageContext;

defined( 'ABSPATH' ) || exit;

/**
 * Classes only say what to do when called; this is the one place that says when. Outside it
 * the plugin adds three hooks: `plugins_loaded` in omniops.php (to start at all), and the two
 * HTTP filters Sidecar\Client adds around its own request and removes right after.
 *
 * The plugin's own extension points: the action `omniops_loaded` (Plugin, once these are
 * registered), the actions `omniops_connected` / `omniops_disconnected` (Connection), and the
 * filters `omniops_loader_config` and `omniops_load_widget` (Storefront\Loader).
 */
final class Hooks {

	/**
	 * The plugin's parts, built by Plugin.
	 *
	 * @var array{plugin: Plugin, controllers: Controller[], loader: Loader, personal_data: PersonalData, page_context: PageContext, integration: Integration, attribution: Attribution, customer_identity: CustomerIdentity, settings_page: SettingsPage|null}
	 */
	private $parts;

	/**
	 * Hooks over the given parts.
	 *
	 * @param array{plugin: Plugin, controllers: Controller[], loader: Loader, personal_data: PersonalData, page_context: PageContext, integration: Integration, attribution: Attribution, customer_identity: CustomerIdentity, settings_page: SettingsPage|null} $parts The plugin's parts; settings_page only in wp-admin.
	 */
	public function __construct( array $parts ) {
		$this->parts = $parts;
	}

	/**
	 * Adds every hook. The order is the order callbacks of equal priority run in.
	 */
	public function register(): void {
		$p = $this->parts;

		add_action( 'init', array( $p['plugin'], 'load_textdomain' ) );

		// REST routes under omniops/v1 (one controller each, Rest\Controller).
		foreach ( $p['controllers'] as $controller ) {
			add_action( 'rest_api_init', array( $controller, 'register_routes' ) );
		}

		// Storefront: the loader (wp_enqueue_scripts fires on front-end pages only, never in
		// wp-admin or on wp-login.php), then what the loader's config carries.
		add_action( 'wp_enqueue_scripts', array( $p['loader'], 'enqueue' ) );
		add_filter( 'omniops_loader_config', array( $p['page_context'], 'add_to_config' ) );
		add_filter( 'omniops_loader_config', array( $p['customer_identity'], 'add_to_config' ) );

		// Privacy: WordPress's personal-data export and erasure tools.
		add_filter( 'wp_privacy_personal_data_exporters', array( $p['personal_data'], 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $p['personal_data'], 'register_eraser' ) );

		// WooCommerce: keys and webhooks follow the connection; webhook deliveries may reach
		// the configured sidecar host.
		add_action( 'omniops_connected', array( $p['integration'], 'on_connected' ), 10, 0 );
		add_action( 'omniops_disconnected', array( $p['integration'], 'remove' ), 10, 0 );
		add_filter( 'http_request_host_is_external', array( $p['integration'], 'allow_sidecar_host' ), 10, 2 );
		add_filter( 'http_allowed_safe_ports', array( $p['integration'], 'allow_sidecar_port' ), 10, 2 );

		// WooCommerce: both checkouts (classic, and the Store API one the Checkout block uses)
		// fire before the order is saved, so the conversation id is in order.created.
		add_action( 'woocommerce_checkout_create_order', array( $p['attribution'], 'copy_to_order' ), 10, 1 );
		add_action( 'woocommerce_store_api_checkout_update_order_meta', array( $p['attribution'], 'copy_to_order' ), 10, 1 );
		// After the loader (priority 10), which attribution.js needs on the page.
		add_action( 'wp_enqueue_scripts', array( $p['attribution'], 'enqueue' ), 20 );

		// wp-admin: the settings page.
		$settings_page = $p['settings_page'];
		if ( null !== $settings_page ) {
			// After WooCommerce's own items (its menu at priority 9, submenus up to 50), so
			// the entry sits at the end of its submenu.
			add_action( 'admin_menu', array( $settings_page, 'add_menu' ), 60 );
			add_action( 'admin_enqueue_scripts', array( $settings_page, 'enqueue' ) );
			add_action( 'admin_notices', array( $settings_page, 'missing_build_notice' ) );
			add_filter( 'plugin_action_links_' . $settings_page->basename(), array( $settings_page, 'action_links' ) );
		}
	}
}
