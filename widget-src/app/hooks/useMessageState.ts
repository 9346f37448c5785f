import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import type { ConversationSession, Message, ReplyChunk } from '../api';
import { randomId } from '../../protocol';
import { errorData } from './useWidgetConfig';
import { toError, useAbortScope } from './useAbortScope';
import { logError } from './devLog';
import {
	MAX_MESSAGE_LENGTH,
	confirmPair,
	isOffline,
	retryAfterOf,
	setStatus,
	useCountdown,
	type ChatMessage,
	type MessageState,
	type MessageStateOptions,
} from './chatMessages';

export { MAX_MESSAGE_LENGTH, retryAfterOf } from './chatMessages';
export type {
	ChatMessage,
	MessageState,
	MessageStateOptions,
} from './chatMessages';
/**
 * The conversation's messages: loads the history when a stored conversation is resumed,
 * sends with an optimistic shopper message, and keeps a failed message on screen until
 * it is retried. Retries reuse the clientMessageId, which the server treats as
 * idempotent, so a message that did arrive the first time is not stored twice.
 *
 * @param options API client, session, page context and callbacks.
 * @return Messages, loading and error state, and the send and retry functions.
 */
export function useMessageState( options: MessageStateOptions ): MessageState {
	const { api, session, isNew } = options;
	const { lifetime, latest } = useAbortScope();
	const [ messages, setMessages ] = useState< ChatMessage[] >( [] );
	const [ history, setHistory ] = useState( {
		loading: false,
		isRetrying: false,
		error: null as Error | null,
	} );
	const [ replies, setReplies ] = useState( {
		count: 0,
		last: null as Message | null,
	} );
	const [ streamingReplies, setStreamingReplies ] = useState<
		Record< string, string >
	>( {} );
	const [ slowDownSeconds, startSlowDown ] = useCountdown();
	// Paging back through history: the cursor of the page before the oldest one shown.
	const [ older, setOlder ] = useState( {
		cursor: null as string | null,
		loading: false,
		error: null as Error | null,
	} );
	const olderRequest = useRef< AbortController | null >( null );

	// Callbacks read the newest values through a ref, so `send` and `retrySend` stay
	// stable for the composer and the message list.
	const latestOptions = useRef( options );
	latestOptions.current = options;
	const sentCount = useRef( 0 );
	// Ids with a request under way: a double click on Retry sends once.
	const inFlight = useRef( new Set< string >() );

	const loadHistory = useCallback(
		( current: ConversationSession, isRetry: boolean ) => {
			const signal = latest();
			const report = latestOptions.current.report;
			setHistory( ( previous ) => ( {
				...previous,
				loading: true,
				isRetrying: isRetry,
			} ) );
			// A reload starts again from the newest page: an older page still loading is moot.
			olderRequest.current?.abort();
			api.listMessages( current, signal ).then(
				( { messages: loaded, olderCursor } ) => {
					if ( signal.aborted ) {
						return;
					}
					setOlder( {
						cursor: olderCursor,
						loading: false,
						error: null,
					} );
					// Unsent local messages survive a reload of the history.
					setMessages( ( local ) => [
						...loaded.map( ( item ): ChatMessage => ( {
							...item,
							status: 'sent',
						} ) ),
						...local.filter( ( item ) => item.status !== 'sent' ),
					] );
					setHistory( {
						loading: false,
						isRetrying: false,
						error: null,
					} );
					if ( isRetry ) {
						report?.( 'retry', { kind: 'messages', ok: true } );
					}
				},
				( error: unknown ) => {
					if ( signal.aborted ) {
						return;
					}
					if ( error instanceof ApiError && error.status === 404 ) {
						setHistory( {
							loading: false,
							isRetrying: false,
							error: null,
						} );
						latestOptions.current.onSessionRejected?.();
						return;
					}
					const failure = toError( error );
					logError( 'useMessageState', failure );
					setHistory( {
						loading: false,
						isRetrying: false,
						error: failure,
					} );
					report?.( 'messages_load_error', errorData( failure ) );
					if ( isRetry ) {
						report?.( 'retry', { kind: 'messages', ok: false } );
					}
				}
			);
		},
		[ api, latest ]
	);

	useEffect( () => {
		if ( ! session ) {
			// A forgotten or deleted conversation leaves nothing on screen.
			setMessages( ( list ) =>
				list.filter( ( item ) => item.status !== 'sent' )
			);
			olderRequest.current?.abort();
			setOlder( { cursor: null, loading: false, error: null } );
		} else if ( ! isNew ) {
			loadHistory( session, false );
		}
	}, [ session, isNew, loadHistory ] );

	const retryLoadMessages = useCallback( () => {
		const current = latestOptions.current.session;
		if ( current ) {
			loadHistory( current, true );
		}
	}, [ loadHistory ] );

	// The cursor as of the last render, so `loadOlder` stays stable for the message list.
	const olderRef = useRef( older );
	olderRef.current = older;

	const loadOlder = useCallback( () => {
		const current = latestOptions.current.session;
		const { cursor, loading } = olderRef.current;
		if ( ! current || ! cursor || loading ) {
			return;
		}
		const controller = new AbortController();
		olderRequest.current = controller;
		const gone = lifetime();
		gone.addEventListener( 'abort', () => controller.abort(), {
			once: true,
		} );
		setOlder( ( state ) => ( { ...state, loading: true, error: null } ) );
		api.listMessages( current, controller.signal, cursor ).then(
			( page ) => {
				if ( controller.signal.aborted ) {
					return;
				}
				setMessages( ( shown ) => {
					// A message already on screen (a page boundary moved by a new reply) stays once.
					const known = new Set( shown.map( ( item ) => item.id ) );
					return [
						...page.messages
							.filter( ( item ) => ! known.has( item.id ) )
							.map( ( item ): ChatMessage => ( {
								...item,
								status: 'sent',
							} ) ),
						...shown,
					];
				} );
				setOlder( {
					cursor: page.olderCursor,
					loading: false,
					error: null,
				} );
			},
			( error: unknown ) => {
				if ( controller.signal.aborted ) {
					return;
				}
				const failure = toError( error );
				logError( 'useMessageState', failure );
				setOlder( ( state ) => ( {
					...state,
					loading: false,
					error: failure,
				} ) );
				latestOptions.current.report?.(
					'messages_load_error',
					errorData( failure )
				);
			}
		);
	}, [ api, lifetime ] );

	const deliver = useCallback(
		( clientMessageId: string, text: string, isRetry: boolean ) => {
			const {
				session: current,
				pageContext,
				customerToken,
				locale,
				report,
				streaming,
			} = latestOptions.current;
			if ( inFlight.current.has( clientMessageId ) ) {
				return;
			}
			if ( isOffline() ) {
				// Sent when the browser says it is back online (the `online` listener below).
				setMessages( ( list ) =>
					setStatus( list, clientMessageId, 'queued' )
				);
				return;
			}
			inFlight.current.add( clientMessageId );
			const signal = lifetime();
			setMessages( ( list ) =>
				setStatus( list, clientMessageId, 'sending' )
			);
			const chunkTypes = new Set< string >();
			const input = {
				text,
				clientMessageId,
				pageContext: pageContext ?? undefined,
				customerToken: customerToken ?? undefined,
				// The contract's locale shape only ("de_DE", "en-GB"); anything else is left out.
				locale:
					locale &&
					/^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test( locale )
						? locale
						: undefined,
			};
			const onChunk = ( chunk: ReplyChunk ) => {
				chunkTypes.add( chunk.type );
				// Unknown kinds (product cards, quick actions…) are counted, not shown yet.
				if ( chunk.type === 'text' && ! signal.aborted ) {
					const delta = String(
						( chunk as { delta?: unknown } ).delta ?? ''
					);
					setStreamingReplies( ( partial ) => ( {
						...partial,
						[ clientMessageId ]:
							( partial[ clientMessageId ] ?? '' ) + delta,
					} ) );
				}
			};
			let attempt: Promise< { message: Message; reply: Message } >;
			if ( ! current ) {
				attempt = Promise.reject(
					new ApiError(
						0,
						'no_session',
						'The conversation has not started.'
					)
				);
			} else if ( streaming ) {
				attempt = api.streamMessage( current, input, onChunk, signal );
			} else {
				attempt = api.sendMessage( current, input, signal );
			}
			const dropPartial = () =>
				setStreamingReplies( ( partial ) => {
					const next = { ...partial };
					delete next[ clientMessageId ];
					return next;
				} );
			attempt
				.finally( () => inFlight.current.delete( clientMessageId ) )
				.then(
					( { message, reply } ) => {
						if ( signal.aborted ) {
							return;
						}
						dropPartial();
						setMessages( ( list ) =>
							confirmPair( list, clientMessageId, message, reply )
						);
						setReplies( ( previous ) => ( {
							count: previous.count + 1,
							last: reply,
						} ) );
						report?.( 'message_sent', {
							ok: true,
							retry: isRetry,
						} );
						report?.( 'message_received', {
							types:
								[ ...chunkTypes ].sort().join( ',' ) || 'text',
						} );
						if ( isRetry ) {
							report?.( 'retry', { kind: 'send', ok: true } );
						}
						if ( ++sentCount.current === 1 ) {
							report?.( 'first_message', {
								ms: Math.round( performance.now() ),
							} );
						}
					},
					( error: unknown ) => {
						if ( signal.aborted ) {
							return;
						}
						dropPartial();
						const failure = toError( error );
						const lostConnection =
							failure instanceof ApiError &&
							failure.status === 0 &&
							isOffline();
						setMessages( ( list ) =>
							setStatus(
								list,
								clientMessageId,
								lostConnection ? 'queued' : 'failed'
							)
						);
						logError( 'useMessageState', failure );
						const wait = retryAfterOf( failure );
						if ( wait ) {
							startSlowDown( wait );
						}
						if ( isRetry ) {
							report?.( 'retry', { kind: 'send', ok: false } );
						}
						report?.( 'message_sent', {
							ok: false,
							retry: isRetry,
							...errorData( failure ),
						} );
						if (
							failure instanceof ApiError &&
							failure.status === 404
						) {
							latestOptions.current.onSessionRejected?.();
						}
					}
				);
		},
		[ api, lifetime, startSlowDown ]
	);

	const send = useCallback(
		( input: string ) => {
			const text = input.trim().slice( 0, MAX_MESSAGE_LENGTH );
			if ( ! text ) {
				return;
			}
			const clientMessageId = randomId();
			setMessages( ( list ) => [
				...list,
				{
					id: clientMessageId,
					clientMessageId,
					role: 'shopper',
					text,
					createdAt: new Date().toISOString(),
					sources: [],
					status: 'sending',
				},
			] );
			deliver( clientMessageId, text, false );
		},
		[ deliver ]
	);

	const messagesRef = useRef( messages );
	messagesRef.current = messages;

	const retrySend = useCallback(
		( clientMessageId: string ) => {
			const failed = messagesRef.current.find(
				( item ) =>
					item.clientMessageId === clientMessageId &&
					( item.status === 'failed' || item.status === 'queued' )
			);
			if ( failed ) {
				deliver( clientMessageId, failed.text, true );
			}
		},
		[ deliver ]
	);

	// The offline queue: everything queued goes out once the browser is back online. The
	// clientMessageId makes a second attempt harmless, and `inFlight` prevents a double send.
	useEffect( () => {
		const flushQueue = () => {
			for ( const item of messagesRef.current ) {
				if ( item.status === 'queued' && item.clientMessageId ) {
					deliver( item.clientMessageId, item.text, true );
				}
			}
		};
		window.addEventListener( 'online', flushQueue );
		return () => window.removeEventListener( 'online', flushQueue );
	}, [ deliver ] );

	return {
		messages,
		awaitingReply: messages.some( ( item ) => item.status === 'sending' ),
		streamingReplies,
		repliesReceived: replies.count,
		lastReply: replies.last,
		historyLoading: history.loading,
		isRetrying: history.isRetrying,
		error: history.error,
		messagesLoadError: history.error,
		retryLoadMessages,
		retry: retryLoadMessages,
		hasOlder: older.cursor !== null,
		loadingOlder: older.loading,
		olderLoadError: older.error,
		loadOlder,
		send,
		retrySend,
		slowDownSeconds,
	};
}
