import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { ReadinessReport } from '../../platform/readiness';

const dependencyState = z.enum( [ 'up', 'down', 'not_configured' ] );

export function systemRoutes( deps: {
	checkDatabase: () => Promise< void >;
	openApi: () => unknown;
	isShuttingDown: () => boolean;
	/** Redis and job-queue state (platform/readiness.ts); without it only the database is checked. */
	checkDependencies?: () => Promise< ReadinessReport >;
} ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/healthz',
			summary: 'Liveness: the process answers',
			tag: 'system',
			auth: 'public',
			permission: null,
			schema: {},
			responses: { 200: z.object( { status: z.literal( 'ok' ) } ) },
			handler: () => ( { body: { status: 'ok' } } ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/readyz',
			summary:
				'Readiness: the database (and Redis, when configured) answer and the process is not shutting down; reports the job queue',
			tag: 'system',
			auth: 'public',
			permission: null,
			schema: {},
			responses: {
				200: z.object( {
					status: z.literal( 'ready' ),
					database: dependencyState,
					redis: dependencyState,
					queue: z.object( {
						kind: z.enum( [ 'bullmq', 'in_process' ] ),
						depth: z.number().int().nullable(),
					} ),
				} ),
				503: 'Not ready: error.details names the database, Redis and queue state',
			},
			handler: async () => {
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
				return { body: { status: 'ready' as const, ...report } };
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/openapi.json',
			summary: 'This API as an OpenAPI 3.1 document',
			tag: 'system',
			auth: 'public',
			permission: null,
			schema: {},
			responses: { 200: 'OpenAPI document' },
			handler: () => ( { body: deps.openApi() } ),
		} ),
	];
}
