/**
 * Table types for Kysely. Each section is owned by one module: only that module's repo.ts
 * queries those tables; other modules go through its service.
 * Timestamps are UTC ISO-8601 strings on both dialects (PostgreSQL's timestamptz is parsed
 * back to ISO strings in db/index.ts). JSON columns are text holding JSON.
 */
import type { Generated } from 'kysely';

// --- orgs ---
export interface OrganizationsTable {
	id: string;
	name: string;
	created_at: string;
}

// --- sites ---
export interface SitesTable {
	id: string;
	organization_id: string;
	name: string;
	url: string;
	rest_url: string;
	allowed_origins: string;
	public_key: string;
	signing_secret: string;
	platform: string;
	created_at: string;
	disconnected_at: string | null;
}

export interface ConnectTokensTable {
	id: string;
	organization_id: string;
	token_hash: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
	site_id: string | null;
}

export interface SiteRequestNoncesTable {
	site_id: string;
	nonce: string;
	expires_at: string;
}

// --- auth ---
export interface UsersTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	created_at: string;
	failed_logins: Generated< number >;
	locked_until: string | null;
	/** Wrong second factors in a row, per account (ADR 0020). */
	mfa_failures: Generated< number >;
	/** The next second-factor try is refused before this time. */
	mfa_retry_at: string | null;
}

/** Failed passwords per e-mail + client IP, and per e-mail from every IP (ip ''), in a fixed window. */
export interface SignInFailuresTable {
	email: string;
	ip: string;
	failures: number;
	window_ends_at: string;
}

export interface AccountUnlocksTable {
	token_hash: string;
	user_id: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
	wrong_passwords: Generated< number >;
}

export interface SessionsTable {
	id: string;
	token_hash: string;
	user_id: string;
	csrf_token: string;
	ip: string;
	user_agent: string;
	created_at: string;
	expires_at: string;
	last_seen_at: string;
	mfa_state: Generated< 'none' | 'pending' | 'verified' >;
	mfa_failures: Generated< number >;
}

export interface SetupTokensTable {
	token_hash: string;
	created_at: string;
	expires_at: string;
}

export interface MfaTotpTable {
	user_id: string;
	secret: string;
	pending_secret: string | null;
	confirmed_at: string | null;
	last_used_step: Generated< number >;
}

export interface MfaSmsTable {
	user_id: string;
	/** The confirmed number, E.164. */
	phone: string;
	confirmed_at: string;
}

export interface MfaSmsCodesTable {
	id: string;
	user_id: string;
	purpose: 'enrol' | 'challenge';
	phone: string;
	/** SHA-256 of the row id and the code: never the code itself. */
	code_hash: string;
	created_at: string;
	expires_at: string;
	attempts: Generated< number >;
	used_at: string | null;
}

export interface MfaBackupCodesTable {
	id: string;
	user_id: string;
	code_hash: string;
	created_at: string;
	used_at: string | null;
}

export interface InvitationsTable {
	id: string;
	email: string;
	role_id: string;
	token_hash: string;
	invited_by: string | null;
	created_at: string;
	expires_at: string;
	accepted_at: string | null;
}

export interface PasswordResetsTable {
	token_hash: string;
	user_id: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

// --- rbac ---
export interface RolesTable {
	id: string;
	name: string;
	description: string;
	scope: 'platform' | 'organization';
}

export interface PermissionsTable {
	id: string;
	description: string;
	created_at: string;
}

export interface RolePermissionsTable {
	role_id: string;
	permission_id: string;
}

export interface UserRolesTable {
	user_id: string;
	role_id: string;
	granted_at: string;
}

// --- audit (append-only; see the migration) ---
export interface AdminAuditLogTable {
	seq: number;
	id: string;
	user_id: string | null;
	action: string;
	resource_type: string;
	resource_id: string | null;
	details: string;
	ip: string;
	user_agent: string;
	created_at: string;
	prev_hash: string;
	hash: string;
}

export interface AdminAuditHeadTable {
	id: number;
	last_seq: number;
	last_hash: string;
}

// --- chat ---
export interface ConversationsTable {
	id: string;
	organization_id: string;
	site_id: string;
	token_hash: string;
	created_at: string;
	updated_at: string;
}

export interface MessagesTable {
	id: string;
	organization_id: string;
	conversation_id: string;
	role: 'shopper' | 'assistant';
	text: string;
	sources: string;
	client_message_id: string | null;
	reply_to_id: string | null;
	page_context: string | null;
	responder: string | null;
	/** JSON `{ products, quickActions }` of an assistant reply; null when it had none. */
	cards: string | null;
	created_at: string;
}

// --- attribution ---
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

// --- knowledge ---
export interface KnowledgeDocumentsTable {
	id: string;
	organization_id: string;
	site_id: string;
	source: string;
	external_id: string;
	title: string;
	url: string;
	modified_at: string | null;
	indexed_at: string;
	/** Language detected from the page's text ('de' | 'en'); null when undecided. */
	lang: string | null;
}

export interface KnowledgePassagesTable {
	/** Integer so SQLite's FTS5 index can use it as its content rowid. */
	id: Generated< number >;
	organization_id: string;
	site_id: string;
	document_id: string;
	position: number;
	heading: string;
	body: string;
	/** The heading's place on the page (id or text fragment); null before the first heading. */
	anchor: string | null;
	/** Analysed tokens (platform/text) the full-text index reads; '' until analysed. */
	terms_title: Generated< string >;
	terms_heading: Generated< string >;
	terms_body: Generated< string >;
	/** Which version of the analysis produced the terms (knowledge.reanalyze refreshes older ones). */
	analysis_version: Generated< number >;
}

/** Contact facts read from a page (knowledge/facts.ts). */
export interface KnowledgeFactsTable {
	document_id: string;
	position: number;
	organization_id: string;
	site_id: string;
	kind: 'phone' | 'email' | 'address' | 'hours';
	value: string;
	heading: string;
	anchor: string | null;
}

export interface KnowledgeSyncTable {
	site_id: string;
	organization_id: string;
	state: 'idle' | 'syncing' | 'failed';
	documents: number;
	passages: number;
	last_synced_at: string | null;
	last_error: string | null;
	updated_at: string;
}

// --- telemetry ---
export interface TelemetryEventsTable {
	id: string;
	organization_id: string;
	site_id: string;
	type: string;
	occurred_at: string;
	received_at: string;
	data: string;
	/** One dimension chosen at ingest (retry outcome, error code, latency bucket…), see telemetry/facets.ts. */
	facet: Generated< string >;
}

// --- usage ---
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

// --- assistant ---
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

// --- commerce ---
export interface CommerceConnectionsTable {
	site_id: string;
	organization_id: string;
	platform: string;
	store_url: string;
	/** Sealed JSON (platform/secret-box.ts): the shop's read-only REST keys. */
	credentials: string;
	/** Sealed webhook secret. */
	webhook_secret: string | null;
	currency: string | null;
	/** JSON PriceFormat (commerce/money.ts) from WooCommerce's settings/general; null until read. */
	price_format: string | null;
	/** When the catalog was last confirmed fresh (full sync or reconciliation). */
	catalog_confirmed_at: string | null;
	bad_signatures: Generated< number >;
	created_at: string;
	updated_at: string;
}

export interface CommerceSyncTable {
	site_id: string;
	organization_id: string;
	state: 'idle' | 'syncing' | 'failed';
	/** Start of the full sync in progress; rows not stamped since then are dropped at its end. */
	run_started_at: string | null;
	/** The next catalog page to read: a crashed sync resumes here. */
	next_page: number;
	total_pages: number | null;
	products: number;
	last_synced_at: string | null;
	last_error: string | null;
	updated_at: string;
}

export interface CommerceProductsTable {
	/** Integer so SQLite's FTS5 index can use it as its content rowid. */
	id: Generated< number >;
	organization_id: string;
	site_id: string;
	external_id: string;
	parent_external_id: string | null;
	kind: string;
	name: string;
	sku: string;
	permalink: string;
	currency: string;
	price_minor: number | null;
	regular_price_minor: number | null;
	sale_price_minor: number | null;
	stock_status: string;
	stock_quantity: number | null;
	image_url: string | null;
	categories: string;
	tags: string;
	attributes: string;
	taxonomy_text: string;
	attribute_text: string;
	description_text: string;
	modified_at: string | null;
	synced_at: string;
}

export interface CommerceTermsTable {
	site_id: string;
	term: string;
}

/** SQLite only: the site's number, which places its products in their own FTS5 rowid range. */
export interface CommerceSearchSitesTable {
	site_id: string;
	ordinal: number;
}

export interface CommerceSynonymsTable {
	site_id: string;
	organization_id: string;
	term: string;
	synonyms: string;
}

// --- widget ---
export interface WidgetSettingsTable {
	site_id: string;
	organization_id: string;
	/** JSON of WidgetSettings (modules/widget/schema.ts). */
	settings: string;
	updated_at: string;
}

// --- privacy ---
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

// --- telemetry rollups ---
export interface TelemetryHourlyTable {
	site_id: string;
	organization_id: string;
	/** Start of the UTC hour. */
	hour: string;
	type: string;
	count: number;
}

/** Hourly facet counts per organization and platform-wide (platform and organization views). */
export interface TelemetryHourlyOrgFacetsTable {
	organization_id: string;
	hour: string;
	type: string;
	facet: string;
	count: number;
}

export interface TelemetryHourlyPlatformFacetsTable {
	hour: string;
	type: string;
	facet: string;
	count: number;
}

/** Hourly counts per site, type and facet (telemetry/facets.ts): what the health dashboards read. */
export interface TelemetryHourlyFacetsTable {
	site_id: string;
	organization_id: string;
	/** Start of the UTC hour. */
	hour: string;
	type: string;
	facet: string;
	count: number;
}

// --- organization members, invitations, settings, impersonation (orgs) ---
export type OrgRole = 'owner' | 'admin' | 'agent' | 'viewer';

export interface OrganizationMembersTable {
	organization_id: string;
	user_id: string;
	role: OrgRole;
	created_at: string;
}

export interface OrganizationInvitationsTable {
	id: string;
	organization_id: string;
	email: string;
	role: OrgRole;
	token_hash: string;
	invited_by: string | null;
	created_at: string;
	expires_at: string;
	accepted_at: string | null;
	revoked_at: string | null;
}

export interface OrganizationSettingsTable {
	organization_id: string;
	/** 0 or 1 (SQLite has no boolean). */
	require_mfa: number;
	updated_at: string;
}

export interface ImpersonationGrantsTable {
	id: string;
	user_id: string;
	session_id: string;
	organization_id: string;
	reason: string;
	started_at: string;
	expires_at: string;
	ended_at: string | null;
	end_reason: 'stopped' | 'expired' | 'replaced' | null;
}

// --- alerts ---
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

// --- reports ---
export interface DailyReportsTable {
	id: string;
	scope_key: string;
	organization_id: string | null;
	day: string;
	figures: string;
	previous: string;
	created_at: string;
}

// --- billing ---
export interface SiteSubscriptionsTable {
	site_id: string;
	organization_id: string;
	plan: string;
	status: string;
	current_period_end: string;
	updated_at: string;
}

export interface Database {
	organizations: OrganizationsTable;
	organization_members: OrganizationMembersTable;
	organization_invitations: OrganizationInvitationsTable;
	organization_settings: OrganizationSettingsTable;
	impersonation_grants: ImpersonationGrantsTable;
	sites: SitesTable;
	connect_tokens: ConnectTokensTable;
	site_request_nonces: SiteRequestNoncesTable;
	users: UsersTable;
	sessions: SessionsTable;
	setup_tokens: SetupTokensTable;
	mfa_totp: MfaTotpTable;
	mfa_backup_codes: MfaBackupCodesTable;
	mfa_sms: MfaSmsTable;
	mfa_sms_codes: MfaSmsCodesTable;
	invitations: InvitationsTable;
	password_resets: PasswordResetsTable;
	sign_in_failures: SignInFailuresTable;
	account_unlocks: AccountUnlocksTable;
	roles: RolesTable;
	permissions: PermissionsTable;
	role_permissions: RolePermissionsTable;
	user_roles: UserRolesTable;
	admin_audit_log: AdminAuditLogTable;
	admin_audit_head: AdminAuditHeadTable;
	conversations: ConversationsTable;
	messages: MessagesTable;
	attribution_page_views: AttributionPageViewsTable;
	attribution_first_touch: AttributionFirstTouchTable;
	attribution_conversions: AttributionConversionsTable;
	knowledge_documents: KnowledgeDocumentsTable;
	knowledge_passages: KnowledgePassagesTable;
	knowledge_sync: KnowledgeSyncTable;
	knowledge_facts: KnowledgeFactsTable;
	telemetry_events: TelemetryEventsTable;
	widget_settings: WidgetSettingsTable;
	privacy_choices: PrivacyChoicesTable;
	telemetry_hourly: TelemetryHourlyTable;
	telemetry_hourly_facets: TelemetryHourlyFacetsTable;
	telemetry_hourly_org_facets: TelemetryHourlyOrgFacetsTable;
	telemetry_hourly_platform_facets: TelemetryHourlyPlatformFacetsTable;
	commerce_connections: CommerceConnectionsTable;
	commerce_sync: CommerceSyncTable;
	commerce_products: CommerceProductsTable;
	commerce_terms: CommerceTermsTable;
	commerce_search_sites: CommerceSearchSitesTable;
	commerce_synonyms: CommerceSynonymsTable;
	assistant_site_settings: AssistantSiteSettingsTable;
	assistant_handoffs: AssistantHandoffsTable;
	assistant_llm_settings: AssistantLlmSettingsTable;
	usage_events: UsageEventsTable;
	usage_prices: UsagePricesTable;
	alert_rules: AlertRulesTable;
	alert_incidents: AlertIncidentsTable;
	alert_channels: AlertChannelsTable;
	alert_deliveries: AlertDeliveriesTable;
	daily_reports: DailyReportsTable;
	site_subscriptions: SiteSubscriptionsTable;
}
