<?php
/**
 * PHPUnit bootstrap: the real WordPress of tests/env/wp-up.sh (WordPress 6.8 from Debian,
 * MariaDB, WooCommerce 7.8.2 and the OmniOps plugin copy, all active), loaded as for a
 * front-end request. tests/php/run.sh brings that site up first and passes its folder in
 * OMNIOPS_WP_SITE_DIR.
 *
 * @package OmniOps
 */

// PHPUnit includes this file inside a method, so WordPress's globals would be locals of it:
// the ones WordPress reads through `global` before it sets them itself are declared here
// (as wordpress-develop's own test bootstrap does).
global $wpdb, $table_prefix, $current_site, $current_blog, $wp_rewrite, $shortcode_tags, $wp, $phpmailer, $wp_theme_directories;

$omniops_site_dir = getenv( 'OMNIOPS_WP_SITE_DIR' );
$omniops_site_dir = $omniops_site_dir ? $omniops_site_dir : '/tmp/omniops-wp/site';
if ( ! is_file( $omniops_site_dir . '/wp-load.php' ) ) {
	fwrite( STDERR, "tests/php: no test WordPress at $omniops_site_dir: run tests/env/wp-up.sh (or bash tests/php/run.sh) first.\n" );
	exit( 1 );
}

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';

require $omniops_site_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

if ( ! class_exists( 'OmniOps\Plugin' ) ) {
	fwrite( STDERR, "tests/php: the OmniOps plugin is not active on $omniops_site_dir: run tests/env/wp-up.sh first.\n" );
	exit( 1 );
}
if ( ! class_exists( 'WooCommerce' ) ) {
	fwrite( STDERR, "tests/php: WooCommerce is not active on $omniops_site_dir: run tests/env/wp-up.sh first.\n" );
	exit( 1 );
}

require __DIR__ . '/includes/helpers.php';
require __DIR__ . '/includes/class-omniops-testcase.php';

// The cases start without a connection; the site's own (a browser journey's) comes back
// when the run ends.
$GLOBALS['omniops_saved_option'] = get_option( OmniOps\Settings::OPTION, null );
register_shutdown_function(
	static function () {
		if ( null !== $GLOBALS['omniops_saved_option'] ) {
			update_option( OmniOps\Settings::OPTION, $GLOBALS['omniops_saved_option'], true );
		}
	}
);
