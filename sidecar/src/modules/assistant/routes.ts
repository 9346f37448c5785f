import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { HandoffService } from './handoff';
import { handoffSchema, siteSettingsBody } from './schema';

/** The plugin's assistant calls (signed): where handoffs are e-mailed, and the open requests. */
export function assistantRoutes( handoffs: HandoffService ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/site/assistant/settings',
			summary: 'Where requests for a person are e-mailed',
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: { 200: siteSettingsBody },
			handler: async ( { principal } ) => ( {
				body: await handoffs.settings(
					principal.organizationId,
					principal.siteId
				),
			} ),
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/site/assistant/settings',
			summary: 'Set the e-mail address requests for a person are sent to',
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: siteSettingsBody },
			responses: { 200: siteSettingsBody },
			handler: async ( { body, principal } ) => ( {
				body: await handoffs.saveSettings(
					principal.organizationId,
					principal.siteId,
					body.handoffEmail
				),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/site/assistant/handoffs',
			summary:
				'Conversations marked for a person, newest first, with the notification outcome',
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: {
				200: z.object( { handoffs: z.array( handoffSchema ) } ),
			},
			handler: async ( { principal } ) => ( {
				body: {
					handoffs: (
						await handoffs.list(
							principal.organizationId,
							principal.siteId
						)
					).map(
						( { organizationId: _org, siteId: _site, ...rest } ) =>
							rest
					),
				},
			} ),
		} ),
	];
}
