/**
 * What the operators' probes report: readiness of the database, Redis and the job queue,
 * and the OpenAPI document of the whole route table (served by areas/system/).
 */
import { AppError } from '../../platform/errors';
import type { ReadinessReport } from '../../platform/readiness';

export interface SystemServiceDeps {
	checkDatabase: () => Promise< void >;
	openApi: () => unknown;
	isShuttingDown: () => boolean;
	/** Redis and job-queue state (platform/readiness.ts); without it only the database is checked. */
	checkDependencies?: () => Promise< ReadinessReport >;
}

export function createSystemService( deps: SystemServiceDeps ) {
	return {
		/**
		 * The state of each dependency when the process is ready; a 503 AppError (with that
		 * state in its details) while shutting down, or when the database or Redis is down.
		 */
		async readiness() {
			if ( deps.isShuttingDown() ) {
				throw new AppError(
					503,
					'shutting_down',
					'The sidecar is shutting down.'
				);
			}
			const [ database, others ] = await Promise.all( [
				deps.checkDatabase().then(
					() => 'up' as const,
					() => 'down' as const
				),
				deps.checkDependencies?.() ??
					Promise.resolve< ReadinessReport >( {
						redis: 'not_configured',
						queue: { kind: 'in_process', depth: null },
					} ),
			] );
			const report = { database, ...others };
			if ( database === 'down' ) {
				throw new AppError(
					503,
					'database_unavailable',
					'The database does not answer.',
					report
				);
			}
			if ( others.redis === 'down' ) {
				throw new AppError(
					503,
					'redis_unavailable',
					'Redis does not answer: jobs, live events and shared rate limits wait for it.',
					report
				);
			}
			return report;
		},
		openApi: deps.openApi,
	};
}

export type SystemService = ReturnType< typeof createSystemService >;
