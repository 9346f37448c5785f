import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { LimitRuleInput } from '../../platform/limit-rule';
import type { LimiterFactory } from '../../platform/rate-limit';
import { siteKey } from '../chat/schema';
import type { SitesService } from '../sites/service';
import { telemetryBatch, telemetryBody } from './schema';
import type { TelemetryService } from './service';
import type { WidgetTokens } from './widget-token';

export interface TelemetryIntake {
	tokens: WidgetTokens;
	limits: LimiterFactory;
	/** Beacons per address, and per site (attributed and unattributed counted apart). */
	perIp: LimitRuleInput;
	perSite: LimitRuleInput;
}

/**
 * The widget's telemetry beacon, a token refresh for long-open frames, and the owner's
 * telemetry counts.
 *
 * @param telemetry The telemetry service.
 * @param sites     The sites service.
 * @param intake    Widget tokens and the limits of the public routes.
 */
export function telemetryRoutes(
	telemetry: TelemetryService,
	sites: SitesService,
	intake: TelemetryIntake
): AnyRoute[] {
	// A page sends a batch every few seconds at most; this bounds a flood from one client.
	const beaconsPerIp = intake.limits.create( 'telemetry-ip', intake.perIp );
	const beaconsPerSite = intake.limits.create(
		'telemetry-site',
		intake.perSite
	);
	const tokensPerIp = intake.limits.create( 'telemetry-token-ip', {
		points: 30,
		durationSeconds: 10 * 60,
	} );
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
				401: 'The token is invalid, for another site or expired (code telemetry_token_invalid); nothing stored',
				404: 'Unknown site key',
				429: 'Too many beacons from this address or for this site (Retry-After); nothing stored',
			},
			handler: async ( { body, context } ) => {
				await beaconsPerIp.consume( context.ip );
				const site = await sites.getByPublicKey( body.siteKey );
				if ( body.token ) {
					intake.tokens.verify( body.siteKey, body.token );
				}
				const attributed = Boolean( body.token );
				// Tokenless beacons have their own allowance, so a forged flood cannot use up
				// the one real widgets report through.
				await beaconsPerSite.consume(
					`${ site.id }|${ attributed ? 'token' : 'none' }`
				);
				return {
					status: 202,
					body: {
						accepted: await telemetry.ingest( site, body.events, {
							userAgent: context.userAgent,
							referer: context.headers.referer,
							attributed,
						} ),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/widget/telemetry-token',
			summary:
				'A fresh signed widget token for telemetry beacons (the frame refreshes before expiresAt)',
			tag: 'widget',
			auth: 'public',
			permission: null,
			schema: { query: z.object( { site: siteKey } ) },
			responses: {
				200: z.object( { token: z.string(), expiresAt: z.string() } ),
				404: 'Unknown site key',
				429: 'Too many tokens for this address (Retry-After)',
			},
			handler: async ( { query, context } ) => {
				await tokensPerIp.consume( context.ip );
				const site = await sites.getByPublicKey( query.site );
				return {
					body: intake.tokens.issue( site.publicKey ),
					headers: { 'Cache-Control': 'no-store' },
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
