/**
 * A daily report's figures as people read them: their labels, in order, and how a value is
 * written. The report e-mail (sidecar/src/modules/reports/service.ts) and the dashboard's
 * report screens (dashboard-src/screens/reports) both write them so. Plain TypeScript, no
 * zod: browser apps may import it as a value (ADR 0032).
 */
import type { DayFigures } from '../reports';

/** The figures a report shows, in order, with their labels. */
export const REPORT_FIGURES: ReadonlyArray< {
	key: keyof DayFigures;
	label: string;
} > = [
	{ key: 'messages', label: 'Messages received' },
	{ key: 'conversations', label: 'Conversations started' },
	{ key: 'widgetLoads', label: 'Widget loads' },
	{ key: 'errors', label: 'Widget errors' },
	{ key: 'errorRate', label: 'Error rate' },
	{ key: 'originRejections', label: 'Origin rejections' },
	{ key: 'retrySuccessRate', label: 'Retry success rate' },
	{ key: 'aiCostMicros', label: 'AI cost' },
];

/**
 * One figure as it is written: rates as percentages with one decimal, the AI cost in dollars
 * with four, counts as they are; a missing value is a dash.
 *
 * @param key   Which figure.
 * @param value Its value, or null where there is none.
 */
export function formatFigure(
	key: keyof DayFigures,
	value: number | null
): string {
	if ( value === null ) {
		return '—';
	}
	if ( key === 'errorRate' || key === 'retrySuccessRate' ) {
		return `${ Math.round( value * 1000 ) / 10 }%`;
	}
	if ( key === 'aiCostMicros' ) {
		return `$${ ( value / 1_000_000 ).toFixed( 4 ) }`;
	}
	return String( value );
}
