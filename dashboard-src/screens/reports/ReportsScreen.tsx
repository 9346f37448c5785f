import { useState } from 'react';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ResourceStatus } from '../../components/ResourceStatus';
import { Page } from '../../components/Page';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { Link, paths } from '../../router';
import { useCurrentSession } from '../../SessionProvider';
import {
	formatChange,
	formatFigure,
	listReports,
	produceReports,
	type DailyReport,
} from './reportsApi';
import { PendingButton } from '../../components/PendingButton';

const columns: Array< Column< DailyReport > > = [
	{
		header: 'Day',
		render: ( report ) => (
			<Link to={ paths.report( report.id ) }>
				{ report.day } · { report.scopeName }
			</Link>
		),
	},
	{
		header: 'Messages',
		render: ( report ) =>
			`${ report.figures.messages } (${ formatChange(
				'messages',
				report.figures.messages,
				report.previous.messages
			) })`,
	},
	{
		header: 'Error rate',
		render: ( report ) =>
			formatFigure( 'errorRate', report.figures.errorRate ),
	},
	{
		header: 'AI cost',
		render: ( report ) =>
			formatFigure( 'aiCostMicros', report.figures.aiCostMicros ),
	},
];

/** `/owner/reports`: the daily health reports, newest day first. */
export function ReportsScreen() {
	const api = useApi();
	const session = useCurrentSession();
	const user = session.data?.user;
	const canProduce = Boolean(
		user?.roles.includes( 'platform_owner' ) ||
		user?.permissions.includes( 'platform.alerts.manage' )
	);
	const { data, error, retry } = useApiResource( 'reports', listReports );
	const produce = useAsyncAction( () => produceReports( api ) );
	const [ status, setStatus ] = useState( '' );

	const handleProduce = async () => {
		if ( produce.pending ) {
			return;
		}
		const result = await produce.run();
		if ( result.ok ) {
			setStatus( `${ result.value.produced } report(s) produced.` );
			retry();
		}
	};

	return (
		<Page
			title="Daily reports"
			description="Each day's key figures per organization and for the platform, next to the day before."
		>
			{ canProduce && (
				<div className="toolbar">
					<PendingButton
						onClick={ handleProduce }
						pending={ produce.pending }
						variant="secondary"
						pendingLabel="Producing…"
					>
						{ "Produce yesterday's reports" }
					</PendingButton>
					<span className="status-message" role="status">
						{ status }
					</span>
				</div>
			) }
			{ produce.error && (
				<ErrorAlert>
					Could not produce: { produce.error.message }
				</ErrorAlert>
			) }
			<ResourceStatus
				resource={ { data, error, retry } }
				failure="Could not load the reports"
				loading="Loading reports…"
			/>
			{ data &&
				( data.length === 0 ? (
					<p className="empty">
						No reports yet: they are produced each day at the
						configured hour (UTC).
					</p>
				) : (
					<DataTable
						label="Daily reports"
						columns={ columns }
						rows={ data }
						rowKey={ ( report ) => report.id }
					/>
				) ) }
		</Page>
	);
}
