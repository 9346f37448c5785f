import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { SitesService } from '../../modules/sites/service';
import type { BillingService } from '../../modules/billing/service';
import {
	SUBSCRIPTION_STATUSES,
	subscriptionReplySchema,
	type SubscriptionReply,
} from '../../../../contracts/billing';

const params = z.object( { id: z.uuid() } );

/** A site's subscription state (read by the organization's site list; set by billing staff). */
export function billingRoutes(
	billing: BillingService,
	sites: SitesService
): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/sites/:id/subscription',
			summary:
				"A site's subscription: plan, status (trial, active, past_due, canceled), period end",
			tag: 'billing',
			auth: 'platform',
			permission: 'platform.organizations.read',
			schema: { params },
			responses: {
				200: subscriptionReplySchema,
				404: 'No such site',
			},
			handler: async ( { params: { id } } ) => ( {
				body: {
					subscription: await billing.forSite(
						await sites.getForPlatform( id )
					),
				} satisfies SubscriptionReply,
			} ),
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/owner/sites/:id/subscription',
			summary: "Record a site's plan, status and current period end",
			tag: 'billing',
			auth: 'platform',
			permission: 'platform.billing.manage',
			audit: 'service',
			schema: {
				params,
				body: z.strictObject( {
					plan: z.string().trim().min( 1 ).max( 60 ),
					status: z.enum( SUBSCRIPTION_STATUSES ),
					currentPeriodEnd: z.iso.datetime( { offset: true } ),
				} ),
			},
			responses: {
				200: subscriptionReplySchema,
				404: 'No such site',
			},
			handler: async ( {
				params: { id },
				body,
				principal,
				context,
			} ) => ( {
				body: {
					subscription: await billing.setForSite(
						{
							userId: principal.userId,
							ip: context.ip,
							userAgent: context.userAgent,
						},
						await sites.getForPlatform( id ),
						body
					),
				} satisfies SubscriptionReply,
			} ),
		} ),
	];
}
