import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { createRateLimiter } from '../../platform/rate-limit';
import type { SitesService } from '../sites/service';
import { telemetryBatch, telemetryBody } from './schema';
import type { TelemetryService } from './service';

export function telemetryRoutes(
	telemetry: TelemetryService,
	sites: SitesService
): AnyRoute[] {
	// A page sends a batch every few seconds at most; this bounds a flood from one client.
	const batchesPerClient = createRateLimiter( 120, 60_000 );
	return [
		defineRoute( {
			method: 'post',
			path: '/api/widget/telemetry',
			summary:
				'Widget telemetry batch (navigator.sendBeacon; JSON as application/json or text/plain)',
			tag: 'widget',
			auth: 'public',
			permission: null,
			schema: { body: telemetryBody },
			documentedBody: telemetryBatch,
			responses: {
				202: z.object( { accepted: z.number() } ),
				404: 'Unknown site key',
			},
			handler: async ( { body, context } ) => {
				batchesPerClient.hit( `${ context.ip }|${ body.siteKey }` );
				const site = await sites.getByPublicKey( body.siteKey );
				return {
					status: 202,
					body: {
						accepted: await telemetry.ingest( site, body.events, {
							userAgent: context.userAgent,
							referer: context.headers.referer,
						} ),
					},
				};
			},
		} ),
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
