/**
 * The widget-health live cards over server-sent events. Follows the dashboard's hook
 * pattern: an error state, a stable `retry`, nothing set after unmount or after the scope
 * changed, and reconnection after a dropped stream with growing waits (EventSource's own
 * reconnect is switched off, so the waits and the give-up point are ours).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import {
	streamUrl,
	type HealthScope,
	type LiveCards,
} from '../screens/widget-health/widgetHealthApi';

/** What the hook needs of an EventSource (tests pass their own). */
export interface EventSourceLike {
	addEventListener: (
		type: string,
		listener: ( event: MessageEvent ) => void
	) => void;
	onerror: ( ( event: Event ) => void ) | null;
	close: () => void;
}

export type CreateEventSource = ( url: string ) => EventSourceLike;

export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'failed';

export interface RealtimeAnalytics {
	/** The latest cards; kept while reconnecting. */
	cards: LiveCards | undefined;
	status: StreamStatus;
	/** Why the stream is down (set once reconnecting gave up, or the server sent an error). */
	error: ApiError | undefined;
	/** When the bus last reported activity in the scope (ISO). */
	lastActivityAt: string | undefined;
	/** Reconnects now, resetting the backoff. Stable across renders. */
	retry: () => void;
}

export interface RealtimeOptions {
	createSource?: CreateEventSource;
	/** Waits before each reconnect attempt (ms); the last one repeats. */
	backoffMs?: readonly number[];
	/** Failed attempts in a row before giving up (status `failed`). */
	maxAttempts?: number;
}

const DEFAULT_BACKOFF_MS = [ 1_000, 2_000, 5_000, 10_000, 30_000 ] as const;
const DEFAULT_MAX_ATTEMPTS = 8;

const browserEventSource: CreateEventSource = ( url ) =>
	new EventSource( url, { withCredentials: true } );

function parse< T >( event: MessageEvent ): T | undefined {
	try {
		return JSON.parse( String( event.data ) ) as T;
	} catch {
		return undefined;
	}
}

/**
 * Subscribes to the live cards of a scope.
 *
 * @param scope   Platform (empty), an organization or a site.
 * @param options Event source factory and backoff (tests).
 */
export function useRealtimeAnalytics(
	scope: HealthScope,
	options: RealtimeOptions = {}
): RealtimeAnalytics {
	const url = streamUrl( scope );
	const optionsRef = useRef( options );
	const [ attempt, setAttempt ] = useState( 0 );
	const [ state, setState ] = useState< {
		url: string;
		cards: LiveCards | undefined;
		status: StreamStatus;
		error: ApiError | undefined;
		lastActivityAt: string | undefined;
	} >( {
		url,
		cards: undefined,
		status: 'connecting',
		error: undefined,
		lastActivityAt: undefined,
	} );

	useEffect( () => {
		optionsRef.current = options;
	} );

	useEffect( () => {
		const {
			createSource = browserEventSource,
			backoffMs = DEFAULT_BACKOFF_MS,
			maxAttempts = DEFAULT_MAX_ATTEMPTS,
		} = optionsRef.current;
		let source: EventSourceLike | null = null;
		let timer: ReturnType< typeof setTimeout > | undefined;
		let failures = 0;
		let stopped = false;
		const update = ( change: Partial< typeof state > ) => {
			if ( ! stopped ) {
				setState( ( previous ) => ( {
					...( previous.url === url
						? previous
						: {
								url,
								cards: undefined,
								lastActivityAt: undefined,
								status: 'connecting' as const,
								error: undefined,
							} ),
					...change,
				} ) );
			}
		};

		const connect = () => {
			source = createSource( url );
			source.addEventListener( 'cards', ( event ) => {
				const cards = parse< LiveCards >( event );
				if ( cards ) {
					failures = 0;
					update( { cards, status: 'live', error: undefined } );
				}
			} );
			source.addEventListener( 'activity', ( event ) => {
				const activity = parse< { at: string } >( event );
				if ( activity ) {
					update( { lastActivityAt: activity.at } );
				}
			} );
			source.addEventListener( 'error', ( event ) => {
				// The server's error envelope arrives as an `error` event with data.
				const body = parse< { code: string; message: string } >(
					event
				);
				if ( body?.code ) {
					update( {
						error: new ApiError( {
							status: 0,
							code: body.code,
							message: body.message,
						} ),
					} );
				}
			} );
			source.onerror = () => {
				source?.close();
				source = null;
				failures += 1;
				if ( failures >= maxAttempts ) {
					update( {
						status: 'failed',
						error: new ApiError( {
							status: 0,
							code: 'stream_lost',
							message:
								'The live connection was lost. Figures stopped updating.',
						} ),
					} );
					return;
				}
				update( { status: 'reconnecting' } );
				const wait =
					backoffMs[ Math.min( failures, backoffMs.length ) - 1 ] ??
					1_000;
				timer = setTimeout( connect, wait );
			};
		};

		update( { status: 'connecting', error: undefined } );
		connect();
		return () => {
			stopped = true;
			clearTimeout( timer );
			source?.close();
		};
	}, [ url, attempt ] );

	const retry = useCallback( () => setAttempt( ( n ) => n + 1 ), [] );
	const current = state.url === url;
	return {
		cards: current ? state.cards : undefined,
		status: current ? state.status : 'connecting',
		error: current ? state.error : undefined,
		lastActivityAt: current ? state.lastActivityAt : undefined,
		retry,
	};
}
