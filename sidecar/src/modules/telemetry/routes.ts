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
						accepted: await telemetry.ingest( site, body.events ),
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
	];
}
