/**
 * The plugin's assistant calls (`/api/site/assistant/*`, signed): the AI provider settings
 * of the calling site's organization, where requests for a person are e-mailed, and the
 * open requests.
 */
import { z } from 'zod';
import { NotFoundError } from '../../platform/errors';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { HandoffService } from '../../modules/assistant/handoff';
import type { LlmSettingsService } from '../../modules/assistant/llm-settings';
import {
	handoffSchema,
	siteSettingsBody,
} from '../../modules/assistant/schema';
import {
	connectionTestSchema,
	llmSettingsInputSchema,
	llmSettingsSchema,
} from '../../../../contracts/llm-settings';

export function assistantRoutes( {
	llmSettings,
	handoffs,
}: {
	llmSettings: Pick< LlmSettingsService, 'get' | 'save' | 'testConnection' >;
	handoffs: Pick< HandoffService, 'settings' | 'saveSettings' | 'list' >;
} ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/site/assistant/llm-settings',
			summary:
				"The AI provider settings of the site's organization (the API key is never returned)",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: {
				200: z.object( { settings: llmSettingsSchema.nullable() } ),
			},
			handler: async ( { principal } ) => ( {
				body: {
					settings: await llmSettings.get( principal.organizationId ),
				},
			} ),
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/site/assistant/llm-settings',
			summary:
				"Set the AI provider of the site's organization from wp-admin (key stored encrypted)",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: llmSettingsInputSchema },
			responses: { 200: z.object( { settings: llmSettingsSchema } ) },
			handler: async ( { body, principal } ) => {
				await llmSettings.save( principal.organizationId, body );
				const settings = await llmSettings.get(
					principal.organizationId
				);
				if ( ! settings ) {
					throw new NotFoundError();
				}
				return { body: { settings } };
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/site/assistant/llm-settings/test',
			summary:
				"Test the organization's saved AI provider with one small real request",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: z.strictObject( {} ).optional() },
			responses: { 200: connectionTestSchema },
			handler: async ( { principal } ) => ( {
				body: await llmSettings.testConnection(
					principal.organizationId
				),
			} ),
		} ),
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
