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

/**
 * Creates WooCommerce's woocommerce_api_keys and wc_webhooks tables in the shape
 * WooCommerce's installer (WC_Install::get_schema) gives them, when they are missing: the
 * test WordPress has no WooCommerce. Returns the tables it created, to drop afterwards.
 *
 * @return string[]
 */
function omniops_test_woocommerce_tables(): array {
	global $wpdb;
	$created = array();
	$schemas = array(
		$wpdb->prefix . 'woocommerce_api_keys' => 'key_id BIGINT UNSIGNED NOT NULL auto_increment,
			user_id BIGINT UNSIGNED NOT NULL,
			description varchar(200) NULL,
			permissions varchar(10) NOT NULL,
			consumer_key char(64) NOT NULL,
			consumer_secret char(43) NOT NULL,
			nonces longtext NULL,
			truncated_key char(7) NOT NULL,
			last_access datetime NULL default null,
			PRIMARY KEY  (key_id),
			KEY consumer_key (consumer_key),
			KEY consumer_secret (consumer_secret)',
		$wpdb->prefix . 'wc_webhooks'          => 'webhook_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
			status varchar(200) NOT NULL,
			name text NOT NULL,
			user_id BIGINT UNSIGNED NOT NULL,
			delivery_url text NOT NULL,
			secret text NOT NULL,
			topic varchar(200) NOT NULL,
			date_created datetime NOT NULL DEFAULT \'0000-00-00 00:00:00\',
			date_created_gmt datetime NOT NULL DEFAULT \'0000-00-00 00:00:00\',
			date_modified datetime NOT NULL DEFAULT \'0000-00-00 00:00:00\',
			date_modified_gmt datetime NOT NULL DEFAULT \'0000-00-00 00:00:00\',
			api_version smallint(4) NOT NULL,
			failure_count smallint(10) NOT NULL DEFAULT \'0\',
			pending_delivery tinyint(1) NOT NULL DEFAULT \'0\',
			PRIMARY KEY  (webhook_id),
			KEY user_id (user_id)',
	);
	foreach ( $schemas as $table => $columns ) {
		if ( ! OmniOps\WooCommerce\RestKeys::table_exists( $table ) ) {
			$wpdb->query( "CREATE TABLE {$table} ( {$columns} ) {$wpdb->get_charset_collate()}" ); // phpcs:ignore WordPress.DB
			$created[] = $table;
		}
	}
	return $created;
}

/**
 * Inserts one REST key row as WooCommerce writes it and returns its key_id.
 *
 * @param string $description Key description.
 */
function omniops_test_insert_key( string $description ): int {
	global $wpdb;
	$wpdb->insert(
		$wpdb->prefix . 'woocommerce_api_keys',
		array(
			'user_id'         => 1,
			'description'     => $description,
			'permissions'     => 'read',
			'consumer_key'    => hash_hmac( 'sha256', 'ck_' . wp_generate_password( 40, false ), 'wc-api' ),
			'consumer_secret' => 'cs_' . wp_generate_password( 40, false ),
			'truncated_key'   => substr( wp_generate_password( 40, false ), -7 ),
		)
	);
	return (int) $wpdb->insert_id;
}

/**
 * Inserts one webhook row as WooCommerce's data store writes it and returns its id.
 *
 * @param string $name  Webhook name.
 * @param string $topic Topic.
 */
function omniops_test_insert_webhook( string $name, string $topic ): int {
	global $wpdb;
	$now = gmdate( 'Y-m-d H:i:s' );
	$wpdb->insert(
		$wpdb->prefix . 'wc_webhooks',
		array(
			'status'            => 'active',
			'name'              => $name,
			'user_id'           => 1,
			'delivery_url'      => 'https://chat.example.com/webhooks/woocommerce/pk_uninstall_1234',
			'secret'            => 'whsec',
			'topic'             => $topic,
			'date_created'      => $now,
			'date_created_gmt'  => $now,
			'date_modified'     => $now,
			'date_modified_gmt' => $now,
			'api_version'       => 3,
		)
	);
	return (int) $wpdb->insert_id;
}

/**
 * The uninstall cases.
 *
 * @testdox Uninstall
 */
final class Test_Uninstall extends OmniOps_TestCase {

	/**
	 * Uninstall: removes exactly the OmniOps options, nothing else.
	 */
	public function test_removes_exactly_the_omniops_options_nothing_else(): void {
		( new Settings() )->save_connection( 'https://chat.example.com', 'pk_uninstall_1234', 'sk_uninstall', 'site-1' );
		// Every option the plugin owns exists before the uninstall, so each removal is checked.
		foreach ( Settings::OWNED_OPTIONS as $option ) {
			if ( false === get_option( $option ) ) {
				update_option( $option, array( 'test' => true ) );
			}
		}
		update_option( 'omniops_test_merchant_option', 'kept: not in Settings::OWNED_OPTIONS' );
		update_option( 'woocommerce_omniops_lookalike', 'kept' );
		$before   = omniops_test_option_names();
		$blogname = get_option( 'blogname' );

		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'omniops/omniops.php' );
		}
		include WP_PLUGIN_DIR . '/omniops/uninstall.php';

		$after   = omniops_test_option_names();
		$removed = array_values( array_diff( $before, $after ) );
		$owned   = Settings::OWNED_OPTIONS;
		sort( $owned );
		sort( $removed );
		self::assertSame( $owned, $removed, 'removed options' );
		self::assertSame( array(), array_values( array_diff( $after, $before ) ), 'added options' );
		self::assertSame( 'kept: not in Settings::OWNED_OPTIONS', get_option( 'omniops_test_merchant_option' ), 'look-alike option kept' );
		self::assertSame( $blogname, get_option( 'blogname' ), 'blogname' );
		self::assertSame( false, get_option( Settings::OPTION ), 'OmniOps option gone' );

		delete_option( 'omniops_test_merchant_option' );
		delete_option( 'woocommerce_omniops_lookalike' );
	}

	/**
	 * Uninstall: the file does nothing unless WordPress is uninstalling the plugin.
	 */
	public function test_the_file_does_nothing_unless_wordpress_is_uninstalling_the_plugin(): void {
		$source = (string) file_get_contents( WP_PLUGIN_DIR . '/omniops/uninstall.php' );
		self::assertTrue( 1 === preg_match( "/^<\?php.*?defined\( 'WP_UNINSTALL_PLUGIN' \) \|\| exit;/s", $source ), 'WP_UNINSTALL_PLUGIN guard before any code' );
		$php    = escapeshellarg( PHP_BINARY );
		$file   = escapeshellarg( WP_PLUGIN_DIR . '/omniops/uninstall.php' );
		$output = shell_exec( "$php -r 'define(\"ABSPATH\", \"/\"); include \$argv[1]; echo \"reached the end\";' $file 2>&1" );
		self::assertSame( '', (string) $output, 'output of a direct include without WP_UNINSTALL_PLUGIN' );
	}

	/**
	 * Uninstall: deletes the REST key and webhooks OmniOps created (by stored id), and only those.
	 */
	public function test_deletes_the_rest_key_and_webhooks_omniops_created_by_stored_id_and_only_those(): void {
		global $wpdb;
		$created = omniops_test_woocommerce_tables();
		try {
			$merchant_key     = omniops_test_insert_key( 'The merchant\'s own ERP key' );
			$omniops_key      = omniops_test_insert_key( 'OmniOps chat (read-only)' );
			$merchant_webhook = omniops_test_insert_webhook( 'Merchant: order.created', 'order.created' );
			$omniops_webhooks = array();
			foreach ( OmniOps\WooCommerce\Webhooks::TOPICS as $topic ) {
				$omniops_webhooks[] = omniops_test_insert_webhook( "OmniOps: {$topic}", $topic );
			}
			update_option(
				'omniops_woocommerce',
				array(
					'key_id'      => $omniops_key,
					'webhook_ids' => $omniops_webhooks,
				),
				false
			);
			( new Settings() )->save_connection( 'https://chat.example.com', 'pk_uninstall_1234', 'sk_uninstall', 'site-1' );

			if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
				define( 'WP_UNINSTALL_PLUGIN', 'omniops/omniops.php' );
			}
			include WP_PLUGIN_DIR . '/omniops/uninstall.php';

			$keys     = array_map( 'intval', $wpdb->get_col( "SELECT key_id FROM {$wpdb->prefix}woocommerce_api_keys ORDER BY key_id" ) );
			$webhooks = array_map( 'intval', $wpdb->get_col( "SELECT webhook_id FROM {$wpdb->prefix}wc_webhooks ORDER BY webhook_id" ) );
			self::assertTrue( ! in_array( $omniops_key, $keys, true ), 'the OmniOps key row is deleted' );
			self::assertTrue( in_array( $merchant_key, $keys, true ), 'the merchant\'s key stays' );
			self::assertSame( array(), array_values( array_intersect( $omniops_webhooks, $webhooks ) ), 'OmniOps webhooks left' );
			self::assertTrue( in_array( $merchant_webhook, $webhooks, true ), 'the merchant\'s webhook stays' );
			self::assertSame( false, get_option( 'omniops_woocommerce' ), 'the stored ids are gone with the options' );
			self::assertSame( false, get_option( Settings::OPTION ), 'connection option gone' );
		} finally {
			foreach ( $created as $table ) {
				$wpdb->query( "DROP TABLE IF EXISTS {$table}" ); // phpcs:ignore WordPress.DB
			}
		}
	}

	/**
	 * Uninstall: without WooCommerce tables it still removes the options and raises no database error.
	 */
	public function test_without_woocommerce_tables_it_still_removes_the_options_and_raises_no_database_error(): void {
		global $wpdb;
		// WooCommerce was deleted before OmniOps: its tables are moved aside for this case.
		$moved = array();
		foreach ( array( 'woocommerce_api_keys', 'wc_webhooks' ) as $table ) {
			if ( OmniOps\WooCommerce\RestKeys::table_exists( $wpdb->prefix . $table ) ) {
				$wpdb->query( "RENAME TABLE {$wpdb->prefix}{$table} TO {$wpdb->prefix}{$table}_aside" ); // phpcs:ignore WordPress.DB
				$moved[] = $table;
			}
		}
		try {
			self::assertTrue( ! OmniOps\WooCommerce\RestKeys::table_exists( $wpdb->prefix . 'woocommerce_api_keys' ), 'no WooCommerce key table in the test site' );
			update_option( 'omniops_woocommerce', array( 'key_id' => 7, 'webhook_ids' => array( 8, 9 ) ), false );
			$wpdb->last_error = '';
			$suppressed       = $wpdb->suppress_errors( true );
			include WP_PLUGIN_DIR . '/omniops/uninstall.php';
			$wpdb->suppress_errors( $suppressed );
			self::assertSame( '', $wpdb->last_error, 'last database error' );
			self::assertSame( false, get_option( 'omniops_woocommerce' ), 'ids option gone' );
		} finally {
			foreach ( $moved as $table ) {
				$wpdb->query( "RENAME TABLE {$wpdb->prefix}{$table}_aside TO {$wpdb->prefix}{$table}" ); // phpcs:ignore WordPress.DB
			}
		}
	}
}
