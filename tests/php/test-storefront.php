<?php
/**
 * The storefront loader: enqueued (deferred, configured) on front-end pages once the site
 * is connected; never in wp-admin, never on the login page. The admin bundle: only on the
 * settings page.
 *
 * @package OmniOps
 */

use PHPUnit\Framework\Assert;
use OmniOps\Admin\SettingsPage;
use OmniOps\Settings;
use OmniOps\Storefront\Loader;

defined( 'ABSPATH' ) || exit;

require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
require_once ABSPATH . 'wp-admin/includes/screen.php';

/**
 * Stores a connection so the loader has something to load.
 */
function omniops_test_connect_site(): void {
	( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
}

/**
 * Fails unless the plugin copy under test has the given build file.
 *
 * @param string $file File name under plugin/build/.
 */
function omniops_test_require_build( string $file ): void {
	if ( ! is_readable( WP_PLUGIN_DIR . '/omniops/build/' . $file ) ) {
		Assert::fail( "plugin/build/$file is missing: build first (npm run build), then re-run tests/env/wp-up.sh" );
	}
}

/**
 * The storefront cases.
 *
 * @testdox Storefront
 */
final class Test_Storefront extends OmniOps_TestCase {

	/**
	 * Storefront: loader is enqueued deferred in the footer with window.omniopsConfig before it.
	 */
	public function test_loader_is_enqueued_deferred_in_the_footer_with_window_omniopsconfig_before_it(): void {
		omniops_test_require_build( 'loader.js' );
		omniops_test_connect_site();
		// No saved widget settings: the launcher's defaults (browser journeys may leave some).
		delete_option( 'omniops_widget_settings' );
		do_action( 'wp_enqueue_scripts' );

		self::assertSame( true, wp_script_is( Loader::SCRIPT_HANDLE, 'enqueued' ), 'loader enqueued' );
		self::assertSame( 'defer', wp_scripts()->get_data( Loader::SCRIPT_HANDLE, 'strategy' ), 'loading strategy' );
		self::assertSame( 1, wp_scripts()->get_data( Loader::SCRIPT_HANDLE, 'group' ), 'footer group' );

		$before = implode( "\n", array_filter( (array) wp_scripts()->get_data( Loader::SCRIPT_HANDLE, 'before' ) ) );
		self::assertSame(
			'window.omniopsConfig = {"sidecarUrl":"http:\/\/127.0.0.1:3100","siteKey":"pk_front_key_1234","locale":"' . get_locale() . '","consentRequired":false,"appearance":{"position":"right","launcherIcon":"chat"},"pageContext":{"pageType":"other"}};',
			$before,
			'inline configuration'
		);

		// What the page actually prints: the inline config, then the deferred script.
		ob_start();
		wp_scripts()->do_items( array( Loader::SCRIPT_HANDLE ), 1 );
		$html = (string) ob_get_clean();
		self::assertStringContainsString( 'window.omniopsConfig = ', $html, 'printed HTML' );
		self::assertTrue( 1 === preg_match( '#<script[^>]+src="[^"]+/omniops/build/loader\.js[^"]*"[^>]*\bdefer\b#', $html ), 'loader script tag has defer: ' . $html );
		self::assertTrue( strpos( $html, 'window.omniopsConfig' ) < strpos( $html, 'loader.js' ), 'config printed before the loader' );
		self::assertTrue( false === strpos( $html, 'sk_front_secret' ), 'the secret never reaches the page' );
	}

	/**
	 * Storefront: nothing is enqueued while the site is not connected.
	 */
	public function test_nothing_is_enqueued_while_the_site_is_not_connected(): void {
		do_action( 'wp_enqueue_scripts' );
		self::assertSame( false, wp_script_is( Loader::SCRIPT_HANDLE, 'registered' ), 'loader registered' );
	}

	/**
	 * Storefront: nothing is enqueued in wp-admin.
	 */
	public function test_nothing_is_enqueued_in_wp_admin(): void {
		omniops_test_connect_site();
		set_current_screen( 'dashboard' );
		self::assertSame( true, is_admin(), 'is_admin() in the simulated admin screen' );
		do_action( 'admin_enqueue_scripts', 'index.php' );
		do_action( 'wp_enqueue_scripts' );  // Even if some code fired it in wp-admin.
		self::assertSame( false, wp_script_is( Loader::SCRIPT_HANDLE, 'registered' ), 'loader registered in wp-admin' );
	}

	/**
	 * Storefront: nothing is enqueued on the login page.
	 */
	public function test_nothing_is_enqueued_on_the_login_page(): void {
		omniops_test_connect_site();
		$GLOBALS['pagenow'] = 'wp-login.php';
		do_action( 'login_enqueue_scripts' );
		do_action( 'wp_enqueue_scripts' );
		self::assertSame( false, wp_script_is( Loader::SCRIPT_HANDLE, 'registered' ), 'loader registered on wp-login.php' );
	}

	/**
	 * Storefront: the omniops_load_widget filter can switch the loader off.
	 */
	public function test_the_omniops_load_widget_filter_can_switch_the_loader_off(): void {
		omniops_test_require_build( 'loader.js' );
		omniops_test_connect_site();
		add_filter( 'omniops_load_widget', '__return_false' );
		do_action( 'wp_enqueue_scripts' );
		remove_filter( 'omniops_load_widget', '__return_false' );
		self::assertSame( false, wp_script_is( Loader::SCRIPT_HANDLE, 'registered' ), 'loader registered' );
	}

	/**
	 * Admin: the settings bundle loads on the settings page only, with its asset dependencies.
	 */
	public function test_the_settings_bundle_loads_on_the_settings_page_only_with_its_asset_dependencies(): void {
		omniops_test_require_build( 'admin.js' );
		wp_set_current_user( omniops_create_user( 'administrator' ) );
		set_current_screen( 'dashboard' );
		$page = new SettingsPage( WP_PLUGIN_DIR . '/omniops/omniops.php' );
		$page->add_menu();

		$page->enqueue( 'index.php' );
		self::assertSame( false, wp_script_is( SettingsPage::SCRIPT_HANDLE, 'registered' ), 'bundle on the dashboard' );

		$hook = get_plugin_page_hookname( SettingsPage::SLUG, SettingsPage::woocommerce_active() ? 'woocommerce' : 'options-general.php' );
		$page->enqueue( $hook );
		self::assertSame( true, wp_script_is( SettingsPage::SCRIPT_HANDLE, 'enqueued' ), "bundle on $hook" );
		$asset = require WP_PLUGIN_DIR . '/omniops/build/admin.asset.php';
		self::assertSame( $asset['dependencies'], wp_scripts()->registered[ SettingsPage::SCRIPT_HANDLE ]->deps, 'dependencies from admin.asset.php' );
		self::assertTrue( in_array( 'wp-api-fetch', $asset['dependencies'], true ), 'depends on wp-api-fetch (nonce middleware)' );
		self::assertSame( true, wp_style_is( 'wp-components', 'enqueued' ), 'wp-components style' );
		self::assertStringContainsString( '"restNamespace":"omniops\/v1"', implode( '', (array) wp_scripts()->get_data( SettingsPage::SCRIPT_HANDLE, 'before' ) ), 'inline bootstrap' );

		ob_start();
		$page->render();
		self::assertStringContainsString( '<div id="omniops-admin-root"></div>', (string) ob_get_clean(), 'mount point' );
	}
}
