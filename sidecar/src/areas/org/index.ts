/**
 * The organization area (`/api/org/*`, ADR 0014): the pages an organization's team sees,
 * declared over the domain services they show (ADR 0026). Entry and invitation links
 * first, then the team pages, then conversations.
 */
import type { AnyRoute } from '../../platform/http';
import { conversationRoutes } from './conversations';
import { entryRoutes } from './entry';
import { teamRoutes, type OrgAreaDeps } from './routes';

export function orgArea( deps: OrgAreaDeps ): AnyRoute[] {
	return [
		...entryRoutes( deps ),
		...teamRoutes( deps ),
		...conversationRoutes( deps ),
	];
}
