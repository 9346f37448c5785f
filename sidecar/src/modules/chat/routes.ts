import { z } from 'zod';
import { NotFoundError } from '../../platform/errors';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { SitesService } from '../sites/service';
import {
	conversationParams,
	messageSchema,
	sendMessageBody,
	startConversationBody,
} from './schema';
import type { ChatService } from './service';

/** `/api/widget/conversations*`: the iframe app's chat API. */
export function chatRoutes(
	chat: ChatService,
	sites: SitesService
): AnyRoute[] {
	/** The token opens one conversation; any other id is 404, as if it did not exist. */
	const ensureOwnConversation = (
		requested: string,
		principal: { conversationId: string }
	) => {
		if ( requested !== principal.conversationId ) {
			throw new NotFoundError( 'Conversation not found.' );
		}
	};

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
				201: z.object( {
					conversationId: z.string(),
					token: z.string(),
				} ),
				404: 'Unknown site key',
			},
			handler: async ( { body } ) => {
				const site = await sites.getByPublicKey( body.siteKey );
				return {
					status: 201,
					body: await chat.startConversation(
						site.organizationId,
						site.id
					),
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/widget/conversations/:id/messages',
			summary: "The conversation's messages, oldest first",
			tag: 'widget',
			auth: 'conversation',
			permission: null,
			schema: { params: conversationParams },
			responses: {
				200: z.object( { messages: z.array( messageSchema ) } ),
				404: 'Unknown conversation or wrong token',
			},
			handler: async ( { params, principal } ) => {
				ensureOwnConversation( params.id, principal );
				return {
					body: {
						messages: await chat.history(
							principal.organizationId,
							principal.conversationId
						),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/widget/conversations/:id/messages',
			summary:
				'Send a shopper message and get the answer (idempotent by clientMessageId)',
			tag: 'widget',
			auth: 'conversation',
			permission: null,
			schema: { params: conversationParams, body: sendMessageBody },
			responses: {
				201: z.object( {
					message: messageSchema,
					reply: messageSchema,
				} ),
				404: 'Unknown conversation or wrong token',
			},
			handler: async ( { params, body, principal } ) => {
				ensureOwnConversation( params.id, principal );
				const result = await chat.send( {
					organizationId: principal.organizationId,
					siteId: principal.siteId,
					conversationId: principal.conversationId,
					text: body.text,
					clientMessageId: body.clientMessageId,
					pageContext: body.pageContext ?? null,
					locale: body.locale ?? 'en',
				} );
				return { status: 201, body: result };
			},
		} ),
	];
}
