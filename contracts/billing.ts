/**
 * A site's subscription (`/api/owner/sites/:id/subscription`): the answer the route table
 * documents (sidecar/src/areas/owner/subscriptions.ts) and the dashboard's site list reads
 * as a type (dashboard-src/hooks/useDomainSubscription.ts; ADR 0032).
 */
import { z } from 'zod';

export const SUBSCRIPTION_STATUSES = [
	'trial',
	'active',
	'past_due',
	'canceled',
] as const;
export type SubscriptionStatus = ( typeof SUBSCRIPTION_STATUSES )[ number ];

export const siteSubscriptionSchema = z.object( {
	siteId: z.string(),
	plan: z.string(),
	status: z.enum( SUBSCRIPTION_STATUSES ),
	/** When the trial or the paid period ends (ISO-8601). */
	currentPeriodEnd: z.string(),
	/** False while no billing record exists and the site runs on its starting trial. */
	recorded: z.boolean(),
} );
export type SiteSubscription = z.infer< typeof siteSubscriptionSchema >;

export const subscriptionReplySchema = z.object( {
	subscription: siteSubscriptionSchema,
} );
export type SubscriptionReply = z.infer< typeof subscriptionReplySchema >;
