import { sql } from 'kysely';
import { belongsTo, columnTypes } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Roadmap phase 3: roles, permissions and role_permissions as data, and user_roles linking
 * users to roles. The phase-1 flag becomes the Platform Admin role and the old owner marker
 * the Platform Owner role, so nobody loses access; then both columns go. Permission rows are
 * not seeded here: the rbac module syncs them from its catalog (rbac/catalog.ts), so a new
 * permission needs no migration.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'roles' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'name', 'text', ( c ) => c.notNull() )
				.addColumn( 'description', 'text', ( c ) => c.notNull() )
				.addColumn( 'scope', 'text', ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'permissions' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'description', 'text', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'role_permissions' )
				.addColumn( 'role_id', 'text', belongsTo( 'roles.id' ) )
				.addColumn(
					'permission_id',
					'text',
					belongsTo( 'permissions.id' )
				)
				.addPrimaryKeyConstraint( 'role_permissions_pk', [
					'role_id',
					'permission_id',
				] )
				.execute();
			await db.schema
				.createTable( 'user_roles' )
				.addColumn( 'user_id', 'text', belongsTo( 'users.id' ) )
				.addColumn( 'role_id', 'text', belongsTo( 'roles.id' ) )
				.addColumn( 'granted_at', t.timestamp, ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'user_roles_pk', [
					'user_id',
					'role_id',
				] )
				.execute();
			await db
				.insertInto( 'roles' )
				.values( [
					{
						id: 'platform_owner',
						name: 'Platform Owner',
						description:
							'Everything, including billing and platform settings.',
						scope: 'platform',
					},
					{
						id: 'platform_admin',
						name: 'Platform Admin',
						description:
							'Telemetry, organizations and system health; no billing, no platform settings.',
						scope: 'platform',
					},
					{
						id: 'support_admin',
						name: 'Support Admin',
						description:
							"Organizations, access to an organization's dashboard, read-only telemetry.",
						scope: 'platform',
					},
					{
						id: 'billing_admin',
						name: 'Billing Admin',
						description:
							'Revenue and subscriptions; no technical access.',
						scope: 'platform',
					},
				] )
				.execute();
			// The first owner stays the owner; everyone else the flag let in becomes a Platform Admin.
			await sql`insert into user_roles (user_id, role_id, granted_at)
				select id, case when platform_role = 'owner' then 'platform_owner' else 'platform_admin' end, created_at
				from users where is_platform_admin = 1 or platform_role is not null`.execute(
				db
			);
			await db.schema
				.alterTable( 'users' )
				.dropColumn( 'is_platform_admin' )
				.execute();
			await db.schema
				.alterTable( 'users' )
				.dropColumn( 'platform_role' )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema
				.alterTable( 'users' )
				.addColumn( 'platform_role', 'text' )
				.execute();
			await db.schema
				.alterTable( 'users' )
				.addColumn( 'is_platform_admin', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.execute();
			await sql`update users set is_platform_admin = 1 where id in (select user_id from user_roles)`.execute(
				db
			);
			await sql`update users set platform_role = 'owner' where id in (select user_id from user_roles where role_id = 'platform_owner')`.execute(
				db
			);
			await db.schema.dropTable( 'user_roles' ).execute();
			await db.schema.dropTable( 'role_permissions' ).execute();
			await db.schema.dropTable( 'permissions' ).execute();
			await db.schema.dropTable( 'roles' ).execute();
		},
	};
};

export default migration;
