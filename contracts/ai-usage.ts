/**
 * AI usage and cost: the owner's report (`GET /api/owner/telemetry/usage`, declared in
 * sidecar/src/areas/widget-health.ts, read by the dashboard's cost page), an organization's
 * month and the price table (`/api/owner/organizations/:id/usage`, `/api/owner/usage/prices`,
 * sidecar/src/areas/owner/usage.ts, read by the dashboard's AI provider panel) and a site's
 * month (`GET /api/site/usage`, sidecar/src/areas/site/usage.ts, read by the wp-admin AI
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
	/** Embedded answers ÷ replies; null without replies. */
	embeddedShare: z.number().nullable(),
	inputTokens: z.number(),
	outputTokens: z.number(),
	costMicros: z.number(),
	/** Null without resolved conversations. */
	costPerResolvedMicros: z.number().nullable(),
};

export const usageFiguresSchema = z.object( usageFigures );
export type UsageFigures = z.infer< typeof usageFiguresSchema >;

export const usageRowSchema = z.object( {
	/** Day (YYYY-MM-DD), organization id, site id or model name. */
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

/** One group of an organization's month: calls, tokens and cost per site, model and outcome. */
export const monthUsageRowSchema = z.object( {
	siteId: z.string(),
	model: z.string(),
	outcome: z.enum( [ 'answered', 'fallback' ] ),
	calls: z.number(),
	inputTokens: z.number(),
	outputTokens: z.number(),
	costUsd: z.number(),
} );
export type MonthUsageRow = z.infer< typeof monthUsageRowSchema >;

/** This month's LLM tokens and cost of an organization (fallbacks included). */
export const monthUsageSchema = z.object( {
	since: z.string(),
	spentUsd: z.number(),
	rows: z.array( monthUsageRowSchema ),
} );
export type MonthUsage = z.infer< typeof monthUsageSchema >;

/** One model's price in USD per million tokens: a row of the price table and the body that sets it. */
export const modelPriceSchema = z.strictObject( {
	model: z.string().min( 1 ).max( 200 ),
	inputUsdPerMtok: z.number().min( 0 ).max( 10_000 ),
	outputUsdPerMtok: z.number().min( 0 ).max( 10_000 ),
} );
export type ModelPrice = z.infer< typeof modelPriceSchema >;

export const priceTableSchema = z.object( {
	prices: z.array( modelPriceSchema ),
} );
export type PriceTable = z.infer< typeof priceTableSchema >;
