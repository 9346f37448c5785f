/**
 * The usage module: LLM tokens and cost per organization, site, conversation and model;
 * the price table; the monthly budget check (ADR 0026).
 */
import type { Platform } from '../../platform';
import type { OrgsService } from '../orgs/service';
import { createUsageRepo } from './repo';
import { usageRoutes } from './routes';
import { createUsageService } from './service';

export interface UsageModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' >;
	orgs: Pick< OrgsService, 'get' >;
}

export function createUsageModule( { platform, orgs }: UsageModuleDeps ) {
	const usage = createUsageService(
		createUsageRepo( platform.db.kysely ),
		platform.clock
	);
	return { usage, routes: usageRoutes( usage, orgs ) };
}
