/**
 * The commerce module's shop connections and catalog sync state (commerce_connections,
 * commerce_sync). Part of the commerce repo (`createCommerceRepo` spreads it in); split from
 * repo.ts along that seam (issue 14 item 4).
 */
import type { Kysely } from 'kysely';
import { camelRow, camelRows } from '../../db/rows';
import { upsertRow } from '../../db/upsert';
import type { CommerceSyncTable, Database } from '../../db/schema';
import type { CacheInvalidations } from '../../platform/cache-invalidation';
import { createSiteCache } from '../../platform/site-cache';
import type { PriceFormat } from './money';

export interface ConnectionRecord {
	siteId: string;
	organizationId: string;
	platform: string;
	storeUrl: string;
	credentials: string;
	webhookSecret: string | null;
	currency: string | null;
	badSignatures: number;
	/** How the shop prints prices; null until read from the shop. */
	priceFormat: PriceFormat | null;
	/** When the catalog was last confirmed fresh (full sync or reconciliation). */
	catalogConfirmedAt: string | null;
}

export interface CatalogSyncState {
	state: CommerceSyncTable[ 'state' ];
	runStartedAt: string | null;
	nextPage: number;
	totalPages: number | null;
	products: number;
	lastSyncedAt: string | null;
	lastError: string | null;
}

/** The columns of a connection handed out (its row's own timestamps stay behind). */
const CONNECTION_COLUMNS = [
	'site_id',
	'organization_id',
	'platform',
	'store_url',
	'credentials',
	'webhook_secret',
	'currency',
	'bad_signatures',
	'price_format',
	'catalog_confirmed_at',
] as const;

/** The columns of a sync's state. */
const SYNC_COLUMNS = [
	'state',
	'run_started_at',
	'next_page',
	'total_pages',
	'products',
	'last_synced_at',
	'last_error',
] as const;

/**
 * @param db            Database.
 * @param invalidations Tells the other instances when a connection changes (ADR 0038).
 */
export function createConnectionRepo(
	db: Kysely< Database >,
	invalidations?: CacheInvalidations
) {
	// The responder reads the connection on every chat message (price format, catalog age;
	// issue 12): kept per site for those reads, cleared by every write below, here and on
	// every other instance (ADR 0036, 0038).
	const cache = createSiteCache< ConnectionRecord | undefined >( {
		shared: invalidations && {
			name: 'commerce_connections',
			invalidations,
		},
	} );
	const written = < T >( siteId: string, write: Promise< T > ) =>
		write.finally( () => cache.invalidate( siteId ) );
	const repo = {
		/**
		 * The connection from memory after the first read (ADR 0036; frozen). For the chat's
		 * reads; sync and webhooks read `getConnection`.
		 */
		cachedConnection: (
			siteId: string
		): Promise< ConnectionRecord | undefined > =>
			cache.get( siteId, () => repo.getConnection( siteId ) ),

		async getConnection(
			siteId: string
		): Promise< ConnectionRecord | undefined > {
			const row = await db
				.selectFrom( 'commerce_connections' )
				.select( CONNECTION_COLUMNS )
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			return (
				row && {
					...camelRow( row ),
					badSignatures: Number( row.bad_signatures ),
					priceFormat: row.price_format
						? ( JSON.parse( row.price_format ) as PriceFormat )
						: null,
					catalogConfirmedAt: row.catalog_confirmed_at
						? new Date( row.catalog_confirmed_at ).toISOString()
						: null,
				}
			);
		},

		async saveConnection(
			connection: Omit<
				ConnectionRecord,
				| 'badSignatures'
				| 'currency'
				| 'priceFormat'
				| 'catalogConfirmedAt'
			>,
			at: string
		): Promise< void > {
			const values = {
				platform: connection.platform,
				store_url: connection.storeUrl,
				credentials: connection.credentials,
				webhook_secret: connection.webhookSecret,
				updated_at: at,
			};
			await written(
				connection.siteId,
				upsertRow(
					db,
					'commerce_connections',
					'site_id',
					{
						site_id: connection.siteId,
						organization_id: connection.organizationId,
						created_at: at,
					},
					values
				)
			);
		},

		async setCurrency( siteId: string, currency: string ): Promise< void > {
			await written(
				siteId,
				db
					.updateTable( 'commerce_connections' )
					.set( { currency } )
					.where( 'site_id', '=', siteId )
					.execute()
			);
		},

		async setPriceFormat(
			siteId: string,
			format: PriceFormat
		): Promise< void > {
			await written(
				siteId,
				db
					.updateTable( 'commerce_connections' )
					.set( { price_format: JSON.stringify( format ) } )
					.where( 'site_id', '=', siteId )
					.execute()
			);
		},

		async setCatalogConfirmedAt(
			siteId: string,
			at: string
		): Promise< void > {
			await written(
				siteId,
				db
					.updateTable( 'commerce_connections' )
					.set( { catalog_confirmed_at: at } )
					.where( 'site_id', '=', siteId )
					.execute()
			);
		},

		/** Every connected shop (the scheduled reconciliation visits each). */
		async connectedSiteIds(): Promise< string[] > {
			const rows = await db
				.selectFrom( 'commerce_connections' )
				.select( 'site_id' )
				.orderBy( 'site_id' )
				.execute();
			return rows.map( ( row ) => row.site_id );
		},

		async countBadSignature( siteId: string ): Promise< void > {
			await written(
				siteId,
				db
					.updateTable( 'commerce_connections' )
					.set( ( eb ) => ( {
						bad_signatures: eb( 'bad_signatures', '+', 1 ),
					} ) )
					.where( 'site_id', '=', siteId )
					.execute()
			);
		},

		async getSync(
			siteId: string
		): Promise< CatalogSyncState | undefined > {
			const row = await db
				.selectFrom( 'commerce_sync' )
				.select( SYNC_COLUMNS )
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			return (
				row && {
					...camelRow( row ),
					nextPage: Number( row.next_page ),
					totalPages:
						row.total_pages === null
							? null
							: Number( row.total_pages ),
					products: Number( row.products ),
				}
			);
		},

		async saveSync(
			organizationId: string,
			siteId: string,
			state: CatalogSyncState,
			at: string
		): Promise< void > {
			const values = {
				state: state.state,
				run_started_at: state.runStartedAt,
				next_page: state.nextPage,
				total_pages: state.totalPages,
				products: state.products,
				last_synced_at: state.lastSyncedAt,
				last_error: state.lastError,
				updated_at: at,
			};
			await upsertRow(
				db,
				'commerce_sync',
				'site_id',
				{ site_id: siteId, organization_id: organizationId },
				values
			);
		},

		/** Sites whose full sync was interrupted (a crash or restart): resumed at start-up. */
		async interruptedSyncs(): Promise<
			Array< { siteId: string; organizationId: string } >
		> {
			const rows = await db
				.selectFrom( 'commerce_sync' )
				.select( [ 'site_id', 'organization_id' ] )
				.where( 'state', '=', 'syncing' )
				.execute();
			return camelRows( rows );
		},
	};
	return repo;
}
