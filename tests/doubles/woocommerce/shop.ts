/**
 * A ready WooCommerce shop for tests: the double serving a generated catalog, two orders
 * with customer notes, fresh REST keys and a webhook secret, as the plugin would hand them over.
 */
import { buildCatalog } from './catalog';
import {
	newKeys,
	startWooCommerceDouble,
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

export async function startTestShop( products = 120 ): Promise< TestShop > {
	const keys = newKeys();
	const catalog = buildCatalog( { products, seed: 7 } );
	const double = await startWooCommerceDouble(
		{
			...catalog,
			currency: { code: 'EUR', name: 'Euro', symbol: '&euro;' },
			orders: [
				{
					id: ORDER.id,
					number: ORDER.number,
					status: 'completed',
					currency: 'EUR',
					total: '84.50',
					date_created_gmt: '2026-11-18T09:30:00',
					billing: { first_name: 'Ana', email: ORDER.email },
					line_items: [
						{
							id: 1,
							name: 'Aurora Merino Hoodie',
							quantity: 1,
							total: '79.00',
						},
					],
				},
			],
			notes: new Map( [
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
			] ),
		},
		keys
	);
	return { double, keys, webhookSecret: 'whsec-test-0123456789abcdef' };
}
