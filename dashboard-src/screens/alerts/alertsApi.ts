/**
 * The alerts API as the /owner/alerts screen uses it (routes in sidecar/src/modules/alerts).
 * Calls go through the shared client's `request`, so errors arrive as ApiError.
 */
import type * as Contract from '../../../contracts/alerts';
import type { ApiClient } from '../../api';

export type AlertMetric = Contract.AlertMetric;

export const METRIC_LABELS: Record< AlertMetric, string > = {
	error_rate: 'Error rate',
	origin_rejections_per_hour: 'Origin rejections per hour',
	retry_failure_rate: 'Retry failure rate',
};

/** Rates are stored as fractions and shown as percentages. */
export const isRate = ( metric: AlertMetric ) =>
	metric !== 'origin_rejections_per_hour';

export function formatThreshold( metric: AlertMetric, value: number ): string {
	return isRate( metric )
		? `${ Math.round( value * 1000 ) / 10 }%`
		: `${ Math.round( value * 10 ) / 10 } per hour`;
}

/**
 * The alert shapes the page reads, from the route table's contract (contracts/alerts.ts);
 * the page does not show a row's own bookkeeping (update times, scope ids it does not filter by).
 */
export type AlertRule = Omit< Contract.AlertRule, 'createdAt' | 'updatedAt' >;
export type AlertIncident = Omit<
	Contract.AlertIncident,
	'organizationId' | 'lastEvaluatedAt'
>;
export type AlertChannel = Omit< Contract.AlertChannel, 'organizationId' >;
export type AlertDelivery = Omit<
	Contract.AlertDelivery,
	'channelId' | 'incidentId' | 'reportId' | 'updatedAt'
>;

/** A new channel as the route takes it (a webhook names its format). */
export type ChannelInput = Contract.ChannelInput;

export interface AlertsOverview {
	rules: AlertRule[];
	channels: AlertChannel[];
	incidents: AlertIncident[];
	deliveries: AlertDelivery[];
}

export async function loadOverview(
	api: ApiClient,
	signal: AbortSignal
): Promise< AlertsOverview > {
	const get = < T >( path: string ) =>
		api.request< T >( 'GET', path, { signal } );
	const [ rules, channels, incidents, deliveries ] = await Promise.all( [
		get< { rules: AlertRule[] } >( '/api/owner/alerts/rules' ),
		get< { channels: AlertChannel[] } >( '/api/owner/alerts/channels' ),
		get< { incidents: AlertIncident[] } >(
			'/api/owner/alerts/incidents?limit=50'
		),
		get< { deliveries: AlertDelivery[] } >(
			'/api/owner/alerts/deliveries?limit=50'
		),
	] );
	return {
		rules: rules.rules,
		channels: channels.channels,
		incidents: incidents.incidents,
		deliveries: deliveries.deliveries,
	};
}

export const updateRule = (
	api: ApiClient,
	id: string,
	change: Partial<
		Pick<
			AlertRule,
			'threshold' | 'windowMinutes' | 'minEvents' | 'enabled'
		>
	>
) =>
	api.request< { rule: AlertRule } >(
		'PATCH',
		`/api/owner/alerts/rules/${ encodeURIComponent( id ) }`,
		{ body: change }
	);

export const createRule = (
	api: ApiClient,
	rule: Pick< AlertRule, 'metric' | 'threshold' | 'windowMinutes' > & {
		siteId: string | null;
	}
) =>
	api.request< { rule: AlertRule } >( 'POST', '/api/owner/alerts/rules', {
		body: rule,
	} );

export const deleteRule = ( api: ApiClient, id: string ) =>
	api.request< void >(
		'DELETE',
		`/api/owner/alerts/rules/${ encodeURIComponent( id ) }`
	);

export const createChannel = ( api: ApiClient, input: ChannelInput ) =>
	api.request< { channel: AlertChannel; secret: string | null } >(
		'POST',
		'/api/owner/alerts/channels',
		{ body: input }
	);

export const deleteChannel = ( api: ApiClient, id: string ) =>
	api.request< void >(
		'DELETE',
		`/api/owner/alerts/channels/${ encodeURIComponent( id ) }`
	);

export const testChannel = ( api: ApiClient, id: string ) =>
	api.request< { delivery: AlertDelivery } >(
		'POST',
		`/api/owner/alerts/channels/${ encodeURIComponent( id ) }/test`
	);

export const retryDelivery = ( api: ApiClient, id: string ) =>
	api.request< { delivery: AlertDelivery } >(
		'POST',
		`/api/owner/alerts/deliveries/${ encodeURIComponent( id ) }/retry`
	);

export const evaluateNow = ( api: ApiClient ) =>
	api.request< { opened: AlertIncident[]; resolved: AlertIncident[] } >(
		'POST',
		'/api/owner/alerts/evaluate'
	);
