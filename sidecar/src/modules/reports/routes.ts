import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { ReportsService } from './service';

const figures = z.object( {
	messages: z.number(),
	conversations: z.number(),
	widgetLoads: z.number(),
	errors: z.number(),
	errorRate: z.number().nullable(),
	originRejections: z.number(),
	retries: z.number(),
	retrySuccessRate: z.number().nullable(),
	aiCostMicros: z.number(),
} );

const reportShape = z.object( {
	id: z.string(),
	scopeKey: z.string(),
	scopeName: z.string(),
	organizationId: z.string().nullable(),
	day: z.string(),
	figures,
	previous: figures,
	createdAt: z.string(),
} );

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
			responses: { 200: z.object( { reports: z.array( reportShape ) } ) },
			handler: async ( { query } ) => ( {
				body: {
					reports: await reports.list( {
						scopeKey: query.scope,
						limit: query.limit,
					} ),
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
				200: z.object( { report: reportShape } ),
				404: 'No such report',
			},
			handler: async ( { params } ) => ( {
				body: { report: await reports.get( params.id ) },
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
				200: z.object( { produced: z.number() } ),
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
