/**
 * The commerce service's catalog sync: the resumable full sync, the one-product refresh a
 * webhook asks for and the scheduled reconciliation, with the jobs that run them. Part of
 * the commerce service (`createCommerceService` spreads it in); split from service.ts
 * along that seam (issue 14 item 4).
 */
import type { CatalogItem, CommerceConnector } from './connector';
import type { CatalogSyncState, ConnectionRecord } from './repo';
import type { CommerceCore } from './service-types';

export const SYNC_JOB = 'commerce.sync';
export const PRODUCT_JOB = 'commerce.product';
/** Scheduled: enqueues one RECONCILE_JOB per connected shop (runs once across instances). */
export const RECONCILE_ALL_JOB = 'commerce.reconcile-all';
export const RECONCILE_JOB = 'commerce.reconcile';
/** Asked from slightly before the last confirmation: a clock a little apart loses nothing. */
const RECONCILE_OVERLAP_MS = 2 * 60_000;

export const IDLE: CatalogSyncState = {
	state: 'idle',
	runStartedAt: null,
	nextPage: 1,
	totalPages: null,
	products: 0,
	lastSyncedAt: null,
	lastError: null,
};

export function createCatalogSync( core: CommerceCore ) {
	const { deps, now, connectorOf } = core;
	const { repo, queue, logger } = deps;

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
	 * full sync runs (it confirms the catalog itself when done); a failed full sync is
	 * resumed instead.
	 */
	async function reconcileSite( payload: {
		siteId: string;
	} ): Promise< void > {
		const connection = await repo.getConnection( payload.siteId );
		const sync = await repo.getSync( payload.siteId );
		if ( connection && sync?.state === 'failed' ) {
			// A full sync the shop failed (timed out, answered 5xx) resumes at the page it
			// reached on the next tick, rather than waiting for someone to press Sync.
			queue.enqueue(
				SYNC_JOB,
				{ siteId: connection.siteId },
				{ attempts: 1 }
			);
			return;
		}
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
	return { runSync, reconcileSite };
}
