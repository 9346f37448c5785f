import type { SetupStatus } from '../types';
import { useApiResource, type ResourceResult } from './useApiResource';

/** Whether the installation still needs its first platform owner. */
export type UseSetupStatusResult = ResourceResult< SetupStatus >;

/**
 * Loads `GET /api/auth/setup-status`.
 */
export function useSetupStatus(): UseSetupStatusResult {
	const { data, error, loading, retry } = useApiResource(
		'setup-status',
		( api, signal ) => api.getSetupStatus( signal )
	);
	return { data, error, loading, retry };
}
