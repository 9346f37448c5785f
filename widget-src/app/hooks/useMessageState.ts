import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import type { ConversationSession, Message, WidgetApi } from '../api';
import { randomId, type PageContext } from '../../protocol';
import type { ReportTelemetry } from '../../telemetry';
import { errorData } from './useWidgetConfig';
import { toError, useAbortScope } from './useAbortScope';

/** A message as the UI shows it: sent, on its way, or failed and waiting for a retry. */
export interface ChatMessage extends Message {
	status: 'sent' | 'sending' | 'failed';
	/** Set on messages this page sent; stays the same across retries. */
	clientMessageId?: string;
}

export interface MessageStateOptions {
	api: WidgetApi;
	session: ConversationSession | null;
	/** A conversation started by this page has no history: skip the request. */
	isNew: boolean;
	/** Sent with every message so the answer fits the shopper's page. */
	pageContext: PageContext | null;
	/** Called when the server no longer knows the conversation (404). */
	onSessionRejected?: () => void;
	report?: ReportTelemetry;
}

export interface MessageState {
	/** Oldest first. */
	messages: ChatMessage[];
	/** True while a sent message waits for its reply: show a typing indicator. */
	awaitingReply: boolean;
	/** How many replies arrived through `send` on this page (history not included). */
	repliesReceived: number;
	historyLoading: boolean;
	/** Why the history did not load; `null` otherwise. */
	error: Error | null;
	/** Loads the history again. */
	retry: () => void;
	/** Sends a shopper message (shown at once, before the server answers). */
	send: ( text: string ) => void;
	/** Sends a failed message again, with the same clientMessageId. */
	retrySend: ( clientMessageId: string ) => void;
}

/** Longest message the API accepts. */
export const MAX_MESSAGE_LENGTH = 2000;

/**
 * Puts a server-confirmed pair in place of the optimistic message. Anything else with
 * the same ids goes: a retry after a lost response returns the pair the server already
 * stored, and it must not appear twice.
 *
 * @param messages        The list as shown.
 * @param clientMessageId The optimistic message's id.
 * @param message         The shopper message as the server stored it.
 * @param reply           The assistant's reply.
 * @return The new list.
 */
function confirmPair(
	messages: ChatMessage[],
	clientMessageId: string,
	message: Message,
	reply: Message
): ChatMessage[] {
	const confirmed: ChatMessage[] = [
		{ ...message, status: 'sent', clientMessageId },
		{ ...reply, status: 'sent' },
	];
	const result: ChatMessage[] = [];
	let placed = false;
	for ( const item of messages ) {
		if ( item.clientMessageId === clientMessageId ) {
			result.push( ...confirmed );
			placed = true;
		} else if ( item.id !== message.id && item.id !== reply.id ) {
			result.push( item );
		}
	}
	return placed ? result : [ ...result, ...confirmed ];
}

const setStatus = (
	messages: ChatMessage[],
	clientMessageId: string,
	status: ChatMessage[ 'status' ]
) =>
	messages.map( ( item ) =>
		item.clientMessageId === clientMessageId ? { ...item, status } : item
	);

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
		error: null as Error | null,
	} );
	const [ repliesReceived, setRepliesReceived ] = useState( 0 );

	// Callbacks read the newest values through a ref, so `send` and `retrySend` stay
	// stable for the composer and the message list.
	const latestOptions = useRef( options );
	latestOptions.current = options;
	const sentCount = useRef( 0 );
	// Ids with a request under way: a double click on Retry sends once.
	const inFlight = useRef( new Set< string >() );

	const loadHistory = useCallback(
		( current: ConversationSession ) => {
			const signal = latest();
			setHistory( { loading: true, error: null } );
			api.listMessages( current, signal ).then(
				( loaded ) => {
					if ( signal.aborted ) {
						return;
					}
					// Unsent local messages survive a reload of the history.
					setMessages( ( local ) => [
						...loaded.map( ( item ): ChatMessage => ( {
							...item,
							status: 'sent',
						} ) ),
						...local.filter( ( item ) => item.status !== 'sent' ),
					] );
					setHistory( { loading: false, error: null } );
				},
				( error: unknown ) => {
					if ( signal.aborted ) {
						return;
					}
					if ( error instanceof ApiError && error.status === 404 ) {
						setHistory( { loading: false, error: null } );
						latestOptions.current.onSessionRejected?.();
						return;
					}
					const failure = toError( error );
					setHistory( { loading: false, error: failure } );
					latestOptions.current.report?.(
						'messages_load_error',
						errorData( failure )
					);
				}
			);
		},
		[ api, latest ]
	);

	useEffect( () => {
		if ( session && ! isNew ) {
			loadHistory( session );
		}
	}, [ session, isNew, loadHistory ] );

	const retry = useCallback( () => {
		const current = latestOptions.current.session;
		if ( current ) {
			loadHistory( current );
		}
	}, [ loadHistory ] );

	const deliver = useCallback(
		( clientMessageId: string, text: string, isRetry: boolean ) => {
			const {
				session: current,
				pageContext,
				report,
			} = latestOptions.current;
			if ( inFlight.current.has( clientMessageId ) ) {
				return;
			}
			inFlight.current.add( clientMessageId );
			const signal = lifetime();
			setMessages( ( list ) =>
				setStatus( list, clientMessageId, 'sending' )
			);
			const attempt = current
				? api.sendMessage(
						current,
						{
							text,
							clientMessageId,
							pageContext: pageContext ?? undefined,
						},
						signal
					)
				: Promise.reject(
						new ApiError(
							0,
							'no_session',
							'The conversation has not started.'
						)
					);
			attempt
				.finally( () => inFlight.current.delete( clientMessageId ) )
				.then(
					( { message, reply } ) => {
						if ( signal.aborted ) {
							return;
						}
						setMessages( ( list ) =>
							confirmPair( list, clientMessageId, message, reply )
						);
						setRepliesReceived( ( count ) => count + 1 );
						report?.( 'message_sent', {
							ok: true,
							retry: isRetry,
						} );
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
						setMessages( ( list ) =>
							setStatus( list, clientMessageId, 'failed' )
						);
						const failure = toError( error );
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
		[ api, lifetime ]
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
					item.status === 'failed'
			);
			if ( failed ) {
				deliver( clientMessageId, failed.text, true );
			}
		},
		[ deliver ]
	);

	return {
		messages,
		awaitingReply: messages.some( ( item ) => item.status === 'sending' ),
		repliesReceived,
		historyLoading: history.loading,
		error: history.error,
		retry,
		send,
		retrySend,
	};
}
