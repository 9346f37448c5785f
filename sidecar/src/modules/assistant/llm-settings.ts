/**
 * Per-organization LLM settings: provider, base URL, model, API key (sealed with the
 * master key, never returned), on/off, monthly budget and timeout. Without enabled
 * settings an organization's sites are answered by the embedded responder.
 */
import type { SecretBox } from '../../platform/secret-box';
import type { LlmConfig } from './llm-responder';
import type { AssistantRepo } from './repo';

export interface LlmSettingsInput {
	provider: 'openai-compatible' | 'anthropic';
	baseUrl: string | null;
	model: string;
	/** Omitted: keep the stored key; null: remove it. */
	apiKey?: string | null;
	enabled: boolean;
	monthlyBudgetUsd: number | null;
	timeoutMs: number;
}

export interface LlmSettingsView {
	provider: 'openai-compatible' | 'anthropic';
	baseUrl: string | null;
	model: string;
	hasApiKey: boolean;
	enabled: boolean;
	monthlyBudgetUsd: number | null;
	timeoutMs: number;
}

export function createLlmSettingsService(
	repo: AssistantRepo,
	secrets: SecretBox,
	clock: () => Date
) {
	return {
		async get( organizationId: string ): Promise< LlmSettingsView | null > {
			const row = await repo.llmSettings( organizationId );
			if ( ! row ) {
				return null;
			}
			return (
				row && {
					provider: row.provider,
					baseUrl: row.baseUrl,
					model: row.model,
					hasApiKey: Boolean( row.apiKey ),
					enabled: row.enabled,
					monthlyBudgetUsd:
						row.monthlyBudgetMicros === null
							? null
							: row.monthlyBudgetMicros / 1_000_000,
					timeoutMs: row.timeoutMs,
				}
			);
		},

		async save(
			organizationId: string,
			input: LlmSettingsInput
		): Promise< void > {
			const previous = await repo.llmSettings( organizationId );
			let apiKey = previous?.apiKey ?? null;
			if ( input.apiKey !== undefined ) {
				apiKey =
					input.apiKey === null ? null : secrets.seal( input.apiKey );
			}
			await repo.saveLlmSettings(
				{
					organizationId,
					provider: input.provider,
					baseUrl: input.baseUrl,
					model: input.model,
					apiKey,
					enabled: input.enabled,
					monthlyBudgetMicros:
						input.monthlyBudgetUsd === null
							? null
							: Math.round( input.monthlyBudgetUsd * 1_000_000 ),
					timeoutMs: input.timeoutMs,
				},
				clock().toISOString()
			);
		},

		/** The settings a responder is built from, key opened; null when the LLM is off. */
		async configFor( organizationId: string ): Promise< LlmConfig | null > {
			const row = await repo.llmSettings( organizationId );
			if ( ! row?.enabled ) {
				return null;
			}
			return {
				provider: row.provider,
				baseUrl: row.baseUrl,
				model: row.model,
				apiKey: row.apiKey ? secrets.open( row.apiKey ) : null,
				timeoutMs: row.timeoutMs,
				monthlyBudgetMicros: row.monthlyBudgetMicros,
			};
		},
	};
}

export type LlmSettingsService = ReturnType< typeof createLlmSettingsService >;
