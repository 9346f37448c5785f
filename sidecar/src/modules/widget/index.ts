/**
 * The widget module: the per-site widget settings (appearance, locale, consent, retention,
 * quick actions, chat limits) (ADR 0026). The iframe page and its configuration are
 * declared in areas/widget, the wp-admin settings calls in areas/site.
 */
import type { Platform } from '../../platform';
import type { SitesService } from '../sites/service';
import { createWidgetRepo } from './repo';
import { createWidgetService } from './service';

export interface WidgetModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' | 'cacheInvalidations' >;
	sites: SitesService;
}

export function createWidgetModule( { platform, sites }: WidgetModuleDeps ) {
	const service = createWidgetService( {
		repo: createWidgetRepo(
			platform.db.kysely,
			platform.cacheInvalidations
		),
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
	return { widget };
}
