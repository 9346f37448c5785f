/**
 * Table types of the widget module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface WidgetSettingsTable {
	site_id: string;
	organization_id: string;
	/** JSON of WidgetSettings (modules/widget/schema.ts). */
	settings: string;
	updated_at: string;
}

/** The widget module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface WidgetTables {
	widget_settings: WidgetSettingsTable;
}
