/**
 * The widget-health dashboard's reads: the live cards, the 7-day charts, recent errors
 * with their related retries, and per-site figures. Everything is scoped the same way
 * (platform, one organization, one site), so the organization area can reuse it with its
 * own organization id.
 */
import { ERROR_TYPES, percentileFromBuckets } from './facets';
import { HOUR_MS, type HealthService } from './health';
import type {
	WidgetEventRow,
	WidgetEventsRepo,
	WidgetEventScope,
} from './repo';
// The live cards and an error row are the contract's (ADR 0032).
import type {
	LiveCards,
	WidgetError,
} from '../../../../contracts/widget-health';

/** Card thresholds: the roadmap's alert defaults. */
export const ERROR_RATE_THRESHOLD = 0.05;
export const ORIGIN_REJECTIONS_PER_HOUR_THRESHOLD = 10;
/** A widget load in this window counts as an active session. */
export const ACTIVE_SESSION_WINDOW_MS = 30 * 60 * 1000;
/** Retries this close to an error (same site) are shown as related to it. */
const RELATED_RETRY_WINDOW_MS = 5 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Types listed as errors: the four error types and failed sends. */
export const LISTED_ERROR_TYPES = [ ...ERROR_TYPES, 'message_sent' ] as const;

export interface WidgetHealthDeps {
	repo: WidgetEventsRepo;
	health: HealthService;
	clock: () => Date;
	siteUrl: ( siteId: string ) => Promise< string >;
}

const iso = ( ms: number ) => new Date( ms ).toISOString();

/** A short browser name from a user agent (Chrome 120, Firefox 121…). */
export function browserName( userAgent: string ): string {
	const patterns: Array< [ string, RegExp ] > = [
		[ 'Edge', /Edg\/(\d+)/ ],
		[ 'Firefox', /Firefox\/(\d+)/ ],
		[ 'Chrome', /(?:Chrome|HeadlessChrome)\/(\d+)/ ],
		[ 'Safari', /Version\/(\d+).*Safari/ ],
	];
	for ( const [ name, pattern ] of patterns ) {
		const match = pattern.exec( userAgent );
		if ( match ) {
			return `${ name } ${ match[ 1 ] }`;
		}
	}
	return userAgent ? 'Other' : 'Unknown';
}

export function createWidgetHealth( deps: WidgetHealthDeps ) {
	const { repo, health, clock } = deps;
	const urls = new Map< string, string >();
	const siteUrl = async ( siteId: string ) => {
		if ( ! urls.has( siteId ) ) {
			urls.set( siteId, await deps.siteUrl( siteId ).catch( () => '' ) );
		}
		return urls.get( siteId )!;
	};

	function toError( row: WidgetEventRow, url: string ): WidgetError {
		const text = ( key: string ) =>
			typeof row.data[ key ] === 'string' ||
			typeof row.data[ key ] === 'number'
				? String( row.data[ key ] )
				: '';
		return {
			id: row.id,
			type: row.type,
			code: text( 'code' ) || 'unknown',
			message:
				text( 'message' ) ||
				( text( 'status' ) ? `HTTP ${ text( 'status' ) }` : '' ),
			organizationId: row.organizationId,
			siteId: row.siteId,
			siteUrl: url,
			pageUrl: text( 'pageUrl' ),
			browser: browserName( text( 'userAgent' ) ),
			occurredAt: row.occurredAt,
		};
	}

	return {
		/** The live cards' figures now. */
		async liveCards( scope: WidgetEventScope ): Promise< LiveCards > {
			const now = clock().getTime();
			const window = ( from: number, to: number ) =>
				health.healthFigures( {
					...scope,
					from: iso( from ),
					to: iso( to ),
				} );
			const [ day, previous, lastHour, active ] = await Promise.all( [
				window( now - DAY_MS, now + 1 ),
				window( now - 2 * DAY_MS, now - DAY_MS ),
				window( now - HOUR_MS, now + 1 ),
				window( now - ACTIVE_SESSION_WINDOW_MS, now + 1 ),
			] );
			const messages24h = day.messagesSent;
			return {
				at: iso( now ),
				messages24h,
				messagesPrevious24h: previous.messagesSent,
				messagesTrend: previous.messagesSent
					? ( messages24h - previous.messagesSent ) /
						previous.messagesSent
					: null,
				activeSessions: active.widgetLoads,
				errorRate: day.errorRate,
				errorRateThreshold: ERROR_RATE_THRESHOLD,
				errorRateAlert: ( day.errorRate ?? 0 ) > ERROR_RATE_THRESHOLD,
				originRejectionsLastHour: lastHour.originRejections,
				originRejectionsThreshold: ORIGIN_REJECTIONS_PER_HOUR_THRESHOLD,
				possibleAttack:
					lastHour.originRejections >
					ORIGIN_REJECTIONS_PER_HOUR_THRESHOLD,
				loadTimeP50Ms: day.loadTimeP50Ms,
				loadTimeP95Ms: day.loadTimeP95Ms,
				firstMessageP50Ms: day.firstMessageP50Ms,
				retrySuccessRate: day.retrySuccessRate,
			};
		},

		/**
		 * Chart series over the last `days` days: errors by day and type, retry outcomes by
		 * day, message types received, and hourly latency percentiles.
		 *
		 * @param scope Platform, organization or site.
		 * @param days  How many days back.
		 */
		async charts( scope: WidgetEventScope, days: number ) {
			const now = clock().getTime();
			const from =
				Math.floor( now / DAY_MS ) * DAY_MS - ( days - 1 ) * DAY_MS;
			const counts = await health.facetCounts( {
				...scope,
				from: iso( from ),
				to: iso( now + 1 ),
			} );
			const errors = new Map< string, number >();
			const retries = new Map< string, { ok: number; failed: number } >();
			const messageTypes = new Map< string, number >();
			const latency = new Map<
				string,
				{
					load: Record< string, number >;
					first: Record< string, number >;
				}
			>();
			for ( const row of counts ) {
				const day = row.hour.slice( 0, 10 );
				const isError =
					( ERROR_TYPES as readonly string[] ).includes( row.type ) ||
					( row.type === 'message_sent' && row.facet === 'failed' );
				if ( isError ) {
					const key = `${ day }|${ row.type }`;
					errors.set( key, ( errors.get( key ) ?? 0 ) + row.count );
				} else if ( row.type === 'retry' && row.facet ) {
					const entry = retries.get( day ) ?? { ok: 0, failed: 0 };
					entry[ row.facet === 'ok' ? 'ok' : 'failed' ] += row.count;
					retries.set( day, entry );
				} else if ( row.type === 'message_received' ) {
					messageTypes.set(
						row.facet,
						( messageTypes.get( row.facet ) ?? 0 ) + row.count
					);
				} else if (
					( row.type === 'widget_loaded' ||
						row.type === 'first_message' ) &&
					row.facet
				) {
					const entry = latency.get( row.hour ) ?? {
						load: {},
						first: {},
					};
					const buckets =
						row.type === 'widget_loaded' ? entry.load : entry.first;
					buckets[ row.facet ] =
						( buckets[ row.facet ] ?? 0 ) + row.count;
					latency.set( row.hour, entry );
				}
			}
			const dayList = Array.from( { length: days }, ( _, index ) =>
				iso( from + index * DAY_MS ).slice( 0, 10 )
			);
			return {
				from: iso( from ),
				to: iso( now ),
				days: dayList,
				errorsByDay: [ ...errors.entries() ]
					.map( ( [ key, count ] ) => {
						const [ day, type ] = key.split( '|' );
						return { day: day!, type: type!, count };
					} )
					.sort( ( a, b ) =>
						( a.day + a.type ).localeCompare( b.day + b.type )
					),
				retriesByDay: dayList.map( ( day ) => {
					const entry = retries.get( day ) ?? { ok: 0, failed: 0 };
					const total = entry.ok + entry.failed;
					return {
						day,
						...entry,
						successRate: total ? entry.ok / total : null,
					};
				} ),
				messageTypes: [ ...messageTypes.entries() ]
					.map( ( [ types, count ] ) => ( { types, count } ) )
					.sort( ( a, b ) => b.count - a.count ),
				latencyByHour: [ ...latency.entries() ]
					.sort( ( a, b ) => a[ 0 ].localeCompare( b[ 0 ] ) )
					.map( ( [ hour, entry ] ) => ( {
						hour,
						loadP50Ms: percentileFromBuckets( entry.load, 50 ),
						loadP95Ms: percentileFromBuckets( entry.load, 95 ),
						firstMessageP50Ms: percentileFromBuckets(
							entry.first,
							50
						),
						firstMessageP95Ms: percentileFromBuckets(
							entry.first,
							95
						),
					} ) ),
			};
		},

		/** Recent errors, newest first, filtered by time, type and scope. */
		async recentErrors(
			query: WidgetEventScope & {
				from: string;
				to: string;
				type?: string;
				limit: number;
			}
		): Promise< WidgetError[] > {
			const rows = await repo.recentEvents( {
				...query,
				types: query.type ? [ query.type ] : LISTED_ERROR_TYPES,
				// Successful sends share the type: fetch a little more and keep failures.
				limit: query.limit * 2,
			} );
			const errors: WidgetError[] = [];
			for ( const row of rows ) {
				if ( row.type === 'message_sent' && row.data.ok !== false ) {
					continue;
				}
				errors.push( toError( row, await siteUrl( row.siteId ) ) );
				if ( errors.length >= query.limit ) {
					break;
				}
			}
			return errors;
		},

		/**
		 * One error with the retries of its site around it (±5 minutes), or null.
		 *
		 * @param scope Platform, organization or site the caller may see.
		 * @param id    The error event's id.
		 */
		async errorDetails( scope: WidgetEventScope, id: string ) {
			const row = await repo.findEvent( id );
			if (
				! row ||
				( scope.organizationId &&
					row.organizationId !== scope.organizationId ) ||
				( scope.siteId && row.siteId !== scope.siteId )
			) {
				return null;
			}
			const at = Date.parse( row.occurredAt );
			const retries = await repo.recentEvents( {
				siteId: row.siteId,
				types: [ 'retry' ],
				from: iso( at - RELATED_RETRY_WINDOW_MS ),
				to: iso( at + RELATED_RETRY_WINDOW_MS ),
				limit: 50,
			} );
			return {
				error: toError( row, await siteUrl( row.siteId ) ),
				data: row.data,
				relatedRetries: retries.map( ( retry ) => ( {
					id: retry.id,
					kind: String( retry.data.kind ?? '' ),
					ok: retry.data.ok === true,
					occurredAt: retry.occurredAt,
				} ) ),
			};
		},

		/** Per-site figures over the last 24 hours, worst error rate first. */
		async sites( scope: WidgetEventScope ) {
			const now = clock().getTime();
			const rows = await health.healthFiguresBySite( {
				...scope,
				from: iso( now - DAY_MS ),
				to: iso( now + 1 ),
			} );
			const result = [];
			for ( const row of rows ) {
				result.push( {
					siteId: row.siteId,
					organizationId: row.organizationId,
					siteUrl: await siteUrl( row.siteId ),
					widgetLoads: row.widgetLoads,
					messagesSent: row.messagesSent,
					errors: row.errors,
					errorRate: row.errorRate,
					originRejections: row.originRejections,
					retrySuccessRate: row.retrySuccessRate,
					loadTimeP95Ms: row.loadTimeP95Ms,
				} );
			}
			return result.sort(
				( a, b ) => ( b.errorRate ?? -1 ) - ( a.errorRate ?? -1 )
			);
		},
	};
}

export type WidgetHealth = ReturnType< typeof createWidgetHealth >;
