import { z } from 'zod';

export const siteSettingsBody = z.strictObject( {
	handoffEmail: z.email( 'Not an e-mail address.' ).max( 254 ).nullable(),
} );

export const handoffSchema = z.object( {
	id: z.string(),
	conversationId: z.string(),
	email: z.string(),
	question: z.string(),
	createdAt: z.string(),
	notifiedAt: z.string().nullable(),
	notifyError: z.string().nullable(),
} );

export const orgParams = z.object( {
	id: z.uuid( 'Not a valid organization id.' ),
} );

export const llmSettingsBody = z
	.strictObject( {
		provider: z.enum( [ 'openai-compatible', 'anthropic' ] ),
		baseUrl: z
			.url( { protocol: /^https?$/ } )
			.max( 500 )
			.nullable(),
		model: z.string().min( 1 ).max( 200 ),
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

export const llmSettingsView = z.object( {
	provider: z.enum( [ 'openai-compatible', 'anthropic' ] ),
	baseUrl: z.string().nullable(),
	model: z.string(),
	hasApiKey: z.boolean(),
	enabled: z.boolean(),
	monthlyBudgetUsd: z.number().nullable(),
	timeoutMs: z.number(),
} );

export const connectionTestView = z.object( {
	ok: z.boolean(),
	model: z.string().optional(),
	reply: z.string().optional(),
	error: z.string().optional(),
	latencyMs: z.number(),
} );
