/**
 * @jest-environment jsdom
 *
 * Every message carries the shop's locale, so a reply to a message whose language cannot be
 * told ("was kostet a komplette inspektion?") falls back to the shop's language, not English.
 * A value that is not a locale is left out rather than sent (the server would refuse it).
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Message } from './api';
import {
	fakeFetch,
	jsonResponse,
	sentBody,
	testWidgetApi,
} from '../test-utils';
import { useMessageState } from './hooks/useMessageState';

const page = { url: 'https://shop.example/', title: 'Shop', referrer: '' };

const stored = ( id: string, role: Message[ 'role' ], text: string ) => ( {
	id,
	role,
	text,
	createdAt: '2026-01-01T00:00:00.000Z',
	sources: [],
} );

async function sentLocale( locale: string | null ): Promise< unknown > {
	const fetchMock = fakeFetch(
		jsonResponse( 201, {
			message: stored( 'm1', 'shopper', 'Was kostet der Versand?' ),
			reply: stored( 'm2', 'assistant', 'Der Versand kostet 4,90 €.' ),
		} )
	);
	const api = testWidgetApi( fetchMock );
	const { result } = renderHook( () =>
		useMessageState( {
			api,
			session: { conversationId: 'c1', token: 'ct_1' },
			isNew: true,
			pageContext: page,
			locale,
		} )
	);
	act( () => result.current.send( 'Was kostet der Versand?' ) );
	await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 1 ) );
	return sentBody( fetchMock, 0 ).locale;
}

describe( 'message locale', () => {
	it( "is the shop's locale on every message", async () => {
		expect( await sentLocale( 'de_AT' ) ).toBe( 'de_AT' );
		expect( await sentLocale( 'en-GB' ) ).toBe( 'en-GB' );
	} );

	it( 'is left out when there is none or it is not a locale', async () => {
		expect( await sentLocale( null ) ).toBeUndefined();
		expect( await sentLocale( 'German please' ) ).toBeUndefined();
	} );
} );
