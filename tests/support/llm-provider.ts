/**
 * A language model behind an organization: its LLM settings pointing at a provider double
 * (tests/doubles/openai, tests/doubles/anthropic), and the platform's price for the model so
 * that tokens turn into cost. Both go through the owner API, as the dashboard sends them.
 */
import type { OwnerSession } from './flows';
import { call, type TestSidecar } from './sidecar-harness';

export interface LlmSettings {
	provider: 'openai-compatible' | 'anthropic';
	baseUrl: string;
	model: string;
	apiKey: string;
	enabled: boolean;
	monthlyBudgetUsd: number | null;
	timeoutMs: number;
}

/** What a test leaves out: enabled, a $5 monthly budget, a 4-second timeout. */
const SETTINGS_DEFAULTS = {
	enabled: true,
	monthlyBudgetUsd: 5,
	timeoutMs: 4000,
};

/**
 * PUTs the organization's LLM settings; `settings` may also carry deliberately wrong values
 * for validation tests.
 * @param sidecar
 * @param owner
 * @param organizationId
 * @param settings
 */
export function putLlmSettings(
	sidecar: TestSidecar,
	owner: OwnerSession,
	organizationId: string,
	settings: Pick< LlmSettings, 'provider' | 'baseUrl' | 'model' | 'apiKey' > &
		Record< string, unknown >
) {
	return call(
		sidecar.baseUrl,
		'PUT',
		`/api/owner/organizations/${ organizationId }/llm-settings`,
		{ headers: owner.headers, body: { ...SETTINGS_DEFAULTS, ...settings } }
	);
}

/** The platform's price of a model, in US dollars per million input and output tokens. */
export function putModelPrice(
	sidecar: TestSidecar,
	owner: OwnerSession,
	price: { model: string; inputUsdPerMtok: number; outputUsdPerMtok: number }
) {
	return call( sidecar.baseUrl, 'PUT', '/api/owner/usage/prices', {
		headers: owner.headers,
		body: price,
	} );
}
