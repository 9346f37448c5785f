/**
 * The widget-health routes as /owner/widget-health and the organization area use them
 * (declared in sidecar/src/areas/widget-health.ts; their bodies are contracts/widget-health.ts).
 */
import type {
	ErrorDetails,
	HealthCharts,
	LiveCards,
	SiteHealth,
	WidgetError,
} from '../../../contracts/widget-health';
import type { ApiClient } from '../../api';

export type { ErrorDetails, HealthCharts, LiveCards, SiteHealth, WidgetError };

/** Which widgets a view covers: all, one organization's, or one site's. */
export interface HealthScope {
	organizationId?: string;
	siteId?: string;
}

export interface ErrorFilter extends HealthScope {
	type?: string;
	/** Hours back from now. */
	hours: number;
}

/** Error types the recent-errors filter offers, with their labels. */
export const ERROR_TYPE_LABELS: Record< string, string > = {
	config_error: 'Configuration',
	messages_load_error: 'Loading messages',
	parent_comm_error: 'Page communication',
	privacy_error: 'Privacy',
	message_sent: 'Sending a message',
};

/** A query's values; empty ones are left out of the query string. */
type Query = Record< string, string | number | undefined >;

/**
 * A query string from the set values of an object.
 *
 * @param values Names and values; undefined ones are left out.
 */
export function queryString( values: Query ): string {
	const query = new URLSearchParams();
	for ( const [ name, value ] of Object.entries( values ) ) {
		if ( value !== undefined && value !== '' ) {
			query.set( name, String( value ) );
		}
	}
	const text = query.toString();
	return text ? `?${ text }` : '';
}

/**
 * The live stream's URL for a scope.
 *
 * @param scope Platform, organization or site.
 */
export function streamUrl( scope: HealthScope ): string {
	let name = 'platform';
	if ( scope.siteId ) {
		name = 'site';
	} else if ( scope.organizationId ) {
		name = 'organization';
	}
	return `/api/owner/widget-health/stream${ queryString( {
		scope: name,
		...scope,
	} ) }`;
}

/**
 * Reads one widget-health route (the owner's or an organization's) with its query: every
 * figure these pages show is a GET of this kind.
 *
 * @param api    The API client.
 * @param path   The route, without the query.
 * @param query  Its query; empty values are left out.
 * @param signal Aborts the read.
 */
const readHealth = < T >(
	api: ApiClient,
	path: string,
	query: Query,
	signal: AbortSignal
) =>
	api.request< T >( 'GET', `${ path }${ queryString( query ) }`, { signal } );

const OWNER_HEALTH = '/api/owner/widget-health';

export const getCharts = (
	api: ApiClient,
	scope: HealthScope,
	days: number,
	signal: AbortSignal
) =>
	readHealth< HealthCharts >(
		api,
		`${ OWNER_HEALTH }/charts`,
		{ ...scope, days },
		signal
	);

export const listErrors = (
	api: ApiClient,
	filter: ErrorFilter,
	now: number,
	signal: AbortSignal
) =>
	readHealth< { errors: WidgetError[] } >(
		api,
		`${ OWNER_HEALTH }/errors`,
		{
			organizationId: filter.organizationId,
			siteId: filter.siteId,
			type: filter.type,
			from: new Date( now - filter.hours * 3_600_000 ).toISOString(),
			to: new Date( now + 60_000 ).toISOString(),
			limit: 1000,
		},
		signal
	).then( ( body ) => body.errors );

export const getErrorDetails = (
	api: ApiClient,
	id: string,
	signal: AbortSignal
) =>
	readHealth< ErrorDetails >(
		api,
		`${ OWNER_HEALTH }/errors/${ encodeURIComponent( id ) }`,
		{},
		signal
	);

export const listSiteHealth = (
	api: ApiClient,
	scope: HealthScope,
	signal: AbortSignal
) =>
	readHealth< { sites: SiteHealth[] } >(
		api,
		`${ OWNER_HEALTH }/sites`,
		{ organizationId: scope.organizationId },
		signal
	).then( ( body ) => body.sites );

/**
 * Where a widget-health page gets its figures: the platform routes (/owner, live over SSE)
 * or one organization's routes (/app, polled, last 7 days of errors, no per-error details).
 * The panels in WidgetHealthScreen take one, so both pages share them.
 */
export interface WidgetHealthSource {
	/** Tells the loads of different sources apart (cache keys). */
	id: string;
	listErrors: typeof listErrors;
	/** Absent: the dialog shows the row itself, without related retries. */
	getErrorDetails?: typeof getErrorDetails;
	listSites: typeof listSiteHealth;
	/** Absent: the cards come live over the platform's SSE stream instead. */
	getCards?: (
		api: ApiClient,
		scope: HealthScope,
		signal: AbortSignal
	) => Promise< LiveCards >;
	/** The drill-down page of one site, and the way back. */
	sitePath: ( siteId: string ) => string;
	allSitesPath: string;
}

/**
 * The organization routes (`/api/org/:orgId/widget-health*`). Their errors cover the last
 * 7 days, so shorter "since" filters are applied here.
 *
 * @param organizationId The organization.
 * @param pathOf         The page path of a site's drill-down (null: all sites).
 */
export function orgWidgetHealthSource(
	organizationId: string,
	pathOf: ( siteId: string | null ) => string
): WidgetHealthSource {
	const base = `/api/org/${ encodeURIComponent( organizationId ) }/widget-health`;
	return {
		id: `org:${ organizationId }`,
		getCards: ( api, scope, signal ) =>
			readHealth< LiveCards >(
				api,
				base,
				{ siteId: scope.siteId },
				signal
			),
		listErrors: ( api, filter, now, signal ) =>
			readHealth< { errors: WidgetError[] } >(
				api,
				`${ base }/errors`,
				{ siteId: filter.siteId, type: filter.type, limit: 1000 },
				signal
			).then( ( body ) => {
				const since = now - filter.hours * 3_600_000;
				return body.errors.filter(
					( error ) => Date.parse( error.occurredAt ) >= since
				);
			} ),
		listSites: ( api, _scope, signal ) =>
			readHealth< { sites: SiteHealth[] } >(
				api,
				`${ base }/sites`,
				{},
				signal
			).then( ( body ) => body.sites ),
		sitePath: ( siteId ) => pathOf( siteId ),
		allSitesPath: pathOf( null ),
	};
}

/**
 * A share as a percentage with one decimal, or a dash without data.
 *
 * @param value 0–1, or null.
 */
export const percent = ( value: number | null ) =>
	value === null ? '—' : `${ Math.round( value * 1000 ) / 10 }%`;

/**
 * Milliseconds for a card, or a dash.
 *
 * @param value Milliseconds, or null.
 */
export const millis = ( value: number | null ) =>
	value === null ? '—' : `≤ ${ value } ms`;
