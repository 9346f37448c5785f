/**
 * The usage module: LLM tokens and cost per organization, site, conversation and model;
 * the price table; the monthly budget check (ADR 0026). Its pages are declared in
 * areas/owner (an organization's month, the price table) and areas/site (the site's month).
 */
import type { Platform } from '../../platform';
import { createUsageRepo } from './repo';
import { createUsageService } from './service';

export interface UsageModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' >;
}

export function createUsageModule( { platform }: UsageModuleDeps ) {
	const usage = createUsageService(
		createUsageRepo( platform.db.kysely ),
		platform.clock
	);
	return { usage };
}
