import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { defineRoute, type AnyRoute } from '../../platform/http';

export function systemRoutes( deps: {
	checkDatabase: () => Promise< void >;
	openApi: () => unknown;
	isShuttingDown: () => boolean;
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
				'Readiness: the database answers and the process is not shutting down',
			tag: 'system',
			auth: 'public',
			permission: null,
			schema: {},
			responses: {
				200: z.object( { status: z.literal( 'ready' ) } ),
				503: 'Not ready',
			},
			handler: async () => {
				if ( deps.isShuttingDown() ) {
					throw new AppError(
						503,
						'shutting_down',
						'The sidecar is shutting down.'
					);
				}
				try {
					await deps.checkDatabase();
				} catch {
					throw new AppError(
						503,
						'database_unavailable',
						'The database does not answer.'
					);
				}
				return { body: { status: 'ready' } };
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
