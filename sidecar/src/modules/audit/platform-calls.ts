import type { AnyRoute } from '../../platform/http';
import type { AuditEntry } from './service';

/**
 * The audit entry for a platform route call recorded by the route layer: the route's own
 * action name if it gives one, else `GET /api/owner/organizations/:id`; the resource type is
 * the first path segment after /api/owner (organizations, sites, audit-log …) and the
 * resource id the route's `:id` (or first) parameter.
 * @param route
 * @param params
 */
export function platformCallEntry(
	route: AnyRoute,
	params: Record< string, unknown >
): AuditEntry {
	const declared = typeof route.audit === 'object' ? route.audit : undefined;
	const segment =
		/^\/api\/owner\/([^/]+)/.exec( route.path )?.[ 1 ] ?? 'platform';
	const firstParam = Object.values( params ).find(
		( value ) => typeof value === 'string'
	);
	const resourceId = (
		typeof params.id === 'string' ? params.id : firstParam
	) as string | undefined;
	return {
		action:
			declared?.action ??
			`${ route.method.toUpperCase() } ${ route.path }`,
		resourceType: declared?.resourceType ?? segment,
		resourceId: resourceId ?? null,
		details: Object.keys( params ).length > 0 ? { params } : {},
	};
}
