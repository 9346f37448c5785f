import {
	belongsTo,
	columnTypes,
	organizationColumn,
	siteRowColumns,
} from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/** Conversations (one per shopper session on a site) and their messages. */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'conversations' )
				.$call( siteRowColumns )
				.addColumn( 'token_hash', 'text', ( c ) =>
					c.notNull().unique()
				)
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createIndex( 'conversations_site_idx' )
				.on( 'conversations' )
				.columns( [ 'organization_id', 'site_id', 'updated_at' ] )
				.execute();
			await db.schema
				.createTable( 'messages' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.$call( organizationColumn )
				.addColumn(
					'conversation_id',
					'text',
					belongsTo( 'conversations.id' )
				)
				.addColumn( 'role', 'text', ( c ) => c.notNull() )
				.addColumn( 'text', 'text', ( c ) => c.notNull() )
				.addColumn( 'sources', t.json, ( c ) => c.notNull() )
				.addColumn( 'client_message_id', 'text' )
				.addColumn( 'reply_to_id', 'text', ( c ) =>
					c.references( 'messages.id' ).onDelete( 'cascade' )
				)
				.addColumn( 'page_context', t.json )
				.addColumn( 'responder', 'text' )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addUniqueConstraint( 'messages_client_message_unique', [
					'conversation_id',
					'client_message_id',
				] )
				.execute();
			await db.schema
				.createIndex( 'messages_conversation_idx' )
				.on( 'messages' )
				.columns( [ 'conversation_id', 'created_at' ] )
				.execute();
			// One reply per question: a retried send can never produce a second answer.
			await db.schema
				.createIndex( 'messages_reply_to_unique' )
				.on( 'messages' )
				.column( 'reply_to_id' )
				.unique()
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'messages' ).execute();
			await db.schema.dropTable( 'conversations' ).execute();
		},
	};
};

export default migration;
