import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormattedDate } from '../../components/FormattedDate';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import {
	METRIC_LABELS,
	formatThreshold,
	retryDelivery,
	type AlertDelivery,
	type AlertIncident,
} from './alertsApi';
import { PendingButton } from '../../components/PendingButton';

const incidentColumns: Array< Column< AlertIncident > > = [
	{
		header: 'State',
		render: ( incident ) =>
			incident.resolvedAt ? (
				<span className="badge badge-muted">Resolved</span>
			) : (
				<span className="badge badge-alert">Open</span>
			),
	},
	{
		header: 'Metric',
		render: ( incident ) =>
			`${ METRIC_LABELS[ incident.metric ] } (${
				incident.siteId
					? `site ${ incident.siteId.slice( 0, 8 ) }`
					: 'platform-wide'
			})`,
	},
	{
		header: 'Value',
		render: ( incident ) =>
			`${ formatThreshold( incident.metric, incident.lastValue ) } (threshold ${ formatThreshold(
				incident.metric,
				incident.threshold
			) })`,
	},
	{
		header: 'Opened',
		render: ( incident ) => <FormattedDate value={ incident.openedAt } />,
	},
	{
		header: 'Resolved',
		render: ( incident ) =>
			incident.resolvedAt ? (
				<FormattedDate value={ incident.resolvedAt } />
			) : (
				'—'
			),
	},
];

/**
 * The incidents, newest first.
 *
 * @param props           Table props.
 * @param props.incidents Incidents.
 */
export function IncidentTable( props: { incidents: AlertIncident[] } ) {
	if ( props.incidents.length === 0 ) {
		return <p className="empty">No incidents.</p>;
	}
	return (
		<DataTable
			label="Incidents"
			columns={ incidentColumns }
			rows={ props.incidents }
			rowKey={ ( incident ) => incident.id }
		/>
	);
}

const KIND_LABELS: Record< AlertDelivery[ 'kind' ], string > = {
	alert_firing: 'Alert',
	alert_resolved: 'Resolved',
	daily_report: 'Daily report',
	test: 'Test',
};

/**
 * "Send again" for a failed delivery.
 *
 * @param props           Button props.
 * @param props.delivery  The delivery.
 * @param props.onChanged Called after it is queued again.
 */
function SendAgain( props: {
	delivery: AlertDelivery;
	onChanged: () => void;
} ) {
	const api = useApi();
	const action = useAsyncAction( () =>
		retryDelivery( api, props.delivery.id )
	);
	const handleClick = async () => {
		if ( ( await action.run() ).ok ) {
			props.onChanged();
		}
	};
	return (
		<>
			<PendingButton
				onClick={ handleClick }
				pending={ action.pending }
				variant="secondary"
				size="small"
			>
				Send again
			</PendingButton>
			{ action.error && (
				<ErrorAlert>{ action.error.message }</ErrorAlert>
			) }
		</>
	);
}

export interface DeliveryLogProps {
	deliveries: AlertDelivery[];
	canManage: boolean;
	onChanged: () => void;
}

/**
 * Every message sent or tried: channel, status, attempts and the last error.
 *
 * @param props Log props.
 */
export function DeliveryLog( props: DeliveryLogProps ) {
	const { deliveries, canManage, onChanged } = props;
	if ( deliveries.length === 0 ) {
		return <p className="empty">Nothing sent yet.</p>;
	}
	const columns: Array< Column< AlertDelivery > > = [
		{
			header: 'When',
			render: ( delivery ) => (
				<FormattedDate value={ delivery.createdAt } />
			),
		},
		{ header: 'Channel', render: ( delivery ) => delivery.channelName },
		{
			header: 'Kind',
			render: ( delivery ) => KIND_LABELS[ delivery.kind ],
		},
		{
			header: 'Subject',
			render: ( delivery ) => delivery.subject,
			className: 'break',
		},
		{
			header: 'Status',
			render: ( delivery ) => (
				<span
					className={ `badge ${
						delivery.status === 'failed'
							? 'badge-alert'
							: 'badge-info'
					}` }
				>
					{ delivery.status }
				</span>
			),
		},
		{
			header: 'Attempts',
			render: ( delivery ) =>
				`${ delivery.attempts } of ${ delivery.maxAttempts }`,
		},
		{
			header: 'Last error',
			render: ( delivery ) => delivery.lastError ?? '—',
			className: 'break',
		},
	];
	if ( canManage ) {
		columns.push( {
			header: 'Actions',
			render: ( delivery ) =>
				delivery.status === 'failed' ? (
					<SendAgain delivery={ delivery } onChanged={ onChanged } />
				) : null,
		} );
	}
	return (
		<DataTable
			label="Delivery log"
			columns={ columns }
			rows={ deliveries }
			rowKey={ ( delivery ) => delivery.id }
		/>
	);
}
