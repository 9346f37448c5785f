/**
 * Widget health pages (`/api/owner/widget-health*`, `/api/org/:orgId/widget-health*`): the
 * response bodies the route table documents (sidecar/src/areas/widget-health.ts) and the
 * dashboard reads as types (ADR 0032).
 */
import { z } from 'zod';

/** The cards now: traffic, errors, origin rejections, latency, retries. */
export const liveCardsSchema = z.object( {
	at: z.string(),
	/** Shopper messages sent from widgets in the last 24 h, and the 24 h before. */
	messages24h: z.number(),
	messagesPrevious24h: z.number(),
	/** (last − previous) ÷ previous; null when the previous day had none. */
	messagesTrend: z.number().nullable(),
	activeSessions: z.number(),
	errorRate: z.number().nullable(),
	errorRateThreshold: z.number(),
	errorRateAlert: z.boolean(),
	originRejectionsLastHour: z.number(),
	originRejectionsThreshold: z.number(),
	possibleAttack: z.boolean(),
	loadTimeP50Ms: z.number().nullable(),
	loadTimeP95Ms: z.number().nullable(),
	firstMessageP50Ms: z.number().nullable(),
	retrySuccessRate: z.number().nullable(),
} );
export type LiveCards = z.infer< typeof liveCardsSchema >;

/** One widget error event as the recent-errors list shows it. */
export const widgetErrorSchema = z.object( {
	id: z.string(),
	type: z.string(),
	code: z.string(),
	message: z.string(),
	organizationId: z.string(),
	siteId: z.string(),
	siteUrl: z.string(),
	pageUrl: z.string(),
	browser: z.string(),
	occurredAt: z.string(),
} );
export type WidgetError = z.infer< typeof widgetErrorSchema >;

export const widgetErrorsSchema = z.object( {
	errors: z.array( widgetErrorSchema ),
} );

/** One error with its data and the retries around it. */
export const errorDetailsSchema = z.object( {
	error: widgetErrorSchema,
	data: z.record( z.string(), z.unknown() ),
	relatedRetries: z.array(
		z.object( {
			id: z.string(),
			kind: z.string(),
			ok: z.boolean(),
			occurredAt: z.string(),
		} )
	),
} );
export type ErrorDetails = z.infer< typeof errorDetailsSchema >;

/** The chart series: errors and retries by day, message types, latency by hour. */
export const healthChartsSchema = z.object( {
	from: z.string(),
	to: z.string(),
	days: z.array( z.string() ),
	errorsByDay: z.array(
		z.object( { day: z.string(), type: z.string(), count: z.number() } )
	),
	retriesByDay: z.array(
		z.object( {
			day: z.string(),
			ok: z.number(),
			failed: z.number(),
			successRate: z.number().nullable(),
		} )
	),
	messageTypes: z.array(
		z.object( { types: z.string(), count: z.number() } )
	),
	latencyByHour: z.array(
		z.object( {
			hour: z.string(),
			loadP50Ms: z.number().nullable(),
			loadP95Ms: z.number().nullable(),
			firstMessageP50Ms: z.number().nullable(),
			firstMessageP95Ms: z.number().nullable(),
		} )
	),
} );
export type HealthCharts = z.infer< typeof healthChartsSchema >;

/** One site's health over the last 24 hours (the drill-down list). */
export const siteHealthSchema = z.object( {
	siteId: z.string(),
	organizationId: z.string(),
	siteUrl: z.string(),
	widgetLoads: z.number(),
	messagesSent: z.number(),
	errors: z.number(),
	errorRate: z.number().nullable(),
	originRejections: z.number(),
	retrySuccessRate: z.number().nullable(),
	loadTimeP95Ms: z.number().nullable(),
} );
export type SiteHealth = z.infer< typeof siteHealthSchema >;

export const siteHealthListSchema = z.object( {
	sites: z.array( siteHealthSchema ),
} );
