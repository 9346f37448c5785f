import { defineRoute, type AnyRoute } from '../../platform/http';
import type { SitesService } from '../../modules/sites/service';
import {
	conversationSessionSchema,
	encodeHistoryCursor,
	historyQuery,
	messagePageSchema,
	sendMessageBody,
	sentMessagesSchema,
	startConversationBody,
} from '../../modules/chat/schema';
import type {
	ConversationSession,
	MessagePage,
	SentMessages,
} from '../../../../contracts/chat';
import {
	HISTORY_PAGE,
	type ChatService,
	type SendInput,
} from '../../modules/chat/service';
import type { ChatLimits } from '../../modules/chat/limits';
import { defineConversationRoute } from './own-conversation';

/** Checks run before a message is stored (the privacy module's consent gate). */
export type SendGuard = ( principal: {
	organizationId: string;
	siteId: string;
	conversationId: string;
} ) => Promise< void >;

/**
 * `/api/widget/conversations*`: the iframe app's chat API, over the chat service (the
 * consent check and the limits come from areas/widget/index.ts).
 *
 * @param chat       The chat service.
 * @param sites      The sites service.
 * @param beforeSend Runs before a send; throws to refuse it (e.g. consent missing).
 * @param limits     Per-IP, per-conversation and per-site limits (429 with Retry-After).
 */
export function chatRoutes(
	chat: ChatService,
	sites: SitesService,
	beforeSend: SendGuard = async () => {},
	limits: ChatLimits | null = null
): AnyRoute[] {
	const sendInput = (
		principal: {
			organizationId: string;
			siteId: string;
			conversationId: string;
		},
		body: {
			text: string;
			clientMessageId: string;
			pageContext?: SendInput[ 'pageContext' ];
			locale?: string;
		},
		clientIp: string,
		customer: SendInput[ 'customer' ] = null
	): SendInput => ( {
		organizationId: principal.organizationId,
		siteId: principal.siteId,
		conversationId: principal.conversationId,
		text: body.text,
		clientMessageId: body.clientMessageId,
		pageContext: body.pageContext ?? null,
		locale: body.locale ?? 'en',
		clientIp,
		customer,
	} );

	/** The customer the plugin vouches for; a bad or expired token just means "not signed in". */
	const signedInCustomer = (
		siteId: string,
		body: { customerToken?: string }
	) =>
		body.customerToken
			? sites.verifyCustomerToken( siteId, body.customerToken )
			: Promise.resolve( null );

	return [
		defineRoute( {
			method: 'post',
			path: '/api/widget/conversations',
			summary:
				'Start a conversation on a site; answers its id and bearer token',
			tag: 'widget',
			auth: 'public',
			permission: null,
			schema: { body: startConversationBody },
			responses: {
				201: conversationSessionSchema,
				404: 'Unknown site key',
				429: 'Too many new conversations from this address or on this site (Retry-After)',
			},
			handler: async ( { body, context } ) => {
				const site = await sites.getByPublicKey( body.siteKey );
				await limits?.beforeNewConversation(
					{ organizationId: site.organizationId, siteId: site.id },
					context.ip
				);
				return {
					status: 201,
					body: ( await chat.startConversation(
						site.organizationId,
						site.id
					) ) satisfies ConversationSession,
				};
			},
		} ),
		defineConversationRoute( {
			method: 'get',
			path: '/api/widget/conversations/:id/messages',
			summary:
				"One page of the conversation's messages, oldest first, a reply right after its question; `before` pages back",
			schema: { query: historyQuery },
			responses: {
				200: messagePageSchema,
				400: 'A bad limit or cursor',
			},
			handler: async ( { query, principal } ) => {
				const page = await chat.history(
					principal.organizationId,
					principal.conversationId,
					{
						limit: query.limit ?? HISTORY_PAGE,
						before: query.before ?? null,
					}
				);
				return {
					body: {
						messages: await chat.markChangedProducts(
							page.messages,
							principal.organizationId,
							principal.siteId
						),
						olderCursor: page.olderThan
							? encodeHistoryCursor( page.olderThan )
							: null,
					} satisfies MessagePage,
				};
			},
		} ),
		defineConversationRoute( {
			method: 'post',
			path: '/api/widget/conversations/:id/messages',
			summary:
				'Send a shopper message and get the answer (idempotent by clientMessageId)',
			schema: { body: sendMessageBody },
			responses: {
				201: sentMessagesSchema,
				429: 'Too many messages (conversation, address or site); nothing stored (Retry-After)',
			},
			handler: async ( { body, principal, context } ) => {
				await limits?.beforeMessage( principal, context.ip );
				await beforeSend( principal );
				const result = await chat.send(
					sendInput(
						principal,
						body,
						context.ip,
						await signedInCustomer( principal.siteId, body )
					)
				);
				return { status: 201, body: result satisfies SentMessages };
			},
		} ),
		defineConversationRoute( {
			method: 'post',
			path: '/api/widget/conversations/:id/messages/stream',
			summary:
				'Send a shopper message and stream the answer as server-sent events (idempotent by clientMessageId)',
			schema: { body: sendMessageBody },
			responses: {
				200: 'text/event-stream: `message` (the stored shopper message), `chunk` (each responder chunk: text deltas, sources, and any later kinds), `done` (the stored reply), or `error` ({ code, message })',
				403: 'The site requires consent first',
				429: 'Too many messages (conversation, address or site); nothing stored, no stream opened (Retry-After)',
			},
			handler: async ( { body, principal, context } ) => {
				await limits?.beforeMessage( principal, context.ip );
				await beforeSend( principal );
				const customer = await signedInCustomer(
					principal.siteId,
					body
				);
				return {
					stream: async ( emit ) => {
						const { message, reply } = await chat.send(
							sendInput( principal, body, context.ip, customer ),
							( chunk ) => emit( 'chunk', chunk )
						);
						emit( 'message', message );
						emit( 'done', reply );
					},
				};
			},
		} ),
	];
}
