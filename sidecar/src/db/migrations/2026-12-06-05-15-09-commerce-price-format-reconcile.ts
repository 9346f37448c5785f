import { columnTypes, type AnyDb, type DialectMigration } from './helpers';

/**
 * Per shop connection: WooCommerce's price format (settings/general: currency position,
 * separators, decimals; JSON) so answers print prices as the shop does, and the time the
 * catalog was last confirmed fresh (end of a full sync or a reconciliation), from which
 * the next reconciliation asks for products modified since.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.alterTable( 'commerce_connections' )
				.addColumn( 'price_format', t.json )
				.execute();
			await db.schema
				.alterTable( 'commerce_connections' )
				.addColumn( 'catalog_confirmed_at', t.timestamp )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema
				.alterTable( 'commerce_connections' )
				.dropColumn( 'catalog_confirmed_at' )
				.execute();
			await db.schema
				.alterTable( 'commerce_connections' )
				.dropColumn( 'price_format' )
				.execute();
		},
	};
};

export default migration;
