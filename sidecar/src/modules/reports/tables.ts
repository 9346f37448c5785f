/**
 * Table types of the reports module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface DailyReportsTable {
	id: string;
	scope_key: string;
	organization_id: string | null;
	day: string;
	figures: string;
	previous: string;
	created_at: string;
}

/** The reports module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface ReportsTables {
	daily_reports: DailyReportsTable;
}
