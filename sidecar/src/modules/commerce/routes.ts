import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { webhookParams } from './schema';
import type { CommerceService } from './service';

/**
 * WooCommerce's webhook deliveries (the sender's own signature). The plugin's signed commerce
 * calls (`/api/site/commerce/*`) are declared in areas/site.
 */
export function commerceRoutes( commerce: CommerceService ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'post',
			path: '/webhooks/woocommerce/:site',
			summary:
				'WooCommerce webhook deliveries (X-WC-Webhook-Signature verified; bad ones refused and counted)',
			tag: 'webhooks',
			auth: 'public',
			permission: null,
			// The signature covers the exact bytes; the body is read only after it verifies.
			schema: { params: webhookParams, body: z.unknown() },
			// WooCommerce's form-encoded ping on saving a webhook (unsigned, changes nothing).
			acceptsUnreadBody: true,
			documentedBody: z.object( { id: z.number() } ).passthrough(),
			responses: {
				200: z.object( {
					accepted: z.boolean(),
					ping: z.boolean().optional(),
					topic: z.string().optional(),
				} ),
				401: 'Bad or missing signature',
				404: 'Unknown site or no shop connection',
			},
			handler: async ( { params, context } ) => ( {
				body: await commerce.receiveWebhook( {
					publicKey: params.site,
					headers: context.headers,
					rawBody: context.rawBody,
				} ),
			} ),
		} ),
	];
}
