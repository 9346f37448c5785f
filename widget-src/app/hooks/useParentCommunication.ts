import { useCallback, useEffect, useRef, useState } from 'react';
import {
	createEnvelope,
	parseParentToFrame,
	screenMessage,
	type AddToCartRequest,
	type AddToCartResult,
	type FrameToParentPayloads,
	type FrameToParentType,
	type PageContext,
} from '../../protocol';
import type { ReportTelemetry } from '../../telemetry';
import { logDev, logError } from './devLog';

export interface ParentCommunicationOptions {
	/** The site's allowed origins (frame config): the only pages we talk to. */
	allowedOrigins: string[];
	report?: ReportTelemetry;
	/** How long to wait for `init` after `ready` before reporting an error. */
	initTimeoutMs?: number;
	/** The host window; `window.parent` except in tests. */
	parent?: Window;
}

/** What `useParentCommunication` returns. */
export interface ParentCommunication {
	/** False when the frame page is opened on its own, outside a shop page. */
	embedded: boolean;
	/** Whether the host shows the panel. Starts true: the loader creates the frame on open. */
	isOpen: boolean;
	/** Counts `open` messages, so the UI can move focus on each one. */
	openCount: number;
	/** The shopper's page, from `init` and later `pageContext` messages. */
	pageContext: PageContext | null;
	/** The shop's locale from `init` (WordPress style, e.g. `en_US`). */
	locale: string | null;
	/** The signed-in customer token from `init`, sent with messages; null for visitors. */
	customerToken: string | null;
	/** Set when the host page did not answer `ready` in time. */
	error: Error | null;
	/** The same error under its domain name. */
	parentCommError: Error | null;
	/** Valid messages accepted from the host page. */
	messagesReceived: number;
	/** Type of the last accepted message (`init`, `open`…); `null` before the first. */
	lastMessageType: string | null;
	/** Messages refused for their origin, source or shape (each reported as `origin_rejected`). */
	messagesRejected: number;
	/** Sends `ready` again and waits for `init` once more. */
	retryParentComm: () => void;
	/** Alias of `retryParentComm`. */
	retry: () => void;
	/** Asks the host to hide the panel. */
	requestClose: () => void;
	/** Tells the host how many replies arrived while the panel was hidden. */
	notifyUnread: ( count: number ) => void;
	/**
	 * Asks the shop page to add an item to the cart (its Store API, its cookies); resolves
	 * with the page's answer, or `{ ok: false }` when it does not answer in time.
	 */
	addToCart: ( item: AddToCartRequest ) => Promise< AddToCartResult >;
	/**
	 * Tells the shop page which conversation the shopper chats in (`''`: none any more),
	 * for the order-attribution cookie. Only call it when tracking is allowed.
	 */
	rememberConversation: ( conversationId: string ) => void;
}

/** How long an "Add to cart" may take on the shop page before we call it failed. */
const ADD_TO_CART_TIMEOUT_MS = 15000;

/**
 * Where `ready` goes before the host has spoken: the exact origin when the browser tells
 * us who embeds us (`ancestorOrigins`, or the referrer's origin), else every allowed origin
 * (the browser delivers only to the one that matches). Never `'*'`.
 *
 * @param allowedOrigins The site's allowed origins.
 * @return Target origins for `postMessage`.
 */
function candidateOrigins( allowedOrigins: string[] ): string[] {
	const hints = [ window.location.ancestorOrigins?.[ 0 ] ];
	try {
		hints.push( new URL( document.referrer ).origin );
	} catch {}
	const known = hints.find(
		( origin ) => origin && allowedOrigins.includes( origin )
	);
	return known
		? [ known ]
		: allowedOrigins.filter( ( origin ) => origin !== '*' );
}

/**
 * The frame side of the bridge (docs/contracts.md, "Bridge"). Accepts a message only
 * when its origin is one of the site's allowed origins, it comes from `window.parent`,
 * and it is a valid envelope; reports every rejection as `origin_rejected`. Sends
 * `ready` on mount and answers to the exact origin of the host once it has spoken.
 *
 * @param options Allowed origins, telemetry reporter, timeout.
 * @return Open state, page context and the functions that talk to the host.
 */
export function useParentCommunication(
	options: ParentCommunicationOptions
): ParentCommunication {
	const { initTimeoutMs = 5000 } = options;
	const parent = options.parent ?? window.parent;
	const embedded = parent !== window;
	const [ state, setState ] = useState( {
		isOpen: true,
		openCount: 0,
		pageContext: null as PageContext | null,
		locale: null as string | null,
		customerToken: null as string | null,
		error: null as Error | null,
		messagesReceived: 0,
		lastMessageType: null as string | null,
		messagesRejected: 0,
	} );
	const latestOptions = useRef( options );
	latestOptions.current = options;
	const hostOrigin = useRef< string | null >( null );
	const initTimer = useRef< ReturnType< typeof setTimeout > >();
	/** True while a shopper-requested retry waits for the host: its outcome is reported once. */
	const retrying = useRef( false );
	/** Add-to-cart requests waiting for the host's answer, by envelope uid. */
	const pendingCart = useRef(
		new Map< string, ( result: AddToCartResult ) => void >()
	);

	const post = useCallback(
		< Type extends FrameToParentType >(
			type: Type,
			payload: FrameToParentPayloads[ Type ]
		) => {
			const envelope = createEnvelope( type, payload );
			if ( ! embedded ) {
				return envelope.uid;
			}
			const targets = hostOrigin.current
				? [ hostOrigin.current ]
				: candidateOrigins( latestOptions.current.allowedOrigins );
			for ( const origin of targets ) {
				parent.postMessage( envelope, origin );
			}
			return envelope.uid;
		},
		[ embedded, parent ]
	);

	const sendReady = useCallback( () => {
		if ( ! embedded ) {
			return;
		}
		clearTimeout( initTimer.current );
		setState( ( previous ) => ( { ...previous, error: null } ) );
		initTimer.current = setTimeout( () => {
			const failure = new Error(
				'The shop page did not answer the chat frame.'
			);
			logError( 'useParentCommunication', failure );
			setState( ( previous ) => ( {
				...previous,
				error: failure,
			} ) );
			latestOptions.current.report?.( 'parent_comm_error', {
				reason: 'init_timeout',
			} );
			if ( retrying.current ) {
				retrying.current = false;
				latestOptions.current.report?.( 'retry', {
					kind: 'parent',
					ok: false,
				} );
			}
		}, initTimeoutMs );
		post( 'ready', {} );
	}, [ embedded, initTimeoutMs, post ] );

	const retryParentConnection = useCallback( () => {
		retrying.current = embedded;
		sendReady();
	}, [ embedded, sendReady ] );

	useEffect( () => {
		// Opened outside a frame (say, in a window another site opened), there is no
		// legitimate peer: every bridge message is rejected and reported.
		const peer = embedded ? parent : null;
		const onMessage = ( event: MessageEvent ) => {
			const { allowedOrigins, report } = latestOptions.current;
			const result = screenMessage(
				event,
				peer,
				allowedOrigins.includes( event.origin ),
				parseParentToFrame
			);
			if ( typeof result === 'string' ) {
				logDev(
					'useParentCommunication',
					`rejected (${ result })`,
					event.origin
				);
				report?.( 'origin_rejected', {
					origin: event.origin,
					reason: result,
					side: 'frame',
				} );
				setState( ( previous ) => ( {
					...previous,
					messagesRejected: previous.messagesRejected + 1,
				} ) );
				return;
			}
			if ( ! result ) {
				return;
			}
			hostOrigin.current = event.origin;
			setState( ( previous ) => ( {
				...previous,
				messagesReceived: previous.messagesReceived + 1,
				lastMessageType: result.type,
			} ) );
			switch ( result.type ) {
				case 'init':
					clearTimeout( initTimer.current );
					if ( retrying.current ) {
						retrying.current = false;
						report?.( 'retry', { kind: 'parent', ok: true } );
					}
					setState( ( previous ) => ( {
						...previous,
						pageContext: result.payload.pageContext,
						locale: result.payload.locale,
						customerToken: result.payload.customerToken ?? null,
						error: null,
					} ) );
					break;
				case 'pageContext':
					setState( ( previous ) => ( {
						...previous,
						pageContext: result.payload,
					} ) );
					break;
				case 'open':
					setState( ( previous ) => ( {
						...previous,
						isOpen: true,
						openCount: previous.openCount + 1,
					} ) );
					break;
				case 'close':
					setState( ( previous ) => ( {
						...previous,
						isOpen: false,
					} ) );
					break;
				case 'addToCartResult':
					pendingCart.current.get( result.uid )?.( result.payload );
			}
		};
		window.addEventListener( 'message', onMessage );
		if ( embedded ) {
			sendReady();
		}
		return () => {
			window.removeEventListener( 'message', onMessage );
			clearTimeout( initTimer.current );
		};
	}, [ embedded, parent, sendReady ] );

	const requestClose = useCallback( () => post( 'close', {} ), [ post ] );
	const notifyUnread = useCallback(
		( count: number ) => {
			post( 'unread', { count } );
		},
		[ post ]
	);
	const rememberConversation = useCallback(
		( conversationId: string ) => {
			post( 'conversation', { id: conversationId } );
		},
		[ post ]
	);
	const addToCart = useCallback(
		( item: AddToCartRequest ) =>
			new Promise< AddToCartResult >( ( resolve ) => {
				if ( ! embedded ) {
					resolve( { ok: false } );
					return;
				}
				const uid = post( 'addToCart', item );
				const settle = ( answer: AddToCartResult ) => {
					clearTimeout( timer );
					pendingCart.current.delete( uid );
					resolve( answer );
				};
				const timer = setTimeout(
					() => settle( { ok: false } ),
					ADD_TO_CART_TIMEOUT_MS
				);
				pendingCart.current.set( uid, settle );
			} ),
		[ embedded, post ]
	);

	return {
		embedded,
		...state,
		parentCommError: state.error,
		retryParentComm: sendReady,
		retry: retryParentConnection,
		requestClose,
		notifyUnread,
		addToCart,
		rememberConversation,
	};
}
