/**
 * The plugin's commerce calls (`/api/site/commerce/*`): the shop's WooCommerce keys, catalog
 * sync and search synonyms, over the commerce service.
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import {
	credentialsBody,
	synonymsBody,
	syncStatusSchema,
} from '../../modules/commerce/schema';
import type { CommerceService } from '../../modules/commerce/service';

export function commerceRoutes( {
	commerce,
}: {
	commerce: CommerceService;
} ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'put',
			path: '/api/site/commerce/credentials',
			summary:
				"Hand over the shop's read-only WooCommerce REST keys and webhook secret (stored encrypted); starts a full catalog sync",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: credentialsBody },
			responses: { 202: z.object( { sync: syncStatusSchema } ) },
			handler: async ( { body, principal } ) => {
				const site = await commerce.siteById( principal.siteId );
				await commerce.saveCredentials( site, body );
				return {
					status: 202,
					body: { sync: await commerce.status( site.id ) },
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/site/commerce/status',
			summary:
				'Catalog sync progress, last error and refused webhook count (wp-admin)',
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: { 200: z.object( { sync: syncStatusSchema } ) },
			handler: async ( { principal } ) => ( {
				body: { sync: await commerce.status( principal.siteId ) },
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/site/commerce/sync',
			summary: 'Start (or resume) a full catalog sync',
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: {
				202: z.object( { sync: syncStatusSchema } ),
				404: 'No shop connection yet',
			},
			handler: async ( { principal } ) => {
				await commerce.requireConnection( principal.siteId );
				commerce.scheduleSync( principal.siteId );
				return {
					status: 202,
					body: { sync: await commerce.status( principal.siteId ) },
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/site/commerce/synonyms',
			summary: "The shop's search synonyms",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: { 200: synonymsBody },
			handler: async ( { principal } ) => ( {
				body: { synonyms: await commerce.synonyms( principal.siteId ) },
			} ),
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/site/commerce/synonyms',
			summary: 'Replace the shop\'s search synonyms ("tee" -> "t-shirt")',
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: synonymsBody },
			responses: { 200: synonymsBody },
			handler: async ( { body, principal } ) => {
				await commerce.replaceSynonyms(
					principal.organizationId,
					principal.siteId,
					body.synonyms
				);
				return {
					body: {
						synonyms: await commerce.synonyms( principal.siteId ),
					},
				};
			},
		} ),
	];
}
