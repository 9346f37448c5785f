/**
 * Table types of the chat module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface ConversationsTable {
	id: string;
	organization_id: string;
	site_id: string;
	token_hash: string;
	created_at: string;
	updated_at: string;
}

export interface MessagesTable {
	id: string;
	organization_id: string;
	conversation_id: string;
	role: 'shopper' | 'assistant';
	text: string;
	sources: string;
	client_message_id: string | null;
	reply_to_id: string | null;
	page_context: string | null;
	responder: string | null;
	/** JSON `{ products, quickActions }` of an assistant reply; null when it had none. */
	cards: string | null;
	created_at: string;
}

/** The chat module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface ChatTables {
	conversations: ConversationsTable;
	messages: MessagesTable;
}
