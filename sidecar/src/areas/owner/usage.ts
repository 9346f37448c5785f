import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { OrgsService } from '../../modules/orgs/service';
import type { UsageService } from '../../modules/usage/service';
import {
	modelPriceSchema,
	monthUsageSchema,
	priceTableSchema,
	type MonthUsage,
	type PriceTable,
} from '../../../../contracts/ai-usage';

const orgParams = z.object( { id: z.uuid( 'Not a valid organization id.' ) } );

/** Platform owner: LLM usage and cost of an organization this month, and the price table. */
export function usageRoutes(
	usage: UsageService,
	orgs: Pick< OrgsService, 'get' >
): AnyRoute[] {
	const toUsd = ( micros: number ) => micros / 1_000_000;
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/organizations/:id/usage',
			summary:
				"This month's LLM tokens and cost per site, model and outcome (fallbacks included)",
			tag: 'usage',
			auth: 'platform',
			permission: 'platform.organizations.read',
			schema: { params: orgParams },
			responses: {
				200: monthUsageSchema,
				404: 'No such organization',
			},
			handler: async ( { params } ) => {
				const organization = await orgs.get( params.id );
				const summary = await usage.monthSummary( organization.id );
				return {
					body: {
						since: summary.since,
						spentUsd: toUsd( summary.spentMicros ),
						rows: summary.rows.map(
							( { costMicros: cost, ...row } ) => ( {
								...row,
								costUsd: toUsd( cost ),
							} )
						),
					} satisfies MonthUsage,
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/usage/prices',
			summary: 'The LLM price table (USD per million tokens, by model)',
			tag: 'usage',
			auth: 'platform',
			permission: 'platform.organizations.read',
			schema: {},
			responses: { 200: priceTableSchema },
			handler: async () => ( {
				body: {
					prices: ( await usage.prices() ).map( ( p ) => ( {
						model: p.model,
						inputUsdPerMtok: toUsd( p.inputMicrosPerMtok ),
						outputUsdPerMtok: toUsd( p.outputMicrosPerMtok ),
					} ) ),
				} satisfies PriceTable,
			} ),
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/owner/usage/prices',
			summary:
				"Set one model's price (USD per million input / output tokens)",
			tag: 'usage',
			auth: 'platform',
			permission: 'platform.organizations.manage',
			schema: { body: modelPriceSchema },
			responses: { 200: modelPriceSchema },
			handler: async ( { body } ) => {
				await usage.savePrice( {
					model: body.model,
					inputMicrosPerMtok: Math.round(
						body.inputUsdPerMtok * 1_000_000
					),
					outputMicrosPerMtok: Math.round(
						body.outputUsdPerMtok * 1_000_000
					),
				} );
				return { body };
			},
		} ),
	];
}
