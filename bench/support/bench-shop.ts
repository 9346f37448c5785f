/**
 * The shop the benches answer from: the WooCommerce double serving the demo catalog (seed
 * 2026, variations included), connected to a running test sidecar the way the plugin hands a
 * shop over (signed connect, keys, full catalog sync), and the eval's policy pages indexed.
 */
import { buildCatalog } from '../../tests/doubles/woocommerce/catalog';
import {
	newKeys,
	startWooCommerceDouble,
	type WcOrder,
} from '../../tests/doubles/woocommerce/server';
import { EVAL_PAGES } from '../../tests/eval/pages';
import {
	connectSite,
	ownerSession,
	signedHeaders,
	type ConnectedSite,
} from '../../tests/support/flows';
import { call, type TestSidecar } from '../../tests/support/sidecar-harness';

export interface BenchShopOptions {
	name: string;
	storeUrl: string;
	products: number;
	orders?: WcOrder[];
}

export async function connectBenchShop(
	sidecar: TestSidecar,
	options: BenchShopOptions
) {
	const catalog = buildCatalog( {
		products: options.products,
		seed: 2026,
		storeUrl: options.storeUrl,
	} );
	const keys = newKeys();
	const double = await startWooCommerceDouble(
		{
			...catalog,
			currency: { code: 'EUR', name: 'Euro', symbol: '&euro;' },
			orders: options.orders ?? [],
			notes: new Map(),
		},
		keys
	);
	const owner = await ownerSession( sidecar );
	const site: ConnectedSite = await connectSite(
		sidecar,
		owner,
		options.name,
		double.url
	);
	await sidecar.omniops.queue.drain();
	const body = JSON.stringify( {
		...keys,
		webhookSecret: 'bench-shop-webhook-secret-0123456789',
	} );
	const route = '/api/site/commerce/credentials';
	const handed = await call( sidecar.baseUrl, 'PUT', route, {
		rawBody: body,
		headers: signedHeaders( site, 'PUT', route, body ),
	} );
	if ( handed.status !== 202 ) {
		throw new Error( `credentials: HTTP ${ handed.status }` );
	}
	await sidecar.omniops.queue.drain();
	await sidecar.omniops.services.knowledge.indexDocuments(
		{
			id: site.siteId,
			organizationId: site.organizationId,
			restUrl: `${ double.url }/wp-json/`,
		},
		EVAL_PAGES.map( ( page, i ) => ( {
			source: 'wp_page',
			externalId: String( 10 + i ),
			title: page.title,
			url: `${ options.storeUrl }/${ page.slug }/`,
			html: page.html,
			modifiedAt: null,
		} ) )
	);
	return { catalog, site, double };
}
