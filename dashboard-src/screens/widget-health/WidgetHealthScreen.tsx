import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useApiResource } from '../../hooks/useApiResource';
import { useRealtimeAnalytics } from '../../hooks/use-realtime-analytics';
import { usePerformanceData } from '../../hooks/usePerformanceData';
import { Link, paths, useLocation } from '../../router';
import { downloadFile, toCsv } from '../telemetry/exportFile';
import {
	ERROR_TYPE_LABELS,
	getErrorDetails,
	listErrors,
	listSiteHealth,
	millis,
	percent,
	type ErrorDetails,
	type HealthScope,
	type LiveCards,
	type SiteHealth,
	type WidgetError,
	type WidgetHealthSource,
} from './widgetHealthApi';
import { WIDGET_HEALTH_CSS } from './widgetHealthStyles';

const HealthCharts = lazy( () => import( './HealthCharts' ) );

/** The platform routes (`/api/owner/widget-health*`), as /owner/widget-health shows them. */
export const platformWidgetHealthSource: WidgetHealthSource = {
	id: 'platform',
	listErrors,
	getErrorDetails,
	listSites: listSiteHealth,
	sitePath: ( siteId ) =>
		`${ paths.widgetHealth }?site=${ encodeURIComponent( siteId ) }`,
	allSitesPath: paths.widgetHealth,
};

/** How often the organization page reloads its cards and lists (it has no live stream). */
export const POLL_INTERVAL_MS = 15_000;

/**
 * Calls `refresh` every POLL_INTERVAL_MS while the tab is visible, and at once when the
 * tab becomes visible again (a hidden tab does not poll).
 *
 * @param refresh Reloads; should be stable across renders. null: no polling.
 */
export function usePolling( refresh: ( () => void ) | null ) {
	useEffect( () => {
		if ( ! refresh ) {
			return;
		}
		const visible = () => document.visibilityState !== 'hidden';
		const timer = window.setInterval( () => {
			if ( visible() ) {
				refresh();
			}
		}, POLL_INTERVAL_MS );
		const onVisibility = () => {
			if ( visible() ) {
				refresh();
			}
		};
		document.addEventListener( 'visibilitychange', onVisibility );
		return () => {
			window.clearInterval( timer );
			document.removeEventListener( 'visibilitychange', onVisibility );
		};
	}, [ refresh ] );
}

function trend( cards: LiveCards ) {
	if ( cards.messagesTrend === null ) {
		return 'no messages the 24 hours before';
	}
	const change = Math.round( cards.messagesTrend * 100 );
	return `${ change >= 0 ? '+' : '' }${ change }% vs the 24 hours before`;
}

interface CardProps {
	label: string;
	value: string;
	note?: string;
	alert?: string | false;
	testId: string;
}

function Card( { label, value, note, alert, testId }: CardProps ) {
	return (
		<div
			className={ `health-card${ alert ? ' health-card-alert' : '' }` }
			data-testid={ testId }
		>
			<p className="health-card-label">{ label }</p>
			<p className="health-card-value">{ value }</p>
			{ alert && <p className="badge badge-alert">{ alert }</p> }
			{ note && <p className="health-card-note">{ note }</p> }
		</div>
	);
}

interface CardsViewProps {
	cards: LiveCards | undefined | null;
	status: string;
	error: { message: string } | undefined | null;
	retry: () => void;
}

function LiveCardsPanel( { scope }: { scope: HealthScope } ) {
	const { cards, status, error, retry } = useRealtimeAnalytics( scope );
	return (
		<CardsView
			cards={ cards }
			status={ status }
			error={ error }
			retry={ retry }
		/>
	);
}

/**
 * The cards reloaded every POLL_INTERVAL_MS (for sources without a live stream).
 *
 * @param props        Scope and source.
 * @param props.scope  Which widgets.
 * @param props.source Where the cards come from; must have getCards.
 */
export function PolledCardsPanel( props: {
	scope: HealthScope;
	source: WidgetHealthSource;
} ) {
	const { scope, source } = props;
	const { data, error, retry } = useApiResource(
		`cards:${ source.id }:${ scope.siteId ?? '' }`,
		( api, signal ) =>
			source.getCards
				? source.getCards( api, scope, signal )
				: Promise.reject( new Error( 'No cards for this source.' ) )
	);
	usePolling( retry );
	return (
		<CardsView
			cards={ data }
			status={ `updated every ${ POLL_INTERVAL_MS / 1000 } s` }
			error={ error }
			retry={ retry }
		/>
	);
}

function CardsView( { cards, status, error, retry }: CardsViewProps ) {
	return (
		<section className="section" aria-labelledby="live-heading">
			<h2 id="live-heading">
				Now{ ' ' }
				<span className="badge badge-info" data-testid="stream-status">
					{ status === 'live' ? 'live' : status }
				</span>
			</h2>
			{ error && (
				<ErrorAlert onRetry={ retry }>{ error.message }</ErrorAlert>
			) }
			{ ! cards && ! error && (
				<LoadingState label="Connecting to live figures…" />
			) }
			{ cards && (
				<div className="health-cards" aria-live="polite">
					<Card
						testId="card-messages"
						label="Messages, last 24 h"
						value={ String( cards.messages24h ) }
						note={ trend( cards ) }
					/>
					<Card
						testId="card-sessions"
						label="Active sessions (30 min)"
						value={ String( cards.activeSessions ) }
					/>
					<Card
						testId="card-error-rate"
						label="Error rate, 24 h"
						value={ percent( cards.errorRate ) }
						note={ `threshold ${ percent( cards.errorRateThreshold ) }` }
						alert={ cards.errorRateAlert && 'Above threshold' }
					/>
					<Card
						testId="card-origin"
						label="Origin rejections, last hour"
						value={ String( cards.originRejectionsLastHour ) }
						note={ `threshold ${ cards.originRejectionsThreshold }/h` }
						alert={ cards.possibleAttack && 'Possible attack' }
					/>
					<Card
						testId="card-load"
						label="Widget load p50 / p95"
						value={ `${ millis( cards.loadTimeP50Ms ) } / ${ millis(
							cards.loadTimeP95Ms
						) }` }
					/>
					<Card
						testId="card-first-message"
						label="Time to first message p50"
						value={ millis( cards.firstMessageP50Ms ) }
					/>
					<Card
						testId="card-retry"
						label="Retry success, 24 h"
						value={ percent( cards.retrySuccessRate ) }
					/>
				</div>
			) }
		</section>
	);
}

function ChartsPanel( { scope }: { scope: HealthScope } ) {
	const { data, error, retry } = usePerformanceData( scope, 7 );
	return (
		<section className="section" aria-labelledby="charts-heading">
			<h2 id="charts-heading">Last 7 days</h2>
			{ error && (
				<ErrorAlert onRetry={ retry }>{ error.message }</ErrorAlert>
			) }
			{ ! data && ! error && <LoadingState label="Loading charts…" /> }
			{ data && (
				<Suspense fallback={ <LoadingState label="Loading charts…" /> }>
					<HealthCharts series={ data } />
				</Suspense>
			) }
		</section>
	);
}

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
	const exportAs = ( format: 'csv' | 'json' ) => {
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
		<section className="section" aria-labelledby="errors-heading">
			<h2 id="errors-heading">Recent errors</h2>
			<form
				className="filters"
				onSubmit={ ( event ) => event.preventDefault() }
			>
				<div className="field">
					<label htmlFor="errors-type">Type</label>
					<select
						id="errors-type"
						value={ type }
						onChange={ ( event ) => setType( event.target.value ) }
					>
						<option value="">All types</option>
						{ Object.entries( ERROR_TYPE_LABELS ).map(
							( [ value, label ] ) => (
								<option key={ value } value={ value }>
									{ label }
								</option>
							)
						) }
					</select>
				</div>
				<div className="field">
					<label htmlFor="errors-since">Since</label>
					<select
						id="errors-since"
						value={ hours }
						onChange={ ( event ) =>
							setHours( Number( event.target.value ) )
						}
					>
						<option value={ 1 }>Last hour</option>
						<option value={ 24 }>Last 24 hours</option>
						<option value={ 168 }>Last 7 days</option>
					</select>
				</div>
				<button
					type="button"
					className="button button-secondary"
					onClick={ () => setNow( Date.now() ) }
				>
					Refresh
				</button>
				<button
					type="button"
					className="button button-secondary"
					onClick={ () => exportAs( 'csv' ) }
					disabled={ ! data }
				>
					Export CSV
				</button>
				<button
					type="button"
					className="button button-secondary"
					onClick={ () => exportAs( 'json' ) }
					disabled={ ! data }
				>
					Export JSON
				</button>
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
					rowKey={ ( row ) => row.id }
				/>
			) }
			{ open && (
				<ErrorDialog
					row={ open }
					source={ source }
					onClose={ () => setOpen( null ) }
				/>
			) }
		</section>
	);
}

/**
 * Per-site figures over the last 24 hours, each site linking to its drill-down.
 *
 * @param props        Scope and source.
 * @param props.scope  Which widgets.
 * @param props.source Where the figures come from.
 * @param props.poll   Reload every POLL_INTERVAL_MS (sources without a live stream).
 */
export function SitesPanel( props: {
	scope: HealthScope;
	source: WidgetHealthSource;
	poll?: boolean;
} ) {
	const { scope, source, poll = false } = props;
	const { data, error, retry } = useApiResource(
		`sites:${ source.id }:${ scope.organizationId ?? '' }`,
		( api, signal ) => source.listSites( api, scope, signal )
	);
	usePolling( poll ? retry : null );
	const columns: Array< Column< SiteHealth > > = [
		{
			header: 'Site',
			render: ( row ) => (
				<Link to={ source.sitePath( row.siteId ) }>
					{ row.siteUrl || row.siteId }
				</Link>
			),
		},
		{ header: 'Loads', render: ( row ) => row.widgetLoads },
		{ header: 'Messages', render: ( row ) => row.messagesSent },
		{ header: 'Errors', render: ( row ) => row.errors },
		{ header: 'Error rate', render: ( row ) => percent( row.errorRate ) },
		{
			header: 'Origin rejections',
			render: ( row ) => row.originRejections,
		},
		{
			header: 'Retry success',
			render: ( row ) => percent( row.retrySuccessRate ),
		},
		{ header: 'Load p95', render: ( row ) => millis( row.loadTimeP95Ms ) },
	];
	return (
		<section className="section" aria-labelledby="sites-heading">
			<h2 id="sites-heading">Sites, last 24 hours</h2>
			{ error && (
				<ErrorAlert onRetry={ retry }>{ error.message }</ErrorAlert>
			) }
			{ data && data.length === 0 && (
				<p className="empty">
					No widget activity in the last 24 hours.
				</p>
			) }
			{ data && data.length > 0 && (
				<DataTable
					label="Widget health per site"
					columns={ columns }
					rows={ data }
					rowKey={ ( row ) => row.siteId }
				/>
			) }
		</section>
	);
}

/**
 * `/owner/widget-health` (`?site=<id>` drills down to one site): live cards over SSE,
 * 7-day charts, recent errors with details and export, and the per-site list.
 */
export function WidgetHealthScreen() {
	const { query } = useLocation();
	const siteId = query.get( 'site' ) ?? undefined;
	const scope: HealthScope = siteId ? { siteId } : {};
	return (
		<Page
			title={ siteId ? 'Widget health: one site' : 'Widget health' }
			before={
				siteId ? (
					<nav className="breadcrumb" aria-label="Breadcrumb">
						<Link to={ paths.widgetHealth }>All sites</Link>
					</nav>
				) : undefined
			}
			description="How the storefront widgets are doing, from their telemetry."
		>
			<style>{ WIDGET_HEALTH_CSS }</style>
			<LiveCardsPanel scope={ scope } />
			<ChartsPanel scope={ scope } />
			<RecentErrors
				scope={ scope }
				source={ platformWidgetHealthSource }
			/>
			{ ! siteId && (
				<SitesPanel
					scope={ scope }
					source={ platformWidgetHealthSource }
				/>
			) }
		</Page>
	);
}
