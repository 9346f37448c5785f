/**
 * The shop's catalog sync as the plugin reads it (`/api/site/commerce/*`, signed; the
 * wp-admin catalog panel gets it through omniops/v1/commerce). Declared by
 * sidecar/src/areas/site/commerce.ts (ADR 0032).
 */
import { z } from 'zod';

/** Catalog sync progress, last error and refused webhook count. */
export const syncStatusSchema = z.object( {
	connected: z.boolean(),
	platform: z.string().nullable(),
	currency: z.string().nullable(),
	badWebhookSignatures: z.number(),
	state: z.enum( [ 'idle', 'syncing', 'failed' ] ),
	page: z.number().nullable(),
	totalPages: z.number().nullable(),
	products: z.number(),
	lastSyncedAt: z.string().nullable(),
	lastError: z.string().nullable(),
} );
export type SyncStatus = z.infer< typeof syncStatusSchema >;
