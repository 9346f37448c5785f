/**
 * The pure part of alerting: turning health counts into a rule's value, and the incident
 * state machine (closed -> open -> resolved). No clock, no database: the service feeds it.
 */
import type { AlertMetric, AlertRule } from './schema';

/**
 * Health figures over a window for the platform, an organization or a site: the subset
 * alerts and reports read of the widget-events module's `healthFigures` (widget-events/health.ts,
 * where the definitions live: error rate = errors ÷ (errors + widget loads + successful
 * sends); retry failure rate = failed ÷ retries with an outcome).
 */
export interface HealthFigures {
	widgetLoads: number;
	messagesSent: number;
	errors: number;
	errorRate: number | null;
	originRejections: number;
	retries: number;
	retryFailures: number;
	retryFailureRate: number | null;
	retrySuccessRate: number | null;
}

export type HealthFiguresProvider = ( window: {
	from: string;
	to: string;
	organizationId?: string;
	siteId?: string;
} ) => Promise< HealthFigures >;

/**
 * The rule's value for the window, or null when there is too little traffic to judge
 * (a rate over three events says nothing; `minEvents` sets the floor).
 *
 * @param rule    The rule (metric, window, minEvents).
 * @param figures Health figures over the rule's window.
 */
export function measure(
	rule: Pick< AlertRule, 'metric' | 'windowMinutes' | 'minEvents' >,
	figures: HealthFigures
): number | null {
	const metric: AlertMetric = rule.metric;
	switch ( metric ) {
		case 'error_rate': {
			const operations =
				figures.errors + figures.widgetLoads + figures.messagesSent;
			return operations >= Math.max( 1, rule.minEvents )
				? figures.errorRate
				: null;
		}
		case 'retry_failure_rate':
			return figures.retries >= Math.max( 1, rule.minEvents )
				? figures.retryFailureRate
				: null;
		case 'origin_rejections_per_hour':
			return figures.originRejections / ( rule.windowMinutes / 60 );
	}
}

export type Transition =
	| { kind: 'open' }
	| { kind: 'still_open' }
	| { kind: 'resolve' }
	| { kind: 'still_closed' };

/**
 * One step of the incident state machine. A value above the threshold opens an incident
 * once; later breaches only update it; the first evaluation at or below the threshold (or
 * without enough traffic to judge, or with the rule disabled) resolves it.
 *
 * @param state          Whether the rule has an open incident.
 * @param value          The measured value, null when there is too little traffic.
 * @param rule           Threshold and enabled flag.
 * @param rule.threshold
 * @param rule.enabled
 */
export function nextTransition(
	state: 'open' | 'closed',
	value: number | null,
	rule: { threshold: number; enabled: boolean }
): Transition {
	const breached = rule.enabled && value !== null && value > rule.threshold;
	if ( state === 'closed' ) {
		return breached ? { kind: 'open' } : { kind: 'still_closed' };
	}
	return breached ? { kind: 'still_open' } : { kind: 'resolve' };
}

/**
 * The value as people read it: rates as percentages, rejections per hour.
 *
 * @param metric The metric.
 * @param value  Its value.
 */
export function formatMetricValue(
	metric: AlertMetric,
	value: number
): string {
	return metric === 'origin_rejections_per_hour'
		? `${ Math.round( value * 10 ) / 10 }/h`
		: `${ Math.round( value * 1000 ) / 10 }%`;
}
