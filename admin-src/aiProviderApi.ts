/**
 * The AI provider panel's view of omniops/v1/ai-provider* (plugin/src/Rest/AiProviderController.php),
 * which forwards the sidecar's signed /api/site/assistant/llm-settings* and /api/site/usage.
 */
import apiFetch from '@wordpress/api-fetch';

import type { SiteUsage } from '../contracts/ai-usage';

export interface AiProviderSettings {
	provider: 'openai-compatible' | 'anthropic';
	baseUrl: string | null;
	model: string;
	hasApiKey: boolean;
	enabled: boolean;
	monthlyBudgetUsd: number | null;
	timeoutMs: number;
}

/** This month's usage of the shop's organization (`GET /api/site/usage`, contracts/ai-usage.ts). */
export type AiUsage = SiteUsage;

export type AiProviderInput = Omit< AiProviderSettings, 'hasApiKey' > & {
	/** Omitted: keep the stored key; null: remove it. */
	apiKey?: string | null;
};

export type ConnectionTest =
	| { ok: true; model: string; latencyMs: number }
	| { ok: false; error: string; latencyMs: number };

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
