/**
 * The appearance and privacy settings of the storefront widget, through the plugin's
 * REST route omniops/v1/appearance (plugin/src/Rest/AppearanceController.php), which stores
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
	/** Edited in the quick-actions panel (quickActionsApi.ts), never saved from here. */
	quickActions?: unknown;
}

const path = '/omniops/v1/appearance';

export async function loadWidgetSettings(): Promise< WidgetSettings > {
	const answer = await apiFetch< { settings: WidgetSettings } >( { path } );
	return answer.settings;
}

export async function saveWidgetSettings(
	settings: WidgetSettings
): Promise< WidgetSettings > {
	// Without quickActions the sidecar keeps the stored ones: saving the appearance from
	// a copy loaded earlier must not undo a quick-actions change made since.
	const { quickActions, ...appearance } = settings;
	const answer = await apiFetch< { settings: WidgetSettings } >( {
		path,
		method: 'PUT',
		data: { settings: appearance },
	} );
	return answer.settings;
}
