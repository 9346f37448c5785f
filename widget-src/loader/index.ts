/**
 * The storefront loader: a few KB of framework-free code the plugin enqueues (deferred)
 * on every shop page. It draws the launcher, creates the chat iframe the first time the
 * shopper opens it, and runs the host-page side of the bridge (docs/contracts.md).
 *
 * It reads `window.omniopsConfig = { sidecarUrl, siteKey, locale }`, printed by the
 * plugin in an inline script before this one.
 */
import {
	createEnvelope,
	parseFrameToParent,
	screenMessage,
	type AddToCartResult,
	type FrameToParentMessage,
	type PageContext,
	type ParentToFramePayloads,
	type ParentToFrameType,
} from '../protocol';
import { createTelemetryReporter } from '../telemetry';
import { createUi } from './ui';

interface OmniOpsConfig {
	sidecarUrl?: unknown;
	siteKey?: unknown;
	locale?: unknown;
	/** The shop asks for consent: the loader stores nothing and reports nothing. */
	consentRequired?: unknown;
	/** The page as WooCommerce sees it: `{ pageType, productId? }` (plugin, WooCommerce/PageContext.php). */
	pageContext?: Pick< PageContext, 'pageType' | 'productId' >;
	/** Signed-in customer token from the plugin; passed through to the iframe untouched. */
	customerToken?: string;
	/** Launcher look from the widget settings: `{ position, primaryColor, launcherIcon }`. */
	appearance?: {
		position?: unknown;
		primaryColor?: unknown;
		launcherIcon?: unknown;
	};
}

declare global {
	interface Window {
		omniopsConfig?: OmniOpsConfig;
		/** Set once the loader has started, so a second copy on the page does nothing. */
		omniopsLoaded?: boolean;
		/** Set by cart.js, which the plugin adds on product pages only (loader/cart.ts). */
		omniopsAddToCart?: ( item: unknown ) => Promise< AddToCartResult >;
	}
}

/**
 * Remembers whether the panel is open, for the next page of the same visit.
 * sessionStorage throws when storage is disabled: the panel then simply starts closed.
 *
 * @param key  Storage key (per site).
 * @param open New state to store; omitted to only read.
 * @return The stored state.
 */
function rememberOpen( key: string, open?: boolean ): boolean {
	if ( ! key ) {
		return false;
	}
	try {
		if ( open !== undefined ) {
			sessionStorage.setItem( key, open ? '1' : '0' );
		}
		return sessionStorage.getItem( key ) === '1';
	} catch {
		return false;
	}
}

/**
 * The page the shopper is on. pageType/productId come from the plugin (WooCommerce's
 * conditional tags), never from the URL; UTM parameters travel inside `url`.
 */
const pageContext = () => {
	// Named fields only: the sidecar refuses a page context with fields it does not know.
	const { pageType, productId } = window.omniopsConfig?.pageContext || {};
	return {
		url: location.href,
		title: document.title,
		referrer: document.referrer,
		pageType,
		productId,
	};
};

function start( config: OmniOpsConfig ) {
	let base: URL;
	const { siteKey, locale } = config;
	try {
		base = new URL( String( config.sidecarUrl ) );
		if (
			! /^https?:$/.test( base.protocol ) ||
			typeof siteKey !== 'string' ||
			! siteKey
		) {
			throw 0;
		}
	} catch {
		// eslint-disable-next-line no-console
		console.error( 'OmniOps: no sidecarUrl or siteKey.' );
		return;
	}
	// Keep a path prefix if the sidecar lives under one; drop trailing slashes.
	const sidecarUrl = base.href.replace( /\/+$/, '' );
	const sidecarOrigin = base.origin;
	// Before consent nothing is stored or sent from the shop page: no remembered panel
	// state and no telemetry (the frame reports once the shopper agrees).
	const consentRequired = config.consentRequired === true;
	const storageKey = consentRequired ? '' : 'omniops:open:' + siteKey;
	const report = consentRequired
		? () => {}
		: createTelemetryReporter(
				sidecarUrl + '/api/widget/telemetry',
				siteKey
			);
	const look = config.appearance || {};
	const german = /^de/i.test( String( locale ) );
	const color = String( look.primaryColor );
	const ui = createUi( {
		left: look.position === 'left',
		color: /^#[0-9a-f]{6}$/i.test( color ) ? color : undefined,
		icon: String( look.launcherIcon ),
		label: german ? 'Chat öffnen' : 'Open chat',
		unreadWord: german ? 'ungelesen' : 'unread',
	} );
	const { launcher, panel } = ui;

	let iframe: HTMLIFrameElement | undefined;
	let frameReady = false;
	let isOpen = false;
	// The frame starts out open and focuses its message box on `open`; a panel restored
	// after a reload is not the shopper's gesture, so it gets no `open` and no focus.
	let openedByShopper = false;

	const post = < Type extends ParentToFrameType >(
		type: Type,
		payload: ParentToFramePayloads[ Type ],
		uid?: string
	) => {
		if ( frameReady ) {
			iframe!.contentWindow?.postMessage(
				createEnvelope( type, payload, uid ),
				sidecarOrigin
			);
		}
	};

	const setOpen = ( open: boolean, moveFocus: boolean ) => {
		isOpen = open;
		openedByShopper ||= open && moveFocus;
		rememberOpen( storageKey, open );
		launcher.setAttribute( 'aria-expanded', String( open ) );
		if ( open && ! iframe ) {
			iframe = document.createElement( 'iframe' );
			iframe.title = 'OmniOps chat';
			iframe.src = `${ sidecarUrl }/widget/frame?site=${ encodeURIComponent( siteKey ) }`;
			// No `allow` attribute: the widget uses no permission-gated feature (microphone,
			// clipboard…), so the frame gets none.
			panel.appendChild( iframe );
		}
		panel.hidden = ! open;
		post( open ? 'open' : 'close', {} );
		if ( open ) {
			ui.setUnread( 0 );
			if ( moveFocus ) {
				iframe!.focus();
			}
		} else if ( moveFocus ) {
			launcher.focus();
		}
	};

	const handle = ( message: FrameToParentMessage ) => {
		switch ( message.type ) {
			case 'ready':
				frameReady = true;
				post(
					'init',
					{
						pageContext: pageContext(),
						locale: String( locale || '' ),
						customerToken: config.customerToken,
					},
					message.uid
				);
				if ( ! isOpen || openedByShopper ) {
					post( isOpen ? 'open' : 'close', {} );
				}
				break;
			case 'close':
				setOpen( false, true );
				break;
			case 'unread':
				ui.setUnread( isOpen ? 0 : message.payload.count );
				break;
			case 'addToCart':
				// The Store API client lives in cart.js so that pages without a product
				// don't download it; without it the answer is a plain failure.
				Promise.resolve(
					window.omniopsAddToCart?.( message.payload ) || {
						ok: false,
					}
				).then( ( result ) =>
					post( 'addToCartResult', result, message.uid )
				);
				break;
			case 'resize':
				panel.style.setProperty(
					'--h',
					Math.max( 320, Math.min( 600, message.payload.height ) ) +
						'px'
				);
		}
	};

	addEventListener( 'message', ( event ) => {
		const result = screenMessage(
			event,
			iframe?.contentWindow || null,
			event.origin === sidecarOrigin,
			parseFrameToParent
		);
		if ( typeof result === 'string' ) {
			report( 'origin_rejected', {
				origin: event.origin,
				reason: result,
				side: 'loader',
			} );
		} else if ( result ) {
			handle( result );
		}
	} );

	launcher.addEventListener( 'click', () => setOpen( ! isOpen, true ) );
	addEventListener( 'keydown', ( event ) => {
		if ( event.key === 'Escape' && isOpen ) {
			setOpen( false, true );
		}
	} );
	// Themes with client-side navigation change the URL without a reload.
	for ( const type of [ 'popstate', 'hashchange' ] ) {
		addEventListener( type, () => post( 'pageContext', pageContext() ) );
	}

	if ( rememberOpen( storageKey ) ) {
		// Restoring after a reload is not the shopper's gesture: don't steal focus.
		setOpen( true, false );
	}
}

if ( ! window.omniopsLoaded ) {
	window.omniopsLoaded = true;
	const boot = () => start( window.omniopsConfig || {} );
	if ( document.body ) {
		boot();
	} else {
		addEventListener( 'DOMContentLoaded', boot );
	}
}
