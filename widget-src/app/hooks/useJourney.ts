import { useEffect, useRef } from 'react';
import type { PageContext } from '../../protocol';
import type { ConversationSession, WidgetApi } from '../api';
import { useAbortScope, toError } from './useAbortScope';
import { logDev } from './devLog';

export interface JourneyOptions {
	api: WidgetApi;
	session: ConversationSession | null;
	/** The shopper's page from the bridge (`init`, later `pageContext`); null outside a shop page. */
	pageContext: PageContext | null;
	/** The shopper consented, or the shop asks no consent. False: nothing is recorded or remembered. */
	allowed: boolean;
	/** Tells the shop page the conversation for the order-attribution cookie (`''` clears it). */
	rememberConversation?: ( conversationId: string ) => void;
}

/** Only the fields the journey route takes; the bridge may carry more in future. */
const pageView = ( page: PageContext ): PageContext => ( {
	url: page.url,
	title: page.title,
	referrer: page.referrer,
	...( page.pageType && { pageType: page.pageType } ),
	...( page.productId && { productId: page.productId } ),
	...( page.utm && { utm: page.utm } ),
} );

/**
 * The shopper's journey (ADR 0012): once tracking is allowed and a conversation exists,
 * each page the frame is loaded on (and each client-side navigation) is recorded once,
 * and the shop page learns the conversation id for the attribution cookie. When the
 * conversation goes away (deleted) the cookie is cleared. Failures are not shown: the
 * journey is bookkeeping, never in the shopper's way.
 *
 * @param options API, session, page, consent state and the bridge call.
 */
export function useJourney( options: JourneyOptions ): void {
	const { api, session, pageContext, allowed, rememberConversation } =
		options;
	const { lifetime } = useAbortScope();
	const recorded = useRef( new Set< string >() );
	const remembered = useRef( '' );
	const conversationId = allowed ? ( session?.conversationId ?? '' ) : '';

	useEffect( () => {
		if ( ! conversationId || ! pageContext?.url || ! session ) {
			return;
		}
		const key = `${ conversationId } ${ pageContext.url }`;
		if ( recorded.current.has( key ) ) {
			return;
		}
		recorded.current.add( key );
		api.recordPageView( session, pageView( pageContext ), lifetime() ).then(
			( stored ) => logDev( 'useJourney', 'page view', stored ),
			( error: unknown ) => {
				// Try again on the next change (a later navigation or a new session).
				recorded.current.delete( key );
				logDev(
					'useJourney',
					'not recorded',
					toError( error ).message
				);
			}
		);
	}, [ api, conversationId, lifetime, pageContext, session ] );

	useEffect( () => {
		if ( conversationId !== remembered.current ) {
			remembered.current = conversationId;
			rememberConversation?.( conversationId );
		}
	}, [ conversationId, rememberConversation ] );
}
