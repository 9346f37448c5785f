import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { NotFoundError } from '../../platform/errors';
import type { HandoffService } from './handoff';
import type { LlmSettingsService } from './llm-settings';
import {
	connectionTestView,
	handoffSchema,
	llmSettingsBody,
	llmSettingsView,
	orgParams,
	siteSettingsBody,
} from './schema';

/**
 * The plugin's assistant calls (signed): where handoffs are e-mailed, and the open
 * requests; and the platform owner's per-organization LLM settings. Those sit under
 * /api/owner/ until organization-scoped routes exist (they are meant for the
 * 'org.settings.manage' permission of organization admins). The shop owner sets the
 * same organization settings from wp-admin through the signed /api/site/assistant/llm*
 * routes (the organization of the calling site).
 */
export function assistantRoutes(
	handoffs: HandoffService,
	llmSettings: LlmSettingsService,
	organizationExists: ( organizationId: string ) => Promise< void >
): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/organizations/:id/llm-settings',
			summary:
				"The organization's LLM settings (the API key is never returned)",
			tag: 'assistant',
			auth: 'platform',
			permission: 'platform.organizations.read',
			schema: { params: orgParams },
			responses: {
				200: z.object( { settings: llmSettingsView.nullable() } ),
				404: 'Unknown organization',
			},
			handler: async ( { params } ) => {
				await organizationExists( params.id );
				return {
					body: { settings: await llmSettings.get( params.id ) },
				};
			},
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/owner/organizations/:id/llm-settings',
			summary:
				'Set the LLM (OpenAI-compatible or Anthropic) answering for the organization, its key (stored encrypted) and monthly budget',
			tag: 'assistant',
			auth: 'platform',
			permission: 'platform.organizations.manage',
			schema: { params: orgParams, body: llmSettingsBody },
			responses: {
				200: z.object( { settings: llmSettingsView } ),
				404: 'Unknown organization',
			},
			handler: async ( { params, body } ) => {
				await organizationExists( params.id );
				await llmSettings.save( params.id, body );
				const settings = await llmSettings.get( params.id );
				if ( ! settings ) {
					throw new NotFoundError();
				}
				return { body: { settings } };
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/owner/organizations/:id/llm-settings/test',
			summary:
				'Test the saved AI provider with one small real request (8 s at most); answers ok or the error',
			tag: 'assistant',
			auth: 'platform',
			permission: 'platform.organizations.manage',
			schema: {
				params: orgParams,
				body: z.strictObject( {} ).optional(),
			},
			responses: {
				200: connectionTestView,
				404: 'Unknown organization',
			},
			handler: async ( { params } ) => {
				await organizationExists( params.id );
				return { body: await llmSettings.testConnection( params.id ) };
			},
		} ),
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
				200: z.object( { settings: llmSettingsView.nullable() } ),
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
			schema: { body: llmSettingsBody },
			responses: { 200: z.object( { settings: llmSettingsView } ) },
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
			responses: { 200: connectionTestView },
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
