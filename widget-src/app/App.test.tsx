/** @jest-environment jsdom */
import {
	act,
	fireEvent,
	render,
	screen,
	waitFor,
	within,
} from '@testing-library/react';
import { ChatPanel } from './components/ChatPanel';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	renderWidgetApp,
	openingChat,
	testConfig,
} from '../test-utils';

const config = testConfig( { welcomeMessage: 'Hi! Ask me anything.' } );
const at = '2026-01-01T00:00:00.000Z';

afterEach( () => localStorage.clear() );

describe( 'App', () => {
	it( 'shows the welcome message, sends on Enter and renders the reply as text with source links', async () => {
		let answer!: ( response: Response ) => void;
		const fetchMock = openingChat( config ).mockImplementationOnce(
			() => new Promise( ( resolve ) => ( answer = resolve ) )
		);
		renderWidgetApp( fetchMock );

		expect(
			await screen.findByRole( 'dialog', { name: 'Acme Help' } )
		).toBeTruthy();
		const log = await screen.findByRole( 'log' );
		expect(
			within( log ).getByText( 'Hi! Ask me anything.' )
		).toBeTruthy();
		expect(
			document.documentElement.style.getPropertyValue( '--oo-primary' )
		).toBe( '#ffcc00' );
		// Light brand colour: dark text on it.
		expect(
			document.documentElement.style.getPropertyValue( '--oo-on-primary' )
		).toBe( '#1e1e1e' );

		const box = screen.getByRole( 'textbox', {
			name: 'Type your message',
		} );
		const send = screen.getByRole( 'button', {
			name: 'Send',
		} ) as HTMLButtonElement;
		expect( send.disabled ).toBe( true );

		fireEvent.change( box, { target: { value: 'Line one' } } );
		// Shift+Enter is a new line, not a send.
		fireEvent.keyDown( box, { key: 'Enter', shiftKey: true } );
		await waitFor( () => expect( send.disabled ).toBe( false ) );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );

		fireEvent.change( box, { target: { value: '<b>blue?</b>' } } );
		fireEvent.keyDown( box, { key: 'Enter' } );

		expect( ( box as HTMLTextAreaElement ).value ).toBe( '' );
		expect( within( log ).getByText( '<b>blue?</b>' ) ).toBeTruthy();
		expect( within( log ).getByText( /is typing/ ) ).toBeTruthy();

		await act( async () =>
			answer(
				jsonResponse( 201, {
					message: {
						id: 'm1',
						role: 'shopper',
						text: '<b>blue?</b>',
						createdAt: at,
						sources: [],
					},
					reply: {
						id: 'm2',
						role: 'assistant',
						text: 'Yes, <img src=x onerror=alert(1)>',
						createdAt: at,
						sources: [
							{
								title: 'Blue mug',
								url: 'https://shop.example/blue-mug',
							},
							{ title: 'Sneaky', url: 'javascript:alert(1)' },
						],
					},
				} )
			)
		);

		expect(
			within( log ).getByText( /Yes, <img src=x onerror=alert\(1\)>/ )
		).toBeTruthy();
		expect( log.querySelector( 'img, b' ) ).toBeNull();
		const link = within( log ).getByRole( 'link', { name: 'Blue mug' } );
		expect( link.getAttribute( 'href' ) ).toBe(
			'https://shop.example/blue-mug'
		);
		expect( link.getAttribute( 'target' ) ).toBe( '_blank' );
		expect( link.getAttribute( 'rel' ) ).toBe(
			'noopener noreferrer nofollow'
		);
		expect(
			within( log ).queryByRole( 'link', { name: 'Sneaky' } )
		).toBeNull();
		expect( within( log ).queryByText( /is typing/ ) ).toBeNull();
	} );

	it( 'shows a config failure with Retry, and recovers', async () => {
		const fetchMock = fakeFetch(
			errorResponse( 500, 'internal' ),
			jsonResponse( 200, config ),
			jsonResponse( 201, { conversationId: 'c1', token: 'ct_1' } )
		);
		renderWidgetApp( fetchMock );

		const alert = await screen.findByRole( 'alert' );
		expect( alert.textContent ).toMatch( /couldn’t load the chat/ );
		fireEvent.click(
			within( alert ).getByRole( 'button', { name: 'Retry' } )
		);

		expect(
			await screen.findByRole( 'dialog', { name: 'Acme Help' } )
		).toBeTruthy();
		expect(
			await screen.findByText( 'Hi! Ask me anything.' )
		).toBeTruthy();
		expect( screen.queryByRole( 'alert' ) ).toBeNull();
	} );

	it( 'shows a history failure with Retry', async () => {
		localStorage.setItem(
			'omniops:conversation:pk_1',
			JSON.stringify( { conversationId: 'c1', token: 'ct_1' } )
		);
		const fetchMock = fakeFetch(
			jsonResponse( 200, config ),
			errorResponse( 500, 'internal' ),
			jsonResponse( 200, {
				messages: [
					{
						id: 'm1',
						role: 'assistant',
						text: 'Earlier answer',
						createdAt: at,
						sources: [],
					},
				],
			} )
		);
		renderWidgetApp( fetchMock );

		const alert = await screen.findByRole( 'alert' );
		expect( alert.textContent ).toMatch( /earlier messages/ );
		fireEvent.click(
			within( alert ).getByRole( 'button', { name: 'Retry' } )
		);
		expect( await screen.findByText( 'Earlier answer' ) ).toBeTruthy();
		expect( screen.queryByRole( 'alert' ) ).toBeNull();
	} );
} );

describe( 'ChatPanel', () => {
	it( 'closes from the button and from Escape', () => {
		const onClose = jest.fn();
		render(
			<ChatPanel
				brandName="Acme Help"
				closeLabel="Close chat"
				onClose={ onClose }
			>
				<p>content</p>
			</ChatPanel>
		);
		fireEvent.click( screen.getByRole( 'button', { name: 'Close chat' } ) );
		fireEvent.keyDown( screen.getByText( 'content' ), { key: 'Escape' } );
		expect( onClose ).toHaveBeenCalledTimes( 2 );
	} );
} );
