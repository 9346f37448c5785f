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

export function createTelemetryRepo( db: Kysely< Database > ) {
	return {
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
