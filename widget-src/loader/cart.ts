/**
 * The shop-page half of the widget's "Add to cart" (docs/contracts.md, "Bridge"). The
 * plugin enqueues this next to the loader on product pages only, with
 * `window.omniopsStoreApi = { url, nonce, cartUrl }` printed before it; the loader calls
 * `window.omniopsAddToCart` when the frame asks, and answers the frame with the result.
 *
 * It has to run here, on the shop's origin: the cart lives in the shop's cookies, and
 * WooCommerce's Store API wants the `Nonce` header (`wp_create_nonce( 'wc_store_api' )`).
 */
import { isAddToCartRequest, type AddToCartResult } from '../protocol';

/** What the plugin prints (plugin/src/WooCommerce/PageContext.php). */
interface StoreApiConfig {
	/** `rest_url( 'wc/store/v1/' )`: pretty or `?rest_route=` permalinks alike. */
	url?: unknown;
	/** Replaced by the `Nonce` header of every answer, as WooCommerce's own blocks do. */
	nonce?: unknown;
	cartUrl?: unknown;
}

declare global {
	interface Window {
		omniopsStoreApi?: StoreApiConfig;
	}
}

/**
 * Adds one item through `POST wc/store/v1/cart/add-item`.
 *
 * @param item The frame's payload, untrusted until checked here.
 * @return `{ ok, cartUrl }`, or `{ ok: false, message? }` with WooCommerce's message.
 */
async function addToCart( item: unknown ): Promise< AddToCartResult > {
	const store = window.omniopsStoreApi;
	if (
		! store ||
		typeof store.url !== 'string' ||
		typeof item !== 'object' ||
		! item ||
		! isAddToCartRequest( item as Record< string, unknown > )
	) {
		return { ok: false };
	}
	const request = item as Parameters< typeof isAddToCartRequest >[ 0 ] & {
		productId: string;
		variationId?: string;
		quantity: number;
	};
	try {
		const response = await fetch( store.url + 'cart/add-item', {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				'Content-Type': 'application/json',
				Nonce: String( store.nonce ),
			},
			// WooCommerce takes a variation's own id as the item id.
			body: JSON.stringify( {
				id: Number( request.variationId || request.productId ),
				quantity: request.quantity,
			} ),
		} );
		store.nonce = response.headers.get( 'Nonce' ) || store.nonce;
		const body: unknown = await response.json().catch( () => null );
		if ( response.ok ) {
			return { ok: true, cartUrl: String( store.cartUrl || '' ) };
		}
		const message = ( body as { message?: unknown } | null )?.message;
		return typeof message === 'string'
			? { ok: false, message: message.slice( 0, 500 ) }
			: { ok: false };
	} catch {
		// Offline, or the shop blocked the request: the frame says it did not work.
		return { ok: false };
	}
}

window.omniopsAddToCart = addToCart;
