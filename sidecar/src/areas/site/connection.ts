/**
 * The plugin's connection to the sidecar (`/api/site/connect`, `status`, `sync`,
 * `disconnect`): the sites and knowledge services.
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { KnowledgeService } from '../../modules/knowledge/service';
import {
	connectBody,
	connectReply,
	emptyBody,
	knowledgeStatusSchema,
	siteSchema,
} from '../../modules/sites/schema';
import type { SitesService } from '../../modules/sites/service';

export function connectionRoutes( {
	sites,
	knowledge,
}: {
	sites: SitesService;
	knowledge: Pick< KnowledgeService, 'status' | 'scheduleSync' >;
} ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'post',
			path: '/api/site/connect',
			summary:
				'Register a shop with a one-time connect token; answers the site key and signing secret',
			tag: 'site',
			auth: 'public',
			permission: null,
			schema: { body: connectBody },
			responses: {
				201: connectReply,
				401: 'Connect token unknown, used or expired',
			},
			handler: async ( { body } ) => ( {
				status: 201,
				body: await sites.connect( body ),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/site/status',
			summary: 'The signed site and the state of its knowledge index',
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: {
				200: z.object( {
					site: siteSchema,
					knowledge: knowledgeStatusSchema,
				} ),
			},
			handler: async ( { principal } ) => {
				const site = await sites.get(
					principal.organizationId,
					principal.siteId
				);
				return {
					body: {
						site,
						knowledge: await knowledge.status( site.id ),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/site/sync',
			summary: "Re-read the shop's published pages and posts",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: emptyBody },
			responses: { 202: z.object( { queued: z.literal( true ) } ) },
			handler: async ( { principal } ) => {
				knowledge.scheduleSync(
					await sites.get(
						principal.organizationId,
						principal.siteId
					)
				);
				return { status: 202, body: { queued: true } };
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/site/disconnect',
			summary: 'Disconnect the site: its key and secret stop working',
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: emptyBody },
			responses: { 200: z.object( { disconnected: z.literal( true ) } ) },
			handler: async ( { principal } ) => {
				await sites.disconnect(
					principal.organizationId,
					principal.siteId
				);
				return { body: { disconnected: true } };
			},
		} ),
	];
}
