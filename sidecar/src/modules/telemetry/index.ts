/**
 * The telemetry module: widget events (beacons, facets, hourly rollups, retention), widget
 * health figures, and the widget-health and AI-cost reports that areas/widget-health.ts
 * serves (ADR 0017, ADR 0026). Every stored beacon is published live
 * (`telemetry.ingested`) and counted in /metrics.
 */
import type { Platform } from '../../platform';
import type { HandoffsService } from '../assistant';
import type { ChatService } from '../chat/service';
import type { OrgsService } from '../orgs/service';
import type { SitesService } from '../sites/service';
import type { UsageService } from '../usage/service';
import { createHealthService } from './health';
import { createTelemetryRepo } from './repo';
import { telemetryRoutes } from './routes';
import { createTelemetryService } from './service';
import { createUsageInsights } from './usage-insights';
import { createWidgetHealth } from './widget-health';
import { createWidgetTokens, widgetTokenKey } from './widget-token';

export interface TelemetryModuleDeps {
	platform: Pick<
		Platform,
		| 'db'
		| 'clock'
		| 'config'
		| 'logger'
		| 'bus'
		| 'publishLive'
		| 'metrics'
		| 'masterKey'
		| 'queue'
		| 'scheduler'
	>;
	sites: SitesService;
	orgs: Pick< OrgsService, 'get' >;
	usage: Pick< UsageService, 'totalsBySiteAndModel' >;
	chat: Pick< ChatService, 'activityBySite' >;
	handoffs: Pick< HandoffsService, 'conversationsBySite' >;
}

export function createTelemetryModule( {
	platform,
	sites,
	orgs,
	usage,
	chat,
	handoffs,
}: TelemetryModuleDeps ) {
	const { config, clock } = platform;
	const repo = createTelemetryRepo( platform.db.kysely );
	const widgetTokens = createWidgetTokens( {
		key: widgetTokenKey( platform.masterKey ),
		clock,
	} );
	const telemetry = createTelemetryService( repo, clock, ( event ) => {
		void platform.publishLive( 'telemetry.ingested', event );
		platform.metrics.countWidgetEventsByType( event.counts );
	} );
	// Widget health figures over a window (dashboards, alert rules, daily reports).
	const health = createHealthService( repo, clock );
	// The owner's widget-health and AI-cost pages; live streams end when shutdown begins.
	const liveStreamsStop = new AbortController();
	const widgetHealth = createWidgetHealth( {
		repo,
		health,
		clock,
		siteUrl: async ( siteId ) =>
			( await sites.getForPlatform( siteId ) ).url,
	} );
	const usageInsights = createUsageInsights( {
		usageTotals: usage.totalsBySiteAndModel,
		activity: chat.activityBySite,
		handoffConversations: handoffs.conversationsBySite,
		organizationName: async ( id ) =>
			( await orgs.get( id ).catch( () => ( { name: id } ) ) ).name,
		siteLabel: async ( id ) =>
			( await sites.getForPlatform( id ).catch( () => ( { url: id } ) ) )
				.url,
	} );
	// Scheduled work: hourly rollups and raw-event retention.
	platform.queue.register( 'telemetry.rollup', async () => {
		await telemetry.rollUp();
		await telemetry.purgeRaw( config.telemetryRetentionDays );
	} );
	return {
		telemetry,
		health,
		widgetHealth,
		usageInsights,
		widgetTokens,
		routes: telemetryRoutes( telemetry, sites ),
		/** Aborts when shutdown begins, so live streams end and the server can close. */
		liveStreamsEnd: liveStreamsStop.signal,
		startSchedules(): void {
			platform.scheduler.every( 'telemetry.rollup', 5 * 60_000 );
		},
		/** Ends the live streams so the server can close. */
		beginShutdown(): void {
			liveStreamsStop.abort();
		},
	};
}
