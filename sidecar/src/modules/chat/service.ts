import { newId, randomToken, sha256Hex } from '../../platform/crypto';
import { isUniqueViolation, NotFoundError } from '../../platform/errors';
import {
	collectReply,
	type PageContext,
	type Responder,
	type SourceLink,
} from '../assistant/responder';
import type { ChatRepo, ConversationRow, MessageRow } from './repo';

/** A message as the widget sees it. */
export interface PublicMessage {
	id: string;
	role: 'shopper' | 'assistant';
	text: string;
	createdAt: string;
	sources: SourceLink[];
}

export function publicMessage( message: MessageRow ): PublicMessage {
	return {
		id: message.id,
		role: message.role,
		text: message.text,
		createdAt: message.createdAt,
		sources: message.sources,
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
}

const HISTORY_FOR_RESPONDER = 20;
export const HISTORY_PAGE = 200;

export interface ChatServiceDeps {
	repo: ChatRepo;
	clock: () => Date;
	/** Chooses the responder for a site (the embedded one until LLM settings exist). */
	responderFor: ( organizationId: string, siteId: string ) => Responder;
}

export function createChatService( {
	repo,
	clock,
	responderFor,
}: ChatServiceDeps ) {
	async function replyTo(
		shopper: MessageRow,
		input: SendInput
	): Promise< MessageRow > {
		const history = await repo.listMessages(
			input.organizationId,
			input.conversationId,
			HISTORY_FOR_RESPONDER
		);
		const responder = responderFor( input.organizationId, input.siteId );
		const { text, sources } = await collectReply(
			responder.respond( {
				organizationId: input.organizationId,
				siteId: input.siteId,
				conversationId: input.conversationId,
				text: input.text,
				locale: input.locale,
				pageContext: input.pageContext,
				history: history
					.filter( ( m ) => m.id !== shopper.id )
					.map( ( m ) => ( { role: m.role, text: m.text } ) ),
			} )
		);
		// Strictly after the question, so history sorts question -> answer even within one millisecond.
		const createdAt = new Date(
			Math.max( clock().getTime(), Date.parse( shopper.createdAt ) + 1 )
		).toISOString();
		const reply: MessageRow = {
			id: newId(),
			organizationId: input.organizationId,
			conversationId: input.conversationId,
			role: 'assistant',
			text,
			sources,
			clientMessageId: null,
			replyToId: shopper.id,
			pageContext: null,
			responder: responder.name,
			createdAt,
		};
		try {
			await repo.insertMessage( reply );
			return reply;
		} catch ( error ) {
			const concurrent = isUniqueViolation( error )
				? await repo.findReplyTo( input.organizationId, shopper.id )
				: undefined;
			if ( ! concurrent ) {
				throw error;
			}
			return concurrent;
		}
	}

	return {
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
		): Promise< ConversationRow > {
			const conversation = await repo.findConversationByTokenHash(
				sha256Hex( token )
			);
			if ( ! conversation ) {
				throw new NotFoundError( 'Conversation not found.' );
			}
			return conversation;
		},

		async history(
			organizationId: string,
			conversationId: string
		): Promise< PublicMessage[] > {
			return (
				await repo.listMessages(
					organizationId,
					conversationId,
					HISTORY_PAGE
				)
			).map( publicMessage );
		},

		/**
		 * Stores the shopper's message and the responder's reply. Idempotent by clientMessageId:
		 * a retried send returns the first pair (answering it if the first attempt died mid-way).
		 * @param input
		 */
		async send(
			input: SendInput
		): Promise< { message: PublicMessage; reply: PublicMessage } > {
			let shopper = await repo.findByClientMessageId(
				input.organizationId,
				input.conversationId,
				input.clientMessageId
			);
			if ( ! shopper ) {
				const candidate: MessageRow = {
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
					createdAt: clock().toISOString(),
				};
				try {
					await repo.insertMessage( candidate );
					shopper = candidate;
				} catch ( error ) {
					// A concurrent retry inserted it first: answer with that one.
					if ( ! isUniqueViolation( error ) ) {
						throw error;
					}
					shopper = await repo.findByClientMessageId(
						input.organizationId,
						input.conversationId,
						input.clientMessageId
					);
					if ( ! shopper ) {
						throw error;
					}
				}
			}
			const reply =
				( await repo.findReplyTo(
					input.organizationId,
					shopper.id
				) ) ?? ( await replyTo( shopper, input ) );
			return {
				message: publicMessage( shopper ),
				reply: publicMessage( reply ),
			};
		},
	};
}

export type ChatService = ReturnType< typeof createChatService >;
