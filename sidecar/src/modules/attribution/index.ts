/**
 * The attribution module: the shopper's journey, and orders linked to conversations for
 * conversions (ADR 0012, ADR 0026). It subscribes to commerce's verified orders. It serves
 * the conversions pages (owner, organization); the journey is declared in areas/widget.
 */
import type { Platform } from '../../platform';
import type { HandoffsService } from '../assistant';
import type { ChatService } from '../chat/service';
import type { CommerceModule } from '../commerce';
import type { OrgsService } from '../orgs/service';
import { createAttributionRepo } from './repo';
import { attributionRoutes } from './routes';
import { createAttributionService } from './service';

export interface AttributionModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' | 'config' >;
	chat: Pick< ChatService, 'findConversation' | 'lastMessageAt' >;
	/** A site's handoff requests, newest first (assistant module). */
	handoffs: Pick< HandoffsService, 'list' >;
	/** Verified order deliveries (commerce module). */
	orders: CommerceModule[ 'orders' ];
	/** Unknown organizations are 404 on the owner's conversions page (orgs module). */
	orgs: Pick< OrgsService, 'get' >;
}

export function createAttributionModule( {
	platform,
	chat,
	handoffs,
	orders,
	orgs,
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
	return { attribution, routes: attributionRoutes( attribution, orgs.get ) };
}
