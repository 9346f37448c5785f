/**
 * Daily health reports as /owner/reports shows them (routes in sidecar/src/modules/reports;
 * their shapes are contracts/reports.ts).
 */
import type {
	DayFigures,
	OneReport,
	ReportList,
	ReportsProduced,
} from '../../../contracts/reports';
import type { ApiClient } from '../../api';

export type { DailyReport, DayFigures } from '../../../contracts/reports';

export const FIGURES: Array< { key: keyof DayFigures; label: string } > = [
	{ key: 'messages', label: 'Messages received' },
	{ key: 'conversations', label: 'Conversations started' },
	{ key: 'widgetLoads', label: 'Widget loads' },
	{ key: 'errors', label: 'Widget errors' },
	{ key: 'errorRate', label: 'Error rate' },
	{ key: 'originRejections', label: 'Origin rejections' },
	{ key: 'retrySuccessRate', label: 'Retry success rate' },
	{ key: 'aiCostMicros', label: 'AI cost' },
];

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

/** The change against the day before, in words a screen reader reads well. */
export function formatChange(
	key: keyof DayFigures,
	value: number | null,
	before: number | null
): string {
	if ( value === null || before === null ) {
		return 'no comparison';
	}
	const delta = value - before;
	if ( delta === 0 ) {
		return 'no change';
	}
	return `${ delta > 0 ? 'up' : 'down' } ${ formatFigure( key, Math.abs( delta ) ) }`;
}

export const listReports = ( api: ApiClient, signal: AbortSignal ) =>
	api
		.request< ReportList >( 'GET', '/api/owner/reports', {
			signal,
		} )
		.then( ( body ) => body.reports );

export const getReport = ( api: ApiClient, id: string, signal: AbortSignal ) =>
	api
		.request< OneReport >(
			'GET',
			`/api/owner/reports/${ encodeURIComponent( id ) }`,
			{ signal }
		)
		.then( ( body ) => body.report );

export const produceReports = ( api: ApiClient ) =>
	api.request< ReportsProduced >( 'POST', '/api/owner/reports/run', {
		body: {},
	} );
