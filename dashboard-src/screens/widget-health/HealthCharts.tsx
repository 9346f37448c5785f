/**
 * The widget-health charts (chart.js through react-chartjs-2, loaded as a separate chunk so
 * the rest of the dashboard does not pay for it). Each chart has a table with the same
 * figures for screen readers and keyboard users, under a disclosure.
 */
import {
	ArcElement,
	BarElement,
	CategoryScale,
	Chart as ChartJS,
	Legend,
	LinearScale,
	LineElement,
	PointElement,
	Tooltip,
} from 'chart.js';
import { Bar, Line, Pie } from 'react-chartjs-2';
import { DataTable } from '../../components/DataTable';
import {
	ERROR_TYPE_LABELS,
	percent,
	type HealthCharts as Series,
} from './widgetHealthApi';

ChartJS.register(
	ArcElement,
	BarElement,
	CategoryScale,
	LinearScale,
	LineElement,
	PointElement,
	Tooltip,
	Legend
);

const PALETTE = [
	'#1f5fbf',
	'#a32117',
	'#1d6b35',
	'#b26a00',
	'#6b3fa0',
	'#00798c',
	'#5a6370',
];

export interface HealthChartsProps {
	series: Series;
}

function ErrorsByType( { series }: HealthChartsProps ) {
	const types = [
		...new Set( series.errorsByDay.map( ( row ) => row.type ) ),
	];
	const count = ( day: string, type: string ) =>
		series.errorsByDay.find(
			( row ) => row.day === day && row.type === type
		)?.count ?? 0;
	return (
		<figure className="chart">
			<figcaption>
				<h3>Errors by type, last { series.days.length } days</h3>
			</figcaption>
			<div className="chart-canvas" aria-hidden="true">
				<Bar
					data={ {
						labels: series.days,
						datasets: types.map( ( type, index ) => ( {
							label: ERROR_TYPE_LABELS[ type ] ?? type,
							data: series.days.map( ( day ) =>
								count( day, type )
							),
							backgroundColor: PALETTE[ index % PALETTE.length ],
						} ) ),
					} }
					options={ {
						responsive: true,
						maintainAspectRatio: false,
						animation: false,
						scales: {
							x: { stacked: true },
							y: { stacked: true, beginAtZero: true },
						},
					} }
				/>
			</div>
			<details>
				<summary>Errors by type as a table</summary>
				<DataTable
					label="Errors by day and type"
					columns={ [
						{ header: 'Day', render: ( row ) => row.day },
						{
							header: 'Type',
							render: ( row ) =>
								ERROR_TYPE_LABELS[ row.type ] ?? row.type,
						},
						{ header: 'Errors', render: ( row ) => row.count },
					] }
					rows={ series.errorsByDay }
					rowKey={ ( row ) => `${ row.day }|${ row.type }` }
				/>
			</details>
		</figure>
	);
}

function RetrySuccess( { series }: HealthChartsProps ) {
	return (
		<figure className="chart">
			<figcaption>
				<h3>Retry success rate</h3>
			</figcaption>
			<div className="chart-canvas" aria-hidden="true">
				<Line
					data={ {
						labels: series.retriesByDay.map( ( row ) => row.day ),
						datasets: [
							{
								label: 'Retry success (%)',
								data: series.retriesByDay.map( ( row ) =>
									row.successRate === null
										? null
										: Math.round( row.successRate * 1000 ) /
											10
								),
								borderColor: PALETTE[ 2 ],
								backgroundColor: PALETTE[ 2 ],
								spanGaps: true,
							},
						],
					} }
					options={ {
						responsive: true,
						maintainAspectRatio: false,
						animation: false,
						scales: { y: { min: 0, max: 100 } },
					} }
				/>
			</div>
			<details>
				<summary>Retry success as a table</summary>
				<DataTable
					label="Retries by day"
					columns={ [
						{ header: 'Day', render: ( row ) => row.day },
						{ header: 'Succeeded', render: ( row ) => row.ok },
						{ header: 'Failed', render: ( row ) => row.failed },
						{
							header: 'Success rate',
							render: ( row ) => percent( row.successRate ),
						},
					] }
					rows={ series.retriesByDay }
					rowKey={ ( row ) => row.day }
				/>
			</details>
		</figure>
	);
}

function MessageTypes( { series }: HealthChartsProps ) {
	return (
		<figure className="chart">
			<figcaption>
				<h3>Message types received</h3>
			</figcaption>
			<div className="chart-canvas" aria-hidden="true">
				<Pie
					data={ {
						labels: series.messageTypes.map( ( row ) => row.types ),
						datasets: [
							{
								label: 'Replies',
								data: series.messageTypes.map(
									( row ) => row.count
								),
								backgroundColor: series.messageTypes.map(
									( _, index ) =>
										PALETTE[ index % PALETTE.length ]
								),
							},
						],
					} }
					options={ {
						responsive: true,
						maintainAspectRatio: false,
						animation: false,
					} }
				/>
			</div>
			<details>
				<summary>Message types as a table</summary>
				<DataTable
					label="Replies by content type"
					columns={ [
						{ header: 'Content', render: ( row ) => row.types },
						{ header: 'Replies', render: ( row ) => row.count },
					] }
					rows={ series.messageTypes }
					rowKey={ ( row ) => row.types }
				/>
			</details>
		</figure>
	);
}

/**
 * The three charts of the widget-health page.
 *
 * @param props Chart series.
 */
export default function HealthCharts( props: HealthChartsProps ) {
	return (
		<div className="chart-grid">
			<ErrorsByType { ...props } />
			<RetrySuccess { ...props } />
			<MessageTypes { ...props } />
		</div>
	);
}
