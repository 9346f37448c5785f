<?php
/**
 * The wp-admin settings page: a mount point for the React app in admin-src/.
 *
 * @package OmniOps
 */

namespace OmniOps\Admin;

use OmniOps\Rest\AiProviderController;
use OmniOps\Rest\Controller;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the page (under WooCommerce when it is active, else under Settings) and
 * loads the admin bundle on that page only.
 */
final class SettingsPage {

	const SLUG          = 'omniops';
	const SCRIPT_HANDLE = 'omniops-admin';
	const MOUNT_ID      = 'omniops-admin-root';

	/**
	 * Main plugin file, to resolve build/ URLs.
	 *
	 * @var string
	 */
	private $plugin_file;

	/**
	 * Hook suffix returned by add_*_page; '' until the menu is registered.
	 *
	 * @var string
	 */
	private $hook_suffix = '';

	/**
	 * Whether our page was opened without its build files (build/admin.js).
	 *
	 * @var bool
	 */
	private $build_missing = false;

	/**
	 * Settings page for the plugin whose main file is given.
	 *
	 * @param string $plugin_file Main plugin file.
	 */
	public function __construct( string $plugin_file ) {
		$this->plugin_file = $plugin_file;
	}

	/**
	 * The plugin's basename (omniops/omniops.php), as the Plugins screen names it.
	 */
	public function basename(): string {
		return plugin_basename( $this->plugin_file );
	}

	/**
	 * Hooked to admin_menu.
	 */
	public function add_menu(): void {
		$title = __( 'OmniOps', 'omniops' );
		if ( self::woocommerce_active() ) {
			$suffix = add_submenu_page( 'woocommerce', $title, $title, 'manage_woocommerce', self::SLUG, array( $this, 'render' ) );
		} else {
			$suffix = add_options_page( $title, $title, 'manage_options', self::SLUG, array( $this, 'render' ) );
		}
		$this->hook_suffix = is_string( $suffix ) ? $suffix : '';
	}

	/**
	 * URL of the page, wherever it was registered.
	 */
	public static function url(): string {
		$parent = self::woocommerce_active() ? 'admin.php' : 'options-general.php';
		return admin_url( $parent . '?page=' . self::SLUG );
	}

	/**
	 * Adds "Settings" to the plugin's row on the Plugins screen.
	 *
	 * @param string[] $links Existing links.
	 * @return string[]
	 */
	public function action_links( $links ): array {
		$settings = sprintf( '<a href="%s">%s</a>', esc_url( self::url() ), esc_html__( 'Settings', 'omniops' ) );
		return array_merge( array( 'settings' => $settings ), (array) $links );
	}

	/**
	 * The page body: a heading and the React mount point.
	 */
	public function render(): void {
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'OmniOps', 'omniops' ); ?></h1>
			<div id="<?php echo esc_attr( self::MOUNT_ID ); ?>"></div>
			<noscript><p><?php esc_html_e( 'The OmniOps settings page needs JavaScript.', 'omniops' ); ?></p></noscript>
		</div>
		<?php
	}

	/**
	 * Hooked to admin_enqueue_scripts: loads the bundle on our page only.
	 *
	 * @param string $hook_suffix Current admin page.
	 */
	public function enqueue( $hook_suffix ): void {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix ) {
			return;
		}
		$dir        = plugin_dir_path( $this->plugin_file ) . 'build/';
		$asset_file = $dir . 'admin.asset.php';
		if ( ! is_readable( $asset_file ) || ! is_readable( $dir . 'admin.js' ) ) {
			$this->build_missing = true;
			return;
		}
		$asset = require $asset_file;

		wp_enqueue_script(
			self::SCRIPT_HANDLE,
			plugins_url( 'build/admin.js', $this->plugin_file ),
			isset( $asset['dependencies'] ) ? (array) $asset['dependencies'] : array(),
			isset( $asset['version'] ) ? (string) $asset['version'] : null,
			array( 'in_footer' => true )
		);
		// The REST nonce is added to every request by wp-api-fetch's own middleware.
		wp_add_inline_script(
			self::SCRIPT_HANDLE,
			'window.omniopsAdmin = ' . wp_json_encode(
				array(
					'restNamespace'       => Controller::REST_NAMESPACE,
					'pluginVersion'       => defined( 'OMNIOPS_VERSION' ) ? OMNIOPS_VERSION : '',
					'siteUrl'             => home_url(),
					'woocommerceActive'   => self::woocommerce_active(),
					'adminEmail'          => (string) get_option( 'admin_email' ),
					// Shop managers reach this page but not the AI provider routes.
					'canManageAiProvider' => AiProviderController::current_user_may_manage(),
				)
			) . ';',
			'before'
		);
		wp_set_script_translations( self::SCRIPT_HANDLE, 'omniops', plugin_dir_path( $this->plugin_file ) . 'languages' );
		wp_enqueue_style( 'wp-components' );
	}

	/**
	 * Hooked to admin_notices: shown instead of the app when our page was opened and the
	 * JavaScript bundle was not built.
	 */
	public function missing_build_notice(): void {
		if ( ! $this->build_missing ) {
			return;
		}
		printf(
			'<div class="notice notice-error"><p>%s</p></div>',
			esc_html__( 'The OmniOps settings screen is missing its build files (build/admin.js). Run the build, or install the plugin from a release zip.', 'omniops' )
		);
	}

	/**
	 * Whether WooCommerce is loaded.
	 */
	public static function woocommerce_active(): bool {
		return class_exists( 'WooCommerce' );
	}
}
