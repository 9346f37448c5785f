/**
 * The AI provider panel's view of omniops/v1/ai-provider* (plugin/src/Rest/AiProviderController.php),
 * which forwards the sidecar's signed /api/site/assistant/llm-settings* and /api/site/usage.
 */
import apiFetch from '@wordpress/api-fetch';

import type { SiteUsage } from '../contracts/ai-usage';
import type {
	ConnectionTest,
	LlmSettings,
	LlmSettingsInput,
} from '../contracts/llm-settings';

/** The organization's AI provider settings (contracts/llm-settings.ts). */
export type AiProviderSettings = LlmSettings;

/** This month's usage of the shop's organization (`GET /api/site/usage`, contracts/ai-usage.ts). */
export type AiUsage = SiteUsage;

/** What a save sends; `apiKey` omitted keeps the stored key, null removes it. */
export type AiProviderInput = LlmSettingsInput;

export type { ConnectionTest };

const base = () =>
	`/${ window.omniopsAdmin?.restNamespace ?? 'omniops/v1' }/ai-provider`;

export const loadAiProvider = () =>
	apiFetch< { settings: AiProviderSettings | null; usage: AiUsage } >( {
		path: base(),
	} );

export const saveAiProvider = async ( input: AiProviderInput ) =>
	(
		await apiFetch< { settings: AiProviderSettings } >( {
			path: base(),
			method: 'PUT',
			data: input,
		} )
	).settings;

export const testAiProvider = () =>
	apiFetch< ConnectionTest >( { path: `${ base() }/test`, method: 'POST' } );
