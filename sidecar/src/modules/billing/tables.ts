/**
 * Table types of the billing module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface SiteSubscriptionsTable {
	site_id: string;
	organization_id: string;
	plan: string;
	status: string;
	current_period_end: string;
	updated_at: string;
}

/** The billing module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface BillingTables {
	site_subscriptions: SiteSubscriptionsTable;
}
