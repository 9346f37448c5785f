import { columnTypes, organizationColumn } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Usage: one row per LLM call (tokens, cost in micro-dollars, outcome — fallbacks to the
 * embedded responder included) per organization, site, conversation and model; and the
 * configurable price table (per million tokens, by model).
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'usage_events' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.$call( organizationColumn )
				.addColumn( 'site_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'conversation_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'provider', 'text', ( c ) => c.notNull() )
				.addColumn( 'model', 'text', ( c ) => c.notNull() )
				.addColumn( 'input_tokens', 'integer', ( c ) => c.notNull() )
				.addColumn( 'output_tokens', 'integer', ( c ) => c.notNull() )
				.addColumn( 'cost_micros', 'bigint', ( c ) => c.notNull() )
				.addColumn( 'outcome', 'text', ( c ) => c.notNull() )
				.addColumn( 'reason', 'text' )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createIndex( 'usage_events_org_time_idx' )
				.on( 'usage_events' )
				.columns( [ 'organization_id', 'created_at' ] )
				.execute();
			await db.schema
				.createTable( 'usage_prices' )
				.addColumn( 'model', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'input_micros_per_mtok', 'bigint', ( c ) =>
					c.notNull()
				)
				.addColumn( 'output_micros_per_mtok', 'bigint', ( c ) =>
					c.notNull()
				)
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'usage_prices' ).execute();
			await db.schema.dropTable( 'usage_events' ).execute();
		},
	};
};

export default migration;
