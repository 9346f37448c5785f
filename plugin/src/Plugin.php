<?php
/**
 * Wires the plugin's parts together.
 *
 * @package OmniOps
 */

namespace OmniOps;

use OmniOps\Admin\SettingsPage;
use OmniOps\Rest\ConnectionController;
use OmniOps\Privacy\PersonalData;
use OmniOps\Storefront\Appearance;
use OmniOps\Storefront\Loader;
use OmniOps\Storefront\PageTypes;

defined( 'ABSPATH' ) || exit;

/**
 * The only place that builds objects and hands them their dependencies.
 */
final class Plugin {

	/**
	 * Main plugin file.
	 *
	 * @var string
	 */
	private $plugin_file = '';

	/**
	 * Registers every hook of the plugin.
	 *
	 * @param string $plugin_file Main plugin file (omniops.php).
	 * @param string $version     Plugin version.
	 */
	public function init( string $plugin_file, string $version ): void {
		$this->plugin_file = $plugin_file;
		$settings          = new Settings();
		$connection        = new Connection( $settings, $version );

		add_action( 'init', array( $this, 'load_textdomain' ) );
		add_action( 'rest_api_init', array( new ConnectionController( $connection ), 'register_routes' ) );
		$appearance = new Appearance( $settings );
		$appearance->init();
		$page_types = new PageTypes();
		$page_types->init();
		$page_context = new WooCommerce\PageContext( $page_types );
		( new Loader( $settings, $plugin_file, $appearance, $page_context ) )->init();
		( new PersonalData( $settings ) )->init();
		$page_context->init();
		$woocommerce = new WooCommerce\Integration( $settings, new WooCommerce\RestKeys(), new WooCommerce\Webhooks() );
		$woocommerce->init();
		( new WooCommerce\Attribution( $settings, $plugin_file ) )->init();
		( new WooCommerce\CustomerIdentity( $settings ) )->init();
		add_action( 'rest_api_init', array( new Rest\AiProviderController( $settings ), 'register_routes' ) );
		add_action( 'rest_api_init', array( new WooCommerce\RestController( $settings, $woocommerce ), 'register_routes' ) );
		if ( is_admin() ) {
			( new SettingsPage( $plugin_file ) )->init();
		}

		/**
		 * Fires once OmniOps has registered its hooks.
		 *
		 * @param Settings $settings The plugin's settings.
		 */
		do_action( 'omniops_loaded', $settings );
	}

	/**
	 * Translations from languages/ (WordPress.org language packs take precedence).
	 */
	public function load_textdomain(): void {
		load_plugin_textdomain( 'omniops', false, dirname( plugin_basename( $this->plugin_file ) ) . '/languages' );
	}
}
