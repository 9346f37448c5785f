/**
 * The shopper's privacy controls (`/api/widget/conversations/:id/privacy`, and deleting the
 * conversation), over the privacy service.
 */
import type { AnyRoute } from '../../platform/http';
import {
	privacyChoicesBody,
	privacyChoicesSchema,
} from '../../modules/privacy/schema';
import type { PrivacyService } from '../../modules/privacy/service';
import { defineConversationRoute } from './own-conversation';

export function privacyRoutes( {
	privacy,
}: {
	privacy: Pick<
		PrivacyService,
		'choicesFor' | 'saveChoices' | 'deleteConversation'
	>;
} ): AnyRoute[] {
	return [
		defineConversationRoute( {
			method: 'get',
			path: '/api/widget/conversations/:id/privacy',
			summary:
				"The shopper's privacy choices for this conversation (consent, retention, e-mail)",
			responses: {
				200: privacyChoicesSchema,
			},
			handler: async ( { principal } ) => {
				return { body: await privacy.choicesFor( principal ) };
			},
		} ),
		defineConversationRoute( {
			method: 'put',
			path: '/api/widget/conversations/:id/privacy',
			summary:
				'Record consent and the retention (whole days within the site range) for this conversation',
			schema: { body: privacyChoicesBody },
			responses: {
				200: privacyChoicesSchema,
				400: 'Retention outside the site range, or invalid input; nothing changed',
			},
			handler: async ( { principal, body } ) => {
				return {
					body: await privacy.saveChoices( principal, body ),
				};
			},
		} ),
		defineConversationRoute( {
			method: 'delete',
			path: '/api/widget/conversations/:id',
			summary:
				'Delete my conversation: its messages and privacy choices; the token stops working',
			responses: {
				204: 'Deleted',
			},
			handler: async ( { principal } ) => {
				await privacy.deleteConversation( principal );
				return { status: 204 };
			},
		} ),
	];
}
