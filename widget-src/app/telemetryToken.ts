/**
 * The frame's signed telemetry token (ADR 0019). The sidecar hands one out with the widget
 * config; it is good for minutes, so the frame asks for a fresh one shortly before it runs
 * out. Beacons carry it in their body (sendBeacon cannot set headers); without a valid one
 * they go out unmarked and the sidecar stores their events as unattributed.
 */

export interface TelemetryTokenStore {
	/** The token to put in a beacon now, if one is still valid; starts a refresh when due. */
	current: () => string | undefined;
	/** Takes a token (from the widget config or a refresh). */
	accept: ( token?: string, expiresAt?: string ) => void;
}

/** Refresh this long before expiry, so a beacon never leaves with a token about to lapse. */
const REFRESH_BEFORE_MS = 2 * 60_000;

/**
 * Creates the store.
 *
 * @param refresh Fetches a fresh token (`GET /api/widget/telemetry-token`).
 * @param now     Clock (tests).
 * @return The store.
 */
export function createTelemetryTokenStore(
	refresh: () => Promise< { token?: unknown; expiresAt?: unknown } >,
	now: () => number = Date.now
): TelemetryTokenStore {
	let token: string | undefined;
	let expiresAt = 0;
	let refreshing = false;

	const accept = ( value?: unknown, expiry?: unknown ) => {
		const at = typeof expiry === 'string' ? Date.parse( expiry ) : NaN;
		if ( typeof value === 'string' && value && Number.isFinite( at ) ) {
			token = value;
			expiresAt = at;
		}
	};

	const startRefresh = () => {
		if ( refreshing ) {
			return;
		}
		refreshing = true;
		refresh()
			.then( ( fresh ) => accept( fresh.token, fresh.expiresAt ) )
			// Best effort: without a token, beacons are simply unattributed.
			.catch( () => {} )
			.finally( () => {
				refreshing = false;
			} );
	};

	return {
		accept,
		current() {
			if ( ! token ) {
				return undefined;
			}
			const left = expiresAt - now();
			if ( left < REFRESH_BEFORE_MS ) {
				startRefresh();
			}
			return left > 0 ? token : undefined;
		},
	};
}

/**
 * The refresh call of the frame (same origin as the API).
 *
 * @param apiBase `/api/widget`.
 * @param siteKey The site's public key.
 * @return A function fetching a fresh token.
 */
export function fetchTelemetryToken( apiBase: string, siteKey: string ) {
	return async () => {
		const response = await fetch(
			`${ apiBase }/telemetry-token?site=${ encodeURIComponent( siteKey ) }`,
			{ credentials: 'same-origin' }
		);
		if ( ! response.ok ) {
			throw new Error( `telemetry token: HTTP ${ response.status }` );
		}
		return ( await response.json() ) as {
			token?: unknown;
			expiresAt?: unknown;
		};
	};
}
