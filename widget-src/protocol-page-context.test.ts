/**
 * The page context the plugin prints (WooCommerce page type, product id) and the UTM
 * parameters cross the bridge only in their documented shapes.
 */
import { createEnvelope, parseParentToFrame } from './protocol';

const base = { url: 'https://shop.example/p/1', title: 'Hoodie', referrer: '' };

describe( 'page context on the bridge', () => {
	it( 'accepts the page type, product id and UTM parameters', () => {
		const message = createEnvelope( 'pageContext', {
			...base,
			pageType: 'product' as const,
			productId: '1234',
			utm: { source: 'newsletter', campaign: 'winter' },
		} );
		expect( parseParentToFrame( message ) ).toEqual( message );
	} );

	it( 'rejects an unknown page type, a non-numeric product id or non-text UTM values', () => {
		for ( const extra of [
			{ pageType: 'admin' },
			{ productId: '12ab' },
			{ utm: { source: 42 } },
		] ) {
			expect(
				parseParentToFrame(
					createEnvelope( 'pageContext', {
						...base,
						...extra,
					} as never )
				)
			).toBeNull();
		}
	} );
} );
