/**
 * The platform owner's area (`/api/owner/*`): pages over several modules' services
 * (ADR 0026). Roles and staff accounts need both rbac and auth, so they are declared here.
 */
import type { AnyRoute } from '../../platform/http';
import type { AuthService } from '../../modules/auth/service';
import { rbacRoutes } from '../../modules/rbac/routes';
import type { RbacService } from '../../modules/rbac/service';

export function ownerRolesArea( deps: {
	rbac: RbacService;
	auth: AuthService;
} ): AnyRoute[] {
	return rbacRoutes( deps.rbac, deps.auth );
}
