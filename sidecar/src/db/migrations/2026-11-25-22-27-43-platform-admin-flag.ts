import { sql } from 'kysely';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Roadmap phase 1: a database flag on the user replaces any environment admin list. Every
 * user who had a platform role keeps platform access through the flag; the `platform_role`
 * column stays until phase 3 so the first owner can still be told apart from admins.
 */
const migration: DialectMigration = () => ( {
	async up( db: AnyDb ) {
		await db.schema
			.alterTable( 'users' )
			.addColumn( 'is_platform_admin', 'integer', ( c ) =>
				c.notNull().defaultTo( 0 )
			)
			.execute();
		await sql`update users set is_platform_admin = 1 where platform_role is not null`.execute(
			db
		);
	},
	async down( db: AnyDb ) {
		await db.schema
			.alterTable( 'users' )
			.dropColumn( 'is_platform_admin' )
			.execute();
	},
} );

export default migration;
