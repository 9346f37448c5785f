<?php
/**
 * Runs when the plugin is deleted from the Plugins screen: removes exactly the options and
 * transients OmniOps wrote, on every site of a network. Content and orders belong to the
 * merchant and stay.
 *
 * @package OmniOps
 */

defined( 'ABSPATH' ) || exit;
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/src/Settings.php';

/**
 * Deletes this plugin's data from the current site.
 */
function omniops_uninstall_site() {
	foreach ( OmniOps\Settings::OWNED_OPTIONS as $option ) {
		delete_option( $option );
	}
	foreach ( OmniOps\Settings::OWNED_TRANSIENTS as $transient ) {
		delete_transient( $transient );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $omniops_site_id ) {
		switch_to_blog( (int) $omniops_site_id );
		omniops_uninstall_site();
		restore_current_blog();
	}
} else {
	omniops_uninstall_site();
}
