/**
 * `/demo`: a storefront page served by the sidecar with the real loader and widget, for
 * newcomers (OMNIOPS_DEMO); the pages come from the demo module's storefront.
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { DemoStorefront } from '../../modules/demo/storefront';

export function demoArea( storefront: DemoStorefront ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/demo',
			summary: 'Demo storefront page with the chat widget',
			tag: 'demo',
			auth: 'public',
			permission: null,
			schema: {},
			responses: { 200: 'HTML page' },
			handler: () => ( {
				body: storefront.homePage(),
				contentType: 'html',
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/demo/pages/:slug',
			summary: 'A bundled demo page (the demo knowledge)',
			tag: 'demo',
			auth: 'public',
			permission: null,
			schema: {
				params: z.object( {
					slug: z.string().regex( /^[a-z0-9-]{1,64}$/ ),
				} ),
			},
			responses: { 200: 'HTML page', 404: 'No such page' },
			handler: ( { params } ) => ( {
				body: storefront.page( params.slug ),
				contentType: 'html',
			} ),
		} ),
	];
}
