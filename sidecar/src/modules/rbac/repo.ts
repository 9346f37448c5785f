import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface RoleRow {
	id: string;
	name: string;
	description: string;
	scope: 'platform' | 'organization';
}

export interface StaffRow {
	userId: string;
	email: string;
	name: string;
	roles: string[];
}

/** The only code touching roles, permissions, role_permissions and user_roles. */
export function createRbacRepo( db: Kysely< Database > ) {
	return {
		async permissionIds(): Promise< string[] > {
			const rows = await db
				.selectFrom( 'permissions' )
				.select( 'id' )
				.execute();
			return rows.map( ( row ) => row.id );
		},
		async insertPermission(
			id: string,
			description: string,
			createdAt: string
		) {
			await db
				.insertInto( 'permissions' )
				.values( { id, description, created_at: createdAt } )
				.onConflict( ( oc ) => oc.column( 'id' ).doNothing() )
				.execute();
		},
		async grantPermission( roleId: string, permissionId: string ) {
			await db
				.insertInto( 'role_permissions' )
				.values( { role_id: roleId, permission_id: permissionId } )
				.onConflict( ( oc ) =>
					oc.columns( [ 'role_id', 'permission_id' ] ).doNothing()
				)
				.execute();
		},
		async replaceRolePermissions(
			roleId: string,
			permissionIds: string[]
		) {
			await db
				.deleteFrom( 'role_permissions' )
				.where( 'role_id', '=', roleId )
				.execute();
			if ( permissionIds.length > 0 ) {
				await db
					.insertInto( 'role_permissions' )
					.values(
						permissionIds.map( ( permissionId ) => ( {
							role_id: roleId,
							permission_id: permissionId,
						} ) )
					)
					.execute();
			}
		},
		async listRoles(): Promise<
			Array< RoleRow & { permissions: string[] } >
		> {
			const [ roles, grants ] = await Promise.all( [
				db.selectFrom( 'roles' ).selectAll().orderBy( 'id' ).execute(),
				db
					.selectFrom( 'role_permissions' )
					.selectAll()
					.orderBy( 'permission_id' )
					.execute(),
			] );
			return roles.map( ( role ) => ( {
				...role,
				permissions: grants
					.filter( ( grant ) => grant.role_id === role.id )
					.map( ( grant ) => grant.permission_id ),
			} ) );
		},
		async findRole( id: string ): Promise< RoleRow | undefined > {
			return db
				.selectFrom( 'roles' )
				.selectAll()
				.where( 'id', '=', id )
				.executeTakeFirst();
		},
		/** The user's roles and the permissions they bring, read on every request so changes apply at once. */
		async accessOf(
			userId: string
		): Promise< { roles: string[]; permissions: string[] } > {
			const [ roles, permissions ] = await Promise.all( [
				db
					.selectFrom( 'user_roles' )
					.select( 'role_id' )
					.where( 'user_id', '=', userId )
					.orderBy( 'role_id' )
					.execute(),
				db
					.selectFrom( 'user_roles' )
					.innerJoin(
						'role_permissions',
						'role_permissions.role_id',
						'user_roles.role_id'
					)
					.select( 'role_permissions.permission_id' )
					.distinct()
					.where( 'user_roles.user_id', '=', userId )
					.execute(),
			] );
			return {
				roles: roles.map( ( row ) => row.role_id ),
				permissions: permissions
					.map( ( row ) => row.permission_id )
					.sort(),
			};
		},
		/** The permissions one role holds (org roles: read per request, so edits apply at once). */
		async permissionsOfRole( roleId: string ): Promise< string[] > {
			const rows = await db
				.selectFrom( 'role_permissions' )
				.select( 'permission_id' )
				.where( 'role_id', '=', roleId )
				.orderBy( 'permission_id' )
				.execute();
			return rows.map( ( row ) => row.permission_id );
		},
		async countUsersWithRole( roleId: string ): Promise< number > {
			const row = await db
				.selectFrom( 'user_roles' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'role_id', '=', roleId )
				.executeTakeFirstOrThrow();
			return Number( row.n );
		},
		async grantRole(
			userId: string,
			roleId: string,
			grantedAt: string
		): Promise< boolean > {
			const inserted = await db
				.insertInto( 'user_roles' )
				.values( {
					user_id: userId,
					role_id: roleId,
					granted_at: grantedAt,
				} )
				.onConflict( ( oc ) =>
					oc.columns( [ 'user_id', 'role_id' ] ).doNothing()
				)
				.returning( 'role_id' )
				.executeTakeFirst();
			return Boolean( inserted );
		},
		async revokeRole( userId: string, roleId: string ): Promise< boolean > {
			const result = await db
				.deleteFrom( 'user_roles' )
				.where( 'user_id', '=', userId )
				.where( 'role_id', '=', roleId )
				.executeTakeFirst();
			return Number( result.numDeletedRows ) === 1;
		},
		async listStaff(): Promise< StaffRow[] > {
			const rows = await db
				.selectFrom( 'user_roles' )
				.innerJoin( 'users', 'users.id', 'user_roles.user_id' )
				.innerJoin( 'roles', 'roles.id', 'user_roles.role_id' )
				.select( [
					'users.id',
					'users.email',
					'users.name',
					'user_roles.role_id',
				] )
				.where( 'roles.scope', '=', 'platform' )
				.orderBy( 'users.email' )
				.orderBy( 'user_roles.role_id' )
				.execute();
			const byUser = new Map< string, StaffRow >();
			for ( const row of rows ) {
				const staff = byUser.get( row.id ) ?? {
					userId: row.id,
					email: row.email,
					name: row.name,
					roles: [],
				};
				staff.roles.push( row.role_id );
				byUser.set( row.id, staff );
			}
			return [ ...byUser.values() ];
		},
	};
}

export type RbacRepo = ReturnType< typeof createRbacRepo >;
