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
import type { ReactNode } from 'react';
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

/** Chart.js options shared by every chart: fills its box, draws once (no animation). */
const STILL_CHART = {
	responsive: true,
	maintainAspectRatio: false,
	animation: false,
} as const;

/**
 * One chart with its caption, and the same figures as a table under a disclosure (the
 * canvas is hidden from screen readers).
 *
 * @param props              Figure props.
 * @param props.title        The caption.
 * @param props.chart        The chart.
 * @param props.tableSummary The disclosure's label.
 * @param props.table        The table of the same figures.
 */
function ChartFigure( props: {
	title: ReactNode;
	chart: ReactNode;
	tableSummary: string;
	table: ReactNode;
} ) {
	return (
		<figure className="chart">
			<figcaption>
				<h3>{ props.title }</h3>
			</figcaption>
			<div className="chart-canvas" aria-hidden="true">
				{ props.chart }
			</div>
			<details>
				<summary>{ props.tableSummary }</summary>
				{ props.table }
			</details>
		</figure>
	);
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
		<ChartFigure
			title={ `Errors by type, last ${ series.days.length } days` }
			chart={
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
						...STILL_CHART,
						scales: {
							x: { stacked: true },
							y: { stacked: true, beginAtZero: true },
						},
					} }
				/>
			}
			tableSummary="Errors by type as a table"
			table={
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
			}
		/>
	);
}

function RetrySuccess( { series }: HealthChartsProps ) {
	return (
		<ChartFigure
			title="Retry success rate"
			chart={
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
						...STILL_CHART,
						scales: { y: { min: 0, max: 100 } },
					} }
				/>
			}
			tableSummary="Retry success as a table"
			table={
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
			}
		/>
	);
}

function MessageTypes( { series }: HealthChartsProps ) {
	return (
		<ChartFigure
			title="Message types received"
			chart={
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
					options={ STILL_CHART }
				/>
			}
			tableSummary="Message types as a table"
			table={
				<DataTable
					label="Replies by content type"
					columns={ [
						{ header: 'Content', render: ( row ) => row.types },
						{ header: 'Replies', render: ( row ) => row.count },
					] }
					rows={ series.messageTypes }
					rowKey={ ( row ) => row.types }
				/>
			}
		/>
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
