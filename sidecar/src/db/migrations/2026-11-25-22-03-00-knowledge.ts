import { sql } from 'kysely';
import {
	belongsTo,
	columnTypes,
	oneRowPer,
	serialIdColumn,
	siteRowColumns,
} from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Knowledge: documents read from the shop (pages, posts), their passages, the per-site
 * sync state, and the full-text index — SQLite FTS5 (porter stemming, bm25) or a
 * PostgreSQL tsvector column with a GIN index.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'knowledge_documents' )
				.$call( siteRowColumns )
				.addColumn( 'source', 'text', ( c ) => c.notNull() )
				.addColumn( 'external_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'title', 'text', ( c ) => c.notNull() )
				.addColumn( 'url', 'text', ( c ) => c.notNull() )
				.addColumn( 'modified_at', t.timestamp )
				.addColumn( 'indexed_at', t.timestamp, ( c ) => c.notNull() )
				.addUniqueConstraint( 'knowledge_documents_source_unique', [
					'site_id',
					'source',
					'external_id',
				] )
				.execute();
			await db.schema
				.createTable( 'knowledge_passages' )
				.$call( serialIdColumn( dialect ) )
				.addColumn( 'organization_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'site_id', 'text', ( c ) => c.notNull() )
				.addColumn(
					'document_id',
					'text',
					belongsTo( 'knowledge_documents.id' )
				)
				.addColumn( 'position', 'integer', ( c ) => c.notNull() )
				.addColumn( 'heading', 'text', ( c ) => c.notNull() )
				.addColumn( 'body', 'text', ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createIndex( 'knowledge_passages_document_idx' )
				.on( 'knowledge_passages' )
				.column( 'document_id' )
				.execute();
			await db.schema
				.createIndex( 'knowledge_passages_site_idx' )
				.on( 'knowledge_passages' )
				.column( 'site_id' )
				.execute();
			if ( dialect === 'postgres' ) {
				await sql`alter table knowledge_passages add column search tsvector generated always as (
					setweight(to_tsvector('english', heading), 'A') || setweight(to_tsvector('english', body), 'B')
				) stored`.execute( db );
				await sql`create index knowledge_passages_search_idx on knowledge_passages using gin (search)`.execute(
					db
				);
			} else {
				// External-content FTS5 index over knowledge_passages, kept in step by triggers.
				await sql`create virtual table knowledge_passages_fts using fts5(
					heading, body, content='knowledge_passages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
				)`.execute( db );
				await sql`create trigger knowledge_passages_ai after insert on knowledge_passages begin
					insert into knowledge_passages_fts(rowid, heading, body) values (new.id, new.heading, new.body);
				end`.execute( db );
				await sql`create trigger knowledge_passages_ad after delete on knowledge_passages begin
					insert into knowledge_passages_fts(knowledge_passages_fts, rowid, heading, body) values ('delete', old.id, old.heading, old.body);
				end`.execute( db );
				await sql`create trigger knowledge_passages_au after update on knowledge_passages begin
					insert into knowledge_passages_fts(knowledge_passages_fts, rowid, heading, body) values ('delete', old.id, old.heading, old.body);
					insert into knowledge_passages_fts(rowid, heading, body) values (new.id, new.heading, new.body);
				end`.execute( db );
			}
			await db.schema
				.createTable( 'knowledge_sync' )
				.addColumn( 'site_id', 'text', oneRowPer( 'sites.id' ) )
				.addColumn( 'organization_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'state', 'text', ( c ) => c.notNull() )
				.addColumn( 'documents', 'integer', ( c ) => c.notNull() )
				.addColumn( 'passages', 'integer', ( c ) => c.notNull() )
				.addColumn( 'last_synced_at', t.timestamp )
				.addColumn( 'last_error', 'text' )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'knowledge_sync' ).execute();
			if ( dialect === 'sqlite' ) {
				await sql`drop table knowledge_passages_fts`.execute( db );
			}
			await db.schema.dropTable( 'knowledge_passages' ).execute();
			await db.schema.dropTable( 'knowledge_documents' ).execute();
		},
	};
};

export default migration;
