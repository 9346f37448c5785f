import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useApiResource } from '../../hooks/useApiResource';
import { Link, paths } from '../../router';
import {
	FIGURES,
	formatChange,
	formatFigure,
	getReport,
	type DailyReport,
} from './reportsApi';

type Row = ( typeof FIGURES )[ number ] & { report: DailyReport };

const columns: Array< Column< Row > > = [
	{ header: 'Figure', render: ( row ) => row.label },
	{
		header: 'This day',
		render: ( row ) =>
			formatFigure( row.key, row.report.figures[ row.key ] ),
	},
	{
		header: 'Day before',
		render: ( row ) =>
			formatFigure( row.key, row.report.previous[ row.key ] ),
	},
	{
		header: 'Change',
		render: ( row ) =>
			formatChange(
				row.key,
				row.report.figures[ row.key ],
				row.report.previous[ row.key ]
			),
	},
];

/**
 * `/owner/reports/:id`: one day's figures with the day before and the change.
 *
 * @param props    Screen props.
 * @param props.id Report id from the path.
 */
export function ReportDetailScreen( props: { id: string } ) {
	const { id } = props;
	const { data, error, retry } = useApiResource(
		`report:${ id }`,
		( api, signal ) => getReport( api, id, signal )
	);
	const notFound =
		error?.status === 404 || error?.code === 'validation_failed';
	let title = 'Daily report';
	if ( data ) {
		title = `${ data.scopeName }: ${ data.day }`;
	} else if ( notFound ) {
		title = 'Report not found';
	}
	return (
		<Page
			title={ title }
			before={
				<nav aria-label="Breadcrumb" className="breadcrumb">
					<Link to={ paths.reports }>Daily reports</Link>
				</nav>
			}
		>
			{ error && ! notFound && (
				<ErrorAlert onRetry={ retry }>
					Could not load the report: { error.message }
				</ErrorAlert>
			) }
			{ notFound && <p className="empty">There is no such report.</p> }
			{ ! data && ! error && <LoadingState label="Loading report…" /> }
			{ data && (
				<DataTable
					label={ `Figures for ${ data.day }` }
					columns={ columns }
					rows={ FIGURES.map( ( figure ) => ( {
						...figure,
						report: data,
					} ) ) }
					rowKey={ ( row ) => row.key }
				/>
			) }
		</Page>
	);
}
