/**
 * Table types of the rbac module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface RolesTable {
	id: string;
	name: string;
	description: string;
	scope: 'platform' | 'organization';
}

export interface PermissionsTable {
	id: string;
	description: string;
	created_at: string;
}

export interface RolePermissionsTable {
	role_id: string;
	permission_id: string;
}

export interface UserRolesTable {
	user_id: string;
	role_id: string;
	granted_at: string;
}

/** The rbac module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface RbacTables {
	roles: RolesTable;
	permissions: PermissionsTable;
	role_permissions: RolePermissionsTable;
	user_roles: UserRolesTable;
}
