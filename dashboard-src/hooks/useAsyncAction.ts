import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';

export type ActionResult< R > =
	{ ok: true; value: R } | { ok: false; error: ApiError };

/** State of a user-triggered request (a form submit, a button press). */
export interface UseAsyncActionResult< A extends unknown[], R > {
	/**
	 * Runs the action; never rejects. Resolves with the outcome even after unmount,
	 * but state only changes while mounted and for the latest run. Stable across renders.
	 */
	run: ( ...args: A ) => Promise< ActionResult< R > >;
	/** True while the latest run is in flight. */
	pending: boolean;
	/** Why the latest run failed; cleared by the next run or `reset`. */
	error: ApiError | undefined;
	/** Clears `error`. Stable across renders. */
	reset: () => void;
}

/**
 * Tracks pending and error state for a mutation such as creating an organization.
 *
 * @param action The request to run. May change between renders; the latest one is used.
 */
export function useAsyncAction< A extends unknown[], R >(
	action: ( ...args: A ) => Promise< R >
): UseAsyncActionResult< A, R > {
	const actionRef = useRef( action );
	const mountedRef = useRef( true );
	const latestRunRef = useRef( 0 );
	const [ pending, setPending ] = useState( false );
	const [ error, setError ] = useState< ApiError | undefined >();

	useEffect( () => {
		actionRef.current = action;
	} );

	useEffect( () => {
		mountedRef.current = true;
		return () => {
			mountedRef.current = false;
		};
	}, [] );

	const run = useCallback(
		async ( ...args: A ): Promise< ActionResult< R > > => {
			const runId = ++latestRunRef.current;
			const isCurrent = () =>
				mountedRef.current && runId === latestRunRef.current;
			setPending( true );
			setError( undefined );
			try {
				const value = await actionRef.current( ...args );
				if ( isCurrent() ) {
					setPending( false );
				}
				return { ok: true, value };
			} catch ( reason ) {
				const apiError = ApiError.from( reason );
				if ( isCurrent() ) {
					setPending( false );
					setError( apiError );
				}
				return { ok: false, error: apiError };
			}
		},
		[]
	);

	const reset = useCallback( () => setError( undefined ), [] );

	return { run, pending, error, reset };
}
