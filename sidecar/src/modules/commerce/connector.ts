/**
 * The commerce connector: what the sidecar needs from a shop platform, in the platform's
 * neutral terms. WooCommerce (woocommerce.ts) is the one implementation today; another
 * platform implements the same interface and its own webhook verification.
 */
import type { PriceFormat } from './money';

/** A price in minor units (cents) with its ISO 4217 currency. */
export interface Money {
	minor: number;
	currency: string;
}

export interface CatalogAttribute {
	name: string;
	/** The options a parent product offers, or the one option a variation has. */
	options: string[];
}

export interface CatalogItem {
	externalId: string;
	/** Set on variations: the variable product they belong to. */
	parentExternalId: string | null;
	kind: 'simple' | 'variable' | 'variation' | 'grouped' | 'external';
	name: string;
	sku: string;
	permalink: string;
	/** Current price (sale price while on sale); null when the shop shows none. */
	price: number | null;
	regularPrice: number | null;
	salePrice: number | null;
	stockStatus: 'instock' | 'outofstock' | 'onbackorder';
	/** Only when the shop manages stock for the item. */
	stockQuantity: number | null;
	imageUrl: string | null;
	categories: string[];
	tags: string[];
	attributes: CatalogAttribute[];
	/** Plain text (HTML removed). */
	description: string;
	modifiedAt: string | null;
}

export interface CatalogPage {
	items: CatalogItem[];
	/** Variable products on this page, whose variations must be read separately. */
	variableIds: string[];
	page: number;
	totalPages: number;
}

export interface OrderSummary {
	number: string;
	status: string;
	billingEmail: string;
	/** WooCommerce's customer_id: the WordPress user who placed it; null for guest orders. */
	customerId: string | null;
	currency: string;
	totalMinor: number;
	createdAt: string | null;
	items: Array< { name: string; quantity: number } >;
	/** Notes the shop addressed to the customer (tracking numbers and the like). */
	customerNotes: string[];
}

/** Products modified since a time: the published ones, and the ids of those no longer published. */
export interface ChangedPage extends CatalogPage {
	unpublishedIds: string[];
}

export interface CommerceConnector {
	/**
	 * The shop's currency and how it prints prices (WooCommerce settings/general); null when
	 * the shop does not say (the caller keeps its defaults).
	 */
	priceFormat?: () => Promise< {
		currency: string | null;
		format: PriceFormat;
	} | null >;
	/** One page of the products modified after `since` (ISO time, GMT), any status. */
	changedSince?: (
		since: string,
		page: number,
		currency: string
	) => Promise< ChangedPage >;
	/** The shop's currency (ISO 4217). */
	currency: () => Promise< string >;
	/** One page of the catalog, in a stable order so a sync can resume at any page. */
	catalogPage: ( page: number, currency: string ) => Promise< CatalogPage >;
	variations: (
		parent: CatalogItem,
		currency: string
	) => Promise< CatalogItem[] >;
	/** One product by id, or null if the shop no longer has it. */
	product: (
		externalId: string,
		currency: string
	) => Promise< CatalogItem | null >;
	/** An order by its number, or null. The caller checks the billing e-mail. */
	order: ( orderNumber: string ) => Promise< OrderSummary | null >;
}
