import { DataTable, type Column } from '../../components/DataTable';
import { FormattedDate } from '../../components/FormattedDate';
import { SubscriptionStatus } from '../../components/SubscriptionStatus';
import type { Site } from '../../types';

const columns: Array< Column< Site > > = [
	{ header: 'Name', render: ( site ) => site.name },
	{
		header: 'URL',
		render: ( site ) => (
			<a href={ site.url } target="_blank" rel="noopener noreferrer">
				{ site.url }
			</a>
		),
		className: 'break',
	},
	{
		header: 'Public key',
		render: ( site ) => <code>{ site.publicKey }</code>,
		className: 'nowrap',
	},
	{
		header: 'Connected',
		render: ( site ) => (
			<>
				{ site.createdAt ? (
					<FormattedDate value={ site.createdAt } />
				) : (
					'—'
				) }
				{ site.disconnectedAt && (
					<>
						{ ' ' }
						<span className="badge badge-muted">
							Disconnected{ ' ' }
							<FormattedDate value={ site.disconnectedAt } />
						</span>
					</>
				) }
			</>
		),
	},
	{
		header: 'Subscription',
		render: ( site ) => <SubscriptionStatus siteId={ site.id } />,
	},
];

export interface SiteListProps {
	sites: Site[];
}

/**
 * The organization's connected shops, or how to connect the first one.
 *
 * @param props List props.
 */
export function SiteList( props: SiteListProps ) {
	const { sites } = props;
	if ( sites.length === 0 ) {
		return (
			<p className="empty">
				No shops connected yet. Create a connect token below and paste
				it into OmniOps settings in the shop&apos;s WordPress admin.
			</p>
		);
	}
	return (
		<DataTable
			label="Sites"
			columns={ columns }
			rows={ sites }
			rowKey={ ( site ) => site.id }
		/>
	);
}
