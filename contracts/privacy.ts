/**
 * Privacy choices (`/api/widget/conversations/:id/privacy`, read by the widget as types) and
 * the WordPress exporter/eraser's personal-data requests (`/api/site/privacy/*`).
 * Declared by sidecar/src/areas/widget/privacy.ts and sidecar/src/areas/site/privacy.ts
 * (ADR 0032).
 */
import { z } from 'zod';

/** What the widget sends when the shopper consents or changes their choices. */
export const privacyChoicesBody = z.strictObject( {
	consent: z.literal( true, 'Consent must be given explicitly.' ),
	retentionDays: z.number().int( 'Whole days only.' ).min( 1 ).max( 3650 ),
	/** Ties the conversation to the shopper's e-mail for the shop's export/erase requests. */
	email: z.union( [ z.literal( '' ), z.email().max( 254 ) ] ).optional(),
} );

export const privacyChoicesSchema = z.object( {
	consentGiven: z.boolean(),
	consentGivenAt: z.string().nullable(),
	retentionDays: z.number(),
	email: z.string().nullable(),
} );

/** The WordPress exporter/eraser look data up by the shopper's e-mail (signed channel). */
export const personalDataRequestBody = z.strictObject( {
	email: z.email().max( 254 ),
} );

export const personalDataExportSchema = z.object( {
	conversations: z.array(
		z.object( {
			id: z.string(),
			createdAt: z.string(),
			retentionDays: z.number(),
			consentGivenAt: z.string().nullable(),
			messages: z.array(
				z.object( {
					role: z.enum( [ 'shopper', 'assistant' ] ),
					text: z.string(),
					createdAt: z.string(),
				} )
			),
			/** The shop pages kept with the conversation (journey, ADR 0012). */
			pagesViewed: z.array(
				z.object( { url: z.string(), viewedAt: z.string() } )
			),
		} )
	),
} );

export type PrivacyChoices = z.infer< typeof privacyChoicesSchema >;
