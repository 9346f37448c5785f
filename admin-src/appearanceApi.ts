/**
 * The appearance and privacy settings of the storefront widget, through the plugin's
 * REST route omniops/v1/appearance (plugin/src/Rest/AppearanceController.php), which stores
 * them on the sidecar over the signed channel.
 */
import apiFetch from '@wordpress/api-fetch';

import type { WidgetAppearance } from '../contracts/widget-settings';

/**
 * The widget settings as the sidecar answers them (contracts/widget-settings.ts). The
 * appearance page never saves `quickActions` (the quick-actions panel edits them,
 * quickActionsApi.ts), so a copy without them is a valid value here too.
 */
export type WidgetSettings = Omit< WidgetAppearance, 'quickActions' > &
	Partial< Pick< WidgetAppearance, 'quickActions' > >;

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
