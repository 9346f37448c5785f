<?php
/**
 * The storefront loader: enqueued (deferred, configured) on front-end pages once the site
 * is connected; never in wp-admin, never on the login page. The admin bundle: only on the
 * settings page.
 *
 * @package OmniOps
 */

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
 * Fails unless the plugin copy under test has its built loader.
 */
function omniops_test_require_build( string $file ): void {
	if ( ! is_readable( WP_PLUGIN_DIR . '/omniops/build/' . $file ) ) {
		omniops_fail( "plugin/build/$file is missing: build first (npm run build), then re-run tests/env/wp-up.sh" );
	}
}

omniops_test(
	'storefront: loader is enqueued deferred in the footer with window.omniopsConfig before it',
	static function () {
		omniops_test_require_build( 'loader.js' );
		omniops_test_connect_site();
		// No saved widget settings: the launcher's defaults (browser journeys may leave some).
		delete_option( 'omniops_widget_settings' );
		do_action( 'wp_enqueue_scripts' );

		omniops_assert_same( true, wp_script_is( Loader::SCRIPT_HANDLE, 'enqueued' ), 'loader enqueued' );
		omniops_assert_same( 'defer', wp_scripts()->get_data( Loader::SCRIPT_HANDLE, 'strategy' ), 'loading strategy' );
		omniops_assert_same( 1, wp_scripts()->get_data( Loader::SCRIPT_HANDLE, 'group' ), 'footer group' );

		$before = implode( "\n", array_filter( (array) wp_scripts()->get_data( Loader::SCRIPT_HANDLE, 'before' ) ) );
		omniops_assert_same(
			'window.omniopsConfig = {"sidecarUrl":"http:\/\/127.0.0.1:3100","siteKey":"pk_front_key_1234","locale":"' . get_locale() . '","consentRequired":false,"appearance":{"position":"right","launcherIcon":"chat"},"pageContext":{"pageType":"other"}};',
			$before,
			'inline configuration'
		);

		// What the page actually prints: the inline config, then the deferred script.
		ob_start();
		wp_scripts()->do_items( array( Loader::SCRIPT_HANDLE ), 1 );
		$html = (string) ob_get_clean();
		omniops_assert_contains( 'window.omniopsConfig = ', $html, 'printed HTML' );
		omniops_assert_true( 1 === preg_match( '#<script[^>]+src="[^"]+/omniops/build/loader\.js[^"]*"[^>]*\bdefer\b#', $html ), 'loader script tag has defer: ' . $html );
		omniops_assert_true( strpos( $html, 'window.omniopsConfig' ) < strpos( $html, 'loader.js' ), 'config printed before the loader' );
		omniops_assert_true( false === strpos( $html, 'sk_front_secret' ), 'the secret never reaches the page' );
	}
);

omniops_test(
	'storefront: nothing is enqueued while the site is not connected',
	static function () {
		do_action( 'wp_enqueue_scripts' );
		omniops_assert_same( false, wp_script_is( Loader::SCRIPT_HANDLE, 'registered' ), 'loader registered' );
	}
);

omniops_test(
	'storefront: nothing is enqueued in wp-admin',
	static function () {
		omniops_test_connect_site();
		set_current_screen( 'dashboard' );
		omniops_assert_same( true, is_admin(), 'is_admin() in the simulated admin screen' );
		do_action( 'admin_enqueue_scripts', 'index.php' );
		do_action( 'wp_enqueue_scripts' );  // Even if some code fired it in wp-admin.
		omniops_assert_same( false, wp_script_is( Loader::SCRIPT_HANDLE, 'registered' ), 'loader registered in wp-admin' );
	}
);

omniops_test(
	'storefront: nothing is enqueued on the login page',
	static function () {
		omniops_test_connect_site();
		$GLOBALS['pagenow'] = 'wp-login.php';
		do_action( 'login_enqueue_scripts' );
		do_action( 'wp_enqueue_scripts' );
		omniops_assert_same( false, wp_script_is( Loader::SCRIPT_HANDLE, 'registered' ), 'loader registered on wp-login.php' );
	}
);

omniops_test(
	'storefront: the omniops_load_widget filter can switch the loader off',
	static function () {
		omniops_test_require_build( 'loader.js' );
		omniops_test_connect_site();
		add_filter( 'omniops_load_widget', '__return_false' );
		do_action( 'wp_enqueue_scripts' );
		remove_filter( 'omniops_load_widget', '__return_false' );
		omniops_assert_same( false, wp_script_is( Loader::SCRIPT_HANDLE, 'registered' ), 'loader registered' );
	}
);

omniops_test(
	'admin: the settings bundle loads on the settings page only, with its asset dependencies',
	static function () {
		omniops_test_require_build( 'admin.js' );
		wp_set_current_user( omniops_create_user( 'administrator' ) );
		set_current_screen( 'dashboard' );
		$page = new SettingsPage( WP_PLUGIN_DIR . '/omniops/omniops.php' );
		$page->add_menu();

		$page->enqueue( 'index.php' );
		omniops_assert_same( false, wp_script_is( SettingsPage::SCRIPT_HANDLE, 'registered' ), 'bundle on the dashboard' );

		$hook = get_plugin_page_hookname( SettingsPage::SLUG, SettingsPage::woocommerce_active() ? 'woocommerce' : 'options-general.php' );
		$page->enqueue( $hook );
		omniops_assert_same( true, wp_script_is( SettingsPage::SCRIPT_HANDLE, 'enqueued' ), "bundle on $hook" );
		$asset = require WP_PLUGIN_DIR . '/omniops/build/admin.asset.php';
		omniops_assert_same( $asset['dependencies'], wp_scripts()->registered[ SettingsPage::SCRIPT_HANDLE ]->deps, 'dependencies from admin.asset.php' );
		omniops_assert_true( in_array( 'wp-api-fetch', $asset['dependencies'], true ), 'depends on wp-api-fetch (nonce middleware)' );
		omniops_assert_same( true, wp_style_is( 'wp-components', 'enqueued' ), 'wp-components style' );
		omniops_assert_contains( '"restNamespace":"omniops\/v1"', implode( '', (array) wp_scripts()->get_data( SettingsPage::SCRIPT_HANDLE, 'before' ) ), 'inline bootstrap' );

		ob_start();
		$page->render();
		omniops_assert_contains( '<div id="omniops-admin-root"></div>', (string) ob_get_clean(), 'mount point' );
	}
);
