/**
 * Prometheus metrics (prom-client): request latency by route template, method and status
 * class; error answers; job queue depth, job runs by name and outcome and their duration;
 * widget events ingested; plus the process
 * defaults. One registry per app (not the library's global one), so several apps in one
 * test process do not collide. Served at GET /metrics behind OMNIOPS_METRICS_TOKEN
 * (docs/contracts.md "Metrics").
 */
import type { NextFunction, Request, Response } from 'express';
import client from 'prom-client';
import { z } from 'zod';
import { safeEqual } from './crypto';
import { NotFoundError, UnauthorizedError } from './errors';
import { defineRoute, type AnyRoute } from './http';

export const METRICS_CONTENT_TYPE = client.Registry.PROMETHEUS_CONTENT_TYPE;

/** Where a request went, as a template: never the raw path (ids would explode the label set). */
function routeLabel( req: Request ): string {
	const route = ( req as Request & { route?: { path?: unknown } } ).route;
	if ( route && typeof route.path === 'string' ) {
		return route.path;
	}
	if ( req.path.startsWith( '/owner/assets/' ) ) {
		return '/owner/assets';
	}
	if ( req.path.startsWith( '/widget/assets/' ) ) {
		return '/widget/assets';
	}
	return 'unmatched';
}

export function createMetrics( options: { queueDepth: () => number } ) {
	const registry = new client.Registry();
	client.collectDefaultMetrics( { register: registry, prefix: 'omniops_' } );
	const latency = new client.Histogram( {
		name: 'omniops_http_request_duration_seconds',
		help: 'HTTP request latency by route template, method and status class',
		labelNames: [ 'route', 'method', 'status_class' ] as const,
		buckets: [ 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 ],
		registers: [ registry ],
	} );
	const errors = new client.Counter( {
		name: 'omniops_http_errors_total',
		help: 'HTTP answers with a 4xx or 5xx status, by route template, method and status class',
		labelNames: [ 'route', 'method', 'status_class' ] as const,
		registers: [ registry ],
	} );
	new client.Gauge( {
		name: 'omniops_job_queue_depth',
		help: 'Jobs waiting or running in the job queue',
		registers: [ registry ],
		collect() {
			this.set( options.queueDepth() );
		},
	} );
	const jobRuns = new client.Counter( {
		name: 'omniops_jobs_total',
		help: 'Job runs on this instance, by job name and outcome (completed or failed)',
		labelNames: [ 'job', 'outcome' ] as const,
		registers: [ registry ],
	} );
	const jobDuration = new client.Histogram( {
		name: 'omniops_job_duration_seconds',
		help: 'How long job runs took on this instance, by job name',
		labelNames: [ 'job' ] as const,
		buckets: [ 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300 ],
		registers: [ registry ],
	} );
	const widgetEvents = new client.Counter( {
		name: 'omniops_widget_events_ingested_total',
		help: 'Widget telemetry events accepted, by type',
		labelNames: [ 'type' ] as const,
		registers: [ registry ],
	} );

	return {
		/** Times every request; labels are set when the answer is finished. */
		middleware( req: Request, res: Response, next: NextFunction ): void {
			const stop = latency.startTimer();
			res.on( 'finish', () => {
				const labels = {
					route: routeLabel( req ),
					method: req.method,
					status_class: `${ Math.floor( res.statusCode / 100 ) }xx`,
				};
				stop( labels );
				if ( res.statusCode >= 400 ) {
					errors.inc( labels );
				}
			} );
			next();
		},
		/** One finished job run (platform/index.ts wraps every registered handler). */
		countJobRun(
			job: string,
			outcome: 'completed' | 'failed',
			seconds: number
		): void {
			jobRuns.inc( { job, outcome } );
			jobDuration.observe( { job }, seconds );
		},
		countWidgetEvents( types: readonly string[] ): void {
			for ( const type of types ) {
				widgetEvents.inc( { type } );
			}
		},
		/** Counts a stored beacon by its events per type (the widget-events module's ingest listener). */
		countWidgetEventsByType( counts: Record< string, number > ): void {
			for ( const [ type, count ] of Object.entries( counts ) ) {
				widgetEvents.inc( { type }, count );
			}
		},
		render: () => registry.metrics(),
	};
}

export type Metrics = ReturnType< typeof createMetrics >;

/**
 * GET /metrics. Without OMNIOPS_METRICS_TOKEN the endpoint does not exist (404, like any
 * unknown path); with it, a request without `Authorization: Bearer <token>` gets 401.
 *
 * @param metrics The metrics.
 * @param token   The configured token, or null.
 */
export function metricsRoute(
	metrics: Metrics,
	token: string | null
): AnyRoute {
	return defineRoute( {
		method: 'get',
		path: '/metrics',
		summary:
			'Prometheus metrics (text format); Authorization: Bearer OMNIOPS_METRICS_TOKEN',
		tag: 'system',
		auth: 'public',
		permission: null,
		schema: {},
		responses: {
			200: z.string(),
			401: 'Missing or wrong token',
			404: 'Metrics are off (no OMNIOPS_METRICS_TOKEN)',
		},
		handler: async ( { context } ) => {
			if ( ! token ) {
				throw new NotFoundError( 'No route for GET /metrics.' );
			}
			const match = /^Bearer\s+(\S+)$/.exec(
				context.headers.authorization ?? ''
			);
			if ( ! match?.[ 1 ] || ! safeEqual( match[ 1 ], token ) ) {
				throw new UnauthorizedError(
					'A valid metrics token is required.'
				);
			}
			return {
				headers: { 'Cache-Control': 'no-store' },
				contentType: METRICS_CONTENT_TYPE,
				body: await metrics.render(),
			};
		},
	} );
}
