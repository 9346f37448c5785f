/**
 * The platform owner's telemetry (AI usage and cost) and widget-health routes. Both read
 * only; every call is audited (ADR 0010) — the cost page as "viewing telemetry and costs".
 */
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { EventBus } from '../../platform/event-bus';
import { defineRoute, type AnyRoute, type SseEmit } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import type { TelemetryScope } from './repo';
import { TELEMETRY_EVENT_TYPES } from './schema';
import { MAX_RANGE_DAYS, type UsageInsights } from './usage-insights';
import type { WidgetHealth } from './widget-health';

/** How often an idle live stream says it is alive (proxies drop silent connections). */
export const HEARTBEAT_MS = 15_000;
/** Fewest milliseconds between two recomputations of one stream's cards. */
const CARDS_THROTTLE_MS = 1_000;
const DAY_MS = 24 * 60 * 60 * 1000;

const isoDate = z.iso.datetime( { offset: true } );
const scopeQuery = {
	organizationId: z.uuid().optional(),
	siteId: z.uuid().optional(),
};

const cardsSchema = z.object( {
	at: z.string(),
	messages24h: z.number(),
	messagesPrevious24h: z.number(),
	messagesTrend: z.number().nullable(),
	activeSessions: z.number(),
	errorRate: z.number().nullable(),
	errorRateThreshold: z.number(),
	errorRateAlert: z.boolean(),
	originRejectionsLastHour: z.number(),
	originRejectionsThreshold: z.number(),
	possibleAttack: z.boolean(),
	loadTimeP50Ms: z.number().nullable(),
	loadTimeP95Ms: z.number().nullable(),
	firstMessageP50Ms: z.number().nullable(),
	retrySuccessRate: z.number().nullable(),
} );

const widgetError = z.object( {
	id: z.string(),
	type: z.string(),
	code: z.string(),
	message: z.string(),
	organizationId: z.string(),
	siteId: z.string(),
	siteUrl: z.string(),
	pageUrl: z.string(),
	browser: z.string(),
	occurredAt: z.string(),
} );

const usageFigures = {
	shopperMessages: z.number(),
	replies: z.number(),
	conversations: z.number(),
	resolvedConversations: z.number(),
	llmAnswers: z.number(),
	fallbacks: z.number(),
	embeddedAnswers: z.number(),
	embeddedShare: z.number().nullable(),
	inputTokens: z.number(),
	outputTokens: z.number(),
	costMicros: z.number(),
	costPerResolvedMicros: z.number().nullable(),
};

export interface DashboardRouteDeps {
	widgetHealth: WidgetHealth;
	usageInsights: UsageInsights;
	bus: EventBus;
	logger: Logger;
	clock: () => Date;
	/** Aborts when the sidecar shuts down, so live streams end and the server can close. */
	shutdown: AbortSignal;
}

/**
 * Keeps one live stream's cards current: sends them now, then again (at most once a
 * second) whenever the bus says something happened in the stream's scope.
 *
 * @param deps   Route dependencies.
 * @param scope  Platform, organization or site.
 * @param emit   Writes one event.
 * @param signal Aborts when the client goes away.
 */
async function streamCards(
	deps: DashboardRouteDeps,
	scope: TelemetryScope,
	emit: SseEmit,
	signal: AbortSignal
): Promise< void > {
	let timer: ReturnType< typeof setTimeout > | undefined;
	let lastSent = 0;
	const sendCards = async () => {
		timer = undefined;
		lastSent = Date.now();
		try {
			emit( 'cards', await deps.widgetHealth.liveCards( scope ) );
		} catch ( error ) {
			deps.logger.warn( { err: error }, 'live cards failed' );
		}
	};
	const inScope = ( event: { organizationId: string; siteId: string } ) =>
		( ! scope.organizationId ||
			scope.organizationId === event.organizationId ) &&
		( ! scope.siteId || scope.siteId === event.siteId );
	const onActivity = ( topic: string ) => ( event: any ) => {
		if ( ! inScope( event ) || signal.aborted ) {
			return;
		}
		emit( 'activity', { topic, siteId: event.siteId, at: event.at } );
		timer ??= setTimeout(
			() => void sendCards(),
			Math.max( 0, lastSent + CARDS_THROTTLE_MS - Date.now() )
		);
	};
	const unsubscribe = [
		deps.bus.subscribe(
			'telemetry.ingested',
			onActivity( 'telemetry.ingested' )
		),
		deps.bus.subscribe( 'chat.message', onActivity( 'chat.message' ) ),
	];
	const heartbeat = setInterval(
		() => emit( 'heartbeat', { at: deps.clock().toISOString() } ),
		HEARTBEAT_MS
	);
	try {
		await sendCards();
		await new Promise< void >( ( resolve ) => {
			if ( signal.aborted || deps.shutdown.aborted ) {
				resolve();
				return;
			}
			signal.addEventListener( 'abort', () => resolve(), { once: true } );
			deps.shutdown.addEventListener( 'abort', () => resolve(), {
				once: true,
			} );
		} );
	} finally {
		clearInterval( heartbeat );
		clearTimeout( timer );
		unsubscribe.forEach( ( stop ) => stop() );
	}
}

/** Rejects a range that ends before it starts or is longer than the page allows. */
function checkedRange( from: string, to: string, maxDays: number ) {
	const start = Date.parse( from );
	const end = Date.parse( to );
	if ( end <= start ) {
		throw new ValidationError( '`to` must be after `from`.' );
	}
	if ( end - start > maxDays * DAY_MS ) {
		throw new ValidationError(
			`The range may span at most ${ maxDays } days.`
		);
	}
	return {
		from: new Date( start ).toISOString(),
		to: new Date( end ).toISOString(),
	};
}

export function dashboardRoutes( deps: DashboardRouteDeps ): AnyRoute[] {
	const { widgetHealth, usageInsights } = deps;
	const audit = {
		action: 'viewing widget health',
		resourceType: 'telemetry',
	};
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/telemetry/usage',
			summary:
				'AI usage and cost by day, organization, site or model over a time range (sums of the usage rows)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			audit: {
				action: 'viewing telemetry and costs',
				resourceType: 'telemetry',
			},
			schema: {
				query: z.strictObject( {
					from: isoDate,
					to: isoDate,
					groupBy: z
						.enum( [ 'day', 'organization', 'site', 'model' ] )
						.default( 'day' ),
				} ),
			},
			responses: {
				200: z.object( {
					from: z.string(),
					to: z.string(),
					groupBy: z.string(),
					rows: z.array(
						z.object( {
							key: z.string(),
							label: z.string(),
							...usageFigures,
						} )
					),
					totals: z.object( usageFigures ),
				} ),
				400: 'Bad range',
			},
			handler: async ( { query } ) => {
				const range = checkedRange(
					query.from,
					query.to,
					MAX_RANGE_DAYS
				);
				return {
					body: await usageInsights.report(
						range.from,
						range.to,
						query.groupBy
					),
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/widget-health',
			summary:
				'Widget health cards now: messages 24 h and trend, active sessions, error rate, origin rejections, load times, retry success',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			audit,
			schema: { query: z.strictObject( scopeQuery ) },
			responses: { 200: cardsSchema },
			handler: async ( { query } ) => ( {
				body: await widgetHealth.liveCards( query ),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/widget-health/stream',
			summary:
				'Live widget health cards (text/event-stream): `cards` now and after activity, `activity` per bus event, `heartbeat` every 15 s',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			audit,
			schema: {
				// The scope is explicit here, so a stray GET without it cannot open a stream.
				query: z
					.strictObject( {
						...scopeQuery,
						scope: z.enum( [ 'platform', 'organization', 'site' ] ),
					} )
					.refine(
						( query ) =>
							( query.scope === 'site' ) ===
								Boolean( query.siteId ) &&
							( query.scope !== 'organization' ||
								Boolean( query.organizationId ) ),
						'scope=site needs siteId (and only it); scope=organization needs organizationId.'
					),
			},
			responses: {
				200: 'text/event-stream of cards, activity, heartbeat',
				400: 'Bad scope',
			},
			handler: ( { query } ) => ( {
				stream: ( emit, signal ) =>
					streamCards(
						deps,
						{
							organizationId: query.organizationId,
							siteId: query.siteId,
						},
						emit,
						signal
					),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/widget-health/charts',
			summary:
				'Widget health series: errors by day and type, retry outcomes by day, message types, hourly latency percentiles',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			audit,
			schema: {
				query: z.strictObject( {
					...scopeQuery,
					days: z.coerce
						.number()
						.int()
						.min( 1 )
						.max( 31 )
						.default( 7 ),
				} ),
			},
			responses: { 200: z.object( {} ).passthrough() },
			handler: async ( { query } ) => ( {
				body: await widgetHealth.charts(
					{
						organizationId: query.organizationId,
						siteId: query.siteId,
					},
					query.days
				),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/widget-health/errors',
			summary:
				'Recent widget errors, newest first, filtered by time range, type, organization or site',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			audit,
			schema: {
				query: z.strictObject( {
					...scopeQuery,
					from: isoDate.optional(),
					to: isoDate.optional(),
					type: z.enum( TELEMETRY_EVENT_TYPES ).optional(),
					limit: z.coerce
						.number()
						.int()
						.min( 1 )
						.max( 1000 )
						.default( 200 ),
				} ),
			},
			responses: { 200: z.object( { errors: z.array( widgetError ) } ) },
			handler: async ( { query } ) => {
				const to =
					query.to ??
					new Date( deps.clock().getTime() + 1 ).toISOString();
				const from =
					query.from ??
					new Date( Date.parse( to ) - 7 * DAY_MS ).toISOString();
				const range = checkedRange( from, to, 31 );
				return {
					body: {
						errors: await widgetHealth.recentErrors( {
							...query,
							...range,
						} ),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/widget-health/errors/:id',
			summary: 'One widget error with its data and the retries around it',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			audit,
			schema: { params: z.object( { id: z.uuid() } ) },
			responses: {
				200: z.object( {
					error: widgetError,
					data: z.record( z.string(), z.unknown() ),
					relatedRetries: z.array(
						z.object( {
							id: z.string(),
							kind: z.string(),
							ok: z.boolean(),
							occurredAt: z.string(),
						} )
					),
				} ),
				404: 'No such error',
			},
			handler: async ( { params } ) => {
				const details = await widgetHealth.errorDetails(
					{},
					params.id
				);
				if ( ! details ) {
					throw new NotFoundError( 'Error event not found.' );
				}
				return { body: details };
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/widget-health/sites',
			summary:
				'Widget health per site over the last 24 hours (drill-down list)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.telemetry.read',
			audit,
			schema: {
				query: z.strictObject( {
					organizationId: z.uuid().optional(),
				} ),
			},
			responses: {
				200: z.object( {
					sites: z.array( z.object( {} ).passthrough() ),
				} ),
			},
			handler: async ( { query } ) => ( {
				body: { sites: await widgetHealth.sites( query ) },
			} ),
		} ),
	];
}

/**
 * The same widget-health views for an organization's own team (`/api/org/:orgId/*`): the
 * organization comes from the principal, so a site id of another tenant finds nothing.
 * (No live stream here yet: the organization area polls the cards.)
 *
 * @param deps Route dependencies.
 */
export function orgWidgetHealthRoutes( deps: DashboardRouteDeps ): AnyRoute[] {
	const { widgetHealth } = deps;
	const orgParams = z.object( { orgId: z.uuid() } );
	const siteQuery = { siteId: z.uuid().optional() };
	return [
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/widget-health',
			summary: "Widget health cards now for the organization's sites",
			tag: 'org',
			auth: 'org',
			permission: 'org.overview.read',
			schema: { params: orgParams, query: z.strictObject( siteQuery ) },
			responses: { 200: cardsSchema },
			handler: async ( { principal, query } ) => ( {
				body: await widgetHealth.liveCards( {
					organizationId: principal.organizationId,
					siteId: query.siteId,
				} ),
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/widget-health/errors',
			summary: "Recent widget errors of the organization's sites",
			tag: 'org',
			auth: 'org',
			permission: 'org.overview.read',
			schema: {
				params: orgParams,
				query: z.strictObject( {
					...siteQuery,
					type: z.enum( TELEMETRY_EVENT_TYPES ).optional(),
					limit: z.coerce
						.number()
						.int()
						.min( 1 )
						.max( 1000 )
						.default( 200 ),
				} ),
			},
			responses: { 200: z.object( { errors: z.array( widgetError ) } ) },
			handler: async ( { principal, query } ) => {
				const to = deps.clock().getTime() + 1;
				return {
					body: {
						errors: await widgetHealth.recentErrors( {
							...query,
							organizationId: principal.organizationId,
							from: new Date( to - 7 * DAY_MS ).toISOString(),
							to: new Date( to ).toISOString(),
						} ),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/widget-health/sites',
			summary:
				'Widget health per site of the organization, last 24 hours',
			tag: 'org',
			auth: 'org',
			permission: 'org.overview.read',
			schema: { params: orgParams },
			responses: {
				200: z.object( {
					sites: z.array( z.object( {} ).passthrough() ),
				} ),
			},
			handler: async ( { principal } ) => ( {
				body: {
					sites: await widgetHealth.sites( {
						organizationId: principal.organizationId,
					} ),
				},
			} ),
		} ),
	];
}
