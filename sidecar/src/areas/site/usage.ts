/**
 * The wp-admin AI provider panel's figures (`/api/site/usage`, signed): this month's LLM
 * tokens and cost of the calling site's organization, over the usage service.
 */
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { UsageService } from '../../modules/usage/service';
import {
	siteUsageSchema,
	type SiteUsage,
} from '../../../../contracts/ai-usage';

export function usageRoutes( {
	usage,
}: {
	usage: Pick< UsageService, 'monthSummary' >;
} ): AnyRoute[] {
	const toUsd = ( micros: number ) => micros / 1_000_000;
	return [
		defineRoute( {
			method: 'get',
			path: '/api/site/usage',
			summary:
				"This month's LLM tokens and cost of the site's organization (for the wp-admin AI provider panel)",
			tag: 'site',
			auth: 'site',
			permission: null,
			schema: {},
			responses: { 200: siteUsageSchema },
			handler: async ( { principal } ) => {
				const summary = await usage.monthSummary(
					principal.organizationId
				);
				const total = ( key: 'inputTokens' | 'outputTokens' ) =>
					summary.rows.reduce( ( sum, row ) => sum + row[ key ], 0 );
				return {
					body: {
						since: summary.since,
						spentUsd: toUsd( summary.spentMicros ),
						inputTokens: total( 'inputTokens' ),
						outputTokens: total( 'outputTokens' ),
						fallbacks: summary.rows
							.filter( ( row ) => row.outcome === 'fallback' )
							.reduce( ( sum, row ) => sum + row.calls, 0 ),
					} satisfies SiteUsage,
				};
			},
		} ),
	];
}
