/**
 * Daily health reports (`/api/owner/reports*`): the response bodies the route table documents
 * (sidecar/src/areas/owner/reports.ts) and /owner/reports reads as types (ADR 0032).
 */
import { z } from 'zod';

/**
 * One UTC day's key figures of a scope (the platform or an organization). Rates are
 * fractions, null when there was nothing to divide.
 */
export const dayFiguresSchema = z.object( {
	messages: z.number(),
	conversations: z.number(),
	widgetLoads: z.number(),
	errors: z.number(),
	errorRate: z.number().nullable(),
	originRejections: z.number(),
	retries: z.number(),
	retrySuccessRate: z.number().nullable(),
	/** LLM cost in millionths of a US dollar. */
	aiCostMicros: z.number(),
} );
export type DayFigures = z.infer< typeof dayFiguresSchema >;

export const dailyReportSchema = z.object( {
	id: z.string(),
	scopeKey: z.string(),
	scopeName: z.string(),
	organizationId: z.string().nullable(),
	day: z.string(),
	figures: dayFiguresSchema,
	previous: dayFiguresSchema,
	createdAt: z.string(),
} );
export type DailyReport = z.infer< typeof dailyReportSchema >;

export const reportListSchema = z.object( {
	reports: z.array( dailyReportSchema ),
} );
export type ReportList = z.infer< typeof reportListSchema >;

export const oneReportSchema = z.object( { report: dailyReportSchema } );
export type OneReport = z.infer< typeof oneReportSchema >;

export const reportsProducedSchema = z.object( { produced: z.number() } );
export type ReportsProduced = z.infer< typeof reportsProducedSchema >;
