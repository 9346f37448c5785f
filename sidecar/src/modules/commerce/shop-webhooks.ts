/**
 * The commerce service's WooCommerce webhooks: the delivery's signature check, product
 * topics that refresh or drop a product, and order topics handed on in neutral words
 * (ShopOrderEvent) for conversion attribution. Part of the commerce service
 * (`createCommerceService` spreads it in); split from service.ts along that seam
 * (issue 14 item 4).
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { safeEqual } from '../../platform/crypto';
import {
	NotFoundError,
	UnauthorizedError,
	ValidationError,
} from '../../platform/errors';
import { PRODUCT_JOB } from './catalog-sync';
import { toMinorUnits } from './money';
import type {
	CommerceCore,
	CommerceSite,
	ShopOrderEvent,
} from './service-types';

const webhookProduct = z
	.object( {
		id: z.number().int().positive(),
		parent_id: z.number().int().nonnegative().optional(),
	} )
	.passthrough();

/**
 * WooCommerce's REST v3 order as its webhooks deliver it (WC_REST_Orders_Controller):
 * totals are decimal strings, `date_created_gmt` has no zone suffix, and `meta_data`
 * carries the order's meta, the plugin's `_omniops_conversation` among it.
 */
const webhookOrder = z
	.object( {
		id: z.number().int().positive(),
		number: z.union( [ z.string(), z.number() ] ).optional(),
		status: z.string().max( 50 ),
		currency: z.string().regex( /^[A-Z]{3}$/ ),
		total: z.string(),
		date_created_gmt: z.string().nullable().optional(),
		billing: z
			.object( { email: z.string().max( 320 ).nullable().optional() } )
			.passthrough()
			.optional(),
		meta_data: z
			.array(
				z
					.object( { key: z.string(), value: z.unknown() } )
					.passthrough()
			)
			.optional(),
	} )
	.passthrough();

/** Where the plugin keeps the conversation id in the order (plugin/src/WooCommerce/Attribution.php). */
export const ORDER_CONVERSATION_META = '_omniops_conversation';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** WooCommerce's order in neutral words; null when its total is not a price. */
export function toShopOrderEvent(
	order: z.infer< typeof webhookOrder >,
	receivedAt: string
): ShopOrderEvent | null {
	const totalMinor = toMinorUnits( order.total, order.currency );
	if ( totalMinor === null ) {
		return null;
	}
	const meta = order.meta_data?.find(
		( entry ) => entry.key === ORDER_CONVERSATION_META
	)?.value;
	const created = order.date_created_gmt
		? Date.parse( `${ order.date_created_gmt.replace( /Z$/, '' ) }Z` )
		: NaN;
	return {
		orderId: String( order.id ),
		number: String( order.number ?? order.id ),
		status: order.status,
		totalMinor,
		currency: order.currency,
		createdAt: Number.isNaN( created )
			? receivedAt
			: new Date( created ).toISOString(),
		billingEmail: order.billing?.email || null,
		conversationId:
			typeof meta === 'string' && UUID.test( meta )
				? meta.toLowerCase()
				: null,
	};
}

export const ORDER_TOPICS = [ 'order.created', 'order.updated' ];

export const PRODUCT_TOPICS = [
	'product.created',
	'product.updated',
	'product.restored',
	'product.deleted',
];

export function createShopWebhooks( core: CommerceCore ) {
	const { deps, now } = core;
	const { repo, queue, logger, secrets } = deps;

	/** A verified order delivery, handed on in neutral words (conversion attribution). */
	async function receiveOrder(
		site: CommerceSite,
		rawBody: Buffer
	): Promise< void > {
		let event: ShopOrderEvent | null;
		try {
			event = toShopOrderEvent(
				webhookOrder.parse( JSON.parse( rawBody.toString( 'utf8' ) ) ),
				now()
			);
		} catch {
			event = null;
		}
		if ( ! event ) {
			throw new ValidationError(
				'The webhook body is not a WooCommerce order.'
			);
		}
		await deps.onOrder!( site, event );
	}
	return {
		/**
		 * A WooCommerce webhook delivery. The signature (base64 HMAC-SHA256 of the exact body
		 * with the webhook's secret) is checked before anything is read; failures are counted
		 * and answered 401. The unsigned `webhook_id=<n>` ping WooCommerce sends when a
		 * webhook is saved is acknowledged and changes nothing.
		 */
		async receiveWebhook( input: {
			publicKey: string;
			headers: Readonly< Record< string, string | undefined > >;
			rawBody: Buffer;
		} ): Promise< { accepted: boolean; ping?: boolean; topic?: string } > {
			const site = await deps.siteByPublicKey( input.publicKey );
			const connection = await repo.getConnection( site.id );
			if ( ! connection?.webhookSecret ) {
				throw new NotFoundError(
					'This site has no shop connection yet.'
				);
			}
			const contentType = input.headers[ 'content-type' ] ?? '';
			// The ping's form body is not kept by the JSON body parser; it is unsigned by design
			// and acknowledging it changes nothing, so its content type is all that is checked.
			if (
				! input.headers[ 'x-wc-webhook-signature' ] &&
				/^application\/x-www-form-urlencoded/.test( contentType )
			) {
				return { accepted: true, ping: true };
			}
			const expected = createHmac(
				'sha256',
				secrets.open( connection.webhookSecret )
			)
				.update( input.rawBody )
				.digest( 'base64' );
			if (
				! safeEqual(
					input.headers[ 'x-wc-webhook-signature' ] ?? '',
					expected
				)
			) {
				await repo.countBadSignature( site.id );
				logger.warn(
					{ siteId: site.id },
					'webhook with a bad signature refused'
				);
				throw new UnauthorizedError(
					'The webhook signature does not verify.',
					'bad_signature'
				);
			}
			const topic = input.headers[ 'x-wc-webhook-topic' ] ?? '';
			if ( ORDER_TOPICS.includes( topic ) && deps.onOrder ) {
				await receiveOrder( site, input.rawBody );
				return { accepted: true, topic };
			}
			if ( ! PRODUCT_TOPICS.includes( topic ) ) {
				return { accepted: false, topic };
			}
			let payload: z.infer< typeof webhookProduct >;
			try {
				payload = webhookProduct.parse(
					JSON.parse( input.rawBody.toString( 'utf8' ) )
				);
			} catch {
				throw new ValidationError(
					'The webhook body is not a WooCommerce product.'
				);
			}
			// A variation's webhook refreshes its variable product, which re-reads all variations.
			const externalId = String( payload.parent_id || payload.id );
			if ( topic === 'product.deleted' && ! payload.parent_id ) {
				await repo.deleteProducts( site.organizationId, site.id, [
					externalId,
				] );
			} else {
				queue.enqueue(
					PRODUCT_JOB,
					{ siteId: site.id, externalId },
					{ attempts: 3 }
				);
			}
			return { accepted: true, topic };
		},
	};
}
