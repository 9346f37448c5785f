/**
 * The organization area (`/api/org/:orgId/*`, ADR 0014): the pages an organization's team
 * sees, declared over the domain services they show (ADR 0026).
 */
import type { AnyRoute } from '../../platform/http';
import { orgAreaRoutes, type OrgAreaDeps } from '../../modules/orgs/org-routes';

export function orgArea( deps: OrgAreaDeps ): AnyRoute[] {
	return orgAreaRoutes( deps );
}
