/**
 * Table types of the privacy module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface PrivacyChoicesTable {
	conversation_id: string;
	organization_id: string;
	site_id: string;
	consent_given_at: string | null;
	retention_days: number;
	/** Lower-cased; set only when the shopper gives it, for the WordPress exporter/eraser. */
	email: string | null;
	updated_at: string;
}

/** The privacy module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface PrivacyTables {
	privacy_choices: PrivacyChoicesTable;
}
