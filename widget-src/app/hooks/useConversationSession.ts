import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversationSession, WidgetApi } from '../api';
import { toError, useAbortScope } from './useAbortScope';
import { logError } from './devLog';
import { readStoredJson, writeStoredJson } from '../storedJson';

/** What `useConversationSession` returns. */
export interface ConversationSessionState {
	/** The current conversation's credentials; `null` while starting or after a failure. */
	session: ConversationSession | null;
	/** True when this page started the conversation, so it has no history to load. */
	isNew: boolean;
	loading: boolean;
	/** Why the conversation could not start; `null` otherwise. */
	error: Error | null;
	/** The same error under its domain name. */
	sessionError: Error | null;
	/** Tries again to start a conversation (after an error). */
	retryStartSession: () => void;
	/** Alias of `retryStartSession`. */
	retry: () => void;
	/** Forgets the conversation on this device (after "delete my conversation"). */
	forget: () => void;
	/**
	 * Forgets the stored conversation and starts a new one: called when the server no
	 * longer knows the stored one (404 on resume).
	 */
	restart: () => void;
}

// Where a site's conversation survives reloads; one key per site.
export const sessionStorageKey = ( siteKey: string ) =>
	`omniops:conversation:${ siteKey }`;

function readStored( key: string ): ConversationSession | null {
	const { conversationId, token } = ( readStoredJson( key ) ??
		{} ) as Partial< ConversationSession >;
	return typeof conversationId === 'string' && typeof token === 'string'
		? { conversationId, token }
		: null;
}

export interface ConversationSessionOptions {
	/**
	 * False while the shop waits for the shopper's consent: no conversation is started
	 * and nothing is written to storage until it turns true.
	 */
	enabled?: boolean;
}

/**
 * Starts a conversation, or resumes the one stored for this site (it survives reloads
 * through localStorage). Resuming costs no request: the history load that follows tells
 * whether the server still knows it, and a 404 there calls `restart`.
 *
 * @param api     The widget API client.
 * @param siteKey The site's public key.
 * @param options `enabled`: false holds everything back (consent gate).
 * @return The session, its state, a retry, a restart and a forget.
 */
export function useConversationSession(
	api: WidgetApi,
	siteKey: string,
	options: ConversationSessionOptions = {}
): ConversationSessionState {
	const enabled = options.enabled ?? true;
	const storageKey = sessionStorageKey( siteKey );
	const { latest } = useAbortScope();
	const [ state, setState ] = useState( () => {
		const session = readStored( storageKey );
		return {
			session,
			isNew: false,
			loading: ! session,
			error: null as Error | null,
		};
	} );
	const hasSessionRef = useRef( state.session !== null );
	// Bumped by `forget`, so the start effect runs again (when enabled).
	const [ generation, setGeneration ] = useState( 0 );

	const start = useCallback( () => {
		const signal = latest();
		hasSessionRef.current = false;
		setState( { session: null, isNew: false, loading: true, error: null } );
		api.startConversation( signal ).then(
			( session ) => {
				if ( signal.aborted ) {
					return;
				}
				writeStoredJson( storageKey, session );
				hasSessionRef.current = true;
				setState( {
					session,
					isNew: true,
					loading: false,
					error: null,
				} );
			},
			( error: unknown ) => {
				if ( ! signal.aborted ) {
					logError( 'useConversationSession', toError( error ) );
					setState( {
						session: null,
						isNew: false,
						loading: false,
						error: toError( error ),
					} );
				}
			}
		);
	}, [ api, latest, storageKey ] );

	const restart = useCallback( () => {
		writeStoredJson( storageKey, null );
		start();
	}, [ start, storageKey ] );

	const forget = useCallback( () => {
		latest();
		writeStoredJson( storageKey, null );
		hasSessionRef.current = false;
		setState( {
			session: null,
			isNew: false,
			loading: false,
			error: null,
		} );
		setGeneration( ( count ) => count + 1 );
	}, [ latest, storageKey ] );

	useEffect( () => {
		if ( enabled && ! hasSessionRef.current ) {
			start();
		}
	}, [ enabled, start, generation ] );

	return {
		...state,
		// Held back by the consent gate: not loading, just waiting.
		loading: state.loading && enabled,
		sessionError: state.error,
		retryStartSession: start,
		retry: start,
		restart,
		forget,
	};
}
