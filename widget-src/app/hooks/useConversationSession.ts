import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversationSession, WidgetApi } from '../api';
import { toError, useAbortScope } from './useAbortScope';

export interface ConversationSessionState {
	/** The current conversation's credentials; `null` while starting or after a failure. */
	session: ConversationSession | null;
	/** True when this page started the conversation, so it has no history to load. */
	isNew: boolean;
	loading: boolean;
	error: Error | null;
	/** Tries again to start a conversation (after an error). */
	retry: () => void;
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
	try {
		const value: unknown = JSON.parse(
			localStorage.getItem( key ) ?? 'null'
		);
		const { conversationId, token } = ( value ??
			{} ) as Partial< ConversationSession >;
		return typeof conversationId === 'string' && typeof token === 'string'
			? { conversationId, token }
			: null;
	} catch {
		return null;
	}
}

// localStorage may be unavailable (blocked storage): the session then lasts the page.
function writeStored( key: string, session: ConversationSession | null ) {
	try {
		if ( session ) {
			localStorage.setItem( key, JSON.stringify( session ) );
		} else {
			localStorage.removeItem( key );
		}
	} catch {}
}

/**
 * Starts a conversation, or resumes the one stored for this site. Resuming costs no
 * request: the history load that follows tells whether the server still knows it, and a
 * 404 there calls `restart`.
 *
 * @param api     The widget API client.
 * @param siteKey The site's public key.
 * @return The session, its state, a retry and a restart.
 */
export function useConversationSession(
	api: WidgetApi,
	siteKey: string
): ConversationSessionState {
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

	const start = useCallback( () => {
		const signal = latest();
		hasSessionRef.current = false;
		setState( { session: null, isNew: false, loading: true, error: null } );
		api.startConversation( signal ).then(
			( session ) => {
				if ( signal.aborted ) {
					return;
				}
				writeStored( storageKey, session );
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
		writeStored( storageKey, null );
		start();
	}, [ start, storageKey ] );

	useEffect( () => {
		if ( ! hasSessionRef.current ) {
			start();
		}
	}, [ start ] );

	return { ...state, retry: start, restart };
}
