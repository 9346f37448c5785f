/**
 * The widget's telemetry beacon (`/api/widget/telemetry`) and the token refresh for
 * long-open frames (`/api/widget/telemetry-token`), over the telemetry service, its widget
 * tokens and the sites service; both public, so both rate-limited.
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { LimitRuleInput } from '../../platform/limit-rule';
import type { LimiterFactory } from '../../platform/rate-limit';
import { siteKey } from '../../modules/chat/schema';
import type { SitesService } from '../../modules/sites/service';
import {
	widgetEventBatch,
	widgetEventBody,
} from '../../modules/widget-events/schema';
import type { WidgetEventsService } from '../../modules/widget-events/service';
import type { WidgetTokens } from '../../modules/widget-events/widget-token';

export interface WidgetEventIntake {
	tokens: Pick< WidgetTokens, 'issue' | 'verify' >;
	limits: LimiterFactory;
	/** Beacons per address, and per site (attributed and unattributed counted apart). */
	perIp: LimitRuleInput;
	perSite: LimitRuleInput;
}

export function telemetryRoutes( {
	telemetry,
	sites,
	intake,
}: {
	telemetry: Pick< WidgetEventsService, 'ingest' >;
	sites: Pick< SitesService, 'getByPublicKey' >;
	intake: WidgetEventIntake;
} ): AnyRoute[] {
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
			schema: { body: widgetEventBody },
			documentedBody: widgetEventBatch,
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
	];
}
