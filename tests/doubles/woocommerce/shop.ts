/**
 * A ready WooCommerce shop for tests: the double serving a generated catalog, two orders
 * with customer notes, fresh REST keys and a webhook secret, as the plugin would hand them over.
 */
import { buildCatalog } from './catalog';
import {
	newKeys,
	startWooCommerceDouble,
	type WcOrder,
	type WooCommerceData,
	type WooCommerceDouble,
} from './server';

export interface TestShop {
	double: WooCommerceDouble;
	keys: { consumerKey: string; consumerSecret: string };
	webhookSecret: string;
}

export const ORDER = {
	id: 4321,
	number: '4321',
	email: 'ana.shopper@example.com',
};

/** Ana's completed order 4321 (a hoodie), as the test shops and the eval serve it. */
export const SHOPPER_ORDER: WcOrder = {
	id: ORDER.id,
	number: ORDER.number,
	status: 'completed',
	currency: 'EUR',
	total: '84.50',
	date_created_gmt: '2026-11-18T09:30:00',
	billing: { email: ORDER.email },
	line_items: [
		{
			id: 1,
			name: 'Aurora Merino Hoodie',
			quantity: 1,
			total: '79.00',
		},
	],
};

/** The notes on order 4321: one the shopper sees (shipped, with tracking), one internal. */
export const shopperOrderNotes = (): WooCommerceData[ 'notes' ] =>
	new Map( [
		[
			ORDER.id,
			[
				{
					id: 1,
					note: 'Shipped with DHL, tracking number JD014600003SE.',
					customer_note: true,
				},
				{
					id: 2,
					note: 'Payment captured (internal).',
					customer_note: false,
				},
			],
		],
	] );

export async function startTestShop( products = 120 ): Promise< TestShop > {
	const keys = newKeys();
	const catalog = buildCatalog( { products, seed: 7 } );
	const double = await startWooCommerceDouble(
		{
			...catalog,
			currency: { code: 'EUR', name: 'Euro', symbol: '&euro;' },
			orders: [
				{
					...SHOPPER_ORDER,
					billing: { first_name: 'Ana', email: ORDER.email },
				},
			],
			notes: shopperOrderNotes(),
		},
		keys
	);
	return { double, keys, webhookSecret: 'whsec-test-0123456789abcdef' };
}
