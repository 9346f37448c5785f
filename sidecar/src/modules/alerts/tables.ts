/**
 * Table types of the alerts module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface AlertRulesTable {
	id: string;
	metric: string;
	threshold: number;
	window_minutes: number;
	min_events: number;
	organization_id: string | null;
	site_id: string | null;
	enabled: number;
	created_at: string;
	updated_at: string;
}

export interface AlertIncidentsTable {
	id: string;
	rule_id: string;
	metric: string;
	organization_id: string | null;
	site_id: string | null;
	threshold: number;
	opened_value: number;
	last_value: number;
	opened_at: string;
	last_evaluated_at: string;
	resolved_at: string | null;
}

export interface AlertChannelsTable {
	id: string;
	kind: string;
	name: string;
	target: string;
	format: string;
	secret_sealed: string | null;
	organization_id: string | null;
	created_at: string;
}

export interface AlertDeliveriesTable {
	id: string;
	channel_id: string;
	kind: string;
	incident_id: string | null;
	report_id: string | null;
	message: string;
	status: string;
	attempts: number;
	max_attempts: number;
	last_error: string | null;
	created_at: string;
	updated_at: string;
	delivered_at: string | null;
}

/** The alerts module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface AlertsTables {
	alert_rules: AlertRulesTable;
	alert_incidents: AlertIncidentsTable;
	alert_channels: AlertChannelsTable;
	alert_deliveries: AlertDeliveriesTable;
}
