/**
 * Widget health and AI cost pages, for the platform owner (`/api/owner/*`, every call
 * audited, ADR 0010 — the cost page as "viewing telemetry and costs") and for an
 * organization's team (`/api/org/:orgId/*`, its own sites only). The views both areas
 * share (cards, recent errors, sites) are declared once per audience (ADR 0026); the live
 * stream, charts, error details and the AI cost report are the owner's.
 */
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../platform/errors';
import type { EventBus } from '../platform/event-bus';
import { defineRoute, type AnyRoute } from '../platform/http';
import type { Logger } from '../platform/logger';
import { streamCards } from './live-cards';
import type { Principal } from '../platform/principal';
import type { WidgetEventScope } from '../modules/widget-events/repo';
import { TELEMETRY_EVENT_TYPES } from '../modules/widget-events/schema';
import {
	MAX_RANGE_DAYS,
	type UsageInsights,
} from '../modules/ai-cost/usage-insights';
import type { WidgetHealth } from '../modules/widget-events/widget-health';
import {
	USAGE_GROUPINGS,
	usageReportSchema,
	type UsageReport,
} from '../../../contracts/ai-usage';
import {
	errorDetailsSchema,
	healthChartsSchema,
	liveCardsSchema,
	siteHealthListSchema,
	widgetErrorsSchema,
	type ErrorDetails,
	type HealthCharts,
	type LiveCards,
	type SiteHealth,
	type WidgetError,
} from '../../../contracts/widget-health';

const DAY_MS = 24 * 60 * 60 * 1000;

const isoDate = z.iso.datetime( { offset: true } );
const scopeQuery = {
	organizationId: z.uuid().optional(),
	siteId: z.uuid().optional(),
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

/**
 * The owner's own pages: the AI cost report, the live stream of cards, charts and one
 * error's details.
 *
 * @param deps Route dependencies.
 */
function ownerTelemetryRoutes( deps: DashboardRouteDeps ): AnyRoute[] {
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
					groupBy: z.enum( USAGE_GROUPINGS ).default( 'day' ),
				} ),
			},
			responses: {
				200: usageReportSchema,
				400: 'Bad range',
			},
			handler: async ( { query } ) => {
				const range = checkedRange(
					query.from,
					query.to,
					MAX_RANGE_DAYS
				);
				return {
					body: ( await usageInsights.report(
						range.from,
						range.to,
						query.groupBy
					) ) satisfies UsageReport,
				};
			},
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
			responses: { 200: healthChartsSchema },
			handler: async ( { query } ) => ( {
				body: ( await widgetHealth.charts(
					{
						organizationId: query.organizationId,
						siteId: query.siteId,
					},
					query.days
				) ) satisfies HealthCharts,
			} ),
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
				200: errorDetailsSchema,
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
				return { body: details satisfies ErrorDetails };
			},
		} ),
	];
}

/** Who a shared view is declared for: the owner (any scope) or an organization's team. */
interface Audience {
	prefix: string;
	tag: 'owner' | 'org';
	auth: 'platform' | 'org';
	permission: string;
	audit?: { action: string; resourceType: string };
	params?: z.ZodType< { orgId: string } >;
	/** The scope filters the query may carry (the owner's: organization and site). */
	scopeQuery: z.ZodRawShape;
	/** The owner may choose the errors' time range; an organization sees the last 7 days. */
	errorRange: boolean;
	/** The owner's drill-down list may name an organization; an organization's lists its own. */
	sitesQuery: boolean;
	summaries: { cards: string; errors: string; sites: string };
	/** The scope a request reads: the owner's from its query, a member's organization from the principal. */
	scopeOf: (
		principal: Principal,
		query: { organizationId?: string; siteId?: string }
	) => WidgetEventScope;
}

const ownerAudience: Audience = {
	prefix: '/api/owner',
	tag: 'owner',
	auth: 'platform',
	permission: 'platform.telemetry.read',
	audit: { action: 'viewing widget health', resourceType: 'telemetry' },
	scopeQuery,
	errorRange: true,
	sitesQuery: true,
	summaries: {
		cards: 'Widget health cards now: messages 24 h and trend, active sessions, error rate, origin rejections, load times, retry success',
		errors: 'Recent widget errors, newest first, filtered by time range, type, organization or site',
		sites: 'Widget health per site over the last 24 hours (drill-down list)',
	},
	scopeOf: ( _principal, query ) => ( {
		organizationId: query.organizationId,
		siteId: query.siteId,
	} ),
};

const orgAudience: Audience = {
	prefix: '/api/org/:orgId',
	tag: 'org',
	auth: 'org',
	permission: 'org.overview.read',
	params: z.object( { orgId: z.uuid() } ),
	scopeQuery: { siteId: z.uuid().optional() },
	errorRange: false,
	sitesQuery: false,
	summaries: {
		cards: "Widget health cards now for the organization's sites",
		errors: "Recent widget errors of the organization's sites",
		sites: 'Widget health per site of the organization, last 24 hours',
	},
	scopeOf: ( principal, query ) => ( {
		organizationId:
			principal.kind === 'member' ? principal.organizationId : undefined,
		siteId: query.siteId,
	} ),
};

/**
 * The views the owner and an organization share: cards now, recent errors, health per
 * site. (No live stream for organizations yet: the organization area polls the cards.)
 *
 * @param audience Owner or organization.
 * @param deps     Route dependencies.
 */
function sharedWidgetHealthRoutes(
	audience: Audience,
	deps: DashboardRouteDeps
): AnyRoute[] {
	const { widgetHealth } = deps;
	const common = {
		tag: audience.tag,
		auth: audience.auth,
		permission: audience.permission,
		...( audience.audit ? { audit: audience.audit } : {} ),
	};
	const params = audience.params ? { params: audience.params } : {};
	type ScopeQuery = { organizationId?: string; siteId?: string };
	return [
		defineRoute( {
			method: 'get',
			path: `${ audience.prefix }/widget-health`,
			summary: audience.summaries.cards,
			...common,
			schema: {
				...params,
				query: z.strictObject( audience.scopeQuery ),
			},
			responses: { 200: liveCardsSchema },
			handler: async ( { principal, query } ) => ( {
				body: ( await widgetHealth.liveCards(
					audience.scopeOf( principal, query as ScopeQuery )
				) ) satisfies LiveCards,
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: `${ audience.prefix }/widget-health/errors`,
			summary: audience.summaries.errors,
			...common,
			schema: {
				...params,
				query: z.strictObject( {
					...audience.scopeQuery,
					...( audience.errorRange
						? { from: isoDate.optional(), to: isoDate.optional() }
						: {} ),
					type: z.enum( TELEMETRY_EVENT_TYPES ).optional(),
					limit: z.coerce
						.number()
						.int()
						.min( 1 )
						.max( 1000 )
						.default( 200 ),
				} ),
			},
			responses: { 200: widgetErrorsSchema },
			handler: async ( { principal, query } ) => {
				const asked = query as ScopeQuery & {
					from?: string;
					to?: string;
					type?: ( typeof TELEMETRY_EVENT_TYPES )[ number ];
					limit: number;
				};
				const to =
					asked.to ??
					new Date( deps.clock().getTime() + 1 ).toISOString();
				const from =
					asked.from ??
					new Date( Date.parse( to ) - 7 * DAY_MS ).toISOString();
				const range = checkedRange( from, to, 31 );
				return {
					body: {
						errors: ( await widgetHealth.recentErrors( {
							...asked,
							...audience.scopeOf( principal, asked ),
							...range,
						} ) ) satisfies WidgetError[],
					},
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: `${ audience.prefix }/widget-health/sites`,
			summary: audience.summaries.sites,
			...common,
			schema: {
				...params,
				...( audience.sitesQuery
					? {
							query: z.strictObject( {
								organizationId: z.uuid().optional(),
							} ),
						}
					: {} ),
			},
			responses: {
				200: siteHealthListSchema,
			},
			handler: async ( { principal, query } ) => ( {
				body: {
					sites: ( await widgetHealth.sites( {
						organizationId: audience.scopeOf(
							principal,
							( query ?? {} ) as ScopeQuery
						).organizationId,
					} ) ) satisfies SiteHealth[],
				},
			} ),
		} ),
	];
}

/**
 * The owner area's widget-health and AI cost routes (in the order of the pages: cost
 * report, cards, stream, charts, errors, error details, sites).
 *
 * @param deps Route dependencies.
 */
export function ownerWidgetHealthRoutes(
	deps: DashboardRouteDeps
): AnyRoute[] {
	const [ cards, errors, sites ] = sharedWidgetHealthRoutes(
		ownerAudience,
		deps
	);
	const [ usage, stream, charts, errorDetails ] =
		ownerTelemetryRoutes( deps );
	return [ usage, cards, stream, charts, errors, errorDetails, sites ].filter(
		( route ): route is AnyRoute => Boolean( route )
	);
}

/**
 * The organization area's widget-health routes: the organization comes from the
 * principal, so a site id of another tenant finds nothing.
 *
 * @param deps Route dependencies.
 */
export function orgWidgetHealthRoutes( deps: DashboardRouteDeps ): AnyRoute[] {
	return sharedWidgetHealthRoutes( orgAudience, deps );
}
