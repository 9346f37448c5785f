<?php
/**
 * Plugin Name:       OmniOps
 * Plugin URI:        https://github.com/omniops/omniops
 * Description:       AI customer-service chat for your shop: answers shoppers from your own pages, products and orders.
 * Version:           0.1.0
 * Requires at least: 6.6
 * Requires PHP:      7.4
 * Author:            OmniOps
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       omniops
 * Domain Path:       /languages
 *
 * WooCommerce is optional: without it the chat answers from the site's pages and posts.
 *
 * @package OmniOps
 */

defined( 'ABSPATH' ) || exit;

define( 'OMNIOPS_VERSION', '0.1.0' );

// OmniOps\Foo\Bar lives in src/Foo/Bar.php; no Composer at run time.
spl_autoload_register(
	static function ( $class_name ) {
		if ( 0 !== strpos( $class_name, 'OmniOps\\' ) ) {
			return;
		}
		$file = __DIR__ . '/src/' . str_replace( '\\', '/', substr( $class_name, strlen( 'OmniOps\\' ) ) ) . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);

add_action(
	'plugins_loaded',
	static function () {
		( new OmniOps\Plugin() )->init( __FILE__, OMNIOPS_VERSION );
	}
);
