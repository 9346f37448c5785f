/**
 * An organization's LLM settings (the AI provider): read, saved and tested by the platform
 * owner (`/api/owner/organizations/:id/llm-settings*`, sidecar/src/areas/owner/llm-settings.ts,
 * the dashboard's AI provider panel) and by the shop owner from wp-admin
 * (`/api/site/assistant/llm-settings*`, sidecar/src/areas/site/assistant.ts, forwarded by the
 * plugin's omniops/v1/ai-provider*). Browser apps take them as types (ADR 0032).
 */
import { z } from 'zod';

export const LLM_PROVIDERS = [ 'openai-compatible', 'anthropic' ] as const;
export type LlmProvider = ( typeof LLM_PROVIDERS )[ number ];

/** What a save sends: the settings, with the key instead of whether one is stored. */
export const llmSettingsInputSchema = z
	.strictObject( {
		provider: z.enum( LLM_PROVIDERS ),
		baseUrl: z
			.url( { protocol: /^https?$/ } )
			.max( 500 )
			.nullable(),
		model: z.string().min( 1 ).max( 200 ),
		/** Omitted: keep the stored key; null: remove it. */
		apiKey: z.string().min( 1 ).max( 500 ).nullable().optional(),
		enabled: z.boolean(),
		monthlyBudgetUsd: z.number().min( 0 ).max( 1_000_000 ).nullable(),
		timeoutMs: z.number().int().min( 1000 ).max( 120_000 ),
	} )
	.refine( ( s ) => s.provider === 'anthropic' || s.baseUrl !== null, {
		message:
			'An OpenAI-compatible provider needs its base URL (for example https://api.openai.com/v1).',
		path: [ 'baseUrl' ],
	} );
export type LlmSettingsInput = z.infer< typeof llmSettingsInputSchema >;

/** The stored settings as they are shown: the API key is never returned, only whether one is set. */
export const llmSettingsSchema = z.object( {
	provider: z.enum( LLM_PROVIDERS ),
	baseUrl: z.string().nullable(),
	model: z.string(),
	hasApiKey: z.boolean(),
	enabled: z.boolean(),
	monthlyBudgetUsd: z.number().nullable(),
	timeoutMs: z.number(),
} );
export type LlmSettings = z.infer< typeof llmSettingsSchema >;

/** What a connection test found: the provider answered, or why not (safe to show). */
export const connectionTestSchema = z.discriminatedUnion( 'ok', [
	z.object( {
		ok: z.literal( true ),
		model: z.string(),
		latencyMs: z.number(),
		reply: z.string(),
	} ),
	z.object( {
		ok: z.literal( false ),
		error: z.string(),
		latencyMs: z.number(),
	} ),
] );
export type ConnectionTest = z.infer< typeof connectionTestSchema >;
