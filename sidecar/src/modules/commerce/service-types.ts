/**
 * The commerce service's shared shapes: what it is built from (CommerceServiceDeps), the
 * site and order words it hands to other modules, and CommerceCore, the helpers
 * createCommerceService hands to its parts (catalog-sync.ts, shop-webhooks.ts). A file of
 * its own so those parts and service.ts can share them without importing each other
 * (issue 14 item 4).
 */
import type { JobQueue } from '../../platform/jobs';
import type { Logger } from '../../platform/logger';
import type { SecretBox } from '../../platform/secret-box';
import type { CommerceConnector } from './connector';
import type { CommerceRepo, ConnectionRecord, ProductRecord } from './repo';

/** What commerce needs to know of a site (the sites module's Site fits). */
export interface CommerceSite {
	id: string;
	organizationId: string;
	url: string;
}

export interface ProductMatch {
	product: ProductRecord;
	/** The variations the question names ("blue", "size M"); empty when it names none. */
	namedVariations: ProductRecord[];
	variations: ProductRecord[];
}

export interface CommerceServiceDeps {
	repo: CommerceRepo;
	queue: JobQueue;
	logger: Logger;
	clock: () => Date;
	secrets: SecretBox;
	fetchTimeoutMs: number;
	siteByPublicKey: ( publicKey: string ) => Promise< CommerceSite >;
	siteById: ( siteId: string ) => Promise< CommerceSite >;
	/** Receives each verified order delivery (conversion attribution); absent: orders are only acknowledged. */
	onOrder?: ( site: CommerceSite, order: ShopOrderEvent ) => Promise< void >;
	/** How often each shop's catalog is reconciled (OMNIOPS_CATALOG_RECONCILE_SECONDS); 600 by default. */
	reconcileIntervalSeconds?: number;
	/**
	 * After a shop's catalog was reconciled: the site and the time it was last confirmed
	 * before (the commerce module re-reads the pages modified since through knowledge).
	 */
	onReconciled?: ( site: CommerceSite, since: string ) => Promise< void >;
}

export interface CatalogFreshness {
	/** When the catalog was last confirmed to match the shop; null before the first full sync. */
	confirmedAt: Date | null;
	intervalSeconds: number;
}

/** An order from a verified webhook, in the platform's neutral words (money in minor units). */
export interface ShopOrderEvent {
	orderId: string;
	number: string;
	status: string;
	totalMinor: number;
	currency: string;
	/** UTC ISO-8601. */
	createdAt: string;
	billingEmail: string | null;
	/** The OmniOps conversation the plugin copied into the order at checkout (order meta), unverified. */
	conversationId: string | null;
}

/** What the parts of the commerce service take from createCommerceService. */
export interface CommerceCore {
	deps: CommerceServiceDeps;
	now: () => string;
	connectorOf: ( connection: ConnectionRecord ) => CommerceConnector;
}
