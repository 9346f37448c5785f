import { useCallback, useEffect, useRef, useState } from '@wordpress/element';

import { errorMessage, getConnection, type ConnectionInfo } from './api';

/** How often the status is re-read while the sidecar is indexing the shop. */
const SYNC_POLL_MS = 5000;
/** How long a requested index run (connect, re-sync) is waited for before showing what is. */
const START_WAIT_MS = 60_000;

/** An index run was asked for and has not shown up in the status yet. */
interface Waiting {
	until: number;
	/** `lastSyncedAt` when it was asked for: a change means it already ran to the end. */
	baseline: string | null;
}

/** Still waiting: the index is idle and has not finished a run since it was asked for. */
function stillWaiting(
	waiting: Waiting | null,
	connection: ConnectionInfo | null
): boolean {
	const status = connection?.connected ? connection.status : undefined;
	return (
		waiting !== null &&
		Date.now() < waiting.until &&
		status?.state === 'idle' &&
		! status.lastError &&
		( status.lastSyncedAt ?? null ) === waiting.baseline
	);
}

export interface ConnectionState {
	connection: ConnectionInfo | null;
	loading: boolean;
	loadError: string | null;
	refresh: () => void;
	/** Replace the known connection with one a mutation returned. */
	setConnection: ( connection: ConnectionInfo ) => void;
	/** Keep re-reading until an index run that was just asked for shows up (re-sync). */
	awaitIndexRun: () => void;
}

/**
 * The connection resource: loads it once, exposes an error and a retry, re-reads it while
 * indexing is in progress and, after connecting or a re-sync, until the requested index run
 * shows up (at most a minute), and drops answers that arrive after unmount or after a newer
 * request was made.
 */
export function useConnection( pollMs = SYNC_POLL_MS ): ConnectionState {
	const [ connection, setConnectionState ] =
		useState< ConnectionInfo | null >( null );
	const [ loading, setLoading ] = useState( true );
	const [ loadError, setLoadError ] = useState< string | null >( null );
	const [ waiting, setWaiting ] = useState< Waiting | null >( null );
	const latestRequest = useRef( 0 );
	const known = useRef< ConnectionInfo | null >( null );
	known.current = connection;

	const awaitIndexRun = useCallback( () => {
		setWaiting( {
			until: Date.now() + START_WAIT_MS,
			baseline: known.current?.status?.lastSyncedAt ?? null,
		} );
	}, [] );

	const setConnection = useCallback( ( next: ConnectionInfo ) => {
		// A mutation's answer is newer than any read still in flight.
		latestRequest.current += 1;
		setConnectionState( next );
		setLoadError( null );
		setLoading( false );
		// Connecting queues the first index run; the answer comes before it starts.
		if ( next.connected && ! next.status?.lastSyncedAt ) {
			setWaiting( { until: Date.now() + START_WAIT_MS, baseline: null } );
		}
	}, [] );

	const refresh = useCallback( () => {
		latestRequest.current += 1;
		const request = latestRequest.current;
		setLoading( true );
		getConnection()
			.then( ( answer ) => {
				if ( request === latestRequest.current ) {
					setConnectionState( answer );
					setLoadError( null );
					// Opened right after connecting: the first index run may still be queued.
					if ( answer.connected && ! answer.status?.lastSyncedAt ) {
						setWaiting(
							( current ) =>
								current ?? {
									until: Date.now() + START_WAIT_MS,
									baseline: null,
								}
						);
					}
				}
			} )
			.catch( ( error: unknown ) => {
				if ( request === latestRequest.current ) {
					setLoadError( errorMessage( error ) );
				}
			} )
			.finally( () => {
				if ( request === latestRequest.current ) {
					setLoading( false );
				}
			} );
	}, [] );

	useEffect( () => {
		refresh();
		return () => {
			// Invalidates every pending request: nothing updates an unmounted component.
			latestRequest.current += 1;
		};
	}, [ refresh ] );

	const syncing =
		connection?.connected === true &&
		connection.status?.state === 'syncing';
	const awaiting = stillWaiting( waiting, connection );
	useEffect( () => {
		if ( ( ! syncing && ! awaiting ) || loading ) {
			return undefined;
		}
		const timer = window.setTimeout( refresh, pollMs );
		return () => window.clearTimeout( timer );
	}, [ syncing, awaiting, loading, refresh, pollMs, connection ] );

	return {
		connection,
		loading,
		loadError,
		refresh,
		setConnection,
		awaitIndexRun,
	};
}
