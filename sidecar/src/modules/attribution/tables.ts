/**
 * Table types of the attribution module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface AttributionPageViewsTable {
	id: string;
	organization_id: string;
	site_id: string;
	conversation_id: string;
	url: string;
	title: string;
	referrer: string;
	page_type: string | null;
	product_id: string | null;
	/** JSON of the page's utm_* parameters; null when it had none. */
	utm: string | null;
	ref_code: string | null;
	viewed_at: string;
}

export interface AttributionFirstTouchTable {
	conversation_id: string;
	organization_id: string;
	site_id: string;
	landing_url: string;
	referrer_host: string | null;
	utm: string | null;
	ref_code: string | null;
	created_at: string;
}

export interface AttributionConversionsTable {
	id: string;
	organization_id: string;
	site_id: string;
	order_id: string;
	order_number: string;
	status: string;
	total_minor: number;
	currency: string;
	conversation_id: string | null;
	linked_by: string;
	seconds_after_chat: number;
	utm: string | null;
	ref_code: string | null;
	referrer_host: string | null;
	ordered_at: string;
	recorded_at: string;
	updated_at: string;
}

/** The attribution module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface AttributionTables {
	attribution_page_views: AttributionPageViewsTable;
	attribution_first_touch: AttributionFirstTouchTable;
	attribution_conversions: AttributionConversionsTable;
}
