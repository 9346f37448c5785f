import { sql } from 'kysely';
import { belongsTo, columnTypes, organizationColumn } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Widget-health and cost dashboards at 10 million events: each raw telemetry event gets a
 * `facet` (retry outcome, error code, latency bucket, message types…) chosen at ingest, and
 * hourly rollups per (site, hour, type, facet) so the dashboards read rollups instead of
 * raw rows. Indexes for the platform-wide time-range queries (rollups, recent errors,
 * usage rows and messages by time).
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.alterTable( 'telemetry_events' )
				.addColumn( 'facet', 'text', ( c ) =>
					c.notNull().defaultTo( sql`''` )
				)
				.execute();
			await db.schema
				.createTable( 'telemetry_hourly_facets' )
				.addColumn( 'site_id', 'text', belongsTo( 'sites.id' ) )
				.$call( organizationColumn )
				.addColumn( 'hour', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'type', 'text', ( c ) => c.notNull() )
				.addColumn( 'facet', 'text', ( c ) => c.notNull() )
				.addColumn( 'count', 'integer', ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'telemetry_hourly_facets_pk', [
					'site_id',
					'hour',
					'type',
					'facet',
				] )
				.execute();
			// Platform-wide and per-organization ranges (the primary key serves per-site ones).
			await db.schema
				.createIndex( 'telemetry_hourly_facets_hour_idx' )
				.on( 'telemetry_hourly_facets' )
				.columns( [ 'hour', 'organization_id' ] )
				.execute();
			await db.schema
				.createIndex( 'telemetry_hourly_hour_idx' )
				.on( 'telemetry_hourly' )
				.columns( [ 'hour', 'organization_id' ] )
				.execute();
			// Recent errors of some types, newest first, across all sites.
			await db.schema
				.createIndex( 'telemetry_events_type_time_idx' )
				.on( 'telemetry_events' )
				.columns( [ 'type', 'occurred_at' ] )
				.execute();
			await db.schema
				.createIndex( 'usage_events_time_idx' )
				.on( 'usage_events' )
				.column( 'created_at' )
				.execute();
			await db.schema
				.createIndex( 'messages_time_idx' )
				.on( 'messages' )
				.columns( [ 'created_at', 'organization_id' ] )
				.execute();
			await db.schema
				.createIndex( 'assistant_handoffs_time_idx' )
				.on( 'assistant_handoffs' )
				.column( 'created_at' )
				.execute();
		},
		async down( db: AnyDb ) {
			for ( const index of [
				'assistant_handoffs_time_idx',
				'messages_time_idx',
				'usage_events_time_idx',
				'telemetry_events_type_time_idx',
				'telemetry_hourly_hour_idx',
			] ) {
				await db.schema.dropIndex( index ).execute();
			}
			await db.schema.dropTable( 'telemetry_hourly_facets' ).execute();
			await db.schema
				.alterTable( 'telemetry_events' )
				.dropColumn( 'facet' )
				.execute();
		},
	};
};

export default migration;
