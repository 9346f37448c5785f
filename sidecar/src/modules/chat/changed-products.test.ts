/**
 * "This has changed since" (changed-products.ts): the widget history marks a reply whose
 * product cards no longer match the catalog — against the real sidecar on SQLite and
 * PostgreSQL, the catalog changed through a signed WooCommerce webhook (WooCommerce's
 * REST/webhook protocol spoken by tests/doubles/woocommerce).
 */
import { testDialects } from '../../../../tests/support/sidecar-harness';
import { startConversation } from '../../../../tests/support/flows';
import {
	fullPriceSimpleProduct,
	startShopSidecar,
	type ShopSidecar,
	type ConnectedSite,
	type TestShop,
	type TestSidecar,
} from '../../../../tests/support/shop-connection';
import {
	readMessages,
	sendMessage,
} from '../../../../tests/support/widget-chat';
import type { ProductState } from '../commerce/repo';
import { withChangedProducts } from './changed-products';
import type { PublicMessage } from './service';

const card = (
	over: Partial< NonNullable< PublicMessage[ 'products' ] >[ number ] >
) => ( {
	id: '10',
	variationId: null,
	name: 'Canvas Tote Bag',
	variant: null,
	url: 'https://shop.example/tote/',
	imageUrl: null,
	price: { minor: 2490, currency: 'EUR', formatted: '24,90 €' },
	regularPrice: null,
	onSale: false,
	stock: { status: 'instock' as const, quantity: null },
	...over,
} );

const reply = (
	products: NonNullable< PublicMessage[ 'products' ] >
): PublicMessage => ( {
	id: 'm1',
	role: 'assistant',
	text: 'It costs 24,90 €.',
	createdAt: '2026-12-01T10:00:00.000Z',
	sources: [],
	products,
} );

const state = ( over: Partial< ProductState > ): ProductState => ( {
	externalId: '10',
	name: 'Canvas Tote Bag',
	priceMinor: 2490,
	stockStatus: 'instock',
	stockQuantity: 40,
	modifiedAt: '2026-11-30T09:00:00.000Z',
	syncedAt: '2026-12-01T09:00:00.000Z',
	...over,
} );

describe( 'withChangedProducts', () => {
	const mark = async (
		products: NonNullable< PublicMessage[ 'products' ] >,
		states: ProductState[]
	) => {
		const reads: string[][] = [];
		const [ message ] = await withChangedProducts(
			[ reply( products ) ],
			async ( _org, _site, ids ) => {
				reads.push( ids );
				return states;
			},
			'org',
			'site'
		);
		return { changed: message!.changedProducts, reads };
	};

	it( 'marks nothing while price and stock still match (a quantity the card did not show is ignored)', async () => {
		const { changed, reads } = await mark(
			[ card( {} ) ],
			[ state( { stockQuantity: 3 } ) ]
		);
		expect( changed ).toBeUndefined();
		expect( reads ).toEqual( [ [ '10' ] ] );
	} );

	it( 'marks a new price, dated by WooCommerce when the change came after the reply', async () => {
		const { changed } = await mark(
			[ card( {} ) ],
			[
				state( {
					priceMinor: 1990,
					modifiedAt: '2026-12-02T08:00:00.000Z',
					syncedAt: '2026-12-02T08:05:00.000Z',
				} ),
			]
		);
		expect( changed ).toEqual( [
			{
				productId: '10',
				name: 'Canvas Tote Bag',
				changedAt: '2026-12-02T08:00:00.000Z',
			},
		] );
	} );

	it( 'marks stock status and shown quantities by the variation the card showed, dated by the sync when WooCommerce gave an older time', async () => {
		const { changed } = await mark(
			[
				card( {
					id: '13',
					variationId: '15',
					name: 'Linen Shirt',
					stock: { status: 'instock', quantity: 12 },
				} ),
				card( { id: '11', name: 'Rain Jacket' } ),
			],
			[
				state( {
					externalId: '15',
					name: 'Linen Shirt - M',
					stockQuantity: 11,
					syncedAt: '2026-12-02T07:00:00.000Z',
				} ),
				state( {
					externalId: '11',
					name: 'Rain Jacket',
					priceMinor: 2490,
					stockStatus: 'outofstock',
					stockQuantity: 0,
				} ),
			]
		);
		expect( changed ).toEqual( [
			{
				productId: '15',
				name: 'Linen Shirt',
				changedAt: '2026-12-02T07:00:00.000Z',
			},
			{
				productId: '11',
				name: 'Rain Jacket',
				changedAt: '2026-12-01T09:00:00.000Z',
			},
		] );
	} );

	it( 'does not read the catalog for a page without cards, and skips deleted products', async () => {
		const none = await withChangedProducts(
			[ { ...reply( [] ), products: undefined } ],
			async () => {
				throw new Error( 'no read expected' );
			},
			'org',
			'site'
		);
		expect( none[ 0 ]!.changedProducts ).toBeUndefined();
		expect( ( await mark( [ card( {} ) ], [] ) ).changed ).toBeUndefined();
	} );
} );

describe.each( testDialects() )(
	'history changedProducts on %s',
	( dialect ) => {
		let sidecar: TestSidecar;
		let shop: TestShop;
		let site: ConnectedSite;

		let shopSidecar: ShopSidecar;

		beforeAll( async () => {
			shopSidecar = await startShopSidecar( dialect, { products: 20 } );
			( { sidecar, shop, site } = shopSidecar );
		} );
		afterAll( () => shopSidecar.close() );

		/** The shop's signed `product.updated` webhook for `product`, as WooCommerce sends it. */
		const productUpdated = ( product: object ) =>
			shop.double.deliver(
				`${ sidecar.baseUrl }/webhooks/woocommerce/${ site.publicKey }`,
				shop.webhookSecret,
				'product.updated',
				product
			);

		it( 'marks the reply that showed a product once its price changed after the answer, and only that reply', async () => {
			const product = fullPriceSimpleProduct( shop );
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);
			const history = async () => {
				const response = await readMessages( sidecar, conversation );
				expect( response.status ).toBe( 200 );
				return response.body.messages as Array<
					PublicMessage & { changedProducts?: unknown }
				>;
			};
			const sent = await sendMessage(
				sidecar,
				conversation,
				`How much is the ${ product.name }?`,
				{ clientMessageId: 'changed-since-0001' }
			);
			expect( sent.status ).toBe( 201 );
			const shown = ( sent.body.reply.products ?? [] ) as Array< {
				id: string;
			} >;
			expect( shown.map( ( c ) => c.id ) ).toContain(
				String( product.id )
			);

			const before = await history();
			expect( before ).toHaveLength( 2 );
			expect( before.some( ( m ) => m.changedProducts ) ).toBe( false );

			// The shop owner lowers the price; WooCommerce delivers product.updated.
			const modified = new Date( Date.now() + 60_000 )
				.toISOString()
				.slice( 0, 19 );
			const oldPrice = product.price;
			Object.assign( product, {
				price: '1.50',
				regular_price: '1.50',
				date_modified_gmt: modified,
			} );
			expect( await productUpdated( product ) ).toBe( 200 );
			await sidecar.omniops.queue.drain();

			const after = await history();
			expect( after[ 0 ]!.role ).toBe( 'shopper' );
			expect( after[ 0 ]!.changedProducts ).toBeUndefined();
			expect( after[ 1 ]!.changedProducts ).toEqual( [
				{
					productId: String( product.id ),
					name: product.name,
					changedAt: `${ modified }.000Z`,
				},
			] );

			// Back to the price the reply showed: nothing to warn about any more.
			Object.assign( product, {
				price: oldPrice,
				regular_price: oldPrice,
			} );
			await productUpdated( product );
			await sidecar.omniops.queue.drain();
			expect( ( await history() )[ 1 ]!.changedProducts ).toBeUndefined();
		} );
	}
);
