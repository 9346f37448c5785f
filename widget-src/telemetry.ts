/**
 * Widget health telemetry, shared by the loader and the iframe app: events are batched
 * and sent with `navigator.sendBeacon`, which survives page unloads and needs no CORS
 * preflight (a string body goes out as text/plain, which the sidecar accepts).
 */

export type TelemetryEventType =
	| 'widget_loaded'
	| 'origin_rejected'
	| 'config_error'
	| 'messages_load_error'
	| 'parent_comm_error'
	| 'privacy_error'
	| 'retry'
	| 'message_sent'
	| 'message_received'
	| 'first_message';

export interface TelemetryEvent {
	type: TelemetryEventType;
	/** UTC ISO-8601. */
	at: string;
	data?: Record< string, unknown >;
}

/** Queues one event; the batch leaves on its own. */
export type ReportTelemetry = (
	type: TelemetryEventType,
	data?: Record< string, unknown >
) => void;

/** Most events the sidecar accepts in one request (docs/contracts.md). */
const MAX_BATCH = 50;
/**
 * Most events one page sends in its lifetime: a hostile page can post messages in a
 * loop, and our reports must not turn that into a flood against the sidecar.
 */
const MAX_PER_PAGE = 500;

/**
 * Creates a batching reporter for one site.
 *
 * @param endpoint Absolute or same-origin URL of `POST /api/widget/telemetry`.
 * @param siteKey  The site's public key.
 * @param delayMs  How long the first event of a batch waits for company.
 * @param token    The signed widget token to send with each batch, when there is one
 *                 (the frame has it; the loader does not, so its events are unattributed).
 * @return The reporter.
 */
export function createTelemetryReporter(
	endpoint: string,
	siteKey: string,
	delayMs = 2000,
	token?: () => string | undefined
): ReportTelemetry {
	let queue: TelemetryEvent[] = [];
	let timer: ReturnType< typeof setTimeout > | undefined;
	let budget = MAX_PER_PAGE;

	const flush = () => {
		clearTimeout( timer );
		timer = undefined;
		if ( ! queue.length ) {
			return;
		}
		// In the body: sendBeacon cannot set an Authorization header. JSON leaves out an
		// undefined token (the loader's events), which keeps the loader under its budget.
		const body = JSON.stringify( {
			siteKey,
			token: token?.(),
			events: queue,
		} );
		queue = [];
		try {
			navigator.sendBeacon( endpoint, body );
		} catch {
			// No beacon support or a refused URL: telemetry is best effort.
		}
	};

	addEventListener( 'pagehide', flush );
	addEventListener( 'visibilitychange', () => {
		if ( document.visibilityState === 'hidden' ) {
			flush();
		}
	} );

	return ( type, data ) => {
		if ( budget-- <= 0 ) {
			return;
		}
		queue.push( { type, at: new Date().toISOString(), data } );
		if ( queue.length >= MAX_BATCH ) {
			flush();
		} else {
			timer ??= setTimeout( flush, delayMs );
		}
	};
}
