import type { OrganizationDetail } from '../types';
import { useApiResource, type ResourceResult } from './useApiResource';

/** One organization with its sites and connect tokens. */
export type UseOrganizationResult = ResourceResult< OrganizationDetail >;

/**
 * Loads `GET /api/owner/organizations/:id`; a new `id` discards the previous
 * organization's data and any answer still on its way for it.
 *
 * @param id Organization id.
 */
export function useOrganization( id: string ): UseOrganizationResult {
	const { data, error, loading, retry } = useApiResource(
		`organization:${ id }`,
		( api, signal ) => api.getOrganization( id, signal )
	);
	return { data, error, loading, retry };
}
