/**
 * The message list the widget shows: what a chat message is, the hook's options and state,
 * and the list operations `useMessageState` sends with (confirm a pair, set a status, the
 * 429 wait and its countdown).
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api';
import type { ConversationSession, Message, WidgetApi } from '../api';
import { type PageContext } from '../../protocol';
import type { ReportTelemetry } from '../../telemetry';

/**
 * A message as the UI shows it: sent, on its way, queued while the shopper is offline,
 * or failed and waiting for a retry.
 */
export interface ChatMessage extends Message {
	status: 'sent' | 'sending' | 'queued' | 'failed';
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
	/** The shop's signed statement of the signed-in customer, sent with every message. */
	customerToken?: string | null;
	/** The shop's locale (WordPress style, "de_DE"), sent with every message: the language a reply falls back to. */
	locale?: string | null;
	/** Called when the server no longer knows the conversation (404). */
	onSessionRejected?: () => void;
	report?: ReportTelemetry;
	/** Use the streaming send route (server-sent events) when the sidecar offers it. */
	streaming?: boolean;
}

/** What `useMessageState` returns. */
export interface MessageState {
	/** Oldest first. */
	messages: ChatMessage[];
	/** True while a sent message waits for its reply: show a typing indicator. */
	awaitingReply: boolean;
	/** Text streamed so far for replies still arriving, by the question's clientMessageId. */
	streamingReplies: Record< string, string >;
	/** How many replies arrived through `send` on this page (history not included). */
	repliesReceived: number;
	/** The newest reply that arrived on this page, for the live region. */
	lastReply: Message | null;
	historyLoading: boolean;
	/** True while a history load started by `retryLoadMessages` is under way. */
	isRetrying: boolean;
	/** Why the history did not load; `null` otherwise. */
	error: Error | null;
	/** The same error under its domain name. */
	messagesLoadError: Error | null;
	/** Loads the history again. */
	retryLoadMessages: () => void;
	/** True when the server holds messages older than the ones shown ("Show earlier messages"). */
	hasOlder: boolean;
	/** True while an older page is loading. */
	loadingOlder: boolean;
	/** Why the last older page did not load; `null` otherwise. */
	olderLoadError: Error | null;
	/** Loads the page of messages just older than the oldest shown. */
	loadOlder: () => void;
	/** Alias of `retryLoadMessages`. */
	retry: () => void;
	/** Sends a shopper message (shown at once, before the server answers). */
	send: ( text: string ) => void;
	/** Sends a failed message again, with the same clientMessageId. */
	retrySend: ( clientMessageId: string ) => void;
	/**
	 * Seconds left before the server takes messages again after answering 429 (its
	 * Retry-After); 0 otherwise. Sending is refused meanwhile: disable Send and say why.
	 */
	slowDownSeconds: number;
}

/** Longest message the API accepts. */
export const MAX_MESSAGE_LENGTH = 2000;

/** Longest wait the widget shows for one 429, whatever the server says. */
const MAX_SLOW_DOWN_SECONDS = 3600;

/**
 * The wait a 429 asks for: the error envelope's `retryAfterSeconds` (the same figure as the
 * Retry-After header), at least one second.
 *
 * @param error A failed send.
 * @return Seconds, or 0 when the failure is not a rate limit.
 */
export function retryAfterOf( error: unknown ): number {
	if ( ! ( error instanceof ApiError ) || error.status !== 429 ) {
		return 0;
	}
	const seconds = Number(
		( error.details as { retryAfterSeconds?: unknown } | undefined )
			?.retryAfterSeconds
	);
	return Number.isFinite( seconds )
		? Math.min( MAX_SLOW_DOWN_SECONDS, Math.max( 1, Math.ceil( seconds ) ) )
		: 30;
}

/**
 * A countdown in whole seconds: `start( n )` shows n, then n-1 each second down to 0.
 *
 * @return The seconds left and the function that starts a countdown.
 */
export function useCountdown(): [ number, ( seconds: number ) => void ] {
	const [ until, setUntil ] = useState( 0 );
	const [ left, setLeft ] = useState( 0 );
	useEffect( () => {
		if ( ! until ) {
			return;
		}
		const tick = () => {
			const seconds = Math.max(
				0,
				Math.ceil( ( until - Date.now() ) / 1000 )
			);
			setLeft( seconds );
			if ( seconds === 0 ) {
				setUntil( 0 );
			}
		};
		tick();
		const timer = setInterval( tick, 1000 );
		return () => clearInterval( timer );
	}, [ until ] );
	const start = useCallback( ( seconds: number ) => {
		setUntil( Date.now() + seconds * 1000 );
	}, [] );
	return [ left, start ];
}

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
export function confirmPair(
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

export const isOffline = () =>
	typeof navigator !== 'undefined' && navigator.onLine === false;

export const setStatus = (
	messages: ChatMessage[],
	clientMessageId: string,
	status: ChatMessage[ 'status' ]
) =>
	messages.map( ( item ) =>
		item.clientMessageId === clientMessageId ? { ...item, status } : item
	);
