/**
 * The widget-events module: what the storefront widgets report (beacons with their facets,
 * hourly rollups, raw-event retention), the widget health figures read from them, the
 * widget-health views that areas/widget-health.ts serves, and the signed widget tokens the
 * beacons carry (ADR 0017, ADR 0026). Every stored beacon is published live
 * (`telemetry.ingested`) and counted in /metrics. Its tables (and their types), job, bus
 * topic, URLs and error codes keep the word "telemetry" (ADR 0026, State); the code's own
 * names say widget event (`WidgetEventsService`, `WidgetEventScope`, `WidgetTokenError`).
 */
import type { Platform } from '../../platform';
import type { SitesService } from '../sites/service';
import { createHealthService } from './health';
import { createWidgetEventsRepo } from './repo';
import { createWidgetEventsService } from './service';
import { createWidgetHealth } from './widget-health';
import { createWidgetTokens, widgetTokenKey } from './widget-token';

export interface WidgetEventsModuleDeps {
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
}

export function createWidgetEventsModule( {
	platform,
	sites,
}: WidgetEventsModuleDeps ) {
	const { config, clock } = platform;
	const repo = createWidgetEventsRepo( platform.db.kysely );
	const widgetTokens = createWidgetTokens( {
		key: widgetTokenKey( platform.masterKey ),
		clock,
	} );
	const widgetEvents = createWidgetEventsService( repo, clock, ( event ) => {
		void platform.publishLive( 'telemetry.ingested', event );
		platform.metrics.countWidgetEventsByType( event.counts );
	} );
	// Widget health figures over a window (dashboards, alert rules, daily reports).
	const health = createHealthService( repo, clock );
	// The owner's and organizations' widget-health pages; live streams end when shutdown begins.
	const liveStreamsStop = new AbortController();
	const widgetHealth = createWidgetHealth( {
		repo,
		health,
		clock,
		siteUrl: async ( siteId ) =>
			( await sites.getForPlatform( siteId ) ).url,
	} );
	// Scheduled work: hourly rollups and raw-event retention.
	platform.queue.register( 'telemetry.rollup', async () => {
		await widgetEvents.rollUp();
		await widgetEvents.purgeRaw( config.telemetryRetentionDays );
	} );
	return {
		/** Beacon ingest, rollups and counts. */
		widgetEvents,
		health,
		widgetHealth,
		widgetTokens,
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
