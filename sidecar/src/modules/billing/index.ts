/**
 * The billing module: each site's subscription state (ADR 0026). The owner's subscription
 * pages are declared in areas/owner.
 */
import type { Platform } from '../../platform';
import type { AuditService } from '../audit/service';
import { createBillingRepo } from './repo';
import { createBillingService } from './service';

export interface BillingModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' >;
	audit: Pick< AuditService, 'audited' >;
}

export function createBillingModule( { platform, audit }: BillingModuleDeps ) {
	const billing = createBillingService( {
		repo: createBillingRepo( platform.db.kysely ),
		repoFor: createBillingRepo,
		audited: audit.audited,
		clock: platform.clock,
	} );
	return { billing };
}
