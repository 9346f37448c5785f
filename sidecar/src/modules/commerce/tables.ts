/**
 * Table types of the commerce module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
import type { Generated } from 'kysely';

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

/** The commerce module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface CommerceTables {
	commerce_connections: CommerceConnectionsTable;
	commerce_sync: CommerceSyncTable;
	commerce_products: CommerceProductsTable;
	commerce_terms: CommerceTermsTable;
	commerce_search_sites: CommerceSearchSitesTable;
	commerce_synonyms: CommerceSynonymsTable;
}
