/**
 * The system module: readiness and the OpenAPI document, for the operators' endpoints of
 * areas/system/ (ADR 0026).
 */
import { pingDatabase, type Db } from '../../db';
import type { AnyRoute } from '../../platform/http';
import type { JobQueue } from '../../platform/jobs';
import { buildOpenApiDocument } from '../../platform/openapi';
import { createReadinessProbe } from '../../platform/readiness';
import { createSystemService } from './service';

export function createSystemModule( deps: {
	db: Db;
	publicUrl: string;
	version: string;
	/** Every route of the app, for the OpenAPI document (filled after all modules are built). */
	routes: readonly AnyRoute[];
	/** For /readyz: Redis (when configured) and the job queue's kind and depth. */
	redisUrl?: string | null;
	queue?: JobQueue;
} ) {
	let shuttingDown = false;
	const readiness = deps.queue
		? createReadinessProbe( {
				redisUrl: deps.redisUrl ?? null,
				queue: deps.queue,
			} )
		: null;
	return {
		system: createSystemService( {
			checkDatabase: () => pingDatabase( deps.db ),
			openApi: () =>
				buildOpenApiDocument(
					deps.routes,
					deps.publicUrl,
					deps.version
				),
			isShuttingDown: () => shuttingDown,
			checkDependencies: readiness ? () => readiness.check() : undefined,
		} ),
		/** /readyz answers 503 from now on. */
		beginShutdown(): void {
			shuttingDown = true;
			void readiness?.close();
		},
	};
}
