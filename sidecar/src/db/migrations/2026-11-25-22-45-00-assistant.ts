import { columnTypes, oneRowPer, siteRowColumns } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Assistant: per-site settings (where handoff requests are e-mailed), handoff requests
 * (a conversation marked for a person, with the shopper's e-mail and the notification
 * outcome), and per-organization LLM settings (provider, base URL, model, sealed API key,
 * monthly budget).
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'assistant_site_settings' )
				.addColumn( 'site_id', 'text', oneRowPer( 'sites.id' ) )
				.addColumn( 'organization_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'handoff_email', 'text' )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'assistant_handoffs' )
				.$call( siteRowColumns )
				.addColumn( 'conversation_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'email', 'text', ( c ) => c.notNull() )
				.addColumn( 'question', 'text', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'notified_at', t.timestamp )
				.addColumn( 'notify_error', 'text' )
				.execute();
			await db.schema
				.createIndex( 'assistant_handoffs_site_idx' )
				.on( 'assistant_handoffs' )
				.columns( [ 'site_id', 'created_at' ] )
				.execute();
			await db.schema
				.createTable( 'assistant_llm_settings' )
				.addColumn(
					'organization_id',
					'text',
					oneRowPer( 'organizations.id' )
				)
				.addColumn( 'provider', 'text', ( c ) => c.notNull() )
				.addColumn( 'base_url', 'text' )
				.addColumn( 'model', 'text', ( c ) => c.notNull() )
				.addColumn( 'api_key', 'text' )
				.addColumn( 'enabled', 'integer', ( c ) => c.notNull() )
				.addColumn( 'monthly_budget_micros', 'bigint' )
				.addColumn( 'timeout_ms', 'integer', ( c ) => c.notNull() )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'assistant_llm_settings' ).execute();
			await db.schema.dropTable( 'assistant_handoffs' ).execute();
			await db.schema.dropTable( 'assistant_site_settings' ).execute();
		},
	};
};

export default migration;
