/**
 * Commerce: a site's shop connection, the resumable catalog sync, verified webhooks,
 * product search and order lookup. Credentials are sealed with the master key before they
 * reach the database and opened only to build a connector. The sync (catalog-sync.ts) and
 * the webhooks (shop-webhooks.ts) are parts this file builds and spreads into the service;
 * what they share is in service-types.ts. The names this file exported before that split
 * are re-exported here, so callers import the commerce service from one place.
 */
import { NotFoundError } from '../../platform/errors';
import { safeEqual } from '../../platform/crypto';
import type { CommerceConnector, OrderSummary } from './connector';
import type { ConnectionRecord, ProductRecord } from './repo';
import { DEFAULT_PRICE_FORMAT, formatMoney, type PriceFormat } from './money';
import { queryGroups, type TypoRequest } from './search';
import { matchingVariations } from './variation-options';
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
import { createCatalogSync, IDLE, SYNC_JOB } from './catalog-sync';
import { createShopWebhooks } from './shop-webhooks';
import type {
	CatalogFreshness,
	CommerceCore,
	CommerceServiceDeps,
	CommerceSite,
	ProductMatch,
} from './service-types';

export {
	PRODUCT_JOB,
	RECONCILE_ALL_JOB,
	RECONCILE_JOB,
	SYNC_JOB,
} from './catalog-sync';
export {
	ORDER_CONVERSATION_META,
	ORDER_TOPICS,
	PRODUCT_TOPICS,
	toShopOrderEvent,
} from './shop-webhooks';
export type {
	CatalogFreshness,
	CommerceServiceDeps,
	CommerceSite,
	ProductMatch,
	ShopOrderEvent,
} from './service-types';

export function createCommerceService( deps: CommerceServiceDeps ) {
	const { repo, queue, clock, secrets } = deps;
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

	/** An order as the shop has it now: null when the site has no shop connection or the shop no such order. */
	async function shopOrder(
		siteId: string,
		orderNumber: string
	): Promise< OrderSummary | null > {
		const connection = await repo.cachedConnection( siteId );
		return connection
			? connectorOf( connection ).order( orderNumber )
			: null;
	}

	const core: CommerceCore = { deps, now, connectorOf };
	const { runSync, reconcileSite } = createCatalogSync( core );
	const webhooks = createShopWebhooks( core );

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
			const connection = await repo.cachedConnection( siteId );
			return connection?.priceFormat ?? DEFAULT_PRICE_FORMAT;
		},

		/** A price of the shop's data as the shop prints it ("59,90 €" for a German shop). */
		async formatPrice(
			siteId: string,
			minor: number,
			currency: string
		): Promise< string > {
			const connection = await repo.cachedConnection( siteId );
			return formatMoney(
				minor,
				currency,
				connection?.priceFormat ?? DEFAULT_PRICE_FORMAT
			);
		},

		/** When the catalog was last confirmed to match the shop, and how often that is done. */
		async catalogFreshness( siteId: string ): Promise< CatalogFreshness > {
			const connection = await repo.cachedConnection( siteId );
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
			const connection = await repo.cachedConnection( siteId );
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
		...webhooks,

		/** Products answering a shopper's words, best first, with the variations they name. */
		async searchProducts(
			organizationId: string,
			siteId: string,
			text: string,
			limit = 5
		): Promise< ProductMatch[] > {
			const groups = await queryGroups(
				text,
				( await repo.cachedVocabulary?.( siteId ) ) ?? {
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
				}
			);
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
			const order = await shopOrder( siteId, orderNumber );
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
			const order = await shopOrder( siteId, orderNumber );
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
