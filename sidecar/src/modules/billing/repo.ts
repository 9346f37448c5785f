import type { Kysely } from 'kysely';
import { camelRow, snakeRow } from '../../db/rows';
import type { Database } from '../../db/schema';

export interface SubscriptionRow {
	siteId: string;
	organizationId: string;
	plan: string;
	status: string;
	currentPeriodEnd: string;
	updatedAt: string;
}

export function createBillingRepo( db: Kysely< Database > ) {
	return {
		async find( siteId: string ): Promise< SubscriptionRow | undefined > {
			const row = await db
				.selectFrom( 'site_subscriptions' )
				.selectAll()
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			return row && camelRow( row );
		},
		async upsert( row: SubscriptionRow ): Promise< void > {
			const values = snakeRow( row );
			await db
				.insertInto( 'site_subscriptions' )
				.values( values )
				.onConflict( ( conflict ) =>
					conflict.column( 'site_id' ).doUpdateSet( {
						plan: values.plan,
						status: values.status,
						current_period_end: values.current_period_end,
						updated_at: values.updated_at,
					} )
				)
				.execute();
		},
	};
}

export type BillingRepo = ReturnType< typeof createBillingRepo >;
