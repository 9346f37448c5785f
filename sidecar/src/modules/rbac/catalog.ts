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
		id: 'platform.organizations.impersonate',
		description:
			"View an organization's dashboard as its admin for a limited time (audited; no billing or member changes)",
		defaultRoles: [ 'platform_admin', 'support_admin' ],
	},
	{
		id: 'platform.billing.read',
		description: 'See revenue and subscriptions',
		defaultRoles: [ 'billing_admin' ],
	},
	{
		id: 'platform.billing.manage',
		description: "Record a site's plan, subscription status and period end",
		defaultRoles: [ 'billing_admin' ],
	},
	{
		id: 'platform.alerts.read',
		description:
			'See alert rules, incidents, channels and the delivery log',
		defaultRoles: [ 'platform_admin', 'support_admin' ],
	},
	{
		id: 'platform.alerts.manage',
		description:
			'Edit alert rules and channels, send tests, evaluate and produce reports now',
		defaultRoles: [ 'platform_admin' ],
	},
	{
		id: 'platform.reports.read',
		description: 'Read the daily health reports',
		defaultRoles: [ 'platform_admin', 'support_admin' ],
	},
];

/** Roles inside one organization; stored in `roles` as `org_<role>` with scope `organization`. */
export const ORG_ROLES = [ 'owner', 'admin', 'agent', 'viewer' ] as const;
export type OrgRole = ( typeof ORG_ROLES )[ number ];

export const orgRoleId = ( role: OrgRole ) => `org_${ role }`;

export interface OrgPermissionDefinition {
	id: string;
	description: string;
	/** Org roles granted this permission when it first appears (no platform role holds `org.*`). */
	defaultRoles: OrgRole[];
}

/**
 * Permissions of the organization area (`/api/org/*`). A member's permissions are those of
 * their org role, read from role_permissions on every request. Platform staff reach this
 * area only through an impersonation grant (see IMPERSONATION_WITHHELD).
 */
export const ORG_PERMISSION_CATALOG: readonly OrgPermissionDefinition[] = [
	{
		id: 'org.overview.read',
		description: "See the organization's sites and connect tokens",
		defaultRoles: [ 'owner', 'admin', 'agent', 'viewer' ],
	},
	{
		id: 'org.sites.manage',
		description: 'Create connect tokens for new sites',
		defaultRoles: [ 'owner', 'admin' ],
	},
	{
		id: 'org.members.read',
		description: 'See members and pending invitations',
		defaultRoles: [ 'owner', 'admin', 'agent', 'viewer' ],
	},
	{
		id: 'org.members.manage',
		description:
			'Invite, change roles of and remove members (owners only by owners)',
		defaultRoles: [ 'owner', 'admin' ],
	},
	{
		id: 'org.settings.read',
		description: "See the organization's settings",
		defaultRoles: [ 'owner', 'admin' ],
	},
	{
		id: 'org.settings.manage',
		description: 'Change the name and MFA enforcement',
		defaultRoles: [ 'owner', 'admin' ],
	},
	{
		id: 'org.conversations.read',
		description: 'Read conversations with shoppers',
		defaultRoles: [ 'owner', 'admin', 'agent' ],
	},
	{
		id: 'org.billing.manage',
		description: 'Change the subscription and payment details',
		defaultRoles: [ 'owner' ],
	},
];

/** What an impersonating platform user never holds, whatever the admin role allows. */
export const IMPERSONATION_WITHHELD: readonly string[] = [
	'org.members.manage',
	'org.billing.manage',
];

export function isCataloguedPermission( id: string ): boolean {
	return (
		PERMISSION_CATALOG.some( ( permission ) => permission.id === id ) ||
		ORG_PERMISSION_CATALOG.some( ( permission ) => permission.id === id )
	);
}
