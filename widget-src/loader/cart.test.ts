/** @jest-environment jsdom */
/**
 * The shop-page half of "Add to cart": what the bridge lets through, and what cart.js
 * sends to WooCommerce's Store API. The Store API itself is exercised for real (WooCommerce
 * 7.8.2 in the test WordPress) in tests/e2e/quick-actions.spec.ts and
 * tests/e2e/real-woocommerce.spec.ts; here `fetch` is only observed, to pin down the request
 * the shop page makes.
 */
import {
	createEnvelope,
	isAddToCartRequest,
	parseFrameToParent,
	parseParentToFrame,
} from '../protocol';

const STORE = {
	url: 'https://shop.example/wp-json/wc/store/v1/',
	nonce: 'n0nce1',
	cartUrl: 'https://shop.example/cart/',
};

interface FakeAnswer {
	status: number;
	body: unknown;
	nonce?: string;
}

/** Answers like the Store API would, and records what was asked. */
function storeApiAnswering( answer: FakeAnswer ) {
	const calls: Array< { url: string; init: RequestInit } > = [];
	window.fetch = ( ( url: string, init: RequestInit ) => {
		calls.push( { url, init } );
		return Promise.resolve( {
			ok: answer.status >= 200 && answer.status < 300,
			status: answer.status,
			headers: {
				get: ( name: string ) =>
					name === 'Nonce' ? ( answer.nonce ?? null ) : null,
			},
			json: () => Promise.resolve( answer.body ),
		} );
	} ) as unknown as typeof fetch;
	return calls;
}

function loadCart() {
	jest.isolateModules( () => {
		require( './cart' );
	} );
	return window.omniopsAddToCart!;
}

afterEach( () => {
	delete window.omniopsStoreApi;
	delete window.omniopsAddToCart;
} );

describe( 'addToCart bridge messages', () => {
	it.each( [
		[ { productId: '12', quantity: 1 } ],
		[ { productId: '12', variationId: '13', quantity: 2 } ],
		[ { productId: '99999', quantity: 9999 } ],
	] )( 'accepts %j', ( payload ) => {
		expect( isAddToCartRequest( payload ) ).toBe( true );
		expect(
			parseFrameToParent( createEnvelope( 'addToCart', payload ) )
		).not.toBeNull();
	} );

	it.each( [
		[ 'no product', { quantity: 1 } ],
		[ 'a numeric id', { productId: 12, quantity: 1 } ],
		[ 'id zero', { productId: '0', quantity: 1 } ],
		[ 'a path in the id', { productId: '12/../../users', quantity: 1 } ],
		[
			'a bad variation',
			{ productId: '12', variationId: 'x', quantity: 1 },
		],
		[
			'a numeric variation id',
			{ productId: '12', variationId: 13, quantity: 1 },
		],
		[
			'variation zero',
			{ productId: '12', variationId: '0', quantity: 1 },
		],
		[
			'an empty variation id',
			{ productId: '12', variationId: '', quantity: 1 },
		],
		[ 'no quantity', { productId: '12' } ],
		[ 'quantity zero', { productId: '12', quantity: 0 } ],
		[ 'a fractional quantity', { productId: '12', quantity: 1.5 } ],
		[ 'a huge quantity', { productId: '12', quantity: 10000 } ],
	] )( 'refuses %s', ( _what, payload ) => {
		expect(
			isAddToCartRequest( payload as Record< string, unknown > )
		).toBe( false );
	} );

	it( 'lets the frame receive results, and only well-formed ones', () => {
		const ok = createEnvelope( 'addToCartResult', {
			ok: true,
			cartUrl: STORE.cartUrl,
		} );
		expect( parseParentToFrame( ok ) ).toEqual( ok );
		expect(
			parseParentToFrame(
				createEnvelope( 'addToCartResult', { ok: 'yes' } )
			)
		).toBeNull();
		expect(
			parseParentToFrame(
				createEnvelope( 'addToCartResult', { ok: false, message: 5 } )
			)
		).toBeNull();
	} );
} );

describe( 'cart.js', () => {
	it( "posts to the Store API with the printed nonce and keeps the answer's new nonce", async () => {
		window.omniopsStoreApi = { ...STORE };
		const calls = storeApiAnswering( {
			status: 201,
			body: { items_count: 1 },
			nonce: 'n0nce2',
		} );
		const addToCart = loadCart();

		const result = await addToCart( {
			productId: '12',
			variationId: '13',
			quantity: 2,
		} );

		expect( result ).toEqual( { ok: true, cartUrl: STORE.cartUrl } );
		expect( calls ).toHaveLength( 1 );
		expect( calls[ 0 ]!.url ).toBe( STORE.url + 'cart/add-item' );
		expect( calls[ 0 ]!.init.method ).toBe( 'POST' );
		expect( calls[ 0 ]!.init.headers ).toMatchObject( {
			Nonce: 'n0nce1',
			'Content-Type': 'application/json',
		} );
		// WooCommerce takes the variation's own id as the item id.
		expect( JSON.parse( String( calls[ 0 ]!.init.body ) ) ).toEqual( {
			id: 13,
			quantity: 2,
		} );

		await addToCart( { productId: '12', quantity: 1 } );
		expect( calls[ 1 ]!.init.headers ).toMatchObject( { Nonce: 'n0nce2' } );
	} );

	it( "passes WooCommerce's message on when the Store API refuses", async () => {
		window.omniopsStoreApi = { ...STORE };
		storeApiAnswering( {
			status: 400,
			body: {
				code: 'woocommerce_rest_product_out_of_stock',
				message: 'You cannot add that amount to the cart.',
				data: { status: 400 },
			},
		} );
		await expect(
			loadCart()( { productId: '12', quantity: 1 } )
		).resolves.toEqual( {
			ok: false,
			message: 'You cannot add that amount to the cart.',
		} );
	} );

	it( 'sends nothing for a malformed request or without a printed Store API', async () => {
		window.omniopsStoreApi = { ...STORE };
		const calls = storeApiAnswering( { status: 201, body: {} } );
		const addToCart = loadCart();

		await expect(
			addToCart( { productId: '1 OR 1', quantity: 1 } )
		).resolves.toEqual( { ok: false } );
		delete window.omniopsStoreApi;
		await expect(
			addToCart( { productId: '12', quantity: 1 } )
		).resolves.toEqual( { ok: false } );
		expect( calls ).toHaveLength( 0 );
	} );
} );
