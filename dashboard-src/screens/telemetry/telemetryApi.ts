/** The AI usage and cost report as /owner/telemetry shows it (GET /api/owner/telemetry/usage). */
import type { ApiClient } from '../../api';

export type UsageGrouping = 'day' | 'organization' | 'site' | 'model';

export interface UsageFigures {
	shopperMessages: number;
	replies: number;
	conversations: number;
	resolvedConversations: number;
	llmAnswers: number;
	fallbacks: number;
	embeddedAnswers: number;
	embeddedShare: number | null;
	inputTokens: number;
	outputTokens: number;
	costMicros: number;
	costPerResolvedMicros: number | null;
}

export interface UsageRow extends UsageFigures {
	key: string;
	label: string;
}

export interface UsageReport {
	from: string;
	to: string;
	groupBy: UsageGrouping;
	rows: UsageRow[];
	totals: UsageFigures;
}

export const getUsageReport = (
	api: ApiClient,
	range: { from: string; to: string; groupBy: UsageGrouping },
	signal: AbortSignal
) =>
	api.request< UsageReport >(
		'GET',
		`/api/owner/telemetry/usage?${ new URLSearchParams( range ).toString() }`,
		{ signal }
	);

/**
 * Dollars from millionths of a dollar, to the cent below one dollar's hundredth.
 *
 * @param micros Millionths of a US dollar, or null.
 */
export const dollars = ( micros: number | null ) =>
	micros === null ? '—' : `$${ ( micros / 1_000_000 ).toFixed( 4 ) }`;
