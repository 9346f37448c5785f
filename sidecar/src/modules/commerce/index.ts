/**
 * The commerce module: the shop's catalog and orders through its connector (WooCommerce),
 * catalog sync and reconciliation, verified webhooks (ADR 0026). Verified orders are an
 * event other modules subscribe to (`orders`), since attribution is built after the
 * assistant and chat that read the catalog. Its routes are declared in areas/site (the
 * plugin's commerce calls) and areas/webhooks (WooCommerce's deliveries).
 */
import type { Platform } from '../../platform';
import { createHook } from '../../platform/hooks';
import type { KnowledgeService } from '../knowledge/service';
import type { SitesService } from '../sites/service';
import { createCommerceRepo } from './repo';
import {
	createCommerceService,
	RECONCILE_ALL_JOB,
	type CommerceSite,
	type ShopOrderEvent,
} from './service';

export interface CommerceModuleDeps {
	platform: Pick<
		Platform,
		| 'db'
		| 'queue'
		| 'logger'
		| 'clock'
		| 'secrets'
		| 'config'
		| 'scheduler'
		| 'cacheInvalidations'
	>;
	sites: SitesService;
	knowledge: KnowledgeService;
}

export function createCommerceModule( {
	platform,
	sites,
	knowledge,
}: CommerceModuleDeps ) {
	const { db, config } = platform;
	/** Each verified order delivery (conversion attribution subscribes). */
	const orders = createHook< [ CommerceSite, ShopOrderEvent ] >();
	const commerce = createCommerceService( {
		repo: createCommerceRepo(
			db.kysely,
			db.dialect,
			platform.cacheInvalidations
		),
		queue: platform.queue,
		logger: platform.logger,
		clock: platform.clock,
		secrets: platform.secrets,
		fetchTimeoutMs: config.fetchTimeoutMs,
		siteByPublicKey: ( publicKey ) => sites.getByPublicKey( publicKey ),
		siteById: ( siteId ) => sites.getForPlatform( siteId ),
		onOrder: orders.emit,
		// Scheduled reconciliation also re-reads the pages modified since (issue 10).
		reconcileIntervalSeconds: config.catalogReconcileSeconds,
		onReconciled: async ( site, since ) => {
			await knowledge.syncChangedSince(
				await sites.getForPlatform( site.id ),
				since
			);
		},
	} );
	return {
		commerce,
		orders: { subscribe: orders.subscribe },
		initialize: () => commerce.resumeInterruptedSyncs(),
		startSchedules(): void {
			platform.scheduler.every(
				RECONCILE_ALL_JOB,
				config.catalogReconcileSeconds * 1000
			);
		},
	};
}
export type CommerceModule = ReturnType< typeof createCommerceModule >;
