/** @jest-environment jsdom */
import { renderHook, waitFor } from '@testing-library/react';
import type { ConversationSession } from '../api';
import type { PageContext } from '../../protocol';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	sentBody,
	testWidgetApi,
} from '../../test-utils';
import { useJourney, type JourneyOptions } from './useJourney';

const SESSION: ConversationSession = { conversationId: 'c1', token: 'ct_1' };
const HOME: PageContext = {
	url: 'https://shop.example/?utm_source=news',
	title: 'Shop',
	referrer: 'https://news.example/',
	pageType: 'other',
};
const HOODIE: PageContext = {
	url: 'https://shop.example/product/hoodie/',
	title: 'Hoodie',
	referrer: HOME.url,
	pageType: 'product',
	productId: '12',
};

function setUp(
	initialProps: Partial< JourneyOptions >,
	...answers: Response[]
) {
	const fetchMock = fakeFetch( ...answers );
	const api = testWidgetApi( fetchMock );
	const rememberConversation = jest.fn();
	const hook = renderHook(
		( props: Partial< JourneyOptions > ) =>
			useJourney( {
				api,
				session: SESSION,
				pageContext: HOME,
				allowed: true,
				rememberConversation,
				...props,
			} ),
		{ initialProps }
	);
	return { fetchMock, rememberConversation, ...hook };
}

describe( 'useJourney', () => {
	it( 'records each page once per conversation and tells the shop page the conversation', async () => {
		const { fetchMock, rememberConversation, rerender } = setUp(
			{},
			jsonResponse( 201, { recorded: true } ),
			jsonResponse( 201, { recorded: true } )
		);
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 1 ) );
		expect( fetchMock.mock.calls[ 0 ]![ 0 ] ).toBe(
			'/api/widget/conversations/c1/journey'
		);
		expect( sentBody( fetchMock, 0 ) ).toEqual( HOME );
		expect( rememberConversation ).toHaveBeenCalledWith( 'c1' );

		rerender( { pageContext: { ...HOME } } );
		rerender( { pageContext: HOODIE } );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 2 ) );
		expect( sentBody( fetchMock, 1 ) ).toEqual( HOODIE );
		expect( rememberConversation ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'records nothing and remembers nothing without consent', async () => {
		const { fetchMock, rememberConversation, rerender } = setUp(
			{ allowed: false },
			jsonResponse( 201, { recorded: true } )
		);
		rerender( { allowed: false, pageContext: HOODIE } );
		await new Promise( ( resolve ) => setTimeout( resolve, 20 ) );
		expect( fetchMock ).not.toHaveBeenCalled();
		expect( rememberConversation ).not.toHaveBeenCalled();

		rerender( { allowed: true, pageContext: HOODIE } );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 1 ) );
		expect( rememberConversation ).toHaveBeenLastCalledWith( 'c1' );
		// Tracking turned off again: the shop page forgets the conversation.
		rerender( { allowed: false, pageContext: HOODIE } );
		expect( rememberConversation ).toHaveBeenLastCalledWith( '' );
	} );

	it( 'clears the cookie when the conversation goes away, and tries a failed page again later', async () => {
		const { fetchMock, rememberConversation, rerender } = setUp(
			{},
			errorResponse( 429, 'rate_limited' ),
			jsonResponse( 201, { recorded: true } )
		);
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 1 ) );
		rerender( { pageContext: { ...HOME } } );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 2 ) );
		expect( sentBody( fetchMock, 1 ) ).toEqual( HOME );

		rerender( { session: null } );
		expect( rememberConversation ).toHaveBeenLastCalledWith( '' );
		rerender( { session: null, pageContext: HOODIE } );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
	} );

	it( 'waits for a page from the shop before recording anything', async () => {
		const { fetchMock, rerender } = setUp(
			{ pageContext: null },
			jsonResponse( 201, { recorded: true } )
		);
		await new Promise( ( resolve ) => setTimeout( resolve, 20 ) );
		expect( fetchMock ).not.toHaveBeenCalled();
		rerender( { pageContext: HOODIE } );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 1 ) );
		expect( sentBody( fetchMock, 0 ) ).toEqual( HOODIE );
	} );
} );
