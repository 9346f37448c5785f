/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { createTranslator } from '../i18n';
import { MessageList } from './MessageList';

const message = {
	id: 'm2',
	role: 'assistant' as const,
	text: 'Newest answer',
	createdAt: '2026-01-01T00:00:00.000Z',
	sources: [],
	status: 'sent' as const,
};

function renderList(
	earlier: { hasOlder: boolean; loading: boolean; failed: boolean },
	locale = 'en'
) {
	const onLoad = jest.fn();
	render(
		<MessageList
			brandName="Acme Help"
			welcomeMessage=""
			messages={ [ message ] }
			streamingReplies={ {} }
			awaitingReply={ false }
			onRetry={ () => {} }
			earlier={ { ...earlier, onLoad } }
			t={ createTranslator( locale ) }
		/>
	);
	return onLoad;
}

describe( 'Show earlier messages', () => {
	it( 'loads the older page when pressed, and is absent when there is none', () => {
		const onLoad = renderList( {
			hasOlder: true,
			loading: false,
			failed: false,
		} );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Show earlier messages' } )
		);
		expect( onLoad ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'is not offered when the server holds nothing older', () => {
		renderList( { hasOlder: false, loading: false, failed: false } );
		expect(
			screen.queryByRole( 'button', { name: 'Show earlier messages' } )
		).toBeNull();
	} );

	it( 'is busy while the page loads (German)', () => {
		renderList( { hasOlder: true, loading: true, failed: false }, 'de_DE' );
		const button = screen.getByRole( 'button', {
			name: 'Frühere Nachrichten werden geladen …',
		} ) as HTMLButtonElement;
		expect( button.disabled ).toBe( true );
		expect( button.getAttribute( 'aria-busy' ) ).toBe( 'true' );
	} );

	it( 'shows why an earlier page did not load and lets the shopper try again', () => {
		const onLoad = renderList( {
			hasOlder: true,
			loading: false,
			failed: true,
		} );
		expect( screen.getByRole( 'status' ).textContent ).toBe(
			'We couldn’t load the earlier messages. Try again.'
		);
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Show earlier messages' } )
		);
		expect( onLoad ).toHaveBeenCalledTimes( 1 );
	} );
} );
