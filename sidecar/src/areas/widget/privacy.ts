/**
 * The shopper's privacy controls (`/api/widget/conversations/:id/privacy`, and deleting the
 * conversation), over the privacy service.
 */
import { defineRoute, type AnyRoute } from '../../platform/http';
import { conversationParams } from '../../modules/chat/schema';
import {
	privacyChoicesBody,
	privacyChoicesSchema,
} from '../../modules/privacy/schema';
import type { PrivacyService } from '../../modules/privacy/service';
import { ensureOwnConversation } from './own-conversation';

export function privacyRoutes( {
	privacy,
}: {
	privacy: Pick<
		PrivacyService,
		'choicesFor' | 'saveChoices' | 'deleteConversation'
	>;
} ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/widget/conversations/:id/privacy',
			summary:
				"The shopper's privacy choices for this conversation (consent, retention, e-mail)",
			tag: 'widget',
			auth: 'conversation',
			permission: null,
			schema: { params: conversationParams },
			responses: {
				200: privacyChoicesSchema,
				404: 'Unknown conversation or wrong token',
			},
			handler: async ( { params, principal } ) => {
				ensureOwnConversation( params.id, principal );
				return { body: await privacy.choicesFor( principal ) };
			},
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/widget/conversations/:id/privacy',
			summary:
				'Record consent and the retention (whole days within the site range) for this conversation',
			tag: 'widget',
			auth: 'conversation',
			permission: null,
			schema: { params: conversationParams, body: privacyChoicesBody },
			responses: {
				200: privacyChoicesSchema,
				400: 'Retention outside the site range, or invalid input; nothing changed',
				404: 'Unknown conversation or wrong token',
			},
			handler: async ( { params, principal, body } ) => {
				ensureOwnConversation( params.id, principal );
				return {
					body: await privacy.saveChoices( principal, body ),
				};
			},
		} ),
		defineRoute( {
			method: 'delete',
			path: '/api/widget/conversations/:id',
			summary:
				'Delete my conversation: its messages and privacy choices; the token stops working',
			tag: 'widget',
			auth: 'conversation',
			permission: null,
			schema: { params: conversationParams },
			responses: {
				204: 'Deleted',
				404: 'Unknown conversation or wrong token',
			},
			handler: async ( { params, principal } ) => {
				ensureOwnConversation( params.id, principal );
				await privacy.deleteConversation( principal );
				return { status: 204 };
			},
		} ),
	];
}
