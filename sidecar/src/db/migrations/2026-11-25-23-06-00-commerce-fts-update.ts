import { sql } from 'kysely';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * SQLite only: the FTS5 index lost a product when the product was updated, because the two
 * AFTER UPDATE triggers (remove old entry / add new entry) ran newest-first, so the removal
 * came last. One trigger now does both, in order.
 */
const COLUMNS = 'name, sku, taxonomy_text, attribute_text, description_text';
const values = ( row: string ) =>
	COLUMNS.split( ', ' )
		.map( ( column ) => `${ row }.${ column }` )
		.join( ', ' );

const migration: DialectMigration = ( dialect ) => ( {
	async up( db: AnyDb ) {
		if ( dialect !== 'sqlite' ) {
			return;
		}
		await sql`drop trigger commerce_products_au_old`.execute( db );
		await sql`drop trigger commerce_products_au_new`.execute( db );
		await sql
			.raw(
				`create trigger commerce_products_au after update on commerce_products begin
					insert into commerce_products_fts(commerce_products_fts, rowid, ${ COLUMNS })
						select 'delete', old.id, ${ values( 'old' ) } where old.kind != 'variation';
					insert into commerce_products_fts(rowid, ${ COLUMNS })
						select new.id, ${ values( 'new' ) } where new.kind != 'variation';
				end`
			)
			.execute( db );
	},
	async down( db: AnyDb ) {
		if ( dialect === 'sqlite' ) {
			await sql`drop trigger commerce_products_au`.execute( db );
		}
	},
} );

export default migration;
