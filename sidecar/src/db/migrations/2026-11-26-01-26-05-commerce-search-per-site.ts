import { sql } from 'kysely';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Product search scoped to the site inside the index (ADR 0015). The old indexes held all
 * shops' products in one posting list per word, so a broad word ("shirt") made the engine
 * score every shop's matches and only then drop the other shops' rows.
 *
 * SQLite: a contentless FTS5 table (`commerce_search`) whose rowid is the site's ordinal ×
 * 2^40 + the product id, so each site's documents form one rowid range and a search seeks
 * to it (FTS5 honours rowid bounds). `commerce_search_sites` numbers the sites; it has no
 * foreign key on purpose: when a site is deleted, its products' delete trigger still
 * finds the ordinal to remove their index rows. Replaces `commerce_products_fts` and its
 * triggers, and indexes the existing rows here.
 *
 * PostgreSQL: one GIN index over (site_id, search) through btree_gin (a trusted contrib
 * extension), partial on parent products, so the index scan intersects the site with the
 * words; it replaces the GIN index over `search` alone. Building it indexes the existing rows.
 */
const TEXT_COLUMNS =
	'name, sku, taxonomy_text, attribute_text, description_text';
const SITE_ROWID_SPAN = 1099511627776; // 2^40: room for any product id

/** The FTS5 rowid of a commerce_products row (`row` is new, old or a table alias). */
const searchRowid = ( row: string ) =>
	`(select ordinal from commerce_search_sites where site_id = ${ row }.site_id) * ${ SITE_ROWID_SPAN } + ${ row }.id`;

const textValues = ( row: string ) =>
	TEXT_COLUMNS.split( ', ' )
		.map( ( column ) => `${ row }.${ column }` )
		.join( ', ' );

/** Gives a site its ordinal the first time one of its products is indexed. */
const numberSite = ( row: string ) =>
	`insert into commerce_search_sites(site_id, ordinal)
		select ${ row }.site_id, (select coalesce(max(ordinal), 0) + 1 from commerce_search_sites)
		where not exists (select 1 from commerce_search_sites where site_id = ${ row }.site_id);`;

async function upSqlite( db: AnyDb ): Promise< void > {
	for ( const trigger of [
		'commerce_products_ai',
		'commerce_products_ad',
		'commerce_products_au',
	] ) {
		await sql.raw( `drop trigger if exists ${ trigger }` ).execute( db );
	}
	await sql`drop table if exists commerce_products_fts`.execute( db );
	await sql`create table commerce_search_sites (
		site_id text primary key,
		ordinal integer not null unique
	)`.execute( db );
	// Contentless: the text lives in commerce_products; the index keeps only what matching
	// and bm25 need. contentless_delete lets the triggers remove a row by its rowid alone.
	await sql
		.raw(
			`create virtual table commerce_search using fts5(
				${ TEXT_COLUMNS },
				content='', contentless_delete=1,
				tokenize='porter unicode61 remove_diacritics 2', prefix='2 3'
			)`
		)
		.execute( db );
	// Variations are found through their parent product, so they are not indexed.
	await sql
		.raw(
			`create trigger commerce_search_ai after insert on commerce_products when new.kind != 'variation' begin
				${ numberSite( 'new' ) }
				insert into commerce_search(rowid, ${ TEXT_COLUMNS }) values (${ searchRowid( 'new' ) }, ${ textValues( 'new' ) });
			end`
		)
		.execute( db );
	await sql
		.raw(
			`create trigger commerce_search_ad after delete on commerce_products when old.kind != 'variation' begin
				delete from commerce_search where rowid = ${ searchRowid( 'old' ) };
			end`
		)
		.execute( db );
	await sql
		.raw(
			`create trigger commerce_search_au after update on commerce_products begin
				delete from commerce_search where rowid = ${ searchRowid( 'old' ) };
				${ numberSite( 'new' ) }
				insert into commerce_search(rowid, ${ TEXT_COLUMNS })
					select ${ searchRowid( 'new' ) }, ${ textValues( 'new' ) } where new.kind != 'variation';
			end`
		)
		.execute( db );
	await sql`insert into commerce_search_sites(site_id, ordinal)
		select site_id, row_number() over (order by site_id)
		from (select distinct site_id from commerce_products)`.execute( db );
	await sql
		.raw(
			`insert into commerce_search(rowid, ${ TEXT_COLUMNS })
				select ${ searchRowid( 'p' ) }, ${ textValues( 'p' ) }
				from commerce_products p where p.kind != 'variation'`
		)
		.execute( db );
	await sql`insert into commerce_search(commerce_search) values ('optimize')`.execute(
		db
	);
}

async function downSqlite( db: AnyDb ): Promise< void > {
	for ( const trigger of [
		'commerce_search_ai',
		'commerce_search_ad',
		'commerce_search_au',
	] ) {
		await sql.raw( `drop trigger if exists ${ trigger }` ).execute( db );
	}
	await sql`drop table if exists commerce_search`.execute( db );
	await sql`drop table if exists commerce_search_sites`.execute( db );
	const values = ( row: string ) =>
		TEXT_COLUMNS.split( ', ' )
			.map( ( column ) => `${ row }.${ column }` )
			.join( ', ' );
	await sql
		.raw(
			`create virtual table commerce_products_fts using fts5(
				${ TEXT_COLUMNS },
				content='commerce_products', content_rowid='id',
				tokenize='porter unicode61 remove_diacritics 2', prefix='2 3'
			)`
		)
		.execute( db );
	await sql
		.raw(
			`create trigger commerce_products_ai after insert on commerce_products when new.kind != 'variation' begin
				insert into commerce_products_fts(rowid, ${ TEXT_COLUMNS }) values (new.id, ${ values( 'new' ) });
			end`
		)
		.execute( db );
	await sql
		.raw(
			`create trigger commerce_products_ad after delete on commerce_products when old.kind != 'variation' begin
				insert into commerce_products_fts(commerce_products_fts, rowid, ${ TEXT_COLUMNS }) values ('delete', old.id, ${ values( 'old' ) });
			end`
		)
		.execute( db );
	await sql
		.raw(
			`create trigger commerce_products_au after update on commerce_products begin
				insert into commerce_products_fts(commerce_products_fts, rowid, ${ TEXT_COLUMNS })
					select 'delete', old.id, ${ values( 'old' ) } where old.kind != 'variation';
				insert into commerce_products_fts(rowid, ${ TEXT_COLUMNS })
					select new.id, ${ values( 'new' ) } where new.kind != 'variation';
			end`
		)
		.execute( db );
	await sql
		.raw(
			`insert into commerce_products_fts(rowid, ${ TEXT_COLUMNS })
				select id, ${ values( 'commerce_products' ) } from commerce_products where kind != 'variation'`
		)
		.execute( db );
}

const migration: DialectMigration = ( dialect ) => ( {
	async up( db: AnyDb ) {
		if ( dialect === 'sqlite' ) {
			await upSqlite( db );
			return;
		}
		await sql`create extension if not exists btree_gin`.execute( db );
		// Partial: variations carry no search vector, and leaving them out keeps each site's
		// posting list as short as its product count.
		await sql`create index commerce_products_site_search_idx on commerce_products
			using gin (site_id, search) where kind != 'variation'`.execute( db );
		await sql`drop index if exists commerce_products_search_idx`.execute(
			db
		);
		await sql`analyze commerce_products`.execute( db );
	},
	async down( db: AnyDb ) {
		if ( dialect === 'sqlite' ) {
			await downSqlite( db );
			return;
		}
		await sql`create index commerce_products_search_idx on commerce_products using gin (search)`.execute(
			db
		);
		await sql`drop index if exists commerce_products_site_search_idx`.execute(
			db
		);
	},
} );

export default migration;
