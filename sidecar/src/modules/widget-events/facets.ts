/**
 * A telemetry event's facet: the one dimension of its data the dashboards group by, chosen
 * once at ingest so rollups can count it with a plain GROUP BY (no JSON functions, which
 * differ between SQLite and PostgreSQL):
 * - retry, message_sent: `ok` or `failed` (the `ok` flag the widget reports);
 * - the four error types: the error code (`network_error`, `http_503`…);
 * - message_received: the chunk types of the reply (`text`, `product,text`…);
 * - widget_loaded, first_message: the latency bucket the `ms` figure falls in (its upper
 *   bound in ms, or `inf`), so percentiles come from rollups;
 * - origin_rejected: why (`origin`, `source`, `payload`), or `unattributed` when the beacon
 *   had no widget token (anyone with the site key can send those: they never raise the
 *   attack flag or an alert; ADR 0019).
 */

/** The origin_rejected facet of events from beacons without a widget token. */
export const UNATTRIBUTED_FACET = 'unattributed';

export const ERROR_TYPES = [
	'config_error',
	'messages_load_error',
	'parent_comm_error',
	'privacy_error',
] as const;

/** Upper bounds (ms) of the latency buckets; above the last is `inf`. */
export const LATENCY_BOUNDS_MS = [
	50, 100, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000,
	30000,
] as const;

const LAST_BOUND_MS = 30000;

const MAX_FACET_LENGTH = 64;

type EventData = Record< string, unknown > | undefined;

export function latencyBucket( ms: number ): string {
	const bound = LATENCY_BOUNDS_MS.find( ( limit ) => ms <= limit );
	return bound === undefined ? 'inf' : String( bound );
}

function outcome( data: EventData ): string {
	if ( data?.ok === true ) {
		return 'ok';
	}
	return data?.ok === false ? 'failed' : '';
}

function text( value: unknown ): string {
	return typeof value === 'string' || typeof value === 'number'
		? String( value ).slice( 0, MAX_FACET_LENGTH )
		: '';
}

export function facetOf( type: string, data: EventData ): string {
	if ( type === 'retry' || type === 'message_sent' ) {
		return outcome( data );
	}
	if ( ( ERROR_TYPES as readonly string[] ).includes( type ) ) {
		return text( data?.code ) || 'unknown';
	}
	if ( type === 'message_received' ) {
		return text( data?.types ) || 'text';
	}
	if ( type === 'widget_loaded' || type === 'first_message' ) {
		const ms = data?.ms;
		return typeof ms === 'number' && Number.isFinite( ms ) && ms >= 0
			? latencyBucket( ms )
			: '';
	}
	if ( type === 'origin_rejected' ) {
		return data?.attributed === false
			? UNATTRIBUTED_FACET
			: text( data?.reason );
	}
	return '';
}

/**
 * A percentile from bucket counts: the upper bound of the bucket holding the rank, so the
 * figure reads "p95 ≤ 750 ms". Null without samples; `inf` buckets count as the last bound.
 *
 * @param buckets    Count per bucket label (`'500'`, `'inf'`).
 * @param percentile 0–100.
 * @return Milliseconds, or null.
 */
export function percentileFromBuckets(
	buckets: Record< string, number >,
	percentile: number
): number | null {
	const ordered = [ ...LATENCY_BOUNDS_MS.map( String ), 'inf' ].map(
		( label ) => ( { label, count: buckets[ label ] ?? 0 } )
	);
	const total = ordered.reduce( ( sum, bucket ) => sum + bucket.count, 0 );
	if ( total === 0 ) {
		return null;
	}
	const rank = Math.ceil( ( percentile / 100 ) * total );
	let seen = 0;
	for ( const bucket of ordered ) {
		seen += bucket.count;
		if ( seen >= rank ) {
			return bucket.label === 'inf'
				? LAST_BOUND_MS
				: Number( bucket.label );
		}
	}
	return null;
}
