import { useCallback, useEffect, useRef, useState } from '@wordpress/element';

import { errorMessage, getConnection, type ConnectionInfo } from './api';

/** How often the status is re-read while the sidecar is indexing the shop. */
const SYNC_POLL_MS = 5000;

export interface ConnectionState {
	connection: ConnectionInfo | null;
	loading: boolean;
	loadError: string | null;
	refresh: () => void;
	/** Replace the known connection with one a mutation returned. */
	setConnection: ( connection: ConnectionInfo ) => void;
}

/**
 * The connection resource: loads it once, exposes an error and a retry, re-reads it while
 * indexing is in progress, and drops answers that arrive after unmount or after a newer
 * request was made.
 */
export function useConnection(): ConnectionState {
	const [ connection, setConnectionState ] =
		useState< ConnectionInfo | null >( null );
	const [ loading, setLoading ] = useState( true );
	const [ loadError, setLoadError ] = useState< string | null >( null );
	const latestRequest = useRef( 0 );

	const setConnection = useCallback( ( next: ConnectionInfo ) => {
		// A mutation's answer is newer than any read still in flight.
		latestRequest.current += 1;
		setConnectionState( next );
		setLoadError( null );
		setLoading( false );
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
	useEffect( () => {
		if ( ! syncing || loading ) {
			return undefined;
		}
		const timer = window.setTimeout( refresh, SYNC_POLL_MS );
		return () => window.clearTimeout( timer );
	}, [ syncing, loading, refresh ] );

	return { connection, loading, loadError, refresh, setConnection };
}
