/**
 * Alert rules, incidents, notification channels and the delivery log (`/api/owner/alerts/*`):
 * the request and response schemas the route table declares (sidecar/src/modules/alerts/
 * routes.ts) and the dashboard's alerts page reads as types (ADR 0032).
 */
import { z } from 'zod';

/** What a rule watches. Rates are fractions (0.05 = 5%); rejections are per hour. */
export const ALERT_METRICS = [
	'error_rate',
	'origin_rejections_per_hour',
	'retry_failure_rate',
] as const;
export type AlertMetric = ( typeof ALERT_METRICS )[ number ];

export const METRIC_LABELS: Record< AlertMetric, string > = {
	error_rate: 'Error rate',
	origin_rejections_per_hour: 'Origin rejections per hour',
	retry_failure_rate: 'Retry failure rate',
};

const threshold = z.number().min( 0 ).max( 1_000_000 );
const windowMinutes = z
	.number()
	.int()
	.min( 5 )
	.max( 24 * 60 );
const minEvents = z.number().int().min( 0 ).max( 100_000 );

export const ruleInput = z
	.strictObject( {
		metric: z.enum( ALERT_METRICS ),
		threshold,
		windowMinutes: windowMinutes.default( 60 ),
		minEvents: minEvents.default( 10 ),
		/** A site to watch; null or absent: the whole platform. */
		siteId: z.uuid().nullable().default( null ),
		enabled: z.boolean().default( true ),
	} )
	.refine(
		( rule ) =>
			rule.metric === 'origin_rejections_per_hour' || rule.threshold <= 1,
		{
			message: 'Rates are fractions between 0 and 1.',
			path: [ 'threshold' ],
		}
	);

export const ruleUpdate = z
	.strictObject( {
		threshold,
		windowMinutes,
		minEvents,
		enabled: z.boolean(),
	} )
	.partial()
	.refine( ( update ) => Object.keys( update ).length > 0, {
		message: 'Nothing to change.',
	} );

const emailList = z
	.string()
	.trim()
	.max( 1000 )
	.refine(
		( value ) =>
			value
				.split( ',' )
				.every(
					( address ) => z.email().safeParse( address.trim() ).success
				),
		'Give one e-mail address, or several separated by commas.'
	);

export const channelInput = z.discriminatedUnion( 'kind', [
	z.strictObject( {
		kind: z.literal( 'email' ),
		name: z.string().trim().min( 1 ).max( 120 ),
		target: emailList,
	} ),
	z.strictObject( {
		kind: z.literal( 'webhook' ),
		name: z.string().trim().min( 1 ).max( 120 ),
		target: z.string().trim().min( 1 ).max( 2000 ),
		/** `json`: OmniOps event; `slack`: `{ text, blocks }` for Slack-compatible incoming webhooks. */
		format: z.enum( [ 'json', 'slack' ] ).default( 'json' ),
	} ),
] );

export type RuleInput = z.output< typeof ruleInput >;
export type RuleUpdate = z.output< typeof ruleUpdate >;
export type ChannelInput = z.output< typeof channelInput >;

export const ruleShape = z.object( {
	id: z.string(),
	metric: z.enum( ALERT_METRICS ),
	threshold: z.number(),
	windowMinutes: z.number(),
	minEvents: z.number(),
	organizationId: z.string().nullable(),
	siteId: z.string().nullable(),
	enabled: z.boolean(),
	createdAt: z.string(),
	updatedAt: z.string(),
} );

export const incidentShape = z.object( {
	id: z.string(),
	ruleId: z.string(),
	metric: z.enum( ALERT_METRICS ),
	organizationId: z.string().nullable(),
	siteId: z.string().nullable(),
	threshold: z.number(),
	openedValue: z.number(),
	lastValue: z.number(),
	openedAt: z.string(),
	lastEvaluatedAt: z.string(),
	resolvedAt: z.string().nullable(),
} );

export const channelShape = z.object( {
	id: z.string(),
	kind: z.enum( [ 'email', 'webhook' ] ),
	name: z.string(),
	target: z.string(),
	format: z.enum( [ 'text', 'json', 'slack' ] ),
	organizationId: z.string().nullable(),
	createdAt: z.string(),
} );

export const DELIVERY_KINDS = [
	'alert_firing',
	'alert_resolved',
	'daily_report',
	'test',
] as const;
export type DeliveryKind = ( typeof DELIVERY_KINDS )[ number ];

export const deliveryShape = z.object( {
	id: z.string(),
	channelId: z.string(),
	channelName: z.string(),
	kind: z.enum( DELIVERY_KINDS ),
	subject: z.string(),
	status: z.enum( [ 'pending', 'retrying', 'sent', 'failed' ] ),
	attempts: z.number(),
	maxAttempts: z.number(),
	lastError: z.string().nullable(),
	incidentId: z.string().nullable(),
	reportId: z.string().nullable(),
	createdAt: z.string(),
	updatedAt: z.string(),
	deliveredAt: z.string().nullable(),
} );

export type AlertRule = z.infer< typeof ruleShape >;
export type AlertIncident = z.infer< typeof incidentShape >;
export type AlertChannel = z.infer< typeof channelShape >;
export type AlertDelivery = z.infer< typeof deliveryShape >;
