/** @jest-environment jsdom */
/**
 * The "slow down" state (ADR 0019): when the sidecar answers a send with 429, the widget
 * says how long to wait (in the shop's language), keeps Send disabled until Retry-After
 * has passed, and then sends again.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import {
	jsonResponse,
	renderWidgetApp,
	openingChat,
	testConfig,
} from '../test-utils';

const at = '2026-01-01T00:00:00.000Z';

const config = ( locale: string ) =>
	testConfig( { welcomeMessage: 'Hi!', primaryColor: '#2563eb', locale } );

const rateLimited = ( seconds: number ) =>
	jsonResponse( 429, {
		error: {
			code: 'rate_limited',
			message: 'Too many attempts. Try again later.',
			details: { retryAfterSeconds: seconds },
		},
	} );

const pair = ( text: string ) =>
	jsonResponse( 201, {
		message: {
			id: `q-${ text }`,
			role: 'shopper',
			text,
			createdAt: at,
			sources: [],
		},
		reply: {
			id: `r-${ text }`,
			role: 'assistant',
			text: 'Sure.',
			createdAt: at,
			sources: [],
		},
	} );

afterEach( () => {
	localStorage.clear();
	jest.useRealTimers();
} );

describe( 'slow down after 429', () => {
	it( 'shows the wait, disables Send until Retry-After has passed, then sends again', async () => {
		const fetchMock = openingChat( config( 'en' ) )
			.mockResolvedValueOnce( rateLimited( 3 ) )
			.mockResolvedValueOnce( pair( 'again' ) );
		renderWidgetApp( fetchMock, 'en' );
		const box = await screen.findByRole( 'textbox', {
			name: 'Type your message',
		} );
		const send = screen.getByRole( 'button', {
			name: 'Send',
		} ) as HTMLButtonElement;
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 2 ) );

		jest.useFakeTimers( { now: Date.now() } );
		fireEvent.change( box, { target: { value: 'too fast' } } );
		fireEvent.keyDown( box, { key: 'Enter' } );
		const status = await screen.findByText(
			'You’re sending messages quickly — please wait 3 seconds.'
		);
		expect( status.getAttribute( 'role' ) ).toBe( 'status' );
		// The refused message stays on screen as not sent.
		expect( screen.getByText( 'too fast' ) ).toBeTruthy();
		expect( screen.getByText( 'Not sent.' ) ).toBeTruthy();

		fireEvent.change( box, { target: { value: 'again' } } );
		expect( send.disabled ).toBe( true );
		fireEvent.keyDown( box, { key: 'Enter' } );
		expect( fetchMock ).toHaveBeenCalledTimes( 3 );

		await act( async () => {
			jest.advanceTimersByTime( 1000 );
		} );
		expect(
			screen.getByText(
				'You’re sending messages quickly — please wait 2 seconds.'
			)
		).toBeTruthy();
		expect( send.disabled ).toBe( true );

		await act( async () => {
			jest.advanceTimersByTime( 2000 );
		} );
		expect( screen.queryByText( /sending messages quickly/ ) ).toBeNull();
		expect( send.disabled ).toBe( false );
		jest.useRealTimers();

		fireEvent.keyDown( box, { key: 'Enter' } );
		expect( await screen.findByText( 'Sure.' ) ).toBeTruthy();
		expect( fetchMock ).toHaveBeenCalledTimes( 4 );
		const [ url, init ] = fetchMock.mock.calls[ 3 ]!;
		expect( url ).toBe( '/api/widget/conversations/c1/messages' );
		expect( JSON.parse( String( init?.body ) ).text ).toBe( 'again' );
	} );

	it( 'says it in German on a German shop', async () => {
		const fetchMock = openingChat(
			config( 'de_DE' )
		).mockResolvedValueOnce( rateLimited( 12 ) );
		renderWidgetApp( fetchMock, 'de_DE' );
		const box = await screen.findByRole( 'textbox', {
			name: 'Nachricht eingeben',
		} );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 2 ) );
		fireEvent.change( box, { target: { value: 'schnell' } } );
		fireEvent.keyDown( box, { key: 'Enter' } );
		expect(
			await screen.findByText(
				'Sie senden Nachrichten sehr schnell – bitte warten Sie 12 Sekunden.'
			)
		).toBeTruthy();
		expect(
			(
				screen.getByRole( 'button', {
					name: 'Senden',
				} ) as HTMLButtonElement
			 ).disabled
		).toBe( true );
	} );
} );
