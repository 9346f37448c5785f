/**
 * The organization area's conversations (`/api/org/:orgId/conversations*`, read-only,
 * ADR 0014, ADR 0026): the organization id comes from the principal.
 */
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { ChatService } from '../../modules/chat/service';
import {
	orgConversationListSchema,
	orgConversationParams,
	orgParams,
	orgTranscriptSchema,
	type OrgConversationList,
	type OrgTranscript,
} from '../../modules/orgs/schema';

export function conversationRoutes( deps: { chat: ChatService } ): AnyRoute[] {
	const { chat } = deps;
	return [
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/conversations',
			summary:
				"The organization's conversations, newest activity first (read-only)",
			tag: 'org',
			auth: 'org',
			permission: 'org.conversations.read',
			schema: { params: orgParams },
			responses: {
				200: orgConversationListSchema,
			},
			handler: async ( { principal } ) => ( {
				body: {
					conversations: (
						await chat.listForOrganization(
							principal.organizationId
						)
					).map(
						( { organizationId: _org, ...conversation } ) =>
							conversation
					),
				} satisfies OrgConversationList,
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/conversations/:conversationId',
			summary: 'One conversation with its messages (read-only)',
			tag: 'org',
			auth: 'org',
			permission: 'org.conversations.read',
			schema: { params: orgConversationParams },
			responses: {
				200: orgTranscriptSchema,
				404: 'No such conversation in this organization',
			},
			handler: async ( { principal, params } ) => {
				const { conversation, messages } =
					await chat.transcriptForOrganization(
						principal.organizationId,
						params.conversationId
					);
				return {
					body: {
						conversation: {
							id: conversation.id,
							siteId: conversation.siteId,
							createdAt: conversation.createdAt,
							updatedAt: conversation.updatedAt,
						},
						messages: messages.map( ( message ) => ( {
							id: message.id,
							role: message.role,
							text: message.text,
							sources: message.sources,
							createdAt: message.createdAt,
						} ) ),
					} satisfies OrgTranscript,
				};
			},
		} ),
	];
}
