/**
 * Table types of the usage module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface UsageEventsTable {
	id: string;
	organization_id: string;
	site_id: string;
	conversation_id: string;
	provider: string;
	model: string;
	input_tokens: number;
	output_tokens: number;
	/** Millionths of a US dollar. */
	cost_micros: number;
	outcome: string;
	reason: string | null;
	created_at: string;
}

export interface UsagePricesTable {
	model: string;
	input_micros_per_mtok: number;
	output_micros_per_mtok: number;
	updated_at: string;
}

/** The usage module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface UsageTables {
	usage_events: UsageEventsTable;
	usage_prices: UsagePricesTable;
}
