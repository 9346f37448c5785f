/**
 * The operators' and tools' endpoints: liveness, readiness and the OpenAPI document, over
 * the system module's service (`/metrics` is the platform's, platform/metrics.ts).
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { SystemService } from '../../modules/system/service';

const dependencyState = z.enum( [ 'up', 'down', 'not_configured' ] );

export function systemArea( system: SystemService ): AnyRoute[] {
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
			handler: async () => ( {
				body: {
					status: 'ready' as const,
					...( await system.readiness() ),
				},
			} ),
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
			handler: () => ( { body: system.openApi() } ),
		} ),
	];
}
