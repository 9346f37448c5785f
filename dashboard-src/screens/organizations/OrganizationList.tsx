import { DataTable, type Column } from '../../components/DataTable';
import { FormattedDate } from '../../components/FormattedDate';
import { Link, paths } from '../../router';
import type { OrganizationSummary } from '../../types';

const columns: Array< Column< OrganizationSummary > > = [
	{
		header: 'Name',
		render: ( organization ) => (
			<Link to={ paths.organization( organization.id ) }>
				{ organization.name }
			</Link>
		),
	},
	{
		header: 'Sites',
		render: ( organization ) => organization.siteCount,
		className: 'numeric',
	},
	{
		header: 'Created',
		render: ( organization ) => (
			<FormattedDate value={ organization.createdAt } />
		),
	},
];

export interface OrganizationListProps {
	organizations: OrganizationSummary[];
}

/**
 * The organizations table, or a hint to create the first one.
 *
 * @param props List props.
 */
export function OrganizationList( props: OrganizationListProps ) {
	const { organizations } = props;
	if ( organizations.length === 0 ) {
		return (
			<p className="empty">
				No organizations yet. Create one for each business you serve;
				its shops connect to it.
			</p>
		);
	}
	return (
		<DataTable
			label="Organizations"
			columns={ columns }
			rows={ organizations }
			rowKey={ ( organization ) => organization.id }
		/>
	);
}
