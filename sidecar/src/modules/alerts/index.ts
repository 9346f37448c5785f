/**
 * The alerts module: rules on widget health, incidents, channels and deliveries
 * (ADR 0013, ADR 0026). Reads health only through the widget-events module's figures.
 * The owner's alert pages are declared in areas/owner.
 */
import type { Platform } from '../../platform';
import type { AuditService } from '../audit/service';
import type { SitesService } from '../sites/service';
import type { HealthService } from '../widget-events/health';
import { createAlertsRepo } from './repo';
import { DELIVER_JOB, EVALUATE_JOB, createAlertsService } from './service';

export interface AlertsModuleDeps {
	platform: Pick<
		Platform,
		| 'db'
		| 'clock'
		| 'config'
		| 'logger'
		| 'queue'
		| 'scheduler'
		| 'mailer'
		| 'secrets'
	>;
	audit: Pick< AuditService, 'audited' >;
	health: Pick< HealthService, 'healthFigures' >;
	sites: Pick< SitesService, 'getForPlatform' >;
}

export function createAlertsModule( {
	platform,
	audit,
	health,
	sites,
}: AlertsModuleDeps ) {
	const { config, queue } = platform;
	const alerts = createAlertsService( {
		repo: createAlertsRepo( platform.db.kysely ),
		repoFor: createAlertsRepo,
		audited: audit.audited,
		queue,
		logger: platform.logger,
		clock: platform.clock,
		mailer: platform.mailer,
		secrets: platform.secrets,
		healthFigures: health.healthFigures,
		siteById: ( siteId ) => sites.getForPlatform( siteId ),
		allowPrivateWebhooks: config.alerts.allowPrivateWebhooks,
		webhookTimeoutMs: config.fetchTimeoutMs,
		deliveryAttempts: 4,
		publicUrl: config.publicUrl,
	} );
	queue.register( EVALUATE_JOB, async () => {
		await alerts.evaluate();
		await alerts.resumeStaleDeliveries();
	} );
	queue.register< { deliveryId: string } >( DELIVER_JOB, ( job ) =>
		alerts.deliver( job.deliveryId )
	);
	return {
		alerts,
		startSchedules(): void {
			platform.scheduler.every(
				EVALUATE_JOB,
				config.alerts.intervalSeconds * 1000
			);
		},
	};
}
