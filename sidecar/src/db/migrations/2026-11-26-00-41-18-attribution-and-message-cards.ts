import {
	belongsTo,
	columnTypes,
	organizationColumn,
	siteRowColumns,
} from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Product cards and quick actions kept with the assistant message they came with (chat),
 * and conversion attribution (attribution module, ADR 0012): the shopper's consented page
 * journey per conversation, the conversation's first touch (landing page, UTM, referral),
 * and orders attributed to a conversation from the shop's order webhooks.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.alterTable( 'messages' )
				.addColumn( 'cards', t.json )
				.execute();

			await db.schema
				.createTable( 'attribution_page_views' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.$call( organizationColumn )
				.addColumn( 'site_id', 'text', ( c ) => c.notNull() )
				.addColumn(
					'conversation_id',
					'text',
					belongsTo( 'conversations.id' )
				)
				.addColumn( 'url', 'text', ( c ) => c.notNull() )
				.addColumn( 'title', 'text', ( c ) => c.notNull() )
				.addColumn( 'referrer', 'text', ( c ) => c.notNull() )
				.addColumn( 'page_type', 'text' )
				.addColumn( 'product_id', 'text' )
				.addColumn( 'utm', t.json )
				.addColumn( 'ref_code', 'text' )
				.addColumn( 'viewed_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createIndex( 'attribution_page_views_conversation_idx' )
				.on( 'attribution_page_views' )
				.columns( [ 'conversation_id', 'viewed_at' ] )
				.execute();

			await db.schema
				.createTable( 'attribution_first_touch' )
				.addColumn( 'conversation_id', 'text', ( c ) =>
					belongsTo( 'conversations.id' )( c ).primaryKey()
				)
				.$call( organizationColumn )
				.addColumn( 'site_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'landing_url', 'text', ( c ) => c.notNull() )
				.addColumn( 'referrer_host', 'text' )
				.addColumn( 'utm', t.json )
				.addColumn( 'ref_code', 'text' )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.execute();

			await db.schema
				.createTable( 'attribution_conversions' )
				.$call( siteRowColumns )
				.addColumn( 'order_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'order_number', 'text', ( c ) => c.notNull() )
				.addColumn( 'status', 'text', ( c ) => c.notNull() )
				.addColumn( 'total_minor', 'bigint', ( c ) => c.notNull() )
				.addColumn( 'currency', 'text', ( c ) => c.notNull() )
				// Unlinked (null) when the shopper's conversation is erased; the figure stays.
				.addColumn( 'conversation_id', 'text', ( c ) =>
					c.references( 'conversations.id' ).onDelete( 'set null' )
				)
				.addColumn( 'linked_by', 'text', ( c ) => c.notNull() )
				.addColumn( 'seconds_after_chat', 'integer', ( c ) =>
					c.notNull()
				)
				.addColumn( 'utm', t.json )
				.addColumn( 'ref_code', 'text' )
				.addColumn( 'referrer_host', 'text' )
				.addColumn( 'ordered_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'recorded_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.addUniqueConstraint( 'attribution_conversions_order_unique', [
					'site_id',
					'order_id',
				] )
				.execute();
			await db.schema
				.createIndex( 'attribution_conversions_org_time_idx' )
				.on( 'attribution_conversions' )
				.columns( [ 'organization_id', 'ordered_at' ] )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'attribution_conversions' ).execute();
			await db.schema.dropTable( 'attribution_first_touch' ).execute();
			await db.schema.dropTable( 'attribution_page_views' ).execute();
			await db.schema
				.alterTable( 'messages' )
				.dropColumn( 'cards' )
				.execute();
		},
	};
};

export default migration;
