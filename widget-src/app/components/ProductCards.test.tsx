/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ProductCardData } from '../api';
import { createTranslator } from '../i18n';
import { sessionStorageKey } from '../hooks/useConversationSession';
import {
	fakeFetch,
	jsonResponse,
	renderWidgetApp,
	testConfig,
} from '../../test-utils';
import { ProductCards } from './ProductCards';

const t = createTranslator( 'en' );
const HOODIE: ProductCardData = {
	id: '12',
	variationId: '13',
	name: 'Aurora Merino Hoodie',
	variant: 'Blue, M',
	url: 'https://shop.example/product/aurora-hoodie/',
	imageUrl: 'https://shop.example/wp-content/uploads/hoodie.jpg',
	price: { minor: 6900, currency: 'EUR', formatted: '€69.00' },
	regularPrice: { minor: 7900, currency: 'EUR', formatted: '€79.00' },
	onSale: true,
	stock: { status: 'instock', quantity: 4 },
};
const SOCKS: ProductCardData = {
	...HOODIE,
	id: '20',
	variationId: null,
	name: 'Trail Socks',
	variant: null,
	url: 'javascript:alert(1)',
	imageUrl: 'data:image/png;base64,AAAA',
	price: null,
	regularPrice: null,
	onSale: false,
	stock: { status: 'outofstock', quantity: null },
};

describe( 'ProductCards', () => {
	it( 'shows name, variation, price with the regular price on sale, stock and a link', () => {
		render( <ProductCards products={ [ HOODIE ] } t={ t } /> );
		const list = screen.getByRole( 'list', { name: 'Products' } );
		const link = within( list ).getByRole( 'link', {
			name: 'Aurora Merino Hoodie (Blue, M)',
		} );
		expect( link.getAttribute( 'href' ) ).toBe( HOODIE.url );
		expect( link.getAttribute( 'rel' ) ).toContain( 'noopener' );
		expect( list.textContent ).toContain( '€69.00' );
		expect( list.textContent ).toContain( 'was €79.00' );
		expect( list.textContent ).toContain( '4 in stock' );
		expect( list.querySelector( 'img' )!.getAttribute( 'src' ) ).toBe(
			HOODIE.imageUrl
		);
	} );

	it( 'states stock honestly and never links or loads anything but web URLs', () => {
		render(
			<ProductCards
				products={ [
					SOCKS,
					{
						...SOCKS,
						id: '21',
						name: 'Backorder Boots',
						stock: { status: 'onbackorder', quantity: null },
					},
				] }
				t={ t }
			/>
		);
		expect( screen.queryByRole( 'link' ) ).toBeNull();
		expect( document.querySelector( 'img' ) ).toBeNull();
		expect( screen.getByText( 'Out of stock' ) ).toBeTruthy();
		expect( screen.getByText( 'Available on backorder' ) ).toBeTruthy();
		expect( screen.getByText( 'Trail Socks' ) ).toBeTruthy();
	} );

	it( 'draws nothing for a reply without products', () => {
		const { container } = render( <ProductCards t={ t } /> );
		expect( container.innerHTML ).toBe( '' );
	} );

	it( 'shows the stored cards of a reply again after a reload (history from the server)', async () => {
		localStorage.setItem(
			sessionStorageKey( 'pk_1' ),
			JSON.stringify( { conversationId: 'c1', token: 'ct_1' } )
		);
		const at = '2026-01-01T00:00:00.000Z';
		const fetchMock = fakeFetch(
			jsonResponse( 200, testConfig() ),
			jsonResponse( 200, {
				messages: [
					{
						id: 'm1',
						role: 'shopper',
						text: 'Any hoodies in blue?',
						createdAt: at,
						sources: [],
					},
					{
						id: 'm2',
						role: 'assistant',
						text: 'Yes, the Aurora Merino Hoodie in Blue, M.',
						createdAt: at,
						sources: [],
						products: [ HOODIE ],
						quickActions: [
							{
								id: 'add',
								label: 'Add to cart',
								kind: 'addToCart',
								productId: '12',
							},
						],
					},
				],
			} )
		);
		renderWidgetApp( fetchMock );
		const list = await screen.findByRole( 'list', { name: 'Products' } );
		expect(
			within( list ).getByRole( 'link', {
				name: 'Aurora Merino Hoodie (Blue, M)',
			} )
		).toBeTruthy();
		expect( fetchMock.mock.calls[ 1 ]![ 0 ] ).toBe(
			'/api/widget/conversations/c1/messages'
		);
		await waitFor( () =>
			expect( list.textContent ).toContain( '4 in stock' )
		);
		localStorage.clear();
	} );
} );
