import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { SitesService } from '../../modules/sites/service';
import type { WidgetEventsService } from '../../modules/widget-events/service';

/**
 * The owner's telemetry counts of a site. The widget's beacon and token refresh are
 * declared in areas/widget/telemetry.ts.
 *
 * @param telemetry The telemetry service.
 * @param sites     The sites service.
 */
export function siteTelemetryRoutes(
	telemetry: WidgetEventsService,
	sites: SitesService
): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/sites/:id/telemetry',
			summary: "Counts of a site's telemetry events by type",
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			schema: { params: z.object( { id: z.uuid() } ) },
			responses: {
				200: z.object( { counts: z.record( z.string(), z.number() ) } ),
				404: 'No such site',
			},
			handler: async ( { params } ) => {
				const site = await sites.getForPlatform( params.id );
				return {
					body: { counts: await telemetry.countsForSite( site.id ) },
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/sites/:id/telemetry/hourly',
			summary:
				"A site's hourly telemetry rollups by type (default: the last 24 hours)",
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			schema: {
				params: z.object( { id: z.uuid() } ),
				query: z.strictObject( {
					from: z.iso.datetime( { offset: true } ).optional(),
					to: z.iso.datetime( { offset: true } ).optional(),
				} ),
			},
			responses: {
				200: z.object( {
					hours: z.array(
						z.object( {
							hour: z.string(),
							type: z.string(),
							count: z.number(),
						} )
					),
				} ),
				404: 'No such site',
			},
			handler: async ( { params, query } ) => {
				const site = await sites.getForPlatform( params.id );
				const to = query.to
					? new Date( query.to )
					: new Date( Date.now() + 3_600_000 );
				const from = query.from
					? new Date( query.from )
					: new Date( to.getTime() - 25 * 3_600_000 );
				const rows = await telemetry.hourlyForSite(
					site,
					from.toISOString(),
					to.toISOString()
				);
				return {
					body: {
						hours: rows.map( ( { hour, type, count } ) => ( {
							hour,
							type,
							count,
						} ) ),
					},
				};
			},
		} ),
	];
}
