import { Section } from '../../components/Section';
import { lazy, Suspense, type ReactNode } from 'react';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { ResourceStatus } from '../../components/ResourceStatus';
import { useApiResource } from '../../hooks/useApiResource';
import { useRealtimeAnalytics } from '../../hooks/useRealtimeAnalytics';
import { usePerformanceData } from '../../hooks/usePerformanceData';
import { Link, paths, useLocation } from '../../router';
import {
	getErrorDetails,
	listErrors,
	listSiteHealth,
	millis,
	percent,
	type HealthScope,
	type LiveCards,
	type SiteHealth,
	type WidgetHealthSource,
} from './widgetHealthApi';
import { WIDGET_HEALTH_CSS } from './widgetHealthStyles';
import { RecentErrors } from './RecentErrors';
import { POLL_INTERVAL_MS, usePolling } from './usePolling';

export { RecentErrors } from './RecentErrors';
export { POLL_INTERVAL_MS, usePolling } from './usePolling';

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

/**
 * The live figures as cards, in the order they show.
 *
 * @param cards The figures.
 */
function liveCards( cards: LiveCards ): CardProps[] {
	return [
		{
			testId: 'card-messages',
			label: 'Messages, last 24 h',
			value: String( cards.messages24h ),
			note: trend( cards ),
		},
		{
			testId: 'card-sessions',
			label: 'Active sessions (30 min)',
			value: String( cards.activeSessions ),
		},
		{
			testId: 'card-error-rate',
			label: 'Error rate, 24 h',
			value: percent( cards.errorRate ),
			note: `threshold ${ percent( cards.errorRateThreshold ) }`,
			alert: cards.errorRateAlert && 'Above threshold',
		},
		{
			testId: 'card-origin',
			label: 'Origin rejections, last hour',
			value: String( cards.originRejectionsLastHour ),
			note: `threshold ${ cards.originRejectionsThreshold }/h`,
			alert: cards.possibleAttack && 'Possible attack',
		},
		{
			testId: 'card-load',
			label: 'Widget load p50 / p95',
			value: `${ millis( cards.loadTimeP50Ms ) } / ${ millis(
				cards.loadTimeP95Ms
			) }`,
		},
		{
			testId: 'card-first-message',
			label: 'Time to first message p50',
			value: millis( cards.firstMessageP50Ms ),
		},
		{
			testId: 'card-retry',
			label: 'Retry success, 24 h',
			value: percent( cards.retrySuccessRate ),
		},
	];
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
			<ResourceStatus
				resource={ { data: cards, error, retry } }
				loading="Connecting to live figures…"
			/>
			{ cards && (
				<div className="health-cards" aria-live="polite">
					{ liveCards( cards ).map( ( card ) => (
						<Card key={ card.testId } { ...card } />
					) ) }
				</div>
			) }
		</section>
	);
}

function ChartsPanel( { scope }: { scope: HealthScope } ) {
	const { data, error, retry } = usePerformanceData( scope, 7 );
	return (
		<Section id="charts-heading" title="Last 7 days">
			<ResourceStatus
				resource={ { data, error, retry } }
				loading="Loading charts…"
			/>
			{ data && (
				<Suspense fallback={ <LoadingState label="Loading charts…" /> }>
					<HealthCharts series={ data } />
				</Suspense>
			) }
		</Section>
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
		<Section id="sites-heading" title="Sites, last 24 hours">
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
		</Section>
	);
}

/**
 * The frame of a widget-health page, the owner's or an organization's: its title, the way
 * back from one site to all, and the page's styles.
 *
 * @param props              Page props.
 * @param props.siteId       The drilled-down site, if any.
 * @param props.allSitesPath Where "All sites" leads.
 * @param props.description  What the page shows.
 * @param props.children     The panels.
 */
export function WidgetHealthPage( props: {
	siteId: string | undefined;
	allSitesPath: string;
	description: string;
	children: ReactNode;
} ) {
	return (
		<Page
			title={ props.siteId ? 'Widget health: one site' : 'Widget health' }
			before={
				props.siteId ? (
					<nav className="breadcrumb" aria-label="Breadcrumb">
						<Link to={ props.allSitesPath }>All sites</Link>
					</nav>
				) : undefined
			}
			description={ props.description }
		>
			<style>{ WIDGET_HEALTH_CSS }</style>
			{ props.children }
		</Page>
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
		<WidgetHealthPage
			siteId={ siteId }
			allSitesPath={ paths.widgetHealth }
			description="How the storefront widgets are doing, from their telemetry."
		>
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
		</WidgetHealthPage>
	);
}
