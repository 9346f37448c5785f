/**
 * The wp-admin widget settings page's calls (`/api/site/widget-settings`, signed): the
 * calling site's appearance, locale, consent, retention range and quick actions, over the
 * sites and widget services.
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { SitesService } from '../../modules/sites/service';
import {
	widgetSettingsInputSchema,
	widgetSettingsSchema,
} from '../../modules/widget/schema';
import type { WidgetService } from '../../modules/widget/service';

export function widgetSettingsRoutes( {
	sites,
	widget,
}: {
	sites: Pick< SitesService, 'get' >;
	widget: Pick< WidgetService, 'settingsFor' | 'save' >;
} ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/site/widget-settings',
			summary:
				"The site's widget settings, for the wp-admin page (signed)",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: { 200: z.object( { settings: widgetSettingsSchema } ) },
			handler: async ( { principal } ) => {
				const site = await sites.get(
					principal.organizationId,
					principal.siteId
				);
				return { body: { settings: await widget.settingsFor( site ) } };
			},
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/site/widget-settings',
			summary:
				"Replace the site's widget settings (appearance, locale, consent, retention range, quick actions; signed)",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: { body: widgetSettingsInputSchema },
			responses: {
				200: z.object( { settings: widgetSettingsSchema } ),
				400: 'Invalid settings; nothing changed',
			},
			handler: async ( { principal, body } ) => {
				const site = await sites.get(
					principal.organizationId,
					principal.siteId
				);
				return { body: { settings: await widget.save( site, body ) } };
			},
		} ),
	];
}
