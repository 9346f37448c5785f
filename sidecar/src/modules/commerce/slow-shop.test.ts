/**
 * A shop whose REST API turns slow in the middle of a catalog sync (issue 13 item 3): the
 * sidecar gives up on a page after its fetch timeout, marks the sync failed with the reason,
 * keeps answering shoppers meanwhile, and the next reconciliation tick resumes the sync at the
 * page it reached once the shop answers again — nobody has to press Sync.
 */
import { signedCall } from '../../../../tests/support/connect-shop';
import {
	startShopSidecar,
	type ShopSidecar,
} from '../../../../tests/support/shop-connection';
import { testDialects } from '../../../../tests/support/sidecar-harness';
import { startConversation } from '../../../../tests/support/flows';
import { sendMessage } from '../../../../tests/support/widget-chat';
import { RECONCILE_ALL_JOB } from './catalog-sync';

/** How long the sidecar waits for the shop here, and how slow the shop gets. */
const TIMEOUT_MS = 1_500;
const SLOW_MS = 4_000;

describe.each( testDialects() )(
	'a slow shop during a catalog sync (%s)',
	( dialect ) => {
		let setup: ShopSidecar;
		beforeAll( async () => {
			setup = await startShopSidecar( dialect, {
				products: 250,
				env: { OMNIOPS_FETCH_TIMEOUT_MS: String( TIMEOUT_MS ) },
			} );
		}, 120_000 );
		afterAll( () => setup.close() );

		const status = async () =>
			(
				await signedCall(
					setup.sidecar,
					setup.site,
					'GET',
					'/api/site/commerce/status'
				)
			).body.sync;

		it( 'answers shoppers while the shop hangs, fails the sync with the reason, and resumes it at its page when the shop recovers', async () => {
			const { sidecar, shop, site } = setup;
			const catalog = shop.double.data.products.length;
			expect( ( await status() ).products ).toBe( catalog );

			// From page 2 on, every catalog page takes longer than the sidecar waits.
			shop.double.slowCatalogPages( SLOW_MS, 2 );
			shop.double.requests.length = 0;
			expect(
				(
					await signedCall(
						sidecar,
						site,
						'POST',
						'/api/site/commerce/sync'
					)
				).status
			).toBe( 202 );

			// While the sync waits on the shop, the chat answers.
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);
			const during: string[] = [];
			for ( let n = 0; n < 3; n++ ) {
				const sent = await sendMessage(
					sidecar,
					conversation,
					`Do you have anything for rain? (${ n })`
				);
				expect( sent.status ).toBe( 201 );
				expect( sent.body.reply.text.length ).toBeGreaterThan( 0 );
				during.push( ( await status() ).state );
			}
			expect( during ).toContain( 'syncing' );

			await sidecar.omniops.queue.drain();
			const failed = await status();
			expect( failed.state ).toBe( 'failed' );
			expect( failed.lastError ).toMatch( /tim(e|ed) ?out|abort/i );
			expect( failed.totalPages ).toBeGreaterThan( 2 );
			expect( failed.products ).toBe( catalog );

			// The shop answers again; the scheduled reconciliation resumes the sync at page 2.
			shop.double.slowCatalogPages( 0 );
			shop.double.requests.length = 0;
			sidecar.omniops.queue.enqueue( RECONCILE_ALL_JOB, {} );
			await sidecar.omniops.queue.drain();
			const pages = shop.double.requests.filter( ( r ) =>
				r.startsWith( 'GET /wp-json/wc/v3/products?' )
			);
			expect( pages[ 0 ] ).toBe( 'GET /wp-json/wc/v3/products?page=2' );
			expect( pages ).not.toContain(
				'GET /wp-json/wc/v3/products?page=1'
			);
			expect( await status() ).toMatchObject( {
				state: 'idle',
				lastError: null,
				products: catalog,
			} );
		}, 120_000 );
	}
);
