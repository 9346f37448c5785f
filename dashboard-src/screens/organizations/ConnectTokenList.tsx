import { DataTable, type Column } from '../../components/DataTable';
import { FormattedDate } from '../../components/FormattedDate';
import type { ConnectTokenRecord } from '../../types';

/**
 * The "Used" cell: when it was used, or why it can no longer be.
 *
 * @param props       Cell props.
 * @param props.token The token row.
 * @param props.now   The time to compare expiry with.
 */
function UsedCell( props: { token: ConnectTokenRecord; now: number } ) {
	const { token, now } = props;
	if ( token.usedAt ) {
		return <FormattedDate value={ token.usedAt } />;
	}
	if ( Date.parse( token.expiresAt ) <= now ) {
		return <span className="badge badge-muted">Expired unused</span>;
	}
	return <span className="badge badge-info">Not used yet</span>;
}

export interface ConnectTokenListProps {
	tokens: ConnectTokenRecord[];
}

/**
 * Connect tokens issued for the organization (their values are never shown again).
 *
 * @param props List props.
 */
export function ConnectTokenList( props: ConnectTokenListProps ) {
	const { tokens } = props;
	if ( tokens.length === 0 ) {
		return <p className="empty">No connect tokens created yet.</p>;
	}
	const now = Date.now();
	const columns: Array< Column< ConnectTokenRecord > > = [
		{
			header: 'Created',
			render: ( token ) => <FormattedDate value={ token.createdAt } />,
		},
		{
			header: 'Expires',
			render: ( token ) => <FormattedDate value={ token.expiresAt } />,
		},
		{
			header: 'Used',
			render: ( token ) => <UsedCell token={ token } now={ now } />,
		},
	];
	return (
		<DataTable
			label="Connect tokens"
			columns={ columns }
			rows={ tokens }
			rowKey={ ( token ) => token.id }
		/>
	);
}
