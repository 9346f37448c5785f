/**
 * The per-site caches of the chat round trip (ADR 0036: site, widget settings, shop
 * connection, kept in memory by their modules) never hide a change: each is changed through
 * the real route, and the very next message sees it.
 */
import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	startConversation,
	type ConnectedSite,
} from '../../../../tests/support/flows';
import {
	EURO_PRICE_FORMAT,
	connectShopDouble,
} from '../../../../tests/support/shop-connection';
import {
	changeWidgetSettings,
	signedCall,
} from '../../../../tests/support/connect-shop';
import {
	streamMessage,
	streamedEvents,
	type WidgetConversation,
} from '../../../../tests/support/widget-chat';
import {
	startTestShop,
	type TestShop,
} from '../../../../tests/doubles/woocommerce/shop';

describe.each( testDialects() )(
	'per-site caches on %s: the next message sees a change',
	( dialect ) => {
		let sidecar: TestSidecar;
		let shop: TestShop;
		let site: ConnectedSite;
		let conversation: WidgetConversation;
		let productName: string;

		beforeAll( async () => {
			shop = await startTestShop( 30 );
			shop.double.data.priceFormat = { ...EURO_PRICE_FORMAT };
			productName = String(
				shop.double.data.products.find(
					( p ) => p.type === 'simple' && Number( p.price ) > 0
				)!.name
			);
			sidecar = await startTestSidecar( dialect );
			( { site } = await connectShopDouble( sidecar, shop ) );
			conversation = await startConversation( sidecar, site.publicKey );
		} );
		afterAll( async () => {
			await sidecar.close();
			await shop.double.close();
		} );

		const ask = async ( text: string ) => {
			const response = await streamMessage( sidecar, conversation, {
				text,
				clientMessageId: `fresh-${ Math.random().toString( 36 ).slice( 2 ) }`,
			} );
			if ( response.status !== 200 ) {
				return { status: response.status, body: await response.json() };
			}
			const events = await streamedEvents( response );
			return {
				status: response.status,
				reply: String(
					events.find( ( e ) => e.event === 'done' )?.data.text ?? ''
				),
			};
		};
		const putWidgetSettings = ( change: Record< string, unknown > ) =>
			changeWidgetSettings( sidecar, site, change );

		it( 'widget settings: consent required from the next message on, and lifted again', async () => {
			expect(
				( await ask( 'How long does shipping take?' ) ).status
			).toBe( 200 );
			await putWidgetSettings( { consentRequired: true } );
			const refused = await ask( 'How long does shipping take?' );
			expect( refused.status ).toBe( 403 );
			expect( refused.body.error.code ).toBe( 'consent_required' );
			await putWidgetSettings( { consentRequired: false } );
			expect(
				( await ask( 'How long does shipping take?' ) ).status
			).toBe( 200 );
		} );

		it( 'shop connection: a price format read by a sync shows in the next answer', async () => {
			const before = await ask( `How much is the ${ productName }?` );
			expect( before.reply ).toMatch( /\d,\d\d €/ );
			expect( before.reply ).not.toMatch( /€\d/ );

			shop.double.data.priceFormat!.currency_pos = 'left';
			const sync = await signedCall(
				sidecar,
				site,
				'POST',
				'/api/site/commerce/sync'
			);
			expect( sync.status ).toBe( 202 );
			await sidecar.omniops.queue.drain();

			const after = await ask( `How much is the ${ productName }?` );
			expect( after.reply ).toMatch( /€\d+,\d\d/ );
			expect( after.reply ).not.toMatch( /\d,\d\d €/ );
		} );

		it( 'site: a disconnect is seen by the next read of the site', async () => {
			const sites = sidecar.omniops.services.sites;
			expect(
				( await sites.get( site.organizationId, site.siteId ) )
					.disconnectedAt
			).toBeNull();
			const disconnected = await signedCall(
				sidecar,
				site,
				'POST',
				'/api/site/disconnect',
				{}
			);
			expect( disconnected.status ).toBe( 200 );
			expect(
				( await sites.get( site.organizationId, site.siteId ) )
					.disconnectedAt
			).not.toBeNull();
			// The widget's key stops working at once, as before.
			const started = await call(
				sidecar.baseUrl,
				'POST',
				'/api/widget/conversations',
				{ body: { siteKey: site.publicKey } }
			);
			expect( started.status ).toBe( 404 );
		} );
	}
);
