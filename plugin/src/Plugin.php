<?php
/**
 * Builds the plugin's parts and hands them to Hooks.
 *
 * @package OmniOps
 */

namespace OmniOps;

use OmniOps\Admin\SettingsPage;
use OmniOps\Privacy\PersonalData;
use OmniOps\Rest\AiProviderController;
use OmniOps\Rest\AppearanceController;
use OmniOps\Rest\CommerceController;
use OmniOps\Rest\ConnectionController;
use OmniOps\Rest\PageTypesController;
use OmniOps\Storefront\Appearance;
use OmniOps\Storefront\Loader;
use OmniOps\Storefront\PageTypes;
use OmniOps\WooCommerce\Attribution;
use OmniOps\WooCommerce\CustomerIdentity;
use OmniOps\WooCommerce\Integration;
use OmniOps\WooCommerce\PageContext;
use OmniOps\WooCommerce\RestKeys;
use OmniOps\WooCommerce\Webhooks;

defined( 'ABSPATH' ) || exit;

/**
 * The only place that builds objects and hands them their dependencies; Hooks is the only
 * place that hooks them into WordPress.
 */
final class Plugin {

	/**
	 * Main plugin file.
	 *
	 * @var string
	 */
	private $plugin_file = '';

	/**
	 * Builds every part and registers every hook of the plugin.
	 *
	 * @param string $plugin_file Main plugin file (omniops.php).
	 * @param string $version     Plugin version.
	 */
	public function init( string $plugin_file, string $version ): void {
		$this->plugin_file = $plugin_file;
		$settings          = new Settings();
		$appearance        = new Appearance();
		$page_types        = new PageTypes();
		$page_context      = new PageContext( $page_types );
		$integration       = new Integration( $settings, new RestKeys(), new Webhooks() );

		( new Hooks(
			array(
				'plugin'            => $this,
				'controllers'       => array(
					new ConnectionController( $settings, new Connection( $settings, $version ) ),
					new AppearanceController( $settings, $appearance ),
					new PageTypesController( $settings, $page_types ),
					new AiProviderController( $settings ),
					new CommerceController( $settings, $integration ),
				),
				'loader'            => new Loader( $settings, $plugin_file, $appearance, $page_context ),
				'personal_data'     => new PersonalData( $settings ),
				'page_context'      => $page_context,
				'integration'       => $integration,
				'attribution'       => new Attribution( $settings, $plugin_file ),
				'customer_identity' => new CustomerIdentity( $settings ),
				'settings_page'     => is_admin() ? new SettingsPage( $plugin_file ) : null,
			)
		) )->register();

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
