<?php
/**
 * Runs when the plugin is deleted from the Plugins screen: removes the WooCommerce REST API
 * key and the webhooks OmniOps created (by the ids it stored), then exactly the options and
 * transients it wrote, on every site of a network. Content, orders and the merchant's own
 * keys and webhooks stay.
 *
 * @package OmniOps
 */

defined( 'ABSPATH' ) || exit;
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/src/Settings.php';
require_once __DIR__ . '/src/WooCommerce/RestKeys.php';
require_once __DIR__ . '/src/WooCommerce/Webhooks.php';

/**
 * Deletes this plugin's data from the current site. A closure, not a function: nothing is
 * declared globally, so the file can run more than once in one request (the PHP tests do).
 */
$omniops_uninstall_site = static function () {
	// The ids come from the option deleted below, so the WooCommerce objects go first.
	$omniops_created = get_option( 'omniops_woocommerce', array() );
	$omniops_created = is_array( $omniops_created ) ? $omniops_created : array();
	( new OmniOps\WooCommerce\Webhooks() )->remove( isset( $omniops_created['webhook_ids'] ) ? (array) $omniops_created['webhook_ids'] : array() );
	( new OmniOps\WooCommerce\RestKeys() )->revoke( isset( $omniops_created['key_id'] ) ? (int) $omniops_created['key_id'] : 0 );
	foreach ( OmniOps\Settings::OWNED_OPTIONS as $option ) {
		delete_option( $option );
	}
	foreach ( OmniOps\Settings::OWNED_TRANSIENTS as $transient ) {
		delete_transient( $transient );
	}
};

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $omniops_site_id ) {
		switch_to_blog( (int) $omniops_site_id );
		$omniops_uninstall_site();
		restore_current_blog();
	}
} else {
	$omniops_uninstall_site();
}
