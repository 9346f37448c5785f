/**
 * The webhooks area (`/webhooks/*`): deliveries from other systems, each authenticated by
 * the sender's own signature scheme (ADR 0026). Today WooCommerce's order and product
 * webhooks, verified and handled by the commerce service.
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { webhookParams } from '../../modules/commerce/schema';
import type { CommerceService } from '../../modules/commerce/service';

export function webhooksArea( {
	commerce,
}: {
	commerce: Pick< CommerceService, 'receiveWebhook' >;
} ): AnyRoute[] {
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
