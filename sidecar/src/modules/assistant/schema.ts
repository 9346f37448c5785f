/**
 * The assistant's own route schemas (the plugin's handoff settings and requests, the owner's
 * organization parameter); the LLM settings' schemas are contracts/llm-settings.ts.
 */
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
