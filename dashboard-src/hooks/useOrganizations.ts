import type { OrganizationSummary } from '../types';
import { useApiResource, type ResourceResult } from './useApiResource';

/** The platform owner's organizations, as `GET /api/owner/organizations` lists them. */
export type UseOrganizationsResult = ResourceResult< OrganizationSummary[] >;

/**
 * Loads the organization list. Call `retry` to reload, e.g. after creating one.
 */
export function useOrganizations(): UseOrganizationsResult {
	const { data, error, loading, retry } = useApiResource(
		'organizations',
		( api, signal ) => api.listOrganizations( signal )
	);
	return { data, error, loading, retry };
}
