import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { ReportsService } from '../../modules/reports/service';
import {
	oneReportSchema,
	reportListSchema,
	reportsProducedSchema,
	type DailyReport,
} from '../../../../contracts/reports';

/** Daily health reports (platform staff, /owner/reports). */
export function reportRoutes( reports: ReportsService ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/reports',
			summary:
				'Daily health reports, newest day first (scope: platform or an organization id)',
			tag: 'reports',
			auth: 'platform',
			permission: 'platform.reports.read',
			schema: {
				query: z.strictObject( {
					scope: z
						.union( [ z.literal( 'platform' ), z.uuid() ] )
						.optional(),
					limit: z.coerce
						.number()
						.int()
						.min( 1 )
						.max( 500 )
						.optional(),
				} ),
			},
			responses: { 200: reportListSchema },
			handler: async ( { query } ) => ( {
				body: {
					reports: ( await reports.list( {
						scopeKey: query.scope,
						limit: query.limit,
					} ) ) satisfies DailyReport[],
				},
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/reports/:id',
			summary: 'One daily health report with the previous day’s figures',
			tag: 'reports',
			auth: 'platform',
			permission: 'platform.reports.read',
			schema: { params: z.object( { id: z.uuid() } ) },
			responses: {
				200: oneReportSchema,
				404: 'No such report',
			},
			handler: async ( { params } ) => ( {
				body: {
					report: ( await reports.get(
						params.id
					) ) satisfies DailyReport,
				},
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/owner/reports/run',
			summary:
				"Produce a day's reports now (default yesterday; scopes that have one are kept)",
			tag: 'reports',
			auth: 'platform',
			permission: 'platform.alerts.manage',
			schema: {
				body: z.strictObject( {
					day: z.iso.date().optional(),
				} ),
			},
			responses: {
				200: reportsProducedSchema,
				400: 'Invalid day, or a day that has not ended',
			},
			handler: async ( { body } ) => ( {
				body: {
					produced: ( await reports.produceNow( body.day ) ).length,
				},
			} ),
		} ),
	];
}
