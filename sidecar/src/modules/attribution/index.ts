/**
 * The attribution module: the shopper's journey, and orders linked to conversations for
 * conversions (ADR 0012, ADR 0026). It subscribes to commerce's verified orders. Its pages
 * are declared in areas: the journey in areas/widget, conversions in areas/conversions.ts.
 */
import type { Platform } from '../../platform';
import type { HandoffsService } from '../assistant';
import type { ChatService } from '../chat/service';
import type { CommerceModule } from '../commerce';
import { createAttributionRepo } from './repo';
import { createAttributionService } from './service';

export interface AttributionModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' | 'config' >;
	chat: Pick< ChatService, 'findConversation' | 'lastMessageAt' >;
	/** A site's handoff requests, newest first (assistant module). */
	handoffs: Pick< HandoffsService, 'list' >;
	/** Verified order deliveries (commerce module). */
	orders: CommerceModule[ 'orders' ];
}

export function createAttributionModule( {
	platform,
	chat,
	handoffs,
	orders,
}: AttributionModuleDeps ) {
	const attribution = createAttributionService( {
		repo: createAttributionRepo( platform.db.kysely ),
		clock: platform.clock,
		windowDays: platform.config.attributionWindowDays,
		findConversation: chat.findConversation,
		lastMessageAt: chat.lastMessageAt,
		handoffs: handoffs.list,
	} );
	orders.subscribe( async ( site, order ) => {
		await attribution.recordOrder( site, order );
	} );
	return { attribution };
}
