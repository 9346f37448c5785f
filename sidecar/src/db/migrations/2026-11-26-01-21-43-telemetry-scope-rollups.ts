import { columnTypes, organizationColumn } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Hourly facet rollups per organization and for the whole platform, beside the per-site
 * ones: at 10 million events over 30 days and 100 sites the per-site rollup holds millions
 * of rows, so platform and organization views read these much smaller tables instead.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'telemetry_hourly_org_facets' )
				.$call( organizationColumn )
				.addColumn( 'hour', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'type', 'text', ( c ) => c.notNull() )
				.addColumn( 'facet', 'text', ( c ) => c.notNull() )
				.addColumn( 'count', 'integer', ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'telemetry_hourly_org_facets_pk', [
					'organization_id',
					'hour',
					'type',
					'facet',
				] )
				.execute();
			await db.schema
				.createIndex( 'telemetry_hourly_org_facets_hour_idx' )
				.on( 'telemetry_hourly_org_facets' )
				.column( 'hour' )
				.execute();
			await db.schema
				.createTable( 'telemetry_hourly_platform_facets' )
				.addColumn( 'hour', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'type', 'text', ( c ) => c.notNull() )
				.addColumn( 'facet', 'text', ( c ) => c.notNull() )
				.addColumn( 'count', 'integer', ( c ) => c.notNull() )
				.addPrimaryKeyConstraint(
					'telemetry_hourly_platform_facets_pk',
					[ 'hour', 'type', 'facet' ]
				)
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema
				.dropTable( 'telemetry_hourly_platform_facets' )
				.execute();
			await db.schema
				.dropTable( 'telemetry_hourly_org_facets' )
				.execute();
		},
	};
};

export default migration;
