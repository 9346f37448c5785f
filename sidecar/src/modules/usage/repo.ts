/** The only code touching usage_events and usage_prices. */
import type { ExpressionBuilder, Kysely } from 'kysely';
import { camelRow } from '../../db/rows';
import { upsertRow } from '../../db/upsert';
import type { Database } from '../../db/schema';

export interface UsageEvent {
	id: string;
	organizationId: string;
	siteId: string;
	conversationId: string;
	provider: string;
	model: string;
	inputTokens: number;
	outputTokens: number;
	costMicros: number;
	outcome: 'answered' | 'fallback';
	reason: string | null;
	createdAt: string;
}

export interface ModelPrice {
	model: string;
	inputMicrosPerMtok: number;
	outputMicrosPerMtok: number;
}

/** The figures every usage summary sums per group: calls, tokens and cost. */
function usageSums( eb: ExpressionBuilder< Database, 'usage_events' > ) {
	return [
		eb.fn.countAll< number >().as( 'calls' ),
		eb.fn.sum< number >( 'input_tokens' ).as( 'input_tokens' ),
		eb.fn.sum< number >( 'output_tokens' ).as( 'output_tokens' ),
		eb.fn.sum< number >( 'cost_micros' ).as( 'cost_micros' ),
	] as const;
}

/**
 * A group's sums as numbers (PostgreSQL returns sums and counts as strings); spread after
 * `camelRow( r )`, they replace its camelCase copies of the same columns.
 */
function sumsOf( r: {
	calls: number | string;
	input_tokens: number | string;
	output_tokens: number | string;
	cost_micros: number | string;
} ) {
	return {
		calls: Number( r.calls ),
		inputTokens: Number( r.input_tokens ),
		outputTokens: Number( r.output_tokens ),
		costMicros: Number( r.cost_micros ),
	};
}

export function createUsageRepo( db: Kysely< Database > ) {
	/**
	 * Cost in micro-dollars of the LLM calls in [from, to) (to null: up to now), for
	 * one organization or (null) the platform.
	 *
	 * @param organizationId Organization, or null for all.
	 * @param from           ISO start (inclusive).
	 * @param to             ISO end (exclusive), or null.
	 */
	async function spentBetween(
		organizationId: string | null,
		from: string,
		to: string | null
	): Promise< number > {
		let query = db
			.selectFrom( 'usage_events' )
			.select( ( eb ) =>
				eb.fn
					.sum< number | string | null >( 'cost_micros' )
					.as( 'spent' )
			)
			.where( 'created_at', '>=', from );
		if ( to ) {
			query = query.where( 'created_at', '<', to );
		}
		if ( organizationId ) {
			query = query.where( 'organization_id', '=', organizationId );
		}
		const row = await query.executeTakeFirst();
		return Number( row?.spent ?? 0 );
	}

	return {
		/**
		 * Usage rows in [from, to) summed per organization, site, model and outcome, all
		 * tenants (the owner's telemetry page; its totals must equal the rows' sums).
		 *
		 * @param from ISO start (inclusive).
		 * @param to   ISO end (exclusive).
		 */
		async totalsBySiteAndModel( from: string, to: string ) {
			const rows = await db
				.selectFrom( 'usage_events' )
				.select( ( eb ) => [
					'organization_id',
					'site_id',
					'provider',
					'model',
					'outcome',
					...usageSums( eb ),
				] )
				.where( 'created_at', '>=', from )
				.where( 'created_at', '<', to )
				.groupBy( [
					'organization_id',
					'site_id',
					'provider',
					'model',
					'outcome',
				] )
				.execute();
			return rows.map( ( r ) => ( {
				...camelRow( r ),
				...sumsOf( r ),
			} ) );
		},

		async insert( event: UsageEvent ): Promise< void > {
			await db
				.insertInto( 'usage_events' )
				.values( {
					id: event.id,
					organization_id: event.organizationId,
					site_id: event.siteId,
					conversation_id: event.conversationId,
					provider: event.provider,
					model: event.model,
					input_tokens: event.inputTokens,
					output_tokens: event.outputTokens,
					cost_micros: event.costMicros,
					outcome: event.outcome,
					reason: event.reason,
					created_at: event.createdAt,
				} )
				.execute();
		},

		spentBetween,

		/** Cost in micro-dollars of the organization's LLM calls since `since`. */
		spentSince( organizationId: string, since: string ): Promise< number > {
			return spentBetween( organizationId, since, null );
		},

		async summary( organizationId: string, since: string ) {
			const rows = await db
				.selectFrom( 'usage_events' )
				.select( ( eb ) => [
					'site_id',
					'model',
					'outcome',
					...usageSums( eb ),
				] )
				.where( 'organization_id', '=', organizationId )
				.where( 'created_at', '>=', since )
				.groupBy( [ 'site_id', 'model', 'outcome' ] )
				.orderBy( 'site_id' )
				.execute();
			return rows.map( ( r ) => ( {
				...camelRow( r ),
				...sumsOf( r ),
				outcome: r.outcome as UsageEvent[ 'outcome' ],
			} ) );
		},

		async forConversation(
			organizationId: string,
			conversationId: string
		): Promise< UsageEvent[] > {
			const rows = await db
				.selectFrom( 'usage_events' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'conversation_id', '=', conversationId )
				.orderBy( 'created_at' )
				.execute();
			return rows.map( ( r ) => ( {
				...camelRow( r ),
				inputTokens: Number( r.input_tokens ),
				outputTokens: Number( r.output_tokens ),
				costMicros: Number( r.cost_micros ),
				outcome: r.outcome as UsageEvent[ 'outcome' ],
			} ) );
		},

		async prices(): Promise< ModelPrice[] > {
			const rows = await db
				.selectFrom( 'usage_prices' )
				.selectAll()
				.orderBy( 'model' )
				.execute();
			return rows.map( ( r ) => ( {
				model: r.model,
				inputMicrosPerMtok: Number( r.input_micros_per_mtok ),
				outputMicrosPerMtok: Number( r.output_micros_per_mtok ),
			} ) );
		},

		async savePrice( price: ModelPrice, at: string ): Promise< void > {
			const values = {
				input_micros_per_mtok: price.inputMicrosPerMtok,
				output_micros_per_mtok: price.outputMicrosPerMtok,
				updated_at: at,
			};
			await upsertRow(
				db,
				'usage_prices',
				'model',
				{ model: price.model },
				values
			);
		},
	};
}

export type UsageRepo = ReturnType< typeof createUsageRepo >;
