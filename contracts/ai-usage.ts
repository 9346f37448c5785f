/**
 * AI usage and cost: the owner's report (`GET /api/owner/telemetry/usage`, declared in
 * sidecar/src/areas/widget-health.ts, read by the dashboard's cost page) and a site's month
 * (`GET /api/site/usage`, sidecar/src/areas/site/usage.ts, read by the wp-admin AI
 * provider panel through the plugin). Browser apps take them as types (ADR 0032).
 */
import { z } from 'zod';

export const USAGE_GROUPINGS = [
	'day',
	'organization',
	'site',
	'model',
] as const;
export type UsageGrouping = ( typeof USAGE_GROUPINGS )[ number ];

const usageFigures = {
	shopperMessages: z.number(),
	replies: z.number(),
	conversations: z.number(),
	resolvedConversations: z.number(),
	llmAnswers: z.number(),
	fallbacks: z.number(),
	embeddedAnswers: z.number(),
	embeddedShare: z.number().nullable(),
	inputTokens: z.number(),
	outputTokens: z.number(),
	costMicros: z.number(),
	costPerResolvedMicros: z.number().nullable(),
};

export const usageFiguresSchema = z.object( usageFigures );
export type UsageFigures = z.infer< typeof usageFiguresSchema >;

export const usageRowSchema = z.object( {
	key: z.string(),
	label: z.string(),
	...usageFigures,
} );
export type UsageRow = z.infer< typeof usageRowSchema >;

export const usageReportSchema = z.object( {
	from: z.string(),
	to: z.string(),
	groupBy: z.enum( USAGE_GROUPINGS ),
	rows: z.array( usageRowSchema ),
	totals: usageFiguresSchema,
} );
export type UsageReport = z.infer< typeof usageReportSchema >;

/** This month's LLM tokens and cost of a site's organization. */
export const siteUsageSchema = z.object( {
	since: z.string(),
	spentUsd: z.number(),
	inputTokens: z.number(),
	outputTokens: z.number(),
	fallbacks: z.number(),
} );
export type SiteUsage = z.infer< typeof siteUsageSchema >;
