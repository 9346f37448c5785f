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
