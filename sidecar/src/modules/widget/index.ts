/**
 * The widget module: the iframe page and the per-site widget settings (appearance,
 * locale, consent, retention, quick actions, chat limits) (ADR 0026).
 */
import type { Platform } from '../../platform';
import type { SitesService } from '../sites/service';
import type { WidgetTokens } from '../telemetry/widget-token';
import { createWidgetRepo } from './repo';
import { widgetRoutes } from './routes';
import { createWidgetService } from './service';

export interface WidgetModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' >;
	sites: SitesService;
	/** Signs the frame's telemetry token (telemetry module). */
	widgetTokens: Pick< WidgetTokens, 'issue' >;
}

export function createWidgetModule( {
	platform,
	sites,
	widgetTokens,
}: WidgetModuleDeps ) {
	const service = createWidgetService( {
		repo: createWidgetRepo( platform.db.kysely ),
		clock: platform.clock,
	} );
	const widget = {
		...service,
		/** The site's own chat limits from its widget settings (over the configured defaults). */
		chatLimitsOf: async ( organizationId: string, siteId: string ) =>
			(
				await service.settingsFor(
					await sites.get( organizationId, siteId )
				)
			).chatLimits,
	};
	return {
		widget,
		routes: widgetRoutes( sites, service, widgetTokens.issue ),
	};
}
