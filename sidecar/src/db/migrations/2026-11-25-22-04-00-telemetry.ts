import { columnTypes, siteRowColumns } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/** Raw widget telemetry events per site (the dashboard issue adds hourly rollups). */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'telemetry_events' )
				.$call( siteRowColumns )
				.addColumn( 'type', 'text', ( c ) => c.notNull() )
				.addColumn( 'occurred_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'received_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'data', t.json, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createIndex( 'telemetry_events_site_type_idx' )
				.on( 'telemetry_events' )
				.columns( [ 'site_id', 'type', 'occurred_at' ] )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'telemetry_events' ).execute();
		},
	};
};

export default migration;
