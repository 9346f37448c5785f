/**
 * The WordPress personal-data exporter and eraser look-ups (`/api/site/privacy/*`, signed):
 * the calling site's conversations tied to a shopper's e-mail, over the privacy service.
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import {
	personalDataExportSchema,
	personalDataRequestBody,
} from '../../modules/privacy/schema';
import type { PrivacyService } from '../../modules/privacy/service';
import type { SitesService } from '../../modules/sites/service';

export function privacyRoutes( {
	privacy,
	sites,
}: {
	privacy: Pick< PrivacyService, 'exportByEmail' | 'eraseByEmail' >;
	sites: Pick< SitesService, 'get' >;
} ): AnyRoute[] {
	return [
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
