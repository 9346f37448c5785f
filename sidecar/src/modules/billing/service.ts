import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AuditActor, AuditService } from '../audit/service';
import type { BillingRepo } from './repo';
import type {
	SiteSubscription,
	SubscriptionStatus,
} from '../../../../contracts/billing';

/** A site's subscription and its statuses are the contract's (contracts/billing.ts, ADR 0032). */
export type { SiteSubscription, SubscriptionStatus };

/** Every connected site starts with this trial, counted from when it connected. */
export const TRIAL_DAYS = 14;

export interface BillingServiceDeps {
	repo: BillingRepo;
	repoFor: ( db: Kysely< Database > ) => BillingRepo;
	/** Runs a change and its audit entry in one transaction (audit module). */
	audited: AuditService[ 'audited' ];
	clock: () => Date;
}

/**
 * The billing part the dashboard needs today: each site's subscription state. A site
 * without a record is on its trial; the stored state is read against the clock, so an
 * active period that ended without renewal reads as past due.
 *
 * @param deps Dependencies.
 */
export function createBillingService( deps: BillingServiceDeps ) {
	const { repo, clock } = deps;

	return {
		async forSite( site: {
			id: string;
			createdAt: string;
		} ): Promise< SiteSubscription > {
			const row = await repo.find( site.id );
			const now = clock().getTime();
			if ( ! row ) {
				const trialEnd = new Date(
					Date.parse( site.createdAt ) + TRIAL_DAYS * 86_400_000
				).toISOString();
				return {
					siteId: site.id,
					plan: 'trial',
					status: Date.parse( trialEnd ) > now ? 'trial' : 'past_due',
					currentPeriodEnd: trialEnd,
					recorded: false,
				};
			}
			const lapsed =
				( row.status === 'active' || row.status === 'trial' ) &&
				Date.parse( row.currentPeriodEnd ) <= now;
			return {
				siteId: site.id,
				plan: row.plan,
				status: lapsed
					? 'past_due'
					: ( row.status as SubscriptionStatus ),
				currentPeriodEnd: row.currentPeriodEnd,
				recorded: true,
			};
		},

		async setForSite(
			actor: AuditActor,
			site: { id: string; organizationId: string; createdAt: string },
			input: {
				plan: string;
				status: SubscriptionStatus;
				currentPeriodEnd: string;
			}
		): Promise< SiteSubscription > {
			await deps.audited( actor, async ( trx ) => {
				await deps.repoFor( trx ).upsert( {
					siteId: site.id,
					organizationId: site.organizationId,
					plan: input.plan,
					status: input.status,
					currentPeriodEnd: new Date(
						input.currentPeriodEnd
					).toISOString(),
					updatedAt: clock().toISOString(),
				} );
				return {
					result: undefined,
					entry: {
						action: 'billing.subscription.set',
						resourceType: 'site',
						resourceId: site.id,
						details: { ...input },
					},
				};
			} );
			return this.forSite( site );
		},
	};
}

export type BillingService = ReturnType< typeof createBillingService >;
