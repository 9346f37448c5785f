import { useDomainSubscription } from '../hooks/useDomainSubscription';
import { FormattedDate } from './FormattedDate';

const STATUS_LABELS = {
	trial: 'Trial',
	active: 'Active',
	past_due: 'Past due',
	canceled: 'Canceled',
} as const;

/**
 * A site's subscription state in a table cell: plan, status and period end; while a
 * transient failure is retried it says so, and after the last retry it offers one more.
 *
 * @param props        Cell props.
 * @param props.siteId The site.
 */
export function SubscriptionStatus( props: { siteId: string } ) {
	const { subscription, error, loading, retries, retry } =
		useDomainSubscription( props.siteId );
	if ( subscription ) {
		const alert =
			subscription.status === 'past_due' ||
			subscription.status === 'canceled';
		return (
			<span className="subscription">
				<span
					className={ `badge ${ alert ? 'badge-alert' : 'badge-info' }` }
				>
					{ STATUS_LABELS[ subscription.status ] }
				</span>{ ' ' }
				{ subscription.plan !== 'trial' && `${ subscription.plan } · ` }
				{ subscription.status === 'canceled' ? 'ended ' : 'until ' }
				<FormattedDate value={ subscription.currentPeriodEnd } />
			</span>
		);
	}
	if ( error ) {
		return (
			<span role="alert">
				Subscription unavailable ({ error.message }){ ' ' }
				<button
					type="button"
					className="button button-link button-small"
					onClick={ retry }
				>
					Try again
				</button>
			</span>
		);
	}
	return (
		<span className="muted" aria-busy={ loading }>
			{ retries > 0 ? `Retrying (${ retries })…` : 'Loading…' }
		</span>
	);
}
