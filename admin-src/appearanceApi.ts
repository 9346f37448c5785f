/**
 * The appearance and privacy settings of the storefront widget, through the plugin's
 * REST route omniops/v1/appearance (plugin/src/Storefront/Appearance.php), which stores
 * them on the sidecar over the signed channel.
 */
import apiFetch from '@wordpress/api-fetch';

export interface WidgetSettings {
	brandName: string;
	welcomeMessage: string;
	primaryColor: string;
	position: 'right' | 'left';
	launcherIcon: 'chat' | 'help' | 'sparkle';
	avatarUrl: string;
	locale: string;
	consentRequired: boolean;
	retention: { minDays: number; maxDays: number; defaultDays: number };
}

const path = '/omniops/v1/appearance';

export async function loadWidgetSettings(): Promise< WidgetSettings > {
	const answer = await apiFetch< { settings: WidgetSettings } >( { path } );
	return answer.settings;
}

export async function saveWidgetSettings(
	settings: WidgetSettings
): Promise< WidgetSettings > {
	const answer = await apiFetch< { settings: WidgetSettings } >( {
		path,
		method: 'PUT',
		data: { settings },
	} );
	return answer.settings;
}
