import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api';
import { useApi } from './useApi';

/** What every resource hook returns. */
export interface ResourceResult< T > {
	/** The last value loaded for the current key; `undefined` until the first load succeeds. */
	data: T | undefined;
	/** Why the latest load failed; cleared when a new load starts. */
	error: ApiError | undefined;
	/** True while a load is in flight (including a reload that keeps the previous `data`). */
	loading: boolean;
	/** Loads again (after an error, or to refresh after a change). Stable across renders. */
	retry: () => void;
}

export interface ApiResourceResult< T > extends ResourceResult< T > {
	/** Replaces `data` locally and drops any load in flight. Stable across renders. */
	setData: ( data: T ) => void;
}

/** Loads a resource; must pass `signal` on to the client so a superseded load is cancelled. */
export type ResourceLoader< T > = (
	api: ApiClient,
	signal: AbortSignal
) => Promise< T >;

interface State< T > {
	key: string;
	data: T | undefined;
	error: ApiError | undefined;
	loading: boolean;
}

/**
 * The machinery behind the resource hooks: loads on mount and whenever `key` changes,
 * aborts the previous request when a newer one starts or the component unmounts, and
 * ignores any answer that arrives after that. Data from another key is never shown.
 *
 * @param key  Identifies what is loaded (e.g. the organization id); a new key reloads.
 * @param load Performs the request. May change between renders; the latest one is used.
 */
export function useApiResource< T >(
	key: string,
	load: ResourceLoader< T >
): ApiResourceResult< T > {
	const api = useApi();
	const loadRef = useRef( load );
	const keyRef = useRef( key );
	const controllerRef = useRef< AbortController | null >( null );
	const [ attempt, setAttempt ] = useState( 0 );
	const [ state, setState ] = useState< State< T > >( {
		key,
		data: undefined,
		error: undefined,
		loading: true,
	} );

	useEffect( () => {
		loadRef.current = load;
		keyRef.current = key;
	} );

	useEffect( () => {
		const controller = new AbortController();
		controllerRef.current = controller;
		const dataFor = ( previous: State< T > ) =>
			previous.key === key ? previous.data : undefined;

		setState( ( previous ) => ( {
			key,
			data: dataFor( previous ),
			error: undefined,
			loading: true,
		} ) );
		loadRef.current( api, controller.signal ).then(
			( data ) => {
				if ( ! controller.signal.aborted ) {
					setState( { key, data, error: undefined, loading: false } );
				}
			},
			( error: unknown ) => {
				if ( ! controller.signal.aborted ) {
					setState( ( previous ) => ( {
						key,
						data: dataFor( previous ),
						error: ApiError.from( error ),
						loading: false,
					} ) );
				}
			}
		);
		return () => controller.abort();
	}, [ api, key, attempt ] );

	const retry = useCallback( () => setAttempt( ( n ) => n + 1 ), [] );
	const setData = useCallback( ( data: T ) => {
		controllerRef.current?.abort();
		setState( {
			key: keyRef.current,
			data,
			error: undefined,
			loading: false,
		} );
	}, [] );

	// Until the effect for a new key has run, `state` still describes the old key.
	const current = state.key === key;
	return {
		data: current ? state.data : undefined,
		error: current ? state.error : undefined,
		loading: current ? state.loading : true,
		retry,
		setData,
	};
}
