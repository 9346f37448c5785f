import { sql } from 'kysely';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * PostgreSQL only: SKU digits become findable. PostgreSQL's text parser reads "HOOD-1005" as
 * the word "hood" and the signed number "-1005", so a shopper's "1005" never matched. The
 * generated `search` column is recomputed with the SKU's separators as spaces (re-adding it
 * recomputes every existing row), and the per-site GIN index is rebuilt over it (ADR 0015).
 * SQLite's FTS5 tokenizer already splits SKUs at separators.
 */
const vector = ( sku: string ) => `case when kind = 'variation' then null else
	setweight(to_tsvector('english', name), 'A') ||
	setweight(to_tsvector('simple', ${ sku }), 'A') ||
	setweight(to_tsvector('english', taxonomy_text || ' ' || attribute_text), 'B') ||
	setweight(to_tsvector('english', description_text), 'D')
end`;

async function replaceSearchColumn( db: AnyDb, sku: string ): Promise< void > {
	await sql`drop index if exists commerce_products_site_search_idx`.execute(
		db
	);
	await sql`alter table commerce_products drop column search`.execute( db );
	await sql
		.raw(
			`alter table commerce_products add column search tsvector generated always as (${ vector(
				sku
			) }) stored`
		)
		.execute( db );
	await sql`create index commerce_products_site_search_idx on commerce_products
		using gin (site_id, search) where kind != 'variation'`.execute( db );
	await sql`analyze commerce_products`.execute( db );
}

const migration: DialectMigration = ( dialect ) => ( {
	async up( db: AnyDb ) {
		if ( dialect === 'postgres' ) {
			await replaceSearchColumn( db, `translate(sku, '-_/.', '    ')` );
		}
	},
	async down( db: AnyDb ) {
		if ( dialect === 'postgres' ) {
			await replaceSearchColumn( db, 'sku' );
		}
	},
} );

export default migration;
