import { newId, randomToken, sha256Hex } from '../../platform/crypto';
import { isUniqueViolation, NotFoundError } from '../../platform/errors';
import {
	collectReply,
	type PageContext,
	type ProductCard,
	type QuickAction,
	type Responder,
	type ResponderChunk,
	type ResponderInput,
	type SourceLink,
} from '../assistant/responder';
import {
	type ProductStateReader,
	withChangedProducts,
} from './changed-products';
import type {
	ChatRepo,
	ConversationKey,
	MessageCards,
	MessageRow,
	ThreadPosition,
} from './repo';
import { HISTORY_PAGE_MAX } from './schema';

/** A message as the widget sees it. */
export interface PublicMessage {
	id: string;
	role: 'shopper' | 'assistant';
	text: string;
	createdAt: string;
	sources: SourceLink[];
	/** The product cards and quick actions of a reply, as they were first shown (present only when it had some). */
	products?: ProductCard[];
	quickActions?: QuickAction[];
}

export function publicMessage( message: MessageRow ): PublicMessage {
	return {
		id: message.id,
		role: message.role,
		text: message.text,
		createdAt: message.createdAt,
		sources: message.sources,
		...( message.cards && {
			products: message.cards.products,
			quickActions: message.cards.quickActions,
		} ),
	};
}

/** Receives each responder chunk as it is produced (the streaming send route). */
export type ChunkListener = ( chunk: ResponderChunk ) => void;

/**
 * Runs a responder's stream to the end: forwards every chunk, keeps the text, the
 * distinct sources, and the product cards and quick actions (stored with the reply so a
 * reload shows the same cards). Other kinds (handoff state, fallback) are only forwarded.
 *
 * @param chunks  The responder's stream.
 * @param onChunk Listener for each chunk.
 * @return The reply text, its sources and its cards (null when it had none).
 */
async function consumeReply(
	chunks: AsyncIterable< ResponderChunk >,
	onChunk?: ChunkListener
): Promise< {
	text: string;
	sources: SourceLink[];
	cards: MessageCards | null;
} > {
	const { text, sources, products, quickActions } = await collectReply(
		chunks,
		onChunk
	);
	const hasCards = products.length + quickActions.length > 0;
	return {
		text,
		sources,
		cards: hasCards ? { products, quickActions } : null,
	};
}

export interface SendInput {
	organizationId: string;
	siteId: string;
	conversationId: string;
	text: string;
	clientMessageId: string;
	pageContext: PageContext | null;
	locale: string;
	/** The shopper's IP, for per-IP limits in the responder's tools (order lookups). */
	clientIp?: string;
	/** The signed-in customer the shop vouched for (verified token), or null. */
	customer?: ResponderInput[ 'customer' ];
}

const HISTORY_FOR_RESPONDER = 20;
/** Messages per history page when the widget asks for no size. */
export const HISTORY_PAGE = 50;

export interface ChatServiceDeps {
	repo: ChatRepo;
	clock: () => Date;
	/** Chooses the responder for a site (the embedded one until LLM settings exist). */
	responderFor: ( organizationId: string, siteId: string ) => Responder;
	/** The catalog's current price and stock, for "changed since" marks (commerce service). */
	productStates?: ProductStateReader;
	/** Told of every question and reply `send` returns (the chat module publishes them live). */
	onMessageStored?: ( message: StoredMessageEvent ) => void;
}

/** A stored question or reply, as live views hear of it. */
export interface StoredMessageEvent {
	organizationId: string;
	siteId: string;
	conversationId: string;
	role: PublicMessage[ 'role' ];
	at: string;
}

export function createChatService( {
	repo,
	clock,
	responderFor,
	productStates,
	onMessageStored,
}: ChatServiceDeps ) {
	/**
	 * Answers a question (stored or not yet): reads the recent history, runs the responder
	 * and builds the reply row. Writes nothing: the caller stores question and reply together.
	 *
	 * @param question The shopper's message.
	 * @param input    The send.
	 * @param onChunk  Listener for each responder chunk.
	 */
	async function answer(
		question: MessageRow,
		input: SendInput,
		onChunk?: ChunkListener
	): Promise< MessageRow > {
		const history = await repo.listMessages(
			input.organizationId,
			input.conversationId,
			HISTORY_FOR_RESPONDER
		);
		const responder = responderFor( input.organizationId, input.siteId );
		const { text, sources, cards } = await consumeReply(
			responder.respond( {
				organizationId: input.organizationId,
				siteId: input.siteId,
				conversationId: input.conversationId,
				customer: input.customer ?? null,
				text: input.text,
				locale: input.locale,
				pageContext: input.pageContext,
				clientIp: input.clientIp,
				history: history
					.filter( ( m ) => m.id !== question.id )
					.map( ( m ) => ( { role: m.role, text: m.text } ) ),
			} ),
			onChunk
		);
		// Strictly after the question, so history sorts question -> answer even within one millisecond.
		const createdAt = new Date(
			Math.max( clock().getTime(), Date.parse( question.createdAt ) + 1 )
		).toISOString();
		return {
			id: newId(),
			organizationId: input.organizationId,
			conversationId: input.conversationId,
			role: 'assistant',
			text,
			sources,
			clientMessageId: null,
			replyToId: question.id,
			pageContext: null,
			responder: responder.name,
			cards,
			createdAt,
		};
	}

	/**
	 * The stored question and reply of a send, answering and storing them when the reply is
	 * missing: one read, the answer outside any transaction, then one write transaction for
	 * the question (unless already stored), the reply and the conversation (ADR 0035).
	 *
	 * @param input   The send.
	 * @param onChunk Listener for each responder chunk.
	 */
	async function exchange(
		input: SendInput,
		onChunk?: ChunkListener
	): Promise< { question: MessageRow; reply: MessageRow } > {
		const found = await repo.findExchange(
			input.organizationId,
			input.conversationId,
			input.clientMessageId
		);
		if ( found.question && found.reply ) {
			return { question: found.question, reply: found.reply };
		}
		// Stored but unanswered: the state a process killed mid-answer before ADR 0035 left.
		const question: MessageRow = found.question ?? {
			id: newId(),
			organizationId: input.organizationId,
			conversationId: input.conversationId,
			role: 'shopper',
			text: input.text,
			sources: [],
			clientMessageId: input.clientMessageId,
			replyToId: null,
			pageContext: input.pageContext,
			responder: null,
			cards: null,
			createdAt: clock().toISOString(),
		};
		const reply = await answer( question, input, onChunk );
		try {
			await repo.storeExchange( found.question ? null : question, reply );
			return { question, reply };
		} catch ( error ) {
			// A concurrent retry stored its pair first (nothing of ours was kept): answer with that.
			const concurrent = isUniqueViolation( error )
				? await repo.findExchange(
						input.organizationId,
						input.conversationId,
						input.clientMessageId
					)
				: undefined;
			if ( ! concurrent?.question || ! concurrent.reply ) {
				throw error;
			}
			return { question: concurrent.question, reply: concurrent.reply };
		}
	}

	return {
		/** Conversations started and shopper messages received in a window (daily reports). */
		activityCounts: (
			organizationId: string | null,
			from: string,
			to: string
		) => repo.countActivity( organizationId, from, to ),
		/** Shopper messages, replies and conversations per site over a window (AI cost report). */
		activityBySite: ( from: string, to: string ) =>
			repo.activityBySite( from, to ),
		/** Deletes one conversation with its messages (privacy: "delete my conversation", erasure, retention). */
		deleteConversation: (
			organizationId: string,
			conversationId: string
		) => repo.deleteConversation( organizationId, conversationId ),

		/** One conversation of a site, or undefined (attribution checks an order's conversation id). */
		findConversation: (
			organizationId: string,
			siteId: string,
			conversationId: string
		) => repo.findConversation( organizationId, siteId, conversationId ),

		/** When the conversation last had a message at or before `at` (null: no chat by then). */
		lastMessageAt: (
			organizationId: string,
			conversationId: string,
			at: string
		) => repo.lastMessageAt( organizationId, conversationId, at ),

		/** An organization's conversations, newest activity first (organization area, read-only). */
		listForOrganization: ( organizationId: string, limit = 100 ) =>
			repo.listConversationsOfOrganization( organizationId, limit ),

		/** One conversation with its messages, or 404 when it is not this organization's. */
		async transcriptForOrganization(
			organizationId: string,
			conversationId: string
		) {
			const conversation = await repo.findConversationOfOrganization(
				organizationId,
				conversationId
			);
			if ( ! conversation ) {
				throw new NotFoundError( 'Conversation not found.' );
			}
			const messages = await repo.listMessages(
				organizationId,
				conversationId,
				500
			);
			return { conversation, messages };
		},

		/** Conversations idle since `before`, for the retention purge job (all tenants). */
		listIdleConversations: ( before: string, limit = 5000 ) =>
			repo.listIdleConversations( before, limit ),

		async startConversation(
			organizationId: string,
			siteId: string
		): Promise< { conversationId: string; token: string } > {
			const token = randomToken( 'ct_', 32 );
			const at = clock().toISOString();
			const conversation = {
				id: newId(),
				organizationId,
				siteId,
				createdAt: at,
				updatedAt: at,
				tokenHash: sha256Hex( token ),
			};
			await repo.insertConversation( conversation );
			return { conversationId: conversation.id, token };
		},

		/** The conversation a bearer token opens, or 404 (same answer for unknown and wrong tokens). */
		async conversationForToken(
			token: string
		): Promise< ConversationKey > {
			const conversation = await repo.conversationKeyForTokenHash(
				sha256Hex( token )
			);
			if ( ! conversation ) {
				throw new NotFoundError( 'Conversation not found.' );
			}
			return conversation;
		},

		/**
		 * Marks replies whose product cards no longer match the catalog (`changedProducts`,
		 * see changed-products.ts); unchanged without a catalog reader.
		 * @param messages       A page of this conversation's history.
		 * @param organizationId Owner.
		 * @param siteId         The conversation's site.
		 */
		async markChangedProducts(
			messages: PublicMessage[],
			organizationId: string,
			siteId: string
		) {
			return productStates
				? withChangedProducts(
						messages,
						productStates,
						organizationId,
						siteId
					)
				: messages;
		},

		/** Every message of a conversation, oldest first in thread order (personal-data export). */
		async allMessages(
			organizationId: string,
			conversationId: string
		): Promise< PublicMessage[] > {
			const pages: MessageRow[][] = [];
			let before: ThreadPosition | null = null;
			do {
				const page = await repo.pageMessages(
					organizationId,
					conversationId,
					HISTORY_PAGE_MAX,
					before
				);
				pages.unshift( page.rows );
				before = page.olderThan;
			} while ( before );
			return pages.flat().map( publicMessage );
		},

		/**
		 * One page of a conversation for the widget, oldest first, in thread order (a reply
		 * right after its question); `olderThan` is where the next older page starts, null
		 * when there is none.
		 *
		 * @param organizationId Owner of the conversation.
		 * @param conversationId The conversation.
		 * @param page           Page size and the position to page back from (null: newest).
		 * @param page.limit
		 * @param page.before
		 */
		async history(
			organizationId: string,
			conversationId: string,
			page: { limit: number; before: ThreadPosition | null } = {
				limit: HISTORY_PAGE,
				before: null,
			}
		): Promise< {
			messages: PublicMessage[];
			olderThan: ThreadPosition | null;
		} > {
			const { rows, olderThan } = await repo.pageMessages(
				organizationId,
				conversationId,
				page.limit,
				page.before
			);
			return { messages: rows.map( publicMessage ), olderThan };
		},

		/**
		 * Answers the shopper's message and stores it with the reply (one write transaction,
		 * ADR 0035). Idempotent by clientMessageId: a retried send returns the first pair; a
		 * question stored without its reply (a crash before ADR 0035) is answered then.
		 * @param input
		 */
		async send(
			input: SendInput,
			onChunk?: ChunkListener
		): Promise< { message: PublicMessage; reply: PublicMessage } > {
			const { question, reply } = await exchange( input, onChunk );
			const result = {
				message: publicMessage( question ),
				reply: publicMessage( reply ),
			};
			for ( const message of [ result.message, result.reply ] ) {
				onMessageStored?.( {
					organizationId: input.organizationId,
					siteId: input.siteId,
					conversationId: input.conversationId,
					role: message.role,
					at: message.createdAt,
				} );
			}
			return result;
		},
	};
}

export type ChatService = ReturnType< typeof createChatService >;
