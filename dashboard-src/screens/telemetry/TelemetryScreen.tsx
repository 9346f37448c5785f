import { TextField } from '../../components/TextField';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { useApiResource } from '../../hooks/useApiResource';
import { downloadFile, toCsv } from './exportFile';
import {
	dollars,
	getUsageReport,
	type UsageFigures,
	type UsageGrouping,
	type UsageRow,
} from './telemetryApi';

const DAY_MS = 24 * 60 * 60 * 1000;

const PRESETS = [
	{ value: '1', label: 'Last 24 hours' },
	{ value: '7', label: 'Last 7 days' },
	{ value: '30', label: 'Last 30 days' },
	{ value: '90', label: 'Last 90 days' },
	{ value: 'custom', label: 'Custom range' },
];

const GROUPINGS: Array< { value: UsageGrouping; label: string } > = [
	{ value: 'day', label: 'Day' },
	{ value: 'organization', label: 'Organization' },
	{ value: 'site', label: 'Site' },
	{ value: 'model', label: 'Model' },
];

const share = ( value: number | null ) =>
	value === null ? '—' : `${ Math.round( value * 1000 ) / 10 }%`;

interface Metric {
	key: keyof UsageFigures;
	label: string;
	format: ( value: number | null ) => string;
}

const METRICS: Metric[] = [
	{ key: 'inputTokens', label: 'Tokens in', format: String },
	{ key: 'outputTokens', label: 'Tokens out', format: String },
	{ key: 'costMicros', label: 'Cost', format: dollars },
	{ key: 'shopperMessages', label: 'Messages', format: String },
	{ key: 'conversations', label: 'Conversations', format: String },
	{ key: 'llmAnswers', label: 'LLM answers', format: String },
	{ key: 'embeddedShare', label: 'Embedded share', format: share },
	{ key: 'fallbacks', label: 'Fallbacks', format: String },
	{ key: 'resolvedConversations', label: 'Resolved', format: String },
	{
		key: 'costPerResolvedMicros',
		label: 'Cost per resolved',
		format: dollars,
	},
];

type SortKey = 'label' | keyof UsageFigures;

/** Start of a UTC day from a date input (YYYY-MM-DD), or null when empty or malformed. */
const dayStart = ( value: string ) =>
	/^\d{4}-\d{2}-\d{2}$/.test( value ) ? `${ value }T00:00:00.000Z` : null;

/**
 * The window a preset or custom range stands for (custom: whole UTC days, inclusive).
 *
 * @param preset Days back, or 'custom'.
 * @param start  Custom first day.
 * @param end    Custom last day.
 * @param now    Current time (ms).
 */
function windowFor(
	preset: string,
	start: string,
	end: string,
	now: number
): { from: string; to: string } | null {
	if ( preset !== 'custom' ) {
		return {
			from: new Date( now - Number( preset ) * DAY_MS ).toISOString(),
			to: new Date( now ).toISOString(),
		};
	}
	const from = dayStart( start );
	const last = dayStart( end );
	if ( ! from || ! last || last < from ) {
		return null;
	}
	return {
		from,
		to: new Date( Date.parse( last ) + DAY_MS ).toISOString(),
	};
}

function sortRows( rows: UsageRow[], key: SortKey, ascending: boolean ) {
	const direction = ascending ? 1 : -1;
	return [ ...rows ].sort( ( a, b ) => {
		const left = a[ key ];
		const right = b[ key ];
		if ( typeof left === 'string' || typeof right === 'string' ) {
			return String( left ).localeCompare( String( right ) ) * direction;
		}
		return ( ( left ?? -1 ) - ( right ?? -1 ) ) * direction;
	} );
}

/**
 * `/owner/telemetry`: AI usage and cost by day, organization, site or model, with the
 * time range picker, sortable columns and CSV export of the rows shown.
 */
export function TelemetryScreen() {
	const [ preset, setPreset ] = useState( '7' );
	const [ start, setStart ] = useState( '' );
	const [ end, setEnd ] = useState( '' );
	const [ groupBy, setGroupBy ] = useState< UsageGrouping >( 'day' );
	const [ sort, setSort ] = useState< { key: SortKey; ascending: boolean } >(
		{ key: 'label', ascending: true }
	);
	// The preset's "now" is fixed when it is chosen, so re-renders don't refetch.
	const [ now, setNow ] = useState( () => Date.now() );
	const range = windowFor( preset, start, end, now );
	const key = range ? `${ range.from }|${ range.to }|${ groupBy }` : 'none';
	const { data, error, loading, retry } = useApiResource(
		key,
		( api, signal ) =>
			range
				? getUsageReport( api, { ...range, groupBy }, signal )
				: Promise.resolve( undefined )
	);
	const rows = useMemo(
		() => ( data ? sortRows( data.rows, sort.key, sort.ascending ) : [] ),
		[ data, sort ]
	);

	const sortBy = ( column: SortKey ) =>
		setSort( ( previous ) => ( {
			key: column,
			ascending: previous.key === column ? ! previous.ascending : true,
		} ) );
	const ariaSort = ( column: SortKey ) => {
		if ( sort.key !== column ) {
			return 'none';
		}
		return sort.ascending ? 'ascending' : 'descending';
	};
	const exportCsv = () => {
		if ( ! data ) {
			return;
		}
		const header = [
			GROUPINGS.find( ( g ) => g.value === data.groupBy )!.label,
			...METRICS.map( ( metric ) => metric.label ),
			'Replies',
			'Embedded answers',
		];
		const csv = toCsv(
			header,
			rows.map( ( row ) => [
				row.label,
				...METRICS.map( ( metric ) => row[ metric.key ] ),
				row.replies,
				row.embeddedAnswers,
			] )
		);
		downloadFile(
			`omniops-telemetry-${ data.groupBy }-${ data.from.slice(
				0,
				10
			) }-${ data.to.slice( 0, 10 ) }.csv`,
			'text/csv',
			csv
		);
	};

	return (
		<Page
			title="Telemetry"
			description="AI usage and cost: sums of the usage rows the engine records, with messages and conversations."
		>
			<form
				className="filters"
				onSubmit={ ( event ) => event.preventDefault() }
			>
				<SelectField
					label="Time range"
					value={ preset }
					onChange={ ( event ) => {
						setPreset( event.target.value );
						setNow( Date.now() );
					} }
					options={ PRESETS }
				/>
				{ preset === 'custom' && (
					<>
						<TextField
							label="From (UTC day)"
							type="date"
							value={ start }
							onChange={ ( event ) =>
								setStart( event.target.value )
							}
						/>
						<TextField
							label="To (UTC day, inclusive)"
							type="date"
							value={ end }
							onChange={ ( event ) =>
								setEnd( event.target.value )
							}
						/>
					</>
				) }
				<SelectField
					label="Group by"
					value={ groupBy }
					onChange={ ( event ) =>
						setGroupBy( event.target.value as UsageGrouping )
					}
					options={ GROUPINGS }
				/>
				<button
					type="button"
					className="button button-secondary"
					onClick={ exportCsv }
					disabled={ ! data || rows.length === 0 }
				>
					Export CSV
				</button>
			</form>
			{ ! range && <p className="muted">Choose a first and last day.</p> }
			{ error && (
				<ErrorAlert onRetry={ retry }>{ error.message }</ErrorAlert>
			) }
			{ range && loading && ! data && (
				<LoadingState label="Loading telemetry…" />
			) }
			{ data && (
				<>
					<section
						className="section"
						aria-label="Totals for the range"
					>
						<dl className="telemetry-totals">
							{ METRICS.map( ( metric ) => (
								<div key={ metric.key }>
									<dt>{ metric.label }</dt>
									<dd data-testid={ `total-${ metric.key }` }>
										{ metric.format(
											data.totals[ metric.key ]
										) }
									</dd>
								</div>
							) ) }
						</dl>
					</section>
					{ rows.length === 0 ? (
						<p className="empty">No usage in this range.</p>
					) : (
						<div className="table-scroll">
							<table className="data-table">
								<caption className="visually-hidden">
									AI usage and cost by { groupBy }
								</caption>
								<thead>
									<tr>
										{ [
											{
												key: 'label' as SortKey,
												label:
													GROUPINGS.find(
														( g ) =>
															g.value === groupBy
													)?.label ?? 'Group',
											},
											...METRICS,
										].map( ( column ) => (
											<th
												key={ column.key }
												scope="col"
												aria-sort={ ariaSort(
													column.key
												) }
											>
												<button
													type="button"
													className="button-link"
													onClick={ () =>
														sortBy( column.key )
													}
												>
													{ column.label }
												</button>
											</th>
										) ) }
									</tr>
								</thead>
								<tbody>
									{ rows.map( ( row ) => (
										<tr key={ row.key }>
											<th scope="row" data-label="Group">
												{ row.label }
											</th>
											{ METRICS.map( ( metric ) => (
												<td
													key={ metric.key }
													data-label={ metric.label }
												>
													{ metric.format(
														row[ metric.key ]
													) }
												</td>
											) ) }
										</tr>
									) ) }
								</tbody>
							</table>
						</div>
					) }
					<section className="section" aria-label="Definitions">
						<h2>How these figures are counted</h2>
						<ul className="muted">
							<li>
								Tokens and cost are sums of the usage rows the
								engine records per LLM call; unknown models cost
								0.
							</li>
							<li>
								Embedded share: replies no LLM answered (the
								embedded responder, including fallbacks) ÷ all
								replies.
							</li>
							<li>
								Fallbacks: LLM calls that failed, timed out, ran
								out of budget or were not grounded, answered by
								the embedded responder instead.
							</li>
							<li>
								A conversation is resolved when it had a message
								in the range and did not ask for a person (no
								handoff). Cost per resolved conversation is the
								range&apos;s cost ÷ resolved conversations.
							</li>
						</ul>
					</section>
				</>
			) }
		</Page>
	);
}
