import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface TelemetryEventRow {
	id: string;
	organizationId: string;
	siteId: string;
	type: string;
	occurredAt: string;
	receivedAt: string;
	data: Record< string, unknown >;
}

export interface HourlyCount {
	siteId: string;
	organizationId: string;
	/** Start of the UTC hour, ISO-8601. */
	hour: string;
	type: string;
	count: number;
}

export function createTelemetryRepo( db: Kysely< Database > ) {
	return {
		/**
		 * Recomputes the rollup rows of one hour from the raw events (all sites): delete and
		 * insert in one transaction, so running it twice gives the same rows.
		 *
		 * @param hourStart ISO start of the hour.
		 * @param hourEnd   ISO start of the next hour.
		 * @return How many rollup rows the hour has.
		 */
		async rollUpHour(
			hourStart: string,
			hourEnd: string
		): Promise< number > {
			return db.transaction().execute( async ( trx ) => {
				const counts = await trx
					.selectFrom( 'telemetry_events' )
					.select( [
						'site_id',
						'organization_id',
						'type',
						trx.fn.countAll< number >().as( 'n' ),
					] )
					.where( 'occurred_at', '>=', hourStart )
					.where( 'occurred_at', '<', hourEnd )
					.groupBy( [ 'site_id', 'organization_id', 'type' ] )
					.execute();
				await trx
					.deleteFrom( 'telemetry_hourly' )
					.where( 'hour', '=', hourStart )
					.execute();
				if ( counts.length ) {
					await trx
						.insertInto( 'telemetry_hourly' )
						.values(
							counts.map( ( row ) => ( {
								site_id: row.site_id,
								organization_id: row.organization_id,
								hour: hourStart,
								type: row.type,
								count: Number( row.n ),
							} ) )
						)
						.execute();
				}
				return counts.length;
			} );
		},
		async hourlyForSite(
			organizationId: string,
			siteId: string,
			from: string,
			to: string
		): Promise< HourlyCount[] > {
			const rows = await db
				.selectFrom( 'telemetry_hourly' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.where( 'hour', '>=', from )
				.where( 'hour', '<', to )
				.orderBy( 'hour' )
				.orderBy( 'type' )
				.execute();
			return rows.map( ( row ) => ( {
				siteId: row.site_id,
				organizationId: row.organization_id,
				hour: new Date( row.hour ).toISOString(),
				type: row.type,
				count: Number( row.count ),
			} ) );
		},
		/** Drops raw events older than the retention window; rollups stay. */
		async deleteRawBefore( before: string ): Promise< number > {
			const result = await db
				.deleteFrom( 'telemetry_events' )
				.where( 'occurred_at', '<', before )
				.executeTakeFirst();
			return Number( result.numDeletedRows );
		},
		async insertMany( events: TelemetryEventRow[] ): Promise< void > {
			if ( events.length === 0 ) {
				return;
			}
			await db
				.insertInto( 'telemetry_events' )
				.values(
					events.map( ( event ) => ( {
						id: event.id,
						organization_id: event.organizationId,
						site_id: event.siteId,
						type: event.type,
						occurred_at: event.occurredAt,
						received_at: event.receivedAt,
						data: JSON.stringify( event.data ),
					} ) )
				)
				.execute();
		},
		async countByType(
			siteId: string
		): Promise< Record< string, number > > {
			const rows = await db
				.selectFrom( 'telemetry_events' )
				.select( [ 'type', db.fn.countAll< number >().as( 'n' ) ] )
				.where( 'site_id', '=', siteId )
				.groupBy( 'type' )
				.execute();
			return Object.fromEntries(
				rows.map( ( row ) => [ row.type, Number( row.n ) ] )
			);
		},
	};
}

export type TelemetryRepo = ReturnType< typeof createTelemetryRepo >;
