/**
 * The reports module: the daily health report per organization and for the platform
 * (ADR 0026). Figures come from the widget-events, chat and usage services. The owner's
 * report pages are declared in areas/owner.
 */
import type { Platform } from '../../platform';
import type { AlertsService } from '../alerts/service';
import type { ChatService } from '../chat/service';
import type { OrgsService } from '../orgs/service';
import type { HealthService } from '../widget-events/health';
import type { UsageService } from '../usage/service';
import { createReportsRepo } from './repo';
import { DAILY_REPORT_JOB, createReportsService } from './service';

export interface ReportsModuleDeps {
	platform: Pick<
		Platform,
		'db' | 'clock' | 'config' | 'queue' | 'scheduler'
	>;
	health: Pick< HealthService, 'healthFigures' >;
	chat: Pick< ChatService, 'activityCounts' >;
	usage: Pick< UsageService, 'costBetween' >;
	orgs: Pick< OrgsService, 'list' >;
	alerts: Pick< AlertsService, 'notify' >;
}

export function createReportsModule( {
	platform,
	health,
	chat,
	usage,
	orgs,
	alerts,
}: ReportsModuleDeps ) {
	const { config } = platform;
	const reports = createReportsService( {
		repo: createReportsRepo( platform.db.kysely ),
		clock: platform.clock,
		reportHourUtc: config.alerts.dailyReportHourUtc,
		healthFigures: health.healthFigures,
		activityCounts: chat.activityCounts,
		aiCostMicros: usage.costBetween,
		listOrganizations: () => orgs.list(),
		notify: alerts.notify,
		publicUrl: config.publicUrl,
	} );
	platform.queue.register( DAILY_REPORT_JOB, async () => {
		await reports.runScheduled();
	} );
	return {
		reports,
		startSchedules(): void {
			// Every ten minutes: the job itself waits for the configured hour and runs once a day.
			platform.scheduler.every( DAILY_REPORT_JOB, 10 * 60_000 );
		},
	};
}
