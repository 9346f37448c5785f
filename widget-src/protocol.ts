/**
 * The bridge between the shop page (the loader) and the chat iframe (the app).
 *
 * Both sides import this file, so it holds the whole vocabulary of the bridge: the
 * envelope, the message types each side may send, and validators that turn an untrusted
 * `MessageEvent.data` into a typed message or `null`. The validators are hand-written
 * (no schema library) because this file ships inside the 3 KB loader.
 *
 * Origin and source checks are NOT done here: they depend on which side is listening,
 * and each side does them before it looks at the data (docs/contracts.md, "Bridge").
 */

import { PAGE_TYPES, type PageType } from '../contracts/plain/page-types';

export type { PageType };

/** Version tag every envelope carries; anything else is not ours. */
export const PROTOCOL_VERSION = 1;

/** Where the shopper is; sent with every chat message so answers fit the page. */
export interface PageContext {
	url: string;
	title: string;
	referrer: string;
	/** From WooCommerce's conditional tags, printed by the plugin (window.omniopsConfig.pageContext). */
	pageType?: PageType;
	/** WooCommerce product id on product pages. */
	productId?: string;
	/** utm_* parameters of the page URL. */
	utm?: Partial<
		Record< 'source' | 'medium' | 'campaign' | 'term' | 'content', string >
	>;
}

/** Payloads of the messages the host page sends to the iframe. */
export interface ParentToFramePayloads {
	/** `customerToken`: the plugin's signed statement of the signed-in customer (WooCommerce/CustomerIdentity.php). */
	init: { pageContext: PageContext; locale: string; customerToken?: string };
	open: Record< string, never >;
	close: Record< string, never >;
	pageContext: PageContext;
	/** The answer to `addToCart`, under the same uid. */
	addToCartResult: AddToCartResult;
}

/** A shopper's "Add to cart" from the widget, done by the loader on the shop's origin. */
export interface AddToCartRequest {
	productId: string;
	/** The variation to add, for variable products (WooCommerce takes it as the item id). */
	variationId?: string;
	quantity: number;
}

/**
 * What WooCommerce's Store API said: `ok`, the cart page to link to, and on failure
 * WooCommerce's own (shop-language) message when it gave one.
 */
export interface AddToCartResult {
	ok: boolean;
	cartUrl?: string;
	message?: string;
}

/** Payloads of the messages the iframe sends to the host page. */
export interface FrameToParentPayloads {
	ready: Record< string, never >;
	close: Record< string, never >;
	resize: { height: number };
	unread: { count: number };
	addToCart: AddToCartRequest;
	/**
	 * The shopper may be tracked (consent given, or not required) and chats in this
	 * conversation; `''` after "delete my conversation". attribution.js keeps it in the
	 * first-party `omniops_conversation` cookie that the plugin copies into the order.
	 */
	conversation: { id: string };
}

/** A bridge message: the envelope around one typed payload. */
export interface Envelope< Type extends string, Payload > {
	omniops: typeof PROTOCOL_VERSION;
	/** Identifies this message; a reply repeats the uid of what it answers. */
	uid: string;
	type: Type;
	payload: Payload;
}

type EnvelopeUnion< Payloads > = {
	[ Type in keyof Payloads & string ]: Envelope< Type, Payloads[ Type ] >;
}[ keyof Payloads & string ];

export type ParentToFrameType = keyof ParentToFramePayloads;
export type FrameToParentType = keyof FrameToParentPayloads;
export type ParentToFrameMessage = EnvelopeUnion< ParentToFramePayloads >;
export type FrameToParentMessage = EnvelopeUnion< FrameToParentPayloads >;

/** Why a bridge message was refused; reported as `origin_rejected` telemetry. */
export type RejectionReason = 'origin' | 'source' | 'malformed';

/** Longest string we accept in a payload: a URL or title has no business being longer. */
const MAX_TEXT = 4096;

type Fields = Record< string, unknown >;
type PayloadCheck = ( payload: Fields ) => boolean;

const isRecord = ( value: unknown ): value is Fields =>
	typeof value === 'object' && value !== null && ! Array.isArray( value );

const isText = ( value: unknown ): value is string =>
	typeof value === 'string' && value.length <= MAX_TEXT;

const isCount = ( value: unknown ): value is number =>
	Number.isInteger( value ) && ( value as number ) >= 0;

const isOptionalUtm = ( value: unknown ) =>
	value === undefined ||
	( isRecord( value ) &&
		Object.values( value ).every(
			( v ) => typeof v === 'string' && v.length <= 200
		) );

const isPageContext = ( value: unknown ): value is PageContext =>
	isRecord( value ) &&
	isText( value.url ) &&
	isText( value.title ) &&
	isText( value.referrer ) &&
	( value.pageType === undefined ||
		PAGE_TYPES.includes( value.pageType as PageType ) ) &&
	( value.productId === undefined ||
		/^\d{1,20}$/.test( String( value.productId ) ) ) &&
	isOptionalUtm( value.utm );

const anyPayload: PayloadCheck = () => true;

const isId = ( value: unknown ) =>
	typeof value === 'string' && /^[1-9]\d{0,19}$/.test( value );

const isOptionalText = ( value: unknown ) =>
	value === undefined || isText( value );

const parentToFrameChecks: Record< ParentToFrameType, PayloadCheck > = {
	init: ( p ) =>
		isPageContext( p.pageContext ) &&
		isText( p.locale ) &&
		p.locale.length <= 35 &&
		( p.customerToken === undefined ||
			( isText( p.customerToken ) && p.customerToken.length <= 1500 ) ),
	open: anyPayload,
	close: anyPayload,
	pageContext: isPageContext,
	addToCartResult: ( p ) =>
		typeof p.ok === 'boolean' &&
		isOptionalText( p.cartUrl ) &&
		isOptionalText( p.message ),
};

const frameToParentChecks: Record< FrameToParentType, PayloadCheck > = {
	ready: anyPayload,
	close: anyPayload,
	resize: ( p ) =>
		typeof p.height === 'number' && p.height >= 0 && p.height < 1e5,
	unread: ( p ) => isCount( p.count ) && ( p.count as number ) < 1e4,
	// The shape is checked by cart.js (isAddToCartRequest), which only product pages
	// load: the check does not weigh on the loader everywhere else.
	addToCart: anyPayload,
	// Checked by attribution.js (isConversationPayload), which acts on it; the loader ignores it.
	conversation: anyPayload,
};

/**
 * Whether a `conversation` payload names a conversation id (a UUID) or clears it (`''`):
 * nothing else may reach the cookie.
 *
 * @param payload The untrusted payload.
 * @return True when it is safe to store.
 */
export const isConversationPayload = ( payload: Fields ) =>
	payload.id === '' ||
	( typeof payload.id === 'string' &&
		/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
			payload.id
		) );

/**
 * Whether an `addToCart` payload asks for something sane: plain WooCommerce ids and a
 * quantity from 1 to 9999. The shop page spends the shopper's cart on it.
 *
 * @param p Payload of a frame-to-parent `addToCart` envelope.
 */
export const isAddToCartRequest = (
	p: Fields
): p is Fields & AddToCartRequest =>
	isId( p.productId ) &&
	( p.variationId === undefined || isId( p.variationId ) ) &&
	isCount( p.quantity ) &&
	p.quantity > 0 &&
	p.quantity < 1e4;

/**
 * Checks the envelope and looks up the payload check for its type. `hasOwn`
 * keeps inherited names such as `toString` from passing as message types.
 *
 * @param data   Untrusted message data.
 * @param checks Payload checks of one direction, by type.
 * @return The data when valid, else `null`.
 */
function parseEnvelope(
	data: unknown,
	checks: Record< string, PayloadCheck >
) {
	if (
		! isRecord( data ) ||
		data.omniops !== PROTOCOL_VERSION ||
		typeof data.uid !== 'string' ||
		! data.uid ||
		data.uid.length > 64 ||
		typeof data.type !== 'string' ||
		! Object.hasOwn( checks, data.type ) ||
		! isRecord( data.payload )
	) {
		return null;
	}
	return checks[ data.type ]!( data.payload ) ? data : null;
}

/**
 * Validates a message the frame received from the host page.
 *
 * @param data `MessageEvent.data`, untrusted.
 * @return The typed message, or `null` when it is not a valid parent-to-frame message.
 */
export const parseParentToFrame = ( data: unknown ) =>
	parseEnvelope( data, parentToFrameChecks ) as ParentToFrameMessage | null;

/**
 * Validates a message the host page received from the frame.
 *
 * @param data `MessageEvent.data`, untrusted.
 * @return The typed message, or `null` when it is not a valid frame-to-parent message.
 */
export const parseFrameToParent = ( data: unknown ) =>
	parseEnvelope( data, frameToParentChecks ) as FrameToParentMessage | null;

/**
 * A random id for envelopes and chat messages. `crypto.randomUUID` only exists in
 * secure contexts, and shops still run on plain http, hence the fallback.
 */
export function randomId(): string {
	const cryptoApi = globalThis.crypto;
	if ( cryptoApi && typeof cryptoApi.randomUUID === 'function' ) {
		return cryptoApi.randomUUID();
	}
	return (
		Date.now().toString( 36 ) +
		Math.random().toString( 36 ).slice( 2 ) +
		Math.random().toString( 36 ).slice( 2 )
	);
}

/**
 * Sorts one `MessageEvent` into: a valid message from our peer, a rejection, or `null`
 * for traffic that is not ours at all. Pages and extensions post plenty of unrelated
 * messages; only something that comes from our peer or claims to be an OmniOps envelope
 * counts as a rejection, so telemetry (and the alerts built on it) measures attacks and
 * bugs, not the page's other scripts.
 *
 * @param event         The received event.
 * @param peer          The only window we take messages from (`null` while there is none).
 * @param originAllowed Whether `event.origin` is the peer's origin; checked first.
 * @param parse         The validator for the direction being received.
 * @return The message, the rejection reason, or `null` to ignore the event silently.
 */
export function screenMessage< Message extends object >(
	event: MessageEvent,
	peer: MessageEventSource | null,
	originAllowed: boolean,
	parse: ( data: unknown ) => Message | null
): Message | RejectionReason | null {
	const fromPeer = !! peer && event.source === peer;
	if (
		! fromPeer &&
		! ( isRecord( event.data ) && 'omniops' in event.data )
	) {
		return null;
	}
	if ( ! originAllowed ) {
		return 'origin';
	}
	return fromPeer ? parse( event.data ) || 'malformed' : 'source';
}

/**
 * Wraps a payload in the bridge envelope. Each side's `post` helper narrows `type` and
 * `payload` to its own direction (`ParentToFramePayloads` / `FrameToParentPayloads`).
 *
 * @param type    Message type.
 * @param payload Payload for that type.
 * @param uid     Uid to repeat when answering a message; a fresh one otherwise.
 * @return The envelope, ready for `postMessage`.
 */
export function createEnvelope< Type extends string, Payload >(
	type: Type,
	payload: Payload,
	uid: string = randomId()
): Envelope< Type, Payload > {
	return { omniops: PROTOCOL_VERSION, uid, type, payload };
}
