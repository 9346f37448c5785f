/**
 * The system module: liveness, readiness and the OpenAPI document (ADR 0026).
 */
import { pingDatabase, type Db } from '../../db';
import type { AnyRoute } from '../../platform/http';
import { buildOpenApiDocument } from '../../platform/openapi';
import { systemRoutes } from './routes';

export function createSystemModule( deps: {
	db: Db;
	publicUrl: string;
	version: string;
	/** Every route of the app, for the OpenAPI document (filled after all modules are built). */
	routes: readonly AnyRoute[];
} ) {
	let shuttingDown = false;
	return {
		routes: systemRoutes( {
			checkDatabase: () => pingDatabase( deps.db ),
			openApi: () =>
				buildOpenApiDocument(
					deps.routes,
					deps.publicUrl,
					deps.version
				),
			isShuttingDown: () => shuttingDown,
		} ),
		/** /readyz answers 503 from now on. */
		beginShutdown(): void {
			shuttingDown = true;
		},
	};
}
