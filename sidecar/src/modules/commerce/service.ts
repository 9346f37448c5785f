/**
 * Commerce: a site's shop connection, the resumable catalog sync, verified webhooks,
 * product search and order lookup. Credentials are sealed with the master key before they
 * reach the database and opened only to build a connector.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { safeEqual } from '../../platform/crypto';
import {
	NotFoundError,
	UnauthorizedError,
	ValidationError,
} from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs';
import type { Logger } from '../../platform/logger';
import type { SecretBox } from '../../platform/secret-box';
import type { CatalogItem, CommerceConnector, OrderSummary } from './connector';
import type {
	CatalogSyncState,
	CommerceRepo,
	ConnectionRecord,
	ProductRecord,
} from './repo';
import {
	DEFAULT_PRICE_FORMAT,
	formatMoney,
	toMinorUnits,
	type PriceFormat,
} from './money';
import { matchingVariations, queryGroups, type TypoRequest } from './search';
import {
	factsForQuestion,
	productFactsOf,
	type ProductFacts,
	type RankedFact,
} from './facts';
import {
	createWooCommerceConnector,
	type WooCommerceCredentials,
} from './woocommerce';

export const SYNC_JOB = 'commerce.sync';
export const PRODUCT_JOB = 'commerce.product';
/** Scheduled: enqueues one RECONCILE_JOB per connected shop (runs once across instances). */
export const RECONCILE_ALL_JOB = 'commerce.reconcile-all';
export const RECONCILE_JOB = 'commerce.reconcile';
/** Asked from slightly before the last confirmation: a clock a little apart loses nothing. */
const RECONCILE_OVERLAP_MS = 2 * 60_000;

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

const IDLE: CatalogSyncState = {
	state: 'idle',
	runStartedAt: null,
	nextPage: 1,
	totalPages: null,
	products: 0,
	lastSyncedAt: null,
	lastError: null,
};

const webhookProduct = z
	.object( {
		id: z.number().int().positive(),
		parent_id: z.number().int().nonnegative().optional(),
	} )
	.passthrough();

/**
 * WooCommerce's REST v3 order as its webhooks deliver it (WC_REST_Orders_Controller):
 * totals are decimal strings, `date_created_gmt` has no zone suffix, and `meta_data`
 * carries the order's meta, the plugin's `_omniops_conversation` among it.
 */
const webhookOrder = z
	.object( {
		id: z.number().int().positive(),
		number: z.union( [ z.string(), z.number() ] ).optional(),
		status: z.string().max( 50 ),
		currency: z.string().regex( /^[A-Z]{3}$/ ),
		total: z.string(),
		date_created_gmt: z.string().nullable().optional(),
		billing: z
			.object( { email: z.string().max( 320 ).nullable().optional() } )
			.passthrough()
			.optional(),
		meta_data: z
			.array(
				z
					.object( { key: z.string(), value: z.unknown() } )
					.passthrough()
			)
			.optional(),
	} )
	.passthrough();

/** Where the plugin keeps the conversation id in the order (plugin/src/WooCommerce/Attribution.php). */
export const ORDER_CONVERSATION_META = '_omniops_conversation';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** WooCommerce's order in neutral words; null when its total is not a price. */
export function toShopOrderEvent(
	order: z.infer< typeof webhookOrder >,
	receivedAt: string
): ShopOrderEvent | null {
	const totalMinor = toMinorUnits( order.total, order.currency );
	if ( totalMinor === null ) {
		return null;
	}
	const meta = order.meta_data?.find(
		( entry ) => entry.key === ORDER_CONVERSATION_META
	)?.value;
	const created = order.date_created_gmt
		? Date.parse( `${ order.date_created_gmt.replace( /Z$/, '' ) }Z` )
		: NaN;
	return {
		orderId: String( order.id ),
		number: String( order.number ?? order.id ),
		status: order.status,
		totalMinor,
		currency: order.currency,
		createdAt: Number.isNaN( created )
			? receivedAt
			: new Date( created ).toISOString(),
		billingEmail: order.billing?.email || null,
		conversationId:
			typeof meta === 'string' && UUID.test( meta )
				? meta.toLowerCase()
				: null,
	};
}

export const ORDER_TOPICS = [ 'order.created', 'order.updated' ];

export const PRODUCT_TOPICS = [
	'product.created',
	'product.updated',
	'product.restored',
	'product.deleted',
];

export function createCommerceService( deps: CommerceServiceDeps ) {
	const { repo, queue, logger, clock, secrets } = deps;
	const reconcileIntervalSeconds = deps.reconcileIntervalSeconds ?? 600;
	const now = () => clock().toISOString();

	function connectorOf( connection: ConnectionRecord ): CommerceConnector {
		const credentials = JSON.parse(
			secrets.open( connection.credentials )
		) as WooCommerceCredentials;
		return createWooCommerceConnector(
			connection.storeUrl,
			credentials,
			deps.fetchTimeoutMs
		);
	}

	async function requireConnection(
		siteId: string
	): Promise< ConnectionRecord > {
		const connection = await repo.getConnection( siteId );
		if ( ! connection ) {
			throw new NotFoundError( 'This site has no shop connection yet.' );
		}
		return connection;
	}

	/** Reads the shop's price format (and currency, when not known yet) and keeps it. */
	async function refreshPriceFormat(
		connection: ConnectionRecord,
		connector: CommerceConnector
	): Promise< void > {
		const settings = await connector.priceFormat?.();
		if ( ! settings ) {
			return;
		}
		await repo.setPriceFormat( connection.siteId, settings.format );
		if ( ! connection.currency && settings.currency ) {
			await repo.setCurrency( connection.siteId, settings.currency );
			connection.currency = settings.currency;
		}
	}

	async function currencyOf(
		connection: ConnectionRecord,
		connector: CommerceConnector
	): Promise< string > {
		if ( connection.currency ) {
			return connection.currency;
		}
		const currency = await connector.currency();
		await repo.setCurrency( connection.siteId, currency );
		return currency;
	}

	/** Writes a product and (for variable products) its variations, as the shop has them now. */
	async function storeWithVariations(
		connection: ConnectionRecord,
		connector: CommerceConnector,
		items: CatalogItem[],
		currency: string
	): Promise< void > {
		const stamp = now();
		await repo.upsertItems(
			connection.organizationId,
			connection.siteId,
			items,
			currency,
			stamp
		);
		for ( const parent of items.filter(
			( item ) => item.kind === 'variable'
		) ) {
			const variations = await connector.variations( parent, currency );
			await repo.upsertItems(
				connection.organizationId,
				connection.siteId,
				variations,
				currency,
				stamp
			);
			await repo.deleteVariationsNotSynced(
				connection.siteId,
				parent.externalId,
				stamp
			);
		}
	}

	async function saveSync(
		connection: ConnectionRecord,
		state: CatalogSyncState
	): Promise< void > {
		await repo.saveSync(
			connection.organizationId,
			connection.siteId,
			state,
			now()
		);
	}

	/**
	 * Full sync, page by page in id order. Progress is saved after every page, so a sync
	 * that crashed or failed continues at the page it had reached; rows not stamped since
	 * the run started are the ones the shop no longer has, and are dropped at the end.
	 */
	async function runSync( payload: { siteId: string } ): Promise< void > {
		const connection = await repo.getConnection( payload.siteId );
		if ( ! connection ) {
			return;
		}
		const previous = ( await repo.getSync( connection.siteId ) ) ?? IDLE;
		let state: CatalogSyncState = previous.runStartedAt
			? { ...previous, state: 'syncing', lastError: null }
			: {
					...previous,
					state: 'syncing',
					runStartedAt: now(),
					nextPage: 1,
					totalPages: null,
					lastError: null,
				};
		await saveSync( connection, state );
		try {
			const connector = connectorOf( connection );
			await refreshPriceFormat( connection, connector );
			const currency = await currencyOf( connection, connector );
			for (;;) {
				const page = await connector.catalogPage(
					state.nextPage,
					currency
				);
				await storeWithVariations(
					connection,
					connector,
					page.items,
					currency
				);
				const done =
					page.page >= page.totalPages || page.items.length === 0;
				state = {
					...state,
					nextPage: done ? state.nextPage : page.page + 1,
					totalPages: page.totalPages,
					products: await repo.countProducts( connection.siteId ),
				};
				if ( done ) {
					break;
				}
				await saveSync( connection, state );
			}
			const removed = await repo.deleteNotSyncedSince(
				connection.siteId,
				state.runStartedAt!
			);
			await repo.compactSearchIndex();
			// Everything modified after the run started is read again by the next reconciliation.
			await repo.setCatalogConfirmedAt(
				connection.siteId,
				state.runStartedAt!
			);
			await saveSync( connection, {
				...state,
				state: 'idle',
				runStartedAt: null,
				nextPage: 1,
				products: await repo.countProducts( connection.siteId ),
				lastSyncedAt: now(),
				lastError: null,
			} );
			logger.info(
				{
					siteId: connection.siteId,
					products: state.products,
					removed,
				},
				'catalog sync finished'
			);
		} catch ( error ) {
			const message =
				error instanceof Error ? error.message : String( error );
			await saveSync( connection, {
				...state,
				state: 'failed',
				lastError: message,
			} );
			logger.warn(
				{ siteId: connection.siteId, err: error },
				'catalog sync failed'
			);
		}
	}

	/** Re-reads one product (after a webhook): stored if the shop still publishes it, dropped if not. */
	async function refreshProduct( payload: {
		siteId: string;
		externalId: string;
	} ): Promise< void > {
		const connection = await repo.getConnection( payload.siteId );
		if ( ! connection ) {
			return;
		}
		const connector = connectorOf( connection );
		const currency = await currencyOf( connection, connector );
		const product = await connector.product( payload.externalId, currency );
		if ( product ) {
			await storeWithVariations(
				connection,
				connector,
				[ product ],
				currency
			);
		} else {
			await repo.deleteProducts(
				connection.organizationId,
				connection.siteId,
				[ payload.externalId ]
			);
		}
	}

	/**
	 * Reconciliation without webhooks (WooCommerce delivers them through WP-Cron, so a shop
	 * without visitors may send none for hours): the products modified since the catalog
	 * was last confirmed, with the variations of changed variable products, are stored; the
	 * ones no longer published are dropped; the price format is read again. Skipped while a
	 * full sync runs (it confirms the catalog itself when done).
	 */
	async function reconcileSite( payload: {
		siteId: string;
	} ): Promise< void > {
		const connection = await repo.getConnection( payload.siteId );
		const sync = await repo.getSync( payload.siteId );
		const since = connection?.catalogConfirmedAt ?? sync?.lastSyncedAt;
		if ( ! connection || ! since || sync?.state === 'syncing' ) {
			return;
		}
		const connector = connectorOf( connection );
		if ( ! connector.changedSince ) {
			return;
		}
		const startedAt = now();
		try {
			await refreshPriceFormat( connection, connector );
			const currency = await currencyOf( connection, connector );
			const from = new Date(
				Date.parse( since ) - RECONCILE_OVERLAP_MS
			).toISOString();
			let changed = 0;
			for ( let page = 1; ; page++ ) {
				const result = await connector.changedSince(
					from,
					page,
					currency
				);
				await storeWithVariations(
					connection,
					connector,
					result.items,
					currency
				);
				changed += await repo.deleteProducts(
					connection.organizationId,
					connection.siteId,
					result.unpublishedIds
				);
				changed += result.items.length;
				if ( page >= result.totalPages || result.items.length === 0 ) {
					break;
				}
			}
			if ( changed > 0 && sync ) {
				await saveSync( connection, {
					...sync,
					products: await repo.countProducts( connection.siteId ),
				} );
			}
			await repo.setCatalogConfirmedAt( connection.siteId, startedAt );
			logger.info(
				{ siteId: connection.siteId, changed },
				'catalog reconciled'
			);
		} catch ( error ) {
			logger.warn(
				{ siteId: connection.siteId, err: error },
				'catalog reconciliation failed'
			);
			return;
		}
		if ( deps.onReconciled ) {
			const site = await deps.siteById( connection.siteId );
			await deps.onReconciled( site, since );
		}
	}

	queue.register< { siteId: string } >( SYNC_JOB, runSync );
	queue.register< { siteId: string } >( RECONCILE_JOB, reconcileSite );
	queue.register( RECONCILE_ALL_JOB, async () => {
		for ( const siteId of await repo.connectedSiteIds() ) {
			queue.enqueue( RECONCILE_JOB, { siteId }, { attempts: 1 } );
		}
	} );
	queue.register< { siteId: string; externalId: string } >(
		PRODUCT_JOB,
		refreshProduct
	);

	/** A verified order delivery, handed on in neutral words (conversion attribution). */
	async function receiveOrder(
		site: CommerceSite,
		rawBody: Buffer
	): Promise< void > {
		let event: ShopOrderEvent | null;
		try {
			event = toShopOrderEvent(
				webhookOrder.parse( JSON.parse( rawBody.toString( 'utf8' ) ) ),
				now()
			);
		} catch {
			event = null;
		}
		if ( ! event ) {
			throw new ValidationError(
				'The webhook body is not a WooCommerce order.'
			);
		}
		await deps.onOrder!( site, event );
	}

	const scheduleSync = ( siteId: string ) =>
		queue.enqueue( SYNC_JOB, { siteId }, { attempts: 1 } );

	const service = {
		runSync,
		scheduleSync,

		/** The plugin hands over the shop's REST keys and webhook secret; a full sync follows. */
		async saveCredentials(
			site: CommerceSite,
			input: {
				consumerKey: string;
				consumerSecret: string;
				webhookSecret: string;
			}
		): Promise< void > {
			await repo.saveConnection(
				{
					siteId: site.id,
					organizationId: site.organizationId,
					platform: 'woocommerce',
					storeUrl: site.url,
					credentials: secrets.seal(
						JSON.stringify( {
							consumerKey: input.consumerKey,
							consumerSecret: input.consumerSecret,
						} )
					),
					webhookSecret: secrets.seal( input.webhookSecret ),
				},
				now()
			);
			await repo.saveSync( site.organizationId, site.id, IDLE, now() );
			scheduleSync( site.id );
		},

		reconcileSite,

		/** How the shop prints prices (WooCommerce's defaults until read from the shop). */
		async priceFormat( siteId: string ): Promise< PriceFormat > {
			const connection = await repo.getConnection( siteId );
			return connection?.priceFormat ?? DEFAULT_PRICE_FORMAT;
		},

		/** A price of the shop's data as the shop prints it ("59,90 €" for a German shop). */
		async formatPrice(
			siteId: string,
			minor: number,
			currency: string
		): Promise< string > {
			const connection = await repo.getConnection( siteId );
			return formatMoney(
				minor,
				currency,
				connection?.priceFormat ?? DEFAULT_PRICE_FORMAT
			);
		},

		/** When the catalog was last confirmed to match the shop, and how often that is done. */
		async catalogFreshness( siteId: string ): Promise< CatalogFreshness > {
			const connection = await repo.getConnection( siteId );
			return {
				confirmedAt: connection?.catalogConfirmedAt
					? new Date( connection.catalogConfirmedAt )
					: null,
				intervalSeconds: reconcileIntervalSeconds,
			};
		},

		/**
		 * The time the catalog data is from, when that is longer ago than the reconcile
		 * interval (answers then say stock "as of" that time); null while fresh or unknown.
		 */
		async catalogAsOf( siteId: string ): Promise< Date | null > {
			const connection = await repo.getConnection( siteId );
			if ( ! connection?.catalogConfirmedAt ) {
				return null;
			}
			const confirmedAt = new Date( connection.catalogConfirmedAt );
			const age = clock().getTime() - confirmedAt.getTime();
			return age > reconcileIntervalSeconds * 1000 ? confirmedAt : null;
		},

		/** Start-up: continue every full sync a crash or restart interrupted. */
		async resumeInterruptedSyncs(): Promise< number > {
			const interrupted = await repo.interruptedSyncs();
			interrupted.forEach( ( entry ) => scheduleSync( entry.siteId ) );
			return interrupted.length;
		},

		async status( siteId: string ) {
			const connection = await repo.getConnection( siteId );
			const sync = ( await repo.getSync( siteId ) ) ?? IDLE;
			return {
				connected: Boolean( connection ),
				platform: connection?.platform ?? null,
				currency: connection?.currency ?? null,
				badWebhookSignatures: connection?.badSignatures ?? 0,
				state: sync.state,
				page: sync.state === 'syncing' ? sync.nextPage : null,
				totalPages: sync.totalPages,
				products: sync.products,
				lastSyncedAt: sync.lastSyncedAt,
				lastError: sync.lastError,
			};
		},

		/**
		 * A WooCommerce webhook delivery. The signature (base64 HMAC-SHA256 of the exact body
		 * with the webhook's secret) is checked before anything is read; failures are counted
		 * and answered 401. The unsigned `webhook_id=<n>` ping WooCommerce sends when a
		 * webhook is saved is acknowledged and changes nothing.
		 */
		async receiveWebhook( input: {
			publicKey: string;
			headers: Readonly< Record< string, string | undefined > >;
			rawBody: Buffer;
		} ): Promise< { accepted: boolean; ping?: boolean; topic?: string } > {
			const site = await deps.siteByPublicKey( input.publicKey );
			const connection = await repo.getConnection( site.id );
			if ( ! connection?.webhookSecret ) {
				throw new NotFoundError(
					'This site has no shop connection yet.'
				);
			}
			const contentType = input.headers[ 'content-type' ] ?? '';
			// The ping's form body is not kept by the JSON body parser; it is unsigned by design
			// and acknowledging it changes nothing, so its content type is all that is checked.
			if (
				! input.headers[ 'x-wc-webhook-signature' ] &&
				/^application\/x-www-form-urlencoded/.test( contentType )
			) {
				return { accepted: true, ping: true };
			}
			const expected = createHmac(
				'sha256',
				secrets.open( connection.webhookSecret )
			)
				.update( input.rawBody )
				.digest( 'base64' );
			if (
				! safeEqual(
					input.headers[ 'x-wc-webhook-signature' ] ?? '',
					expected
				)
			) {
				await repo.countBadSignature( site.id );
				logger.warn(
					{ siteId: site.id },
					'webhook with a bad signature refused'
				);
				throw new UnauthorizedError(
					'The webhook signature does not verify.',
					'bad_signature'
				);
			}
			const topic = input.headers[ 'x-wc-webhook-topic' ] ?? '';
			if ( ORDER_TOPICS.includes( topic ) && deps.onOrder ) {
				await receiveOrder( site, input.rawBody );
				return { accepted: true, topic };
			}
			if ( ! PRODUCT_TOPICS.includes( topic ) ) {
				return { accepted: false, topic };
			}
			let payload: z.infer< typeof webhookProduct >;
			try {
				payload = webhookProduct.parse(
					JSON.parse( input.rawBody.toString( 'utf8' ) )
				);
			} catch {
				throw new ValidationError(
					'The webhook body is not a WooCommerce product.'
				);
			}
			// A variation's webhook refreshes its variable product, which re-reads all variations.
			const externalId = String( payload.parent_id || payload.id );
			if ( topic === 'product.deleted' && ! payload.parent_id ) {
				await repo.deleteProducts( site.organizationId, site.id, [
					externalId,
				] );
			} else {
				queue.enqueue(
					PRODUCT_JOB,
					{ siteId: site.id, externalId },
					{ attempts: 3 }
				);
			}
			return { accepted: true, topic };
		},

		/** Products answering a shopper's words, best first, with the variations they name. */
		async searchProducts(
			organizationId: string,
			siteId: string,
			text: string,
			limit = 5
		): Promise< ProductMatch[] > {
			const groups = await queryGroups( text, {
				completions: ( words ) => repo.completions( siteId, words ),
				typoCandidates: ( word, max ) =>
					repo.typoCandidates( siteId, word, max ),
				synonyms: ( words ) => repo.synonymsFor( siteId, words ),
				// One round trip for all three on PostgreSQL (see lookUpAll).
				...( repo.batchesVocabulary
					? {
							lookUpAll: (
								words: string[],
								typoWords: TypoRequest[]
							) =>
								repo.vocabularyAnswers(
									siteId,
									words,
									typoWords
								),
						}
					: {} ),
			} );
			const { products, variations } = await repo.findProducts(
				organizationId,
				siteId,
				groups,
				limit
			);
			return products.map( ( product ) => {
				const own = variations.filter(
					( v ) => v.parentExternalId === product.externalId
				);
				return {
					product,
					variations: own,
					namedVariations: matchingVariations( text, own ),
				};
			} );
		},

		async getProduct(
			organizationId: string,
			siteId: string,
			externalId: string
		): Promise< ProductMatch | null > {
			const [ product ] = await repo.getProducts(
				organizationId,
				siteId,
				[ externalId ]
			);
			if ( ! product || product.parentExternalId ) {
				return null;
			}
			const variations = await repo.variationsOf(
				organizationId,
				siteId,
				[ externalId ]
			);
			return { product, variations, namedVariations: [] };
		},

		/**
		 * A product's facts for spec questions: attributes (name → values, variations'
		 * values merged) and description sentences; with a question, also the facts that
		 * state what it asks, best first. Null when the product is not in the catalog.
		 */
		async productFacts(
			organizationId: string,
			siteId: string,
			productId: string,
			question?: string
		): Promise<
			| ( ProductFacts & {
					product: ProductRecord;
					matching: RankedFact[];
			  } )
			| null
		> {
			const [ product ] = await repo.getProducts(
				organizationId,
				siteId,
				[ productId ]
			);
			if ( ! product ) {
				return null;
			}
			const variations = product.parentExternalId
				? []
				: await repo.variationsOf( organizationId, siteId, [
						productId,
					] );
			const facts = productFactsOf( product, variations );
			return {
				product,
				...facts,
				matching: question ? factsForQuestion( facts, question ) : [],
			};
		},

		/**
		 * Products whose attributes or description state what a question asks ("which
		 * grinder has 40 settings"): the catalog search's candidates, ranked by their best
		 * matching fact; products without a matching fact are left out.
		 */
		async searchProductFacts(
			organizationId: string,
			siteId: string,
			question: string,
			limit = 5
		): Promise< Array< { match: ProductMatch; matching: RankedFact[] } > > {
			const candidates = await service.searchProducts(
				organizationId,
				siteId,
				question,
				Math.max( limit * 2, 10 )
			);
			return candidates
				.map( ( match ) => ( {
					match,
					matching: factsForQuestion(
						productFactsOf( match.product, match.variations ),
						question
					),
				} ) )
				.filter( ( entry ) => entry.matching.length > 0 )
				.sort(
					( a, b ) =>
						( b.matching[ 0 ]?.score ?? 0 ) -
						( a.matching[ 0 ]?.score ?? 0 )
				)
				.slice( 0, limit );
		},

		/**
		 * An order, only when the billing e-mail matches. Wrong pairs and missing orders give
		 * the same null, so the answer reveals nothing about which orders exist.
		 */
		async lookupOrder(
			siteId: string,
			orderNumber: string,
			billingEmail: string
		): Promise< OrderSummary | null > {
			const connection = await repo.getConnection( siteId );
			if ( ! connection ) {
				return null;
			}
			const order = await connectorOf( connection ).order( orderNumber );
			if (
				! order ||
				! safeEqual(
					order.billingEmail.trim().toLowerCase(),
					billingEmail.trim().toLowerCase()
				)
			) {
				return null;
			}
			return order;
		},

		/** An order of a signed-in customer: null for guest orders, others' orders and missing ones alike. */
		async lookupCustomerOrder(
			siteId: string,
			orderNumber: string,
			customerId: string
		): Promise< OrderSummary | null > {
			const connection = await repo.getConnection( siteId );
			if ( ! connection ) {
				return null;
			}
			const order = await connectorOf( connection ).order( orderNumber );
			return order?.customerId && order.customerId === customerId
				? order
				: null;
		},

		async synonyms( siteId: string ) {
			return [ ...( await repo.synonyms( siteId ) ) ].map(
				( [ term, list ] ) => ( { term, synonyms: list } )
			);
		},

		async replaceSynonyms(
			organizationId: string,
			siteId: string,
			entries: Array< { term: string; synonyms: string[] } >
		): Promise< void > {
			await repo.replaceSynonyms(
				organizationId,
				siteId,
				entries.map( ( e ) => ( {
					term: e.term.toLowerCase().trim(),
					synonyms: [
						...new Set(
							e.synonyms.map( ( s ) => s.toLowerCase().trim() )
						),
					],
				} ) )
			);
		},

		/** Current price and stock of products and variations, with their change times. */
		productStates: repo.productStates,

		requireConnection,
		siteById: deps.siteById,
	};
	return service;
}

export type CommerceService = ReturnType< typeof createCommerceService >;
