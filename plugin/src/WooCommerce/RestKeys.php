<?php
/**
 * Read-only WooCommerce REST API keys, created the way WooCommerce creates them
 * (WC_Auth::create_keys / the Advanced > REST API screen): `ck_`/`cs_` + wc_rand_hash(),
 * the consumer key stored only as wc_api_hash(), permissions `read`.
 *
 * @package OmniOps
 */

namespace OmniOps\WooCommerce;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Creates and revokes the keys the sidecar reads the catalog and orders with.
 */
final class RestKeys {

	/**
	 * Creates a read-only key pair for a user. The plain consumer key exists only in the
	 * returned array (WooCommerce keeps its hash), so it must be handed over at once.
	 *
	 * @param int $user_id The shop manager the key acts as.
	 * @return array{key_id: int, consumer_key: string, consumer_secret: string}|WP_Error
	 */
	public function create_read_only( int $user_id ) {
		global $wpdb;
		if ( ! function_exists( 'wc_rand_hash' ) || ! function_exists( 'wc_api_hash' ) ) {
			return new WP_Error( 'omniops_no_woocommerce', __( 'WooCommerce is not active.', 'omniops' ) );
		}
		$consumer_key    = 'ck_' . wc_rand_hash();
		$consumer_secret = 'cs_' . wc_rand_hash();
		$inserted        = $wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- WooCommerce's own table, written as WooCommerce writes it.
			$wpdb->prefix . 'woocommerce_api_keys',
			array(
				'user_id'         => $user_id,
				'description'     => __( 'OmniOps chat (read-only)', 'omniops' ),
				'permissions'     => 'read',
				'consumer_key'    => wc_api_hash( $consumer_key ),
				'consumer_secret' => $consumer_secret,
				'truncated_key'   => substr( $consumer_key, -7 ),
			),
			array( '%d', '%s', '%s', '%s', '%s', '%s' )
		);
		if ( ! $inserted ) {
			return new WP_Error( 'omniops_key_failed', __( 'The WooCommerce REST key could not be created.', 'omniops' ) );
		}
		return array(
			'key_id'          => (int) $wpdb->insert_id,
			'consumer_key'    => $consumer_key,
			'consumer_secret' => $consumer_secret,
		);
	}

	/**
	 * Deletes a key this plugin created (the row WooCommerce's own "Revoke" deletes). Safe
	 * when WooCommerce was never installed: without its table there is nothing to delete.
	 *
	 * @param int $key_id Row id in woocommerce_api_keys.
	 */
	public function revoke( int $key_id ): void {
		global $wpdb;
		$table = $wpdb->prefix . 'woocommerce_api_keys';
		if ( $key_id > 0 && self::table_exists( $table ) ) {
			$wpdb->delete( $table, array( 'key_id' => $key_id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery
		}
	}

	/**
	 * Whether a table exists in the site's database.
	 *
	 * @param string $table Full table name.
	 */
	public static function table_exists( string $table ): bool {
		global $wpdb;
		return $table === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}
}
