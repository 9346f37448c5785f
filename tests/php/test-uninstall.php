<?php
/**
 * uninstall.php removes exactly the plugin's own options and leaves everything else,
 * including merchant data that merely looks similar.
 *
 * @package OmniOps
 */

use OmniOps\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Every option name of the current site.
 *
 * @return string[]
 */
function omniops_test_option_names(): array {
	global $wpdb;
	wp_cache_flush();
	return $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} ORDER BY option_name" );
}

omniops_test(
	'uninstall: removes exactly the OmniOps options, nothing else',
	static function () {
		( new Settings() )->save_connection( 'https://chat.example.com', 'pk_uninstall_1234', 'sk_uninstall', 'site-1' );
		// Every option the plugin owns exists before the uninstall, so each removal is checked.
		foreach ( Settings::OWNED_OPTIONS as $option ) {
			if ( false === get_option( $option ) ) {
				update_option( $option, array( 'test' => true ) );
			}
		}
		update_option( 'omniops_test_merchant_option', 'kept: not in Settings::OWNED_OPTIONS' );
		update_option( 'woocommerce_omniops_lookalike', 'kept' );
		$before = omniops_test_option_names();
		$blogname = get_option( 'blogname' );

		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'omniops/omniops.php' );
		}
		include WP_PLUGIN_DIR . '/omniops/uninstall.php';

		$after   = omniops_test_option_names();
		$removed = array_values( array_diff( $before, $after ) );
		$owned = Settings::OWNED_OPTIONS;
		sort( $owned );
		sort( $removed );
		omniops_assert_same( $owned, $removed, 'removed options' );
		omniops_assert_same( array(), array_values( array_diff( $after, $before ) ), 'added options' );
		omniops_assert_same( 'kept: not in Settings::OWNED_OPTIONS', get_option( 'omniops_test_merchant_option' ), 'look-alike option kept' );
		omniops_assert_same( $blogname, get_option( 'blogname' ), 'blogname' );
		omniops_assert_same( false, get_option( Settings::OPTION ), 'OmniOps option gone' );

		delete_option( 'omniops_test_merchant_option' );
		delete_option( 'woocommerce_omniops_lookalike' );
	}
);

omniops_test(
	'uninstall: the file does nothing unless WordPress is uninstalling the plugin',
	static function () {
		$source = (string) file_get_contents( WP_PLUGIN_DIR . '/omniops/uninstall.php' );
		omniops_assert_true( 1 === preg_match( "/^<\?php.*?defined\( 'WP_UNINSTALL_PLUGIN' \) \|\| exit;/s", $source ), 'WP_UNINSTALL_PLUGIN guard before any code' );
		$php    = escapeshellarg( PHP_BINARY );
		$file   = escapeshellarg( WP_PLUGIN_DIR . '/omniops/uninstall.php' );
		$output = shell_exec( "$php -r 'define(\"ABSPATH\", \"/\"); include \$argv[1]; echo \"reached the end\";' $file 2>&1" );
		omniops_assert_same( '', (string) $output, 'output of a direct include without WP_UNINSTALL_PLUGIN' );
	}
);
