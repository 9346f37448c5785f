import {
	belongsTo,
	columnTypes,
	oneRowPer,
	organizationColumn,
	siteColumns,
} from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Per-site widget settings (appearance, locale, consent, retention range), the shopper's
 * privacy choices per conversation, and hourly telemetry rollups.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'widget_settings' )
				.addColumn( 'site_id', 'text', oneRowPer( 'sites.id' ) )
				.$call( organizationColumn )
				.addColumn( 'settings', t.json, ( c ) => c.notNull() )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();

			await db.schema
				.createTable( 'privacy_choices' )
				.addColumn(
					'conversation_id',
					'text',
					oneRowPer( 'conversations.id' )
				)
				.$call( siteColumns )
				.addColumn( 'consent_given_at', t.timestamp )
				.addColumn( 'retention_days', 'integer', ( c ) => c.notNull() )
				.addColumn( 'email', 'text' )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createIndex( 'privacy_choices_site_email_idx' )
				.on( 'privacy_choices' )
				.columns( [ 'site_id', 'email' ] )
				.execute();

			await db.schema
				.createTable( 'telemetry_hourly' )
				.addColumn( 'site_id', 'text', belongsTo( 'sites.id' ) )
				.$call( organizationColumn )
				.addColumn( 'hour', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'type', 'text', ( c ) => c.notNull() )
				.addColumn( 'count', 'integer', ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'telemetry_hourly_pk', [
					'site_id',
					'hour',
					'type',
				] )
				.execute();
			await db.schema
				.createIndex( 'telemetry_events_occurred_idx' )
				.on( 'telemetry_events' )
				.column( 'occurred_at' )
				.execute();
			await db.schema
				.createIndex( 'conversations_updated_idx' )
				.on( 'conversations' )
				.column( 'updated_at' )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropIndex( 'conversations_updated_idx' ).execute();
			await db.schema
				.dropIndex( 'telemetry_events_occurred_idx' )
				.execute();
			await db.schema.dropTable( 'telemetry_hourly' ).execute();
			await db.schema.dropTable( 'privacy_choices' ).execute();
			await db.schema.dropTable( 'widget_settings' ).execute();
		},
	};
};

export default migration;
