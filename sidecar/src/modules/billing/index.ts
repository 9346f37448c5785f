/**
 * The billing module: each site's subscription state (ADR 0026).
 */
import type { Platform } from '../../platform';
import type { AuditService } from '../audit/service';
import type { SitesService } from '../sites/service';
import { createBillingRepo } from './repo';
import { billingRoutes } from './routes';
import { createBillingService } from './service';

export interface BillingModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' >;
	audit: Pick< AuditService, 'audited' >;
	sites: SitesService;
}

export function createBillingModule( {
	platform,
	audit,
	sites,
}: BillingModuleDeps ) {
	const billing = createBillingService( {
		repo: createBillingRepo( platform.db.kysely ),
		repoFor: createBillingRepo,
		audited: audit.audited,
		clock: platform.clock,
	} );
	return { billing, routes: billingRoutes( billing, sites ) };
}
