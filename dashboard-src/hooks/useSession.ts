import { useCallback, useEffect } from 'react';
import { ApiError } from '../api';
import type { Session } from '../types';
import { useApi } from './useApi';
import { useApiResource, type ResourceResult } from './useApiResource';

/**
 * The signed-in session. `data` is `undefined` until `/api/auth/me` has answered, then
 * the session, or `null` when nobody is signed in (a 401 is an answer, not an error).
 */
export interface UseSessionResult extends ResourceResult< Session | null > {
	/** Adopts the session a login or setup call returned. Stable across renders. */
	signedIn: ( session: Session ) => void;
	/**
	 * Forgets the session here after `api.logout()` succeeded. Kept apart from the
	 * request so the caller can navigate away in the same update. Stable across renders.
	 */
	signedOut: () => void;
}

/**
 * Loads the current session and keeps it: it becomes `null` when any later request
 * reports that the session has ended.
 */
export function useSession(): UseSessionResult {
	const api = useApi();
	const { data, error, loading, retry, setData } = useApiResource(
		'session',
		( client, signal ) =>
			client.me( signal ).catch( ( reason: unknown ) => {
				if ( reason instanceof ApiError && reason.status === 401 ) {
					return null;
				}
				throw reason;
			} )
	);

	const signedIn = useCallback(
		( session: Session ) => {
			api.setCsrfToken( session.csrfToken );
			setData( session );
		},
		[ api, setData ]
	);

	const signedOut = useCallback( () => {
		api.setCsrfToken( null );
		setData( null );
	}, [ api, setData ] );

	useEffect( () => api.onUnauthorized( signedOut ), [ api, signedOut ] );

	return { data, error, loading, retry, signedIn, signedOut };
}
