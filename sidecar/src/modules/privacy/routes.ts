import { z } from 'zod';
import { NotFoundError } from '../../platform/errors';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { conversationParams } from '../chat/schema';
import type { SitesService } from '../sites/service';
import {
	personalDataExportSchema,
	personalDataRequestBody,
	privacyChoicesBody,
	privacyChoicesSchema,
} from './schema';
import type { PrivacyService } from './service';

/**
 * The shopper's privacy controls (`/api/widget/conversations/:id/privacy`, delete) and
 * the WordPress personal-data exporter/eraser look-ups (`/api/site/privacy/*`, signed).
 *
 * @param privacy The privacy service.
 * @param sites   The sites service.
 */
export function privacyRoutes(
	privacy: PrivacyService,
	sites: SitesService
): AnyRoute[] {
	const own = (
		requested: string,
		principal: { conversationId: string }
	) => {
		if ( requested !== principal.conversationId ) {
			throw new NotFoundError( 'Conversation not found.' );
		}
	};
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
				own( params.id, principal );
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
				own( params.id, principal );
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
				own( params.id, principal );
				await privacy.deleteConversation( principal );
				return { status: 204 };
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/site/privacy/export',
			summary:
				"Conversations tied to a shopper's e-mail, for WordPress's personal-data exporter (signed)",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: personalDataRequestBody },
			responses: { 200: personalDataExportSchema },
			handler: async ( { principal, body } ) => {
				const site = await sites.get(
					principal.organizationId,
					principal.siteId
				);
				return {
					body: await privacy.exportByEmail( site, body.email ),
				};
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/site/privacy/erase',
			summary:
				"Erase the conversations tied to a shopper's e-mail, for WordPress's personal-data eraser (signed)",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: personalDataRequestBody },
			responses: { 200: z.object( { erased: z.number() } ) },
			handler: async ( { principal, body } ) => {
				const site = await sites.get(
					principal.organizationId,
					principal.siteId
				);
				return {
					body: await privacy.eraseByEmail( site, body.email ),
				};
			},
		} ),
	];
}
