/**
 * The shop-page half of conversion attribution (ADR 0012). The plugin enqueues this next
 * to the loader on WooCommerce shops. When the chat frame says the shopper may be tracked
 * and names their conversation (`conversation` bridge message, sent only after consent,
 * or when the shop asks none), the id goes into a first-party cookie on the shop's origin;
 * at checkout the plugin copies it into the order (`_omniops_conversation` meta), and the
 * order webhook brings it back to the sidecar. `''` (after "delete my conversation")
 * removes the cookie.
 *
 * It lives outside the loader so the loader keeps its 3 KB budget; it listens to the same
 * bridge and applies the same origin and source checks (the loader reports rejections).
 */
import {
	isConversationPayload,
	parseFrameToParent,
	screenMessage,
} from '../protocol';

export const CONVERSATION_COOKIE = 'omniops_conversation';
/** Longer than any attribution window the sidecar allows (90 days at most is configurable; 30 by default here). */
const COOKIE_DAYS = 30;

/** The chat iframe the loader created inside its (open) shadow root, if any. */
const chatFrame = (): Window | null =>
	document
		.querySelector( 'omniops-chat' )
		?.shadowRoot?.querySelector( 'iframe' )?.contentWindow ?? null;

/**
 * Writes or clears the cookie. SameSite=Lax keeps it off cross-site requests; Secure on
 * https shops.
 *
 * @param id A conversation id, or `''` to clear.
 */
export function rememberConversation( id: string ): void {
	const secure = location.protocol === 'https:' ? ';secure' : '';
	document.cookie = `${ CONVERSATION_COOKIE }=${ id };path=/;samesite=lax;max-age=${
		id ? COOKIE_DAYS * 86400 : 0
	}${ secure }`;
}

/**
 * Starts listening. Does nothing without a valid sidecar URL in `window.omniopsConfig`.
 */
export function listenForConversation(): void {
	let sidecarOrigin: string;
	try {
		sidecarOrigin = new URL( String( window.omniopsConfig?.sidecarUrl ) )
			.origin;
	} catch {
		return;
	}
	addEventListener( 'message', ( event ) => {
		const message = screenMessage(
			event,
			chatFrame(),
			event.origin === sidecarOrigin,
			parseFrameToParent
		);
		if (
			message &&
			typeof message === 'object' &&
			message.type === 'conversation' &&
			isConversationPayload( message.payload )
		) {
			rememberConversation( message.payload.id );
		}
	} );
}

listenForConversation();
