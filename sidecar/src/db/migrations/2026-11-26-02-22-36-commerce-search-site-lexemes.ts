import { sql } from 'kysely';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * PostgreSQL only: the per-site search index keys each word by its site. The GIN index over
 * `(site_id, search)` (btree_gin) had to intersect the site's posting list (every product of
 * the shop) with each word's on every query: 5-15 ms for a broad word at 100,000 products,
 * and 1.5-5 ms of planning. Here every lexeme is indexed as `<site id>/<lexeme>`
 * (`commerce_site_lexemes`), so a word's posting list already holds only that shop's
 * products, and a query is rewritten the same way (`commerce_site_query`). The `search`
 * column keeps positions and weights for ts_rank_cd and rechecks phrases (the site
 * lexemes carry no positions). ADR 0015. SQLite's FTS5 rowid ranges already do this.
 */
async function createSiteLexemes( db: AnyDb ): Promise< void > {
	await sql`create or replace function commerce_site_lexemes(site text, v tsvector)
		returns tsvector language sql immutable parallel safe
		as $$ select array_to_tsvector(array(select site || '/' || u.lexeme from unnest(v) u)) $$`.execute(
		db
	);
	// Quotes every lexeme of the query text with the site in front: 'shirt' -> '<site>/shirt'
	// ('' inside a lexeme is an escaped quote); prefix marks (:*) and operators are kept.
	await sql`create or replace function commerce_site_query(site text, q tsquery)
		returns tsquery language sql immutable parallel safe
		as $$ select regexp_replace(q::text, '''((?:[^'']|'''')*)''',
			'''' || replace(site, '''', '''''') || '/\\1''', 'g')::tsquery $$`.execute(
		db
	);
	await sql`create index if not exists commerce_products_site_lexemes_idx on commerce_products
		using gin (commerce_site_lexemes(site_id, search)) where kind != 'variation'`.execute(
		db
	);
	await sql`drop index if exists commerce_products_site_search_idx`.execute(
		db
	);
	await sql`analyze commerce_products`.execute( db );
}

async function dropSiteLexemes( db: AnyDb ): Promise< void > {
	await sql`create index if not exists commerce_products_site_search_idx on commerce_products
		using gin (site_id, search) where kind != 'variation'`.execute( db );
	await sql`drop index if exists commerce_products_site_lexemes_idx`.execute(
		db
	);
	await sql`drop function if exists commerce_site_query(text, tsquery)`.execute(
		db
	);
	await sql`drop function if exists commerce_site_lexemes(text, tsvector)`.execute(
		db
	);
}

const migration: DialectMigration = ( dialect ) => ( {
	async up( db: AnyDb ) {
		if ( dialect === 'postgres' ) {
			await createSiteLexemes( db );
		}
	},
	async down( db: AnyDb ) {
		if ( dialect === 'postgres' ) {
			await dropSiteLexemes( db );
		}
	},
} );

export default migration;
