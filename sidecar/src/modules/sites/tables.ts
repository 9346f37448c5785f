/**
 * Table types of the sites module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
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

/** The sites module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface SitesTables {
	sites: SitesTable;
	connect_tokens: ConnectTokensTable;
	site_request_nonces: SiteRequestNoncesTable;
}
