/**
 * Entry of the wp-admin settings page (plugin/src/Admin/SettingsPage.php prints the mount
 * point and loads this bundle on that page only).
 */
import { createRoot } from '@wordpress/element';

import { SettingsApp } from './components/SettingsApp';

const mount = document.getElementById( 'omniops-admin-root' );
if ( mount ) {
	createRoot( mount ).render( <SettingsApp /> );
}
