/**
 * The chat module: conversations and messages, the answer of each question (ADR 0026).
 * Every stored question and reply is published on the bus (`chat.message`) for the live
 * widget-health cards. Its widget routes are declared in areas/widget/conversations.ts.
 */
import type { Platform } from '../../platform';
import type { Responder } from '../assistant/responder';
import { createChatRepo } from './repo';
import { createChatService, type ChatServiceDeps } from './service';

export interface ChatModuleDeps {
	platform: Pick<
		Platform,
		'db' | 'clock' | 'publishLive' | 'cacheInvalidations'
	>;
	/** The responder that answers (assistant module). */
	responder: Responder;
	/** The catalog's current price and stock (commerce module). */
	productStates: ChatServiceDeps[ 'productStates' ];
}

export function createChatModule( {
	platform,
	responder,
	productStates,
}: ChatModuleDeps ) {
	const chat = createChatService( {
		repo: createChatRepo(
			platform.db.kysely,
			platform.db.dialect,
			platform.cacheInvalidations
		),
		clock: platform.clock,
		responderFor: () => responder,
		productStates,
		onMessageStored: ( message ) =>
			void platform.publishLive( 'chat.message', message ),
	} );
	return { chat };
}
