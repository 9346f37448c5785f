/**
 * The storefront widget's quick actions (stored with the widget settings on the sidecar,
 * through omniops/v1/appearance) and the shop's contact and FAQ pages (a WordPress option,
 * omniops/v1/page-types; plugin/src/Rest/PageTypesController.php).
 */
import apiFetch from '@wordpress/api-fetch';

import type { QuickActionSettings } from '../contracts/widget-settings';
import type { WidgetSettings } from './appearanceApi';

/** The quick actions as the sidecar stores them with the widget settings (contracts/widget-settings.ts). */
export type { QuickActionSettings };

export type PageKind = 'contact' | 'faq';

export interface PageTypeChoices {
	chosen: Record< PageKind, number[] >;
	/** What the detection recognises (used while nothing of a kind is chosen). */
	detected: Record< PageKind, number[] >;
	pages: Array< { id: number; title: string } >;
}

const appearancePath = '/omniops/v1/appearance';
const pageTypesPath = '/omniops/v1/page-types';

export async function loadQuickActions(): Promise< QuickActionSettings > {
	const answer = await apiFetch< { settings: WidgetSettings } >( {
		path: appearancePath,
	} );
	return answer.settings.quickActions as QuickActionSettings;
}

/**
 * Saves the quick actions over the freshest copy of the other widget settings, so an
 * appearance change saved meanwhile is kept.
 *
 * @param quickActions The new quick actions.
 */
export async function saveQuickActions(
	quickActions: QuickActionSettings
): Promise< QuickActionSettings > {
	const current = await apiFetch< { settings: WidgetSettings } >( {
		path: appearancePath,
	} );
	const answer = await apiFetch< { settings: WidgetSettings } >( {
		path: appearancePath,
		method: 'PUT',
		data: { settings: { ...current.settings, quickActions } },
	} );
	return answer.settings.quickActions as QuickActionSettings;
}

export function loadPageTypes(): Promise< PageTypeChoices > {
	return apiFetch< PageTypeChoices >( { path: pageTypesPath } );
}

export function savePageTypes(
	chosen: Record< PageKind, number[] >
): Promise< PageTypeChoices > {
	return apiFetch< PageTypeChoices >( {
		path: pageTypesPath,
		method: 'PUT',
		data: chosen,
	} );
}
