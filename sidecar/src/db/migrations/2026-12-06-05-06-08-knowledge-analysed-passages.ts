import { sql } from 'kysely';
import { belongsTo } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Knowledge passages indexed by the shared text analysis (platform/text, ADR 0023): each
 * passage stores its analysed tokens (language-aware stems plus concept tokens) for page
 * title, heading and body, and the full-text index runs over those tokens with a plain
 * tokenizer — FTS5 bm25 on SQLite, ts_rank over a 'simple' tsvector on PostgreSQL — so
 * index and question are stemmed by the same code in both dialects. Existing passages keep
 * analysis_version 0 until the knowledge.reanalyze job fills their tokens from their stored
 * text. Also: a passage's anchor on its page, a document's detected language, and the
 * contact facts (phone, e-mail, address, opening hours) read from each page.
 */
const migration: DialectMigration = ( dialect ) => ( {
	async up( db: AnyDb ) {
		for ( const column of [
			'terms_title',
			'terms_heading',
			'terms_body',
		] ) {
			await db.schema
				.alterTable( 'knowledge_passages' )
				.addColumn( column, 'text', ( c ) =>
					c.notNull().defaultTo( '' )
				)
				.execute();
		}
		await db.schema
			.alterTable( 'knowledge_passages' )
			.addColumn( 'anchor', 'text' )
			.execute();
		await db.schema
			.alterTable( 'knowledge_passages' )
			.addColumn( 'analysis_version', 'integer', ( c ) =>
				c.notNull().defaultTo( 0 )
			)
			.execute();
		await db.schema
			.alterTable( 'knowledge_documents' )
			.addColumn( 'lang', 'text' )
			.execute();
		await db.schema
			.createIndex( 'knowledge_passages_analysis_idx' )
			.on( 'knowledge_passages' )
			.column( 'analysis_version' )
			.execute();

		if ( dialect === 'postgres' ) {
			await sql`drop index if exists knowledge_passages_search_idx`.execute(
				db
			);
			await sql`alter table knowledge_passages drop column search`.execute(
				db
			);
			await sql`alter table knowledge_passages add column search tsvector generated always as (
				setweight(to_tsvector('simple', terms_heading), 'A') ||
				setweight(to_tsvector('simple', terms_title), 'B') ||
				setweight(to_tsvector('simple', terms_body), 'D')
			) stored`.execute( db );
			await sql`create index knowledge_passages_search_idx on knowledge_passages using gin (search)`.execute(
				db
			);
		} else {
			for ( const trigger of [ 'ai', 'ad', 'au' ] ) {
				await sql
					.raw(
						`drop trigger if exists knowledge_passages_${ trigger }`
					)
					.execute( db );
			}
			await sql`drop table if exists knowledge_passages_fts`.execute(
				db
			);
			// The tokens are already stemmed and folded: unicode61 only splits on spaces.
			await sql`create virtual table knowledge_passages_fts using fts5(
				terms_title, terms_heading, terms_body,
				content='knowledge_passages', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
			)`.execute( db );
			await sql`create trigger knowledge_passages_ai after insert on knowledge_passages begin
				insert into knowledge_passages_fts(rowid, terms_title, terms_heading, terms_body)
				values (new.id, new.terms_title, new.terms_heading, new.terms_body);
			end`.execute( db );
			await sql`create trigger knowledge_passages_ad after delete on knowledge_passages begin
				insert into knowledge_passages_fts(knowledge_passages_fts, rowid, terms_title, terms_heading, terms_body)
				values ('delete', old.id, old.terms_title, old.terms_heading, old.terms_body);
			end`.execute( db );
			await sql`create trigger knowledge_passages_au after update on knowledge_passages begin
				insert into knowledge_passages_fts(knowledge_passages_fts, rowid, terms_title, terms_heading, terms_body)
				values ('delete', old.id, old.terms_title, old.terms_heading, old.terms_body);
				insert into knowledge_passages_fts(rowid, terms_title, terms_heading, terms_body)
				values (new.id, new.terms_title, new.terms_heading, new.terms_body);
			end`.execute( db );
			await sql`insert into knowledge_passages_fts(knowledge_passages_fts) values ('rebuild')`.execute(
				db
			);
		}

		await db.schema
			.createTable( 'knowledge_facts' )
			.addColumn(
				'document_id',
				'text',
				belongsTo( 'knowledge_documents.id' )
			)
			.addColumn( 'position', 'integer', ( c ) => c.notNull() )
			.addColumn( 'organization_id', 'text', ( c ) => c.notNull() )
			.addColumn( 'site_id', 'text', ( c ) => c.notNull() )
			.addColumn( 'kind', 'text', ( c ) => c.notNull() )
			.addColumn( 'value', 'text', ( c ) => c.notNull() )
			.addColumn( 'heading', 'text', ( c ) => c.notNull() )
			.addColumn( 'anchor', 'text' )
			.addPrimaryKeyConstraint( 'knowledge_facts_pk', [
				'document_id',
				'position',
			] )
			.execute();
		await db.schema
			.createIndex( 'knowledge_facts_site_idx' )
			.on( 'knowledge_facts' )
			.columns( [ 'site_id', 'kind' ] )
			.execute();
	},
	async down( db: AnyDb ) {
		await db.schema.dropTable( 'knowledge_facts' ).execute();
	},
} );

export default migration;
