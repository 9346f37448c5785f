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
import { formatFigure } from '../../../contracts/plain/report-figures';

export type { DailyReport, DayFigures } from '../../../contracts/reports';
export {
	REPORT_FIGURES as FIGURES,
	formatFigure,
} from '../../../contracts/plain/report-figures';

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
