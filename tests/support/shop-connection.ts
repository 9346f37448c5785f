/**
 * A WooCommerce test double handed over to a test sidecar the way the plugin does it: the
 * platform owner creates the organization and connects the site, the plugin sends the shop's
 * REST keys and webhook secret in a signed request, and the catalog sync runs to the end.
 * Suites of the assistant, chat, attribution and commerce modules start from here.
 */
import { startTestShop, type TestShop } from '../doubles/woocommerce/shop';
import { signedCall } from './connect-shop';
import {
	connectSite,
	ownerSession,
	type ConnectedSite,
	type OwnerSession,
} from './flows';
import {
	startTestSidecar,
	type JsonResponse,
	type StartOptions,
	type TestDialect,
	type TestSidecar,
} from './sidecar-harness';

/** The types of what a set-up here returns, so a suite imports them with it. */
export type { ConnectedSite, OwnerSession, TestShop, TestSidecar };

export interface ShopConnection {
	owner: OwnerSession;
	site: ConnectedSite;
	/** The sidecar's answer to the signed hand-over of keys (a 202 or the set-up throws). */
	credentials: JsonResponse;
}

export async function connectShopDouble(
	sidecar: TestSidecar,
	shop: TestShop,
	options: { name?: string; owner?: OwnerSession } = {}
): Promise< ShopConnection > {
	const owner = options.owner ?? ( await ownerSession( sidecar ) );
	const site = await connectSite(
		sidecar,
		owner,
		options.name ?? 'Woo',
		shop.double.url
	);
	await sidecar.omniops.queue.drain();
	const handed = await signedCall(
		sidecar,
		site,
		'PUT',
		'/api/site/commerce/credentials',
		{ ...shop.keys, webhookSecret: shop.webhookSecret }
	);
	if ( handed.status !== 202 ) {
		throw new Error(
			`credentials: ${ handed.status } ${ JSON.stringify( handed.body ) }`
		);
	}
	await sidecar.omniops.queue.drain();
	return { owner, site, credentials: handed };
}

export interface ShopSidecar extends ShopConnection {
	sidecar: TestSidecar;
	shop: TestShop;
	/** Stops the sidecar (dropping its database) and the shop double. */
	close: () => Promise< void >;
}

/**
 * The whole set-up in one call: a test shop with `products` products, a sidecar on
 * `dialect` (with `options` as startTestSidecar takes them) and the shop connected to it.
 * @param dialect
 * @param options
 */
export async function startShopSidecar(
	dialect: TestDialect,
	options: StartOptions & { products?: number; name?: string } = {}
): Promise< ShopSidecar > {
	const { products, name, ...start } = options;
	const shop = await startTestShop( products );
	const sidecar = await startTestSidecar( dialect, start );
	const connection = await connectShopDouble( sidecar, shop, { name } );
	return {
		...connection,
		sidecar,
		shop,
		async close() {
			await sidecar.close();
			await shop.double.close();
		},
	};
}

/** A simple product of the double's catalog that is not on sale: its price is the one shown. */
export function fullPriceSimpleProduct( shop: TestShop ) {
	return shop.double.data.products.find(
		( p ) => p.type === 'simple' && ! p.sale_price
	)!;
}

/**
 * The money format of a shop that writes prices the German way ("1.234,50 €"): suites that
 * read prices in answers set it on the double before the shop is connected and synced.
 */
export const EURO_PRICE_FORMAT = {
	currency: 'EUR',
	currency_pos: 'right_space',
	thousand_sep: '.',
	decimal_sep: ',',
	num_decimals: 2,
} as const;
