/**
 * The permission catalog: every permission a route may declare, what it allows, and which
 * built-in roles receive it by default. This list is data: the rbac service syncs it into
 * the `permissions` table at start, and grants a *new* permission to its default roles
 * once (later edits made on the roles page are kept). To add a permission, add one entry
 * here and declare it on the route; the route × role matrix test (rbac/matrix.test.ts)
 * picks the route up by itself and fails while a route's permission is missing here.
 * The Platform Owner holds every permission, listed here or not.
 */
export type PlatformRoleId =
	'platform_owner' | 'platform_admin' | 'support_admin' | 'billing_admin';

export const PLATFORM_OWNER: PlatformRoleId = 'platform_owner';

export interface PermissionDefinition {
	id: string;
	description: string;
	/** Built-in roles granted this permission when it first appears (the owner always has it). */
	defaultRoles: PlatformRoleId[];
}

export const PERMISSION_CATALOG: readonly PermissionDefinition[] = [
	{
		id: 'platform.organizations.read',
		description: 'See organizations, their sites and connect tokens',
		defaultRoles: [ 'platform_admin', 'support_admin' ],
	},
	{
		id: 'platform.organizations.manage',
		description: 'Create organizations and connect tokens',
		defaultRoles: [ 'platform_admin' ],
	},
	{
		id: 'platform.telemetry.read',
		description: 'See telemetry and costs',
		defaultRoles: [ 'platform_admin', 'support_admin' ],
	},
	{
		id: 'platform.system.read',
		description: 'See system health and database status',
		defaultRoles: [ 'platform_admin' ],
	},
	{
		id: 'platform.audit.read',
		description: 'Read and export the audit log',
		defaultRoles: [],
	},
	{
		id: 'platform.admins.read',
		description: 'See platform staff and their roles',
		defaultRoles: [],
	},
	{
		id: 'platform.admins.manage',
		description: 'Grant and revoke platform roles',
		defaultRoles: [],
	},
	{
		id: 'platform.roles.manage',
		description: "Change a role's permissions",
		defaultRoles: [],
	},
	{
		id: 'platform.billing.read',
		description: 'See revenue and subscriptions',
		defaultRoles: [ 'billing_admin' ],
	},
];

export function isCataloguedPermission( id: string ): boolean {
	return PERMISSION_CATALOG.some( ( permission ) => permission.id === id );
}
