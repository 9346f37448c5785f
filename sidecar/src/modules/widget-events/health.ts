/**
 * Widget health figures over a time window, for the whole platform, one organization or
 * one site. The dashboards (live cards, charts), alert rules and daily reports all read
 * these, so they agree with each other.
 *
 * Where the counts come from: whole hours older than the previous hour are read from the
 * hourly facet rollups (the rollup job recomputes the current hour and the three before it
 * every five minutes); the partial hour at the start of the window and the last two hours
 * are counted from raw events. So a window is exact to the second and stays cheap at
 * millions of stored events.
 *
 * Definitions (docs/architecture.md, "Widget health"):
 * - errors: config, messages-load, parent-communication and privacy errors, plus failed
 *   message sends;
 * - error rate: errors ÷ (errors + widget loads + successful sends) — the share of widget
 *   operations that failed; null when there were none;
 * - retry failure rate: failed retries ÷ retries with an outcome; null without retries;
 * - latency percentiles: upper bound of the rollup bucket (facets.ts).
 */
import {
	ERROR_TYPES,
	UNATTRIBUTED_FACET,
	percentileFromBuckets,
} from './facets';
import type { FacetCount, WidgetEventsRepo, WidgetEventScope } from './repo';

export const HOUR_MS = 60 * 60 * 1000;

export interface HealthWindow extends WidgetEventScope {
	/** ISO start (inclusive). */
	from: string;
	/** ISO end (exclusive). */
	to: string;
}

export interface HealthFigures {
	from: string;
	to: string;
	widgetLoads: number;
	/** Shopper messages the widget sent successfully. */
	messagesSent: number;
	messagesFailed: number;
	/** Replies the widget received. */
	messagesReceived: number;
	errors: number;
	/** Errors per type (`config_error`…, and `message_sent` for failed sends). */
	errorsByType: Record< string, number >;
	errorRate: number | null;
	/** Origin rejections from beacons with a widget token (unattributed ones are left out). */
	originRejections: number;
	/** Origin rejections per UTC hour that had any, ascending. */
	originRejectionsPerHour: Array< { hour: string; count: number } >;
	maxOriginRejectionsPerHour: number;
	retries: number;
	retryFailures: number;
	retryFailureRate: number | null;
	retrySuccessRate: number | null;
	loadTimeP50Ms: number | null;
	loadTimeP95Ms: number | null;
	firstMessageP50Ms: number | null;
	firstMessageP95Ms: number | null;
}

export interface SiteHealthFigures extends HealthFigures {
	siteId: string;
	organizationId: string;
}

const floorHour = ( ms: number ) => Math.floor( ms / HOUR_MS ) * HOUR_MS;
const iso = ( ms: number ) => new Date( ms ).toISOString();

/**
 * Sums facet counts into the health figures.
 *
 * @param window      The window they cover.
 * @param window.from ISO start.
 * @param window.to   ISO end.
 * @param counts      Counts from rollups and raw events.
 */
export function figuresFromCounts(
	window: { from: string; to: string },
	counts: readonly FacetCount[]
): HealthFigures {
	const byType: Record< string, number > = {};
	const facets = ( type: string ) => {
		const result: Record< string, number > = {};
		for ( const row of counts ) {
			if ( row.type === type ) {
				result[ row.facet ] = ( result[ row.facet ] ?? 0 ) + row.count;
			}
		}
		return result;
	};
	const rejectionsPerHour = new Map< string, number >();
	let originRejections = 0;
	for ( const row of counts ) {
		byType[ row.type ] = ( byType[ row.type ] ?? 0 ) + row.count;
		// Rejections reported without a widget token may be forged: kept, never counted here.
		if (
			row.type === 'origin_rejected' &&
			row.facet !== UNATTRIBUTED_FACET
		) {
			originRejections += row.count;
			rejectionsPerHour.set(
				row.hour,
				( rejectionsPerHour.get( row.hour ) ?? 0 ) + row.count
			);
		}
	}
	const sends = facets( 'message_sent' );
	const retries = facets( 'retry' );
	const loads = facets( 'widget_loaded' );
	const firstMessages = facets( 'first_message' );
	const messagesFailed = sends.failed ?? 0;
	const messagesSent = ( byType.message_sent ?? 0 ) - messagesFailed;
	const errorsByType: Record< string, number > = {};
	for ( const type of ERROR_TYPES ) {
		if ( byType[ type ] ) {
			errorsByType[ type ] = byType[ type ];
		}
	}
	if ( messagesFailed ) {
		errorsByType.message_sent = messagesFailed;
	}
	const errors = Object.values( errorsByType ).reduce( ( a, b ) => a + b, 0 );
	const widgetLoads = byType.widget_loaded ?? 0;
	const operations = errors + widgetLoads + messagesSent;
	const retryFailures = retries.failed ?? 0;
	const retriesWithOutcome = retryFailures + ( retries.ok ?? 0 );
	const perHour = [ ...rejectionsPerHour.entries() ]
		.map( ( [ hour, count ] ) => ( { hour, count } ) )
		.sort( ( a, b ) => a.hour.localeCompare( b.hour ) );
	return {
		from: window.from,
		to: window.to,
		widgetLoads,
		messagesSent,
		messagesFailed,
		messagesReceived: byType.message_received ?? 0,
		errors,
		errorsByType,
		errorRate: operations ? errors / operations : null,
		originRejections,
		originRejectionsPerHour: perHour,
		maxOriginRejectionsPerHour: Math.max(
			0,
			...perHour.map( ( entry ) => entry.count )
		),
		retries: retriesWithOutcome,
		retryFailures,
		retryFailureRate: retriesWithOutcome
			? retryFailures / retriesWithOutcome
			: null,
		retrySuccessRate: retriesWithOutcome
			? ( retries.ok ?? 0 ) / retriesWithOutcome
			: null,
		loadTimeP50Ms: percentileFromBuckets( loads, 50 ),
		loadTimeP95Ms: percentileFromBuckets( loads, 95 ),
		firstMessageP50Ms: percentileFromBuckets( firstMessages, 50 ),
		firstMessageP95Ms: percentileFromBuckets( firstMessages, 95 ),
	};
}

export function createHealthService(
	repo: WidgetEventsRepo,
	clock: () => Date
) {
	/**
	 * Facet counts per hour over a window: rollups for settled whole hours, raw events for
	 * the partial first hour and the recent hours (see the file comment).
	 *
	 * @param window Time window and scope.
	 * @param bySite Keep the counts per site.
	 */
	async function facetCounts(
		window: HealthWindow,
		bySite = false
	): Promise< FacetCount[] > {
		const from = Date.parse( window.from );
		const to = Date.parse( window.to );
		const settled = floorHour( clock().getTime() ) - HOUR_MS;
		const raw = ( start: number, end: number ) =>
			repo.rawFacetCounts(
				iso( start ),
				iso( end ),
				iso( floorHour( start ) ),
				window,
				bySite
			);
		const parts: Array< Promise< FacetCount[] > > = [];
		let cursor = from;
		if ( cursor % HOUR_MS !== 0 && cursor < to ) {
			const end = Math.min( floorHour( cursor ) + HOUR_MS, to );
			parts.push( raw( cursor, end ) );
			cursor = end;
		}
		const rolledUpEnd = Math.min( floorHour( to ), settled );
		if ( rolledUpEnd > cursor ) {
			parts.push(
				repo.rolledUpFacetCounts(
					iso( cursor ),
					iso( rolledUpEnd ),
					window,
					bySite
				)
			);
			cursor = rolledUpEnd;
		}
		while ( cursor < to ) {
			const end = Math.min( floorHour( cursor ) + HOUR_MS, to );
			parts.push( raw( cursor, end ) );
			cursor = end;
		}
		return ( await Promise.all( parts ) ).flat();
	}

	return {
		facetCounts,

		/**
		 * Health figures of the platform, an organization or a site over [from, to).
		 * For alert rules and reports: `healthFigures({ from, to, organizationId?, siteId? })`.
		 *
		 * @param window ISO from/to and an optional organization or site.
		 */
		async healthFigures( window: HealthWindow ): Promise< HealthFigures > {
			return figuresFromCounts( window, await facetCounts( window ) );
		},

		/**
		 * The same figures per site (sites without events in the window are absent).
		 *
		 * @param window ISO from/to and an optional organization.
		 */
		async healthFiguresBySite(
			window: HealthWindow
		): Promise< SiteHealthFigures[] > {
			const counts = await facetCounts( window, true );
			const perSite = new Map< string, FacetCount[] >();
			for ( const row of counts ) {
				const list = perSite.get( row.siteId! ) ?? [];
				list.push( row );
				perSite.set( row.siteId!, list );
			}
			return [ ...perSite.entries() ].map( ( [ siteId, rows ] ) => ( {
				siteId,
				organizationId: rows[ 0 ]!.organizationId!,
				...figuresFromCounts( window, rows ),
			} ) );
		},
	};
}

export type HealthService = ReturnType< typeof createHealthService >;
