/** @jest-environment jsdom */
import {
	act,
	fireEvent,
	render,
	screen,
	waitFor,
	within,
} from '@testing-library/react';
import type { AddToCartResult } from '../../protocol';
import type { ReplyQuickAction } from '../api';
import { sessionStorageKey } from '../hooks/useConversationSession';
import { createTranslator } from '../i18n';
import {
	fakeFetch,
	type FakeFetch,
	jsonResponse,
	renderWidgetApp,
	openingChat,
	testConfig,
} from '../../test-utils';
import { ReplyQuickActions } from './ReplyQuickActions';

const t = createTranslator( 'en' );
const at = '2026-01-01T00:00:00.000Z';
const config = testConfig();

// What the embedded responder sends with a product answer (productActions in
// sidecar/src/modules/assistant/embedded-responder.ts; shape: its QuickAction). Browser code
// may not import the sidecar, so the end-to-end widget spec checks the real server's actions.
const PRODUCT_ACTIONS: ReplyQuickAction[] = [
	{
		id: 'cart-12',
		label: 'Add to cart',
		kind: 'addToCart',
		productId: '12',
	},
	{
		id: 'stock-12',
		label: 'Check stock',
		kind: 'message',
		message: 'Is the Aurora Merino Hoodie in stock?',
	},
	{ id: 'handoff', label: 'Talk to a person', kind: 'handoff' },
];

const shopper = ( id: string, text: string ) => ( {
	id,
	role: 'shopper',
	text,
	createdAt: at,
	sources: [],
} );
const assistant = (
	id: string,
	text: string,
	quickActions?: ReplyQuickAction[]
) => ( {
	id,
	role: 'assistant',
	text,
	createdAt: at,
	sources: [],
	...( quickActions && { quickActions } ),
} );

const sentBody = ( fetchMock: FakeFetch, call: number ) =>
	JSON.parse( String( fetchMock.mock.calls[ call ]![ 1 ]!.body ) );

afterEach( () => localStorage.clear() );

describe( 'ReplyQuickActions', () => {
	it( 'shows a live reply’s actions as a labelled group; a chip sends its message, then the actions go away', async () => {
		let answerSecond!: ( response: Response ) => void;
		const fetchMock = openingChat( config )
			.mockResolvedValueOnce(
				jsonResponse( 201, {
					message: shopper( 'm1', 'Any hoodies?' ),
					reply: assistant(
						'm2',
						'The Aurora Merino Hoodie.',
						PRODUCT_ACTIONS
					),
				} )
			)
			.mockImplementationOnce(
				() => new Promise( ( resolve ) => ( answerSecond = resolve ) )
			);
		renderWidgetApp( fetchMock );

		const box = await screen.findByRole( 'textbox', {
			name: 'Type your message',
		} );
		const send = screen.getByRole( 'button', { name: 'Send' } );
		fireEvent.change( box, { target: { value: 'Any hoodies?' } } );
		// Enabled once the conversation has started.
		await waitFor( () =>
			expect( ( send as HTMLButtonElement ).disabled ).toBe( false )
		);
		fireEvent.keyDown( box, { key: 'Enter' } );

		const group = await screen.findByRole( 'group', {
			name: 'Suggested next steps',
		} );
		expect(
			within( group )
				.getAllByRole( 'button' )
				.map( ( button ) => button.textContent )
		).toEqual( [ 'Add to cart', 'Check stock', 'Talk to a person' ] );

		fireEvent.click(
			within( group ).getByRole( 'button', { name: 'Check stock' } )
		);
		expect( fetchMock.mock.calls[ 3 ]![ 0 ] ).toBe(
			'/api/widget/conversations/c1/messages'
		);
		expect( sentBody( fetchMock, 3 ).text ).toBe(
			'Is the Aurora Merino Hoodie in stock?'
		);
		// The shopper's message is now the newest: the old reply's actions are gone.
		const log = screen.getByRole( 'log' );
		expect(
			within( log ).getByText( 'Is the Aurora Merino Hoodie in stock?' )
		).toBeTruthy();
		expect(
			screen.queryByRole( 'group', { name: 'Suggested next steps' } )
		).toBeNull();

		await act( async () =>
			answerSecond(
				jsonResponse( 201, {
					message: shopper(
						'm3',
						'Is the Aurora Merino Hoodie in stock?'
					),
					reply: assistant( 'm4', 'Yes, 4 left.' ),
				} )
			)
		);
		expect( within( log ).getByText( 'Yes, 4 left.' ) ).toBeTruthy();
		// The newest reply has no actions, and the older one's stay hidden.
		expect( screen.queryByRole( 'group' ) ).toBeNull();
		expect(
			screen.queryByRole( 'button', { name: 'Check stock' } )
		).toBeNull();
	} );

	it( 'shows the stored actions of the newest reply after a reload, and only those', async () => {
		localStorage.setItem(
			sessionStorageKey( 'pk_1' ),
			JSON.stringify( { conversationId: 'c1', token: 'ct_1' } )
		);
		const fetchMock = fakeFetch(
			jsonResponse( 200, config ),
			jsonResponse( 200, {
				messages: [
					shopper( 'm1', 'Any hoodies?' ),
					assistant(
						'm2',
						'The Aurora Merino Hoodie.',
						PRODUCT_ACTIONS
					),
					shopper( 'm3', 'Something else?' ),
					assistant( 'm4', 'I can pass this to a person.', [
						{
							id: 'faq',
							label: 'Shipping costs',
							kind: 'message',
							message: 'What are your shipping costs?',
						},
						{
							id: 'handoff',
							label: 'Talk to a person',
							kind: 'handoff',
						},
					] ),
				],
			} ),
			jsonResponse( 201, {
				message: shopper( 'm5', 'Talk to a person' ),
				reply: assistant( 'm6', 'What is your e-mail address?' ),
			} )
		);
		renderWidgetApp( fetchMock );

		const group = await screen.findByRole( 'group', {
			name: 'Suggested next steps',
		} );
		expect( screen.getAllByRole( 'group' ) ).toHaveLength( 1 );
		expect(
			within( group )
				.getAllByRole( 'button' )
				.map( ( button ) => button.textContent )
		).toEqual( [ 'Shipping costs', 'Talk to a person' ] );
		// The older reply's actions are not offered.
		expect(
			screen.queryByRole( 'button', { name: 'Check stock' } )
		).toBeNull();

		// "handoff" sends its label, which the assistant reads as asking for a person.
		const handoff = within( group ).getByRole( 'button', {
			name: 'Talk to a person',
		} );
		await waitFor( () =>
			expect( ( handoff as HTMLButtonElement ).disabled ).toBe( false )
		);
		fireEvent.click( handoff );
		expect( fetchMock.mock.calls[ 2 ]![ 0 ] ).toBe(
			'/api/widget/conversations/c1/messages'
		);
		expect( sentBody( fetchMock, 2 ).text ).toBe( 'Talk to a person' );
		expect(
			await screen.findByText( 'What is your e-mail address?' )
		).toBeTruthy();
		expect( screen.queryByRole( 'group' ) ).toBeNull();
	} );

	it( 'adds to the cart through the bridge and announces the result with a View cart link for the shop window', async () => {
		let finish!: ( result: AddToCartResult ) => void;
		const onAddToCart = jest.fn(
			() =>
				new Promise< AddToCartResult >(
					( resolve ) => ( finish = resolve )
				)
		);
		const onSend = jest.fn();
		render(
			<ReplyQuickActions
				actions={ PRODUCT_ACTIONS }
				t={ t }
				canSend
				onSend={ onSend }
				onAddToCart={ onAddToCart }
			/>
		);
		const add = screen.getByRole( 'button', { name: 'Add to cart' } );
		fireEvent.click( add );
		expect( onAddToCart ).toHaveBeenCalledWith( '12' );
		expect( onSend ).not.toHaveBeenCalled();
		expect( ( add as HTMLButtonElement ).disabled ).toBe( true );
		expect( screen.getByRole( 'status' ).textContent ).toMatch( /Adding/ );

		await act( async () =>
			finish( { ok: true, cartUrl: 'https://shop.example/cart' } )
		);
		const viewCart = within( screen.getByRole( 'status' ) ).getByRole(
			'link',
			{ name: 'View cart' }
		);
		expect( viewCart.getAttribute( 'href' ) ).toBe(
			'https://shop.example/cart'
		);
		expect( viewCart.getAttribute( 'target' ) ).toBe( '_top' );
		expect( ( add as HTMLButtonElement ).disabled ).toBe( false );
	} );

	it( 'opens links in the shop window, keeps mailto in place, and leaves out actions it cannot carry out', () => {
		const onSend = jest.fn();
		render(
			<ReplyQuickActions
				actions={ [
					{
						id: 'returns',
						label: 'Returns policy',
						kind: 'link',
						url: 'https://shop.example/returns',
					},
					{
						id: 'mail',
						label: 'Email us',
						kind: 'link',
						url: 'mailto:hello@shop.example',
					},
					{
						id: 'evil',
						label: 'Evil',
						kind: 'link',
						url: 'javascript:alert(1)',
					},
					{ id: 'cart', label: 'Nothing to add', kind: 'addToCart' },
					{
						id: 'ask',
						label: 'Shipping costs',
						kind: 'message',
						message: 'What are your shipping costs?',
					},
				] }
				t={ t }
				canSend={ false }
				onSend={ onSend }
				onAddToCart={ jest.fn() }
			/>
		);
		const group = screen.getByRole( 'group', {
			name: 'Suggested next steps',
		} );
		const returns = within( group ).getByRole( 'link', {
			name: 'Returns policy',
		} );
		expect( returns.getAttribute( 'href' ) ).toBe(
			'https://shop.example/returns'
		);
		expect( returns.getAttribute( 'target' ) ).toBe( '_top' );
		const mail = within( group ).getByRole( 'link', { name: 'Email us' } );
		expect( mail.getAttribute( 'href' ) ).toBe(
			'mailto:hello@shop.example'
		);
		expect( mail.hasAttribute( 'target' ) ).toBe( false );
		expect( within( group ).queryByText( 'Evil' ) ).toBeNull();
		expect( within( group ).queryByText( 'Nothing to add' ) ).toBeNull();
		expect( within( group ).getAllByRole( 'listitem' ) ).toHaveLength( 3 );

		// No conversation yet: sending chips wait, disabled.
		const ask = within( group ).getByRole( 'button', {
			name: 'Shipping costs',
		} );
		expect( ( ask as HTMLButtonElement ).disabled ).toBe( true );
		fireEvent.click( ask );
		expect( onSend ).not.toHaveBeenCalled();
	} );

	it( 'draws nothing when no action can be carried out', () => {
		const { container } = render(
			<ReplyQuickActions
				actions={ [ { id: 'x', label: 'Broken', kind: 'link' } ] }
				t={ t }
				canSend
				onSend={ jest.fn() }
				onAddToCart={ jest.fn() }
			/>
		);
		expect( container.innerHTML ).toBe( '' );
	} );
} );
