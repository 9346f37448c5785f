/**
 * The widget-health page's recent errors: filters, the details dialog with related
 * retries, CSV and JSON export. Shown by the owner's and an organization's page.
 */
import { Section } from '../../components/Section';
import { useEffect, useRef, useState } from 'react';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadingState } from '../../components/LoadingState';
import { SelectField } from '../../components/SelectField';
import { useApiResource } from '../../hooks/useApiResource';
import { downloadFile, toCsv } from '../telemetry/exportFile';
import {
	ERROR_TYPE_LABELS,
	type ErrorDetails,
	type HealthScope,
	type WidgetError,
	type WidgetHealthSource,
} from './widgetHealthApi';
import { usePolling } from './usePolling';

/** What the error list exports to, each with its own button. */
const EXPORT_FORMATS = [ 'csv', 'json' ] as const;

const EXPORT_HEADER = [
	'id',
	'time',
	'type',
	'code',
	'message',
	'site',
	'page',
	'browser',
];
const exportRow = ( error: WidgetError ) => [
	error.id,
	error.occurredAt,
	error.type,
	error.code,
	error.message,
	error.siteUrl,
	error.pageUrl,
	error.browser,
];

function RelatedRetries( props: {
	retries: ErrorDetails[ 'relatedRetries' ];
} ) {
	const { retries } = props;
	return (
		<>
			<h3>Related retries (same site, ±5 minutes)</h3>
			{ retries.length === 0 ? (
				<p className="muted">None.</p>
			) : (
				<ul>
					{ retries.map( ( retryEvent ) => (
						<li key={ retryEvent.id }>
							{ retryEvent.kind || 'retry' }:{ ' ' }
							{ retryEvent.ok ? 'succeeded' : 'failed' } at{ ' ' }
							<FormattedDate value={ retryEvent.occurredAt } />
						</li>
					) ) }
				</ul>
			) }
		</>
	);
}

function ErrorDialog( props: {
	row: WidgetError;
	source: WidgetHealthSource;
	onClose: () => void;
} ) {
	const { row, source, onClose } = props;
	const closeRef = useRef< HTMLButtonElement >( null );
	const { data, error, retry } = useApiResource(
		`error:${ source.id }:${ row.id }`,
		( api, signal ) =>
			source.getErrorDetails
				? source.getErrorDetails( api, row.id, signal )
				: Promise.resolve( {
						error: row,
						data: {},
						relatedRetries: [],
					} )
	);
	useEffect( () => {
		closeRef.current?.focus();
		const onKey = ( event: KeyboardEvent ) => {
			if ( event.key === 'Escape' ) {
				onClose();
			}
		};
		window.addEventListener( 'keydown', onKey );
		return () => window.removeEventListener( 'keydown', onKey );
	}, [ onClose ] );
	return (
		<div className="dialog-backdrop">
			<div
				className="dialog card"
				role="dialog"
				aria-modal="true"
				aria-labelledby="error-dialog-title"
			>
				<h2 id="error-dialog-title">Error details</h2>
				{ error && (
					<ErrorAlert onRetry={ retry }>{ error.message }</ErrorAlert>
				) }
				{ data && (
					<>
						<dl className="details-list">
							<dt>Type</dt>
							<dd>
								{ ERROR_TYPE_LABELS[ data.error.type ] ??
									data.error.type }{ ' ' }
								({ data.error.code })
							</dd>
							<dt>Message</dt>
							<dd>{ data.error.message || '—' }</dd>
							<dt>Site</dt>
							<dd>{ data.error.siteUrl }</dd>
							<dt>Page URL</dt>
							<dd className="break">
								{ data.error.pageUrl || '—' }
							</dd>
							<dt>Browser</dt>
							<dd>{ data.error.browser }</dd>
							<dt>Time</dt>
							<dd>
								<FormattedDate
									value={ data.error.occurredAt }
								/>
							</dd>
						</dl>
						{ source.getErrorDetails && (
							<RelatedRetries retries={ data.relatedRetries } />
						) }
					</>
				) }
				<button
					ref={ closeRef }
					type="button"
					className="button button-secondary"
					onClick={ onClose }
				>
					Close
				</button>
			</div>
		</div>
	);
}

/**
 * Recent errors: type and time filters, a details dialog, CSV and JSON export.
 *
 * @param props        Scope and source.
 * @param props.scope  Which widgets.
 * @param props.source Where the errors come from.
 * @param props.poll   Reload every POLL_INTERVAL_MS (sources without a live stream).
 */
export function RecentErrors( props: {
	scope: HealthScope;
	source: WidgetHealthSource;
	poll?: boolean;
} ) {
	const { scope, source, poll = false } = props;
	const [ type, setType ] = useState( '' );
	const [ hours, setHours ] = useState( 24 );
	const [ now, setNow ] = useState( () => Date.now() );
	const [ open, setOpen ] = useState< WidgetError | null >( null );
	const key = `${ source.id }|${ scope.organizationId }|${ scope.siteId }|${ type }|${ hours }|${ now }`;
	const { data, error, loading, retry } = useApiResource(
		key,
		( api, signal ) =>
			source.listErrors(
				api,
				{ ...scope, type: type || undefined, hours },
				// A polled reload keeps the key (and the rows on screen) but looks at the time now.
				poll ? Date.now() : now,
				signal
			)
	);
	usePolling( poll ? retry : null );
	const rows = data ?? [];
	const exportAs = ( format: ( typeof EXPORT_FORMATS )[ number ] ) => {
		const name = `omniops-widget-errors-${ new Date( now )
			.toISOString()
			.slice( 0, 19 )
			.replace( /:/g, '-' ) }.${ format }`;
		if ( format === 'csv' ) {
			downloadFile(
				name,
				'text/csv',
				toCsv( EXPORT_HEADER, rows.map( exportRow ) )
			);
		} else {
			downloadFile(
				name,
				'application/json',
				JSON.stringify( rows, null, 2 )
			);
		}
	};
	const columns: Array< Column< WidgetError > > = [
		{
			header: 'Time',
			render: ( row ) => <FormattedDate value={ row.occurredAt } />,
		},
		{
			header: 'Type',
			render: ( row ) => ERROR_TYPE_LABELS[ row.type ] ?? row.type,
		},
		{ header: 'Code', render: ( row ) => row.code, className: 'mono' },
		{ header: 'Site', render: ( row ) => row.siteUrl },
		{ header: 'Browser', render: ( row ) => row.browser },
		{
			header: 'Details',
			render: ( row ) => (
				<button
					type="button"
					className="button button-secondary button-small"
					onClick={ () => setOpen( row ) }
				>
					Details
				</button>
			),
		},
	];
	return (
		<Section id="errors-heading" title="Recent errors">
			<form
				className="filters"
				onSubmit={ ( event ) => event.preventDefault() }
			>
				<SelectField
					label="Type"
					value={ type }
					onChange={ ( event ) => setType( event.target.value ) }
					options={ Object.entries( ERROR_TYPE_LABELS ).map(
						( [ value, label ] ) => ( { value, label } )
					) }
				>
					<option value="">All types</option>
				</SelectField>
				<SelectField
					label="Since"
					value={ hours }
					onChange={ ( event ) =>
						setHours( Number( event.target.value ) )
					}
				>
					<option value={ 1 }>Last hour</option>
					<option value={ 24 }>Last 24 hours</option>
					<option value={ 168 }>Last 7 days</option>
				</SelectField>
				<button
					type="button"
					className="button button-secondary"
					onClick={ () => setNow( Date.now() ) }
				>
					Refresh
				</button>
				{ EXPORT_FORMATS.map( ( format ) => (
					<button
						key={ format }
						type="button"
						className="button button-secondary"
						onClick={ () => exportAs( format ) }
						disabled={ ! data }
					>
						{ `Export ${ format.toUpperCase() }` }
					</button>
				) ) }
			</form>
			{ error && (
				<ErrorAlert onRetry={ retry }>{ error.message }</ErrorAlert>
			) }
			{ loading && ! data && <LoadingState label="Loading errors…" /> }
			{ data && (
				<p className="muted" data-testid="error-count">
					{ rows.length } error{ rows.length === 1 ? '' : 's' }
				</p>
			) }
			{ rows.length > 0 && (
				<DataTable
					label="Recent widget errors"
					columns={ columns }
					rows={ rows }
				/>
			) }
			{ open && (
				<ErrorDialog
					row={ open }
					source={ source }
					onClose={ () => setOpen( null ) }
				/>
			) }
		</Section>
	);
}
