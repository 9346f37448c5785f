/**
 * Table types of the assistant module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface AssistantSiteSettingsTable {
	site_id: string;
	organization_id: string;
	/** Where requests for a person are e-mailed. */
	handoff_email: string | null;
	updated_at: string;
}

export interface AssistantHandoffsTable {
	id: string;
	organization_id: string;
	site_id: string;
	conversation_id: string;
	email: string;
	question: string;
	created_at: string;
	notified_at: string | null;
	notify_error: string | null;
}

export interface AssistantLlmSettingsTable {
	organization_id: string;
	provider: string;
	base_url: string | null;
	model: string;
	/** Sealed API key (platform/secret-box.ts). */
	api_key: string | null;
	enabled: number;
	monthly_budget_micros: number | null;
	timeout_ms: number;
	updated_at: string;
}

/** The assistant module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface AssistantTables {
	assistant_site_settings: AssistantSiteSettingsTable;
	assistant_handoffs: AssistantHandoffsTable;
	assistant_llm_settings: AssistantLlmSettingsTable;
}
