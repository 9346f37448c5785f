/**
 * The chat module's rows as the service sees them, and the mapping from the stored
 * snake_case columns (JSON columns parsed). Split from repo.ts (issue 14 item 4).
 */
import type { Insertable, Selectable } from 'kysely';
import type { MessagesTable } from '../../db/schema';
import type {
	PageContext,
	ProductCard,
	QuickAction,
	SourceLink,
} from '../assistant/responder';

/** Product cards and quick actions an assistant reply came with, kept so a reload shows them. */
export interface MessageCards {
	products: ProductCard[];
	quickActions: QuickAction[];
}

export interface ConversationRow {
	id: string;
	organizationId: string;
	siteId: string;
	createdAt: string;
	updatedAt: string;
}

export interface MessageRow {
	id: string;
	organizationId: string;
	conversationId: string;
	role: 'shopper' | 'assistant';
	text: string;
	sources: SourceLink[];
	clientMessageId: string | null;
	replyToId: string | null;
	pageContext: PageContext | null;
	responder: string | null;
	cards: MessageCards | null;
	createdAt: string;
}

export function toMessage( row: Selectable< MessagesTable > ): MessageRow {
	return {
		id: row.id,
		organizationId: row.organization_id,
		conversationId: row.conversation_id,
		role: row.role,
		text: row.text,
		sources: JSON.parse( row.sources ) as SourceLink[],
		clientMessageId: row.client_message_id,
		replyToId: row.reply_to_id,
		pageContext: row.page_context
			? ( JSON.parse( row.page_context ) as PageContext )
			: null,
		responder: row.responder,
		cards: row.cards ? ( JSON.parse( row.cards ) as MessageCards ) : null,
		createdAt: row.created_at,
	};
}

/** A message as stored: the inverse of `toMessage` (JSON columns serialised). */
export function toMessageValues(
	message: MessageRow
): Insertable< MessagesTable > {
	return {
		id: message.id,
		organization_id: message.organizationId,
		conversation_id: message.conversationId,
		role: message.role,
		text: message.text,
		sources: JSON.stringify( message.sources ),
		client_message_id: message.clientMessageId,
		reply_to_id: message.replyToId,
		page_context: message.pageContext
			? JSON.stringify( message.pageContext )
			: null,
		responder: message.responder,
		cards: message.cards ? JSON.stringify( message.cards ) : null,
		created_at: message.createdAt,
	};
}

export function toConversation( row: {
	id: string;
	organization_id: string;
	site_id: string;
	created_at: string;
	updated_at: string;
} ): ConversationRow {
	return {
		id: row.id,
		organizationId: row.organization_id,
		siteId: row.site_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
	};
}
