/**
 * Per-organization LLM settings: provider, base URL, model, API key (sealed with the
 * master key, never returned), on/off, monthly budget and timeout. Without enabled
 * settings an organization's sites are answered by the embedded responder.
 */
import { generateText } from 'ai';
import type {
	ConnectionTest,
	LlmSettings,
	LlmSettingsInput,
} from '../../../../contracts/llm-settings';
import type { CacheInvalidations } from '../../platform/cache-invalidation';
import type { SecretBox } from '../../platform/secret-box';
import { createSiteCache } from '../../platform/site-cache';
import { buildModel, describeError, type LlmConfig } from './llm-responder';
import type { AssistantRepo, LlmSettingsRow } from './repo';

/**
 * A connection test never waits longer than this, whatever the configured timeout: less
 * than the plugin's 10-second HTTP timeout (Sidecar\Client), so wp-admin gets the answer.
 */
export const CONNECTION_TEST_TIMEOUT_MS = 8_000;

/** The provider's own words about a failure, without the key should it echo it. */
function explainFailure( error: unknown, apiKey: string | null ): string {
	const reason = describeError( error );
	const message = String( ( error as Error )?.message ?? '' )
		.replace( /\s+/g, ' ' )
		.slice( 0, 200 );
	const text = message ? `${ reason } — ${ message }` : reason;
	return apiKey ? text.split( apiKey ).join( '[key]' ) : text;
}

/**
 * @param repo          The assistant's repo.
 * @param secrets       Seals and opens the API key.
 * @param clock         Clock.
 * @param invalidations Tells the other instances when an organization's settings change.
 */
export function createLlmSettingsService(
	repo: AssistantRepo,
	secrets: SecretBox,
	clock: () => Date,
	invalidations?: CacheInvalidations
) {
	// Every chat message asks which responder answers it (router.ts, issue 12): the stored row
	// (key still sealed) is kept per organization (ADR 0036), cleared by `save` here and on
	// every other instance (ADR 0038). The owner's views (`get`, the connection test) and
	// `save`'s own read stay on the database.
	const forMessages = createSiteCache< LlmSettingsRow | undefined >( {
		shared: invalidations && {
			name: 'assistant_llm_settings',
			invalidations,
		},
	} );
	return {
		async get( organizationId: string ): Promise< LlmSettings | null > {
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
			try {
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
								: Math.round(
										input.monthlyBudgetUsd * 1_000_000
									),
						timeoutMs: input.timeoutMs,
					},
					clock().toISOString()
				);
			} finally {
				// Even a failed write may have landed (a lost connection after commit).
				await forMessages.invalidate( organizationId );
			}
		},

		/**
		 * The settings a responder is built from, key opened; null when the LLM is off.
		 * From memory after the first read (see `forMessages`).
		 */
		async configFor( organizationId: string ): Promise< LlmConfig | null > {
			const row = await forMessages.get( organizationId, () =>
				repo.llmSettings( organizationId )
			);
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

		/**
		 * One small real request to the saved provider (enabled or not), to show the
		 * owner whether base URL, key and model work. Nothing is recorded as usage:
		 * it is not a shopper's conversation, and it costs a handful of tokens.
		 */
		async testConnection(
			organizationId: string
		): Promise< ConnectionTest > {
			const row = await repo.llmSettings( organizationId );
			if ( ! row ) {
				return {
					ok: false,
					error: 'No AI provider is saved for this organization yet.',
					latencyMs: 0,
				};
			}
			const apiKey = row.apiKey ? secrets.open( row.apiKey ) : null;
			const started = Date.now();
			try {
				const result = await generateText( {
					model: buildModel( { ...row, apiKey } ),
					prompt: 'Reply with the single word: OK',
					maxOutputTokens: 16,
					maxRetries: 0,
					abortSignal: AbortSignal.timeout(
						Math.min( row.timeoutMs, CONNECTION_TEST_TIMEOUT_MS )
					),
				} );
				return {
					ok: true,
					model: row.model,
					latencyMs: Date.now() - started,
					reply: result.text.slice( 0, 100 ),
				};
			} catch ( error ) {
				return {
					ok: false,
					error: explainFailure( error, apiKey ),
					latencyMs: Date.now() - started,
				};
			}
		},
	};
}

export type LlmSettingsService = ReturnType< typeof createLlmSettingsService >;
