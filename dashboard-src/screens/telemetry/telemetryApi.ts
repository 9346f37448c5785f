/**
 * The AI usage and cost report as /owner/telemetry shows it (GET /api/owner/telemetry/usage;
 * its shapes are contracts/ai-usage.ts).
 */
import type { UsageGrouping, UsageReport } from '../../../contracts/ai-usage';
import type { ApiClient } from '../../api';

export type {
	UsageFigures,
	UsageGrouping,
	UsageReport,
	UsageRow,
} from '../../../contracts/ai-usage';

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
