/**
 * The platform owner's area (`/api/owner/*`): pages over several modules' services
 * (ADR 0026). Roles and staff accounts need both rbac and auth; organization access
 * (impersonation, first invitations) needs the orgs module's access and members.
 */
import type { AnyRoute } from '../../platform/http';
import type { AuthService } from '../../modules/auth/service';
import type { OrgAccessService } from '../../modules/orgs/access';
import type { MembersService } from '../../modules/orgs/members';
import { rbacRoutes } from '../../modules/rbac/routes';
import type { RbacService } from '../../modules/rbac/service';
import { organizationAccessRoutes } from './organization-access';

export function ownerRolesArea( deps: {
	rbac: RbacService;
	auth: AuthService;
} ): AnyRoute[] {
	return rbacRoutes( deps.rbac, deps.auth );
}

export function ownerOrganizationAccessArea( deps: {
	access: OrgAccessService;
	members: MembersService;
} ): AnyRoute[] {
	return organizationAccessRoutes( deps );
}
