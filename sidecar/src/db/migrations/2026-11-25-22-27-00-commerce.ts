import { sql } from 'kysely';
import { belongsTo, columnTypes, serialIdColumn, siteColumns } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Commerce: a site's shop connection (encrypted REST keys and webhook secret), the
 * resumable catalog sync state, the catalog (products and their variations, prices in
 * minor units), the per-site search vocabulary (typo tolerance) and synonyms, and the
 * full-text index over parent products — SQLite FTS5 (bm25) or a PostgreSQL tsvector + GIN.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await siteColumns( db.schema.createTable( 'commerce_connections' ) )
				.addColumn( 'platform', 'text', ( c ) => c.notNull() )
				.addColumn( 'store_url', 'text', ( c ) => c.notNull() )
				.addColumn( 'credentials', 'text', ( c ) => c.notNull() )
				.addColumn( 'webhook_secret', 'text' )
				.addColumn( 'currency', 'text' )
				.addColumn( 'bad_signatures', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'commerce_connections_pk', [
					'site_id',
				] )
				.execute();
			await siteColumns( db.schema.createTable( 'commerce_sync' ) )
				.addColumn( 'state', 'text', ( c ) => c.notNull() )
				.addColumn( 'run_started_at', t.timestamp )
				.addColumn( 'next_page', 'integer', ( c ) => c.notNull() )
				.addColumn( 'total_pages', 'integer' )
				.addColumn( 'products', 'integer', ( c ) => c.notNull() )
				.addColumn( 'last_synced_at', t.timestamp )
				.addColumn( 'last_error', 'text' )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'commerce_sync_pk', [ 'site_id' ] )
				.execute();
			await siteColumns(
				db.schema
					.createTable( 'commerce_products' )
					.$call( serialIdColumn( dialect ) )
			)
				.addColumn( 'external_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'parent_external_id', 'text' )
				.addColumn( 'kind', 'text', ( c ) => c.notNull() )
				.addColumn( 'name', 'text', ( c ) => c.notNull() )
				.addColumn( 'sku', 'text', ( c ) => c.notNull() )
				.addColumn( 'permalink', 'text', ( c ) => c.notNull() )
				.addColumn( 'currency', 'text', ( c ) => c.notNull() )
				.addColumn( 'price_minor', 'integer' )
				.addColumn( 'regular_price_minor', 'integer' )
				.addColumn( 'sale_price_minor', 'integer' )
				.addColumn( 'stock_status', 'text', ( c ) => c.notNull() )
				.addColumn( 'stock_quantity', 'integer' )
				.addColumn( 'image_url', 'text' )
				.addColumn( 'categories', t.json, ( c ) => c.notNull() )
				.addColumn( 'tags', t.json, ( c ) => c.notNull() )
				.addColumn( 'attributes', t.json, ( c ) => c.notNull() )
				.addColumn( 'taxonomy_text', 'text', ( c ) => c.notNull() )
				.addColumn( 'attribute_text', 'text', ( c ) => c.notNull() )
				.addColumn( 'description_text', 'text', ( c ) => c.notNull() )
				.addColumn( 'modified_at', t.timestamp )
				.addColumn( 'synced_at', t.timestamp, ( c ) => c.notNull() )
				.addUniqueConstraint( 'commerce_products_external_unique', [
					'site_id',
					'external_id',
				] )
				.execute();
			await db.schema
				.createIndex( 'commerce_products_parent_idx' )
				.on( 'commerce_products' )
				.columns( [ 'site_id', 'parent_external_id' ] )
				.execute();
			await db.schema
				.createTable( 'commerce_terms' )
				.addColumn( 'site_id', 'text', belongsTo( 'sites.id' ) )
				.addColumn( 'term', 'text', ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'commerce_terms_pk', [
					'site_id',
					'term',
				] )
				.execute();
			await siteColumns( db.schema.createTable( 'commerce_synonyms' ) )
				.addColumn( 'term', 'text', ( c ) => c.notNull() )
				.addColumn( 'synonyms', t.json, ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'commerce_synonyms_pk', [
					'site_id',
					'term',
				] )
				.execute();
			if ( dialect === 'postgres' ) {
				// Variations are found through their parent, so they carry no search vector.
				await sql`alter table commerce_products add column search tsvector generated always as (
					case when kind = 'variation' then null else
						setweight(to_tsvector('english', name), 'A') ||
						setweight(to_tsvector('simple', sku), 'A') ||
						setweight(to_tsvector('english', taxonomy_text || ' ' || attribute_text), 'B') ||
						setweight(to_tsvector('english', description_text), 'D')
					end
				) stored`.execute( db );
				await sql`create index commerce_products_search_idx on commerce_products using gin (search)`.execute(
					db
				);
			} else {
				await sql`create virtual table commerce_products_fts using fts5(
					name, sku, taxonomy_text, attribute_text, description_text,
					content='commerce_products', content_rowid='id',
					tokenize='porter unicode61 remove_diacritics 2', prefix='2 3'
				)`.execute( db );
				const columns =
					'name, sku, taxonomy_text, attribute_text, description_text';
				const values = ( row: string ) =>
					columns
						.split( ', ' )
						.map( ( column ) => `${ row }.${ column }` )
						.join( ', ' );
				await sql
					.raw(
						`create trigger commerce_products_ai after insert on commerce_products when new.kind != 'variation' begin
						insert into commerce_products_fts(rowid, ${ columns }) values (new.id, ${ values( 'new' ) });
					end`
					)
					.execute( db );
				await sql
					.raw(
						`create trigger commerce_products_ad after delete on commerce_products when old.kind != 'variation' begin
						insert into commerce_products_fts(commerce_products_fts, rowid, ${ columns }) values ('delete', old.id, ${ values( 'old' ) });
					end`
					)
					.execute( db );
				await sql
					.raw(
						`create trigger commerce_products_au_old after update on commerce_products when old.kind != 'variation' begin
						insert into commerce_products_fts(commerce_products_fts, rowid, ${ columns }) values ('delete', old.id, ${ values( 'old' ) });
					end`
					)
					.execute( db );
				await sql
					.raw(
						`create trigger commerce_products_au_new after update on commerce_products when new.kind != 'variation' begin
						insert into commerce_products_fts(rowid, ${ columns }) values (new.id, ${ values( 'new' ) });
					end`
					)
					.execute( db );
			}
		},
		async down( db: AnyDb ) {
			if ( dialect === 'sqlite' ) {
				await sql`drop table commerce_products_fts`.execute( db );
			}
			for ( const table of [
				'commerce_synonyms',
				'commerce_terms',
				'commerce_products',
				'commerce_sync',
				'commerce_connections',
			] ) {
				await db.schema.dropTable( table ).execute();
			}
		},
	};
};

export default migration;
