import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { NotFoundError } from '../../platform/errors';
import type { LlmSettingsService } from '../../modules/assistant/llm-settings';
import { orgParams } from '../../modules/assistant/schema';
import {
	connectionTestSchema,
	llmSettingsInputSchema,
	llmSettingsSchema,
} from '../../../../contracts/llm-settings';
import type { OrgsService } from '../../modules/orgs/service';

/**
 * The platform owner's per-organization LLM settings. Those sit under /api/owner/ until
 * organization-scoped routes exist (they are meant for the 'org.settings.manage'
 * permission of organization admins). The shop owner sets the same organization settings
 * from wp-admin through the signed /api/site/assistant/* routes (areas/site/assistant.ts).
 */
export function llmSettingsRoutes(
	llmSettings: LlmSettingsService,
	orgs: Pick< OrgsService, 'get' >
): AnyRoute[] {
	// An unknown organization is a 404 before its settings are read or written.
	const organizationExists = async ( organizationId: string ) => {
		await orgs.get( organizationId );
	};
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
				200: z.object( { settings: llmSettingsSchema.nullable() } ),
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
			schema: { params: orgParams, body: llmSettingsInputSchema },
			responses: {
				200: z.object( { settings: llmSettingsSchema } ),
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
				200: connectionTestSchema,
				404: 'Unknown organization',
			},
			handler: async ( { params } ) => {
				await organizationExists( params.id );
				return { body: await llmSettings.testConnection( params.id ) };
			},
		} ),
	];
}
