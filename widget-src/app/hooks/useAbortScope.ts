import { useCallback, useEffect, useRef } from 'react';

/** Signals that tell a hook's pending work it no longer matters. */
export interface AbortScope {
	/** A signal aborted when the component unmounts. */
	lifetime: () => AbortSignal;
	/**
	 * A signal aborted on unmount or as soon as `latest` is called again: for a resource
	 * where only the newest request's answer may land in state.
	 */
	latest: () => AbortSignal;
}

/**
 * Gives a hook abort signals so that answers arriving after unmount, or after a newer
 * request, are dropped instead of written to state. The lifetime controller is created
 * lazily, so StrictMode's unmount-and-remount in development gets a fresh one.
 *
 * @return Stable functions returning the signals.
 */
export function useAbortScope(): AbortScope {
	const lifetimeRef = useRef< AbortController | null >( null );
	const latestRef = useRef< AbortController | null >( null );

	useEffect(
		() => () => {
			lifetimeRef.current?.abort();
			lifetimeRef.current = null;
		},
		[]
	);

	const lifetime = useCallback( () => {
		lifetimeRef.current ??= new AbortController();
		return lifetimeRef.current.signal;
	}, [] );

	const latest = useCallback( () => {
		latestRef.current?.abort();
		const controller = new AbortController();
		latestRef.current = controller;
		const parent = lifetime();
		parent.addEventListener( 'abort', () => controller.abort(), {
			once: true,
		} );
		return controller.signal;
	}, [ lifetime ] );

	return { lifetime, latest };
}

// Normalises a rejection value for an `error: Error | null` state.
export const toError = ( error: unknown ): Error =>
	error instanceof Error ? error : new Error( String( error ) );
