/**
 * Tokens and cost of LLM answers: recorded per organization, site, conversation and model,
 * priced from the configurable price table (per million tokens; unknown models cost 0 and
 * say so in the summary), summed per calendar month (UTC) against an organization's budget.
 */
import { newId } from '../../platform/crypto';
import type { ModelPrice, UsageEvent, UsageRepo } from './repo';

export function monthStart( at: Date ): string {
	return new Date(
		Date.UTC( at.getUTCFullYear(), at.getUTCMonth(), 1 )
	).toISOString();
}

export function costMicros(
	price: ModelPrice | undefined,
	inputTokens: number,
	outputTokens: number
): number {
	if ( ! price ) {
		return 0;
	}
	return Math.round(
		( inputTokens * price.inputMicrosPerMtok +
			outputTokens * price.outputMicrosPerMtok ) /
			1_000_000
	);
}

export function createUsageService( repo: UsageRepo, clock: () => Date ) {
	return {
		/** LLM cost in micro-dollars over a window, per organization or (null) platform-wide. */
		costBetween: (
			organizationId: string | null,
			from: string,
			to: string
		) => repo.spentBetween( organizationId, from, to ),
		/** Tokens, cost and calls per site, provider, model and outcome over a window (AI cost report). */
		totalsBySiteAndModel: ( from: string, to: string ) =>
			repo.totalsBySiteAndModel( from, to ),
		/** Records one LLM call (or a fallback) and returns its cost. */
		async record(
			event: Omit< UsageEvent, 'id' | 'createdAt' | 'costMicros' >
		): Promise< number > {
			const price = ( await repo.prices() ).find(
				( p ) => p.model === event.model
			);
			const cost = costMicros(
				price,
				event.inputTokens,
				event.outputTokens
			);
			await repo.insert( {
				...event,
				id: newId(),
				costMicros: cost,
				createdAt: clock().toISOString(),
			} );
			return cost;
		},

		/** Whether this month's spend has reached the budget (no budget: never). */
		async budgetExhausted(
			organizationId: string,
			monthlyBudgetMicros: number | null
		): Promise< boolean > {
			if ( monthlyBudgetMicros === null ) {
				return false;
			}
			return (
				( await repo.spentSince(
					organizationId,
					monthStart( clock() )
				) ) >= monthlyBudgetMicros
			);
		},

		async monthSummary( organizationId: string ) {
			const since = monthStart( clock() );
			return {
				since,
				spentMicros: await repo.spentSince( organizationId, since ),
				rows: await repo.summary( organizationId, since ),
			};
		},

		forConversation: repo.forConversation,
		prices: repo.prices,
		savePrice: ( price: ModelPrice ) =>
			repo.savePrice( price, clock().toISOString() ),
	};
}

export type UsageService = ReturnType< typeof createUsageService >;
