/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	sentBody,
	testWidgetApi,
} from '../../test-utils';
import {
	sessionStorageKey,
	useConversationSession,
} from './useConversationSession';

const key = sessionStorageKey( 'pk_1' );

afterEach( () => localStorage.clear() );

/**
 * The widget API of site pk_1 over a fetch that answers `answers` in turn.
 * @param answers
 */
function apiAnswering( ...answers: Array< Response | Error > ) {
	const fetchMock = fakeFetch( ...answers );
	const api = testWidgetApi( fetchMock );
	return { api, fetchMock };
}

/**
 * The hook on site pk_1, its fetch answering `answers` in turn.
 * @param answers
 */
function renderSession( ...answers: Array< Response | Error > ) {
	const { api, fetchMock } = apiAnswering( ...answers );
	const { result } = renderHook( () =>
		useConversationSession( api, 'pk_1' )
	);
	return { result, fetchMock };
}

const storeSession = ( conversationId: string, token: string ) =>
	localStorage.setItem( key, JSON.stringify( { conversationId, token } ) );

describe( 'useConversationSession', () => {
	it( 'starts a conversation and stores it under the site key', async () => {
		const { result, fetchMock } = renderSession(
			jsonResponse( 201, { conversationId: 'c1', token: 'ct_1' } )
		);

		await waitFor( () => expect( result.current.session ).not.toBeNull() );
		expect( result.current ).toMatchObject( {
			session: { conversationId: 'c1', token: 'ct_1' },
			isNew: true,
			error: null,
		} );
		expect( sentBody( fetchMock, 0 ) ).toEqual( { siteKey: 'pk_1' } );
		expect( JSON.parse( localStorage.getItem( key )! ) ).toEqual( {
			conversationId: 'c1',
			token: 'ct_1',
		} );
	} );

	it( 'resumes a stored conversation without a request', () => {
		storeSession( 'c0', 'ct_0' );
		const { result, fetchMock } = renderSession();

		expect( result.current.session ).toEqual( {
			conversationId: 'c0',
			token: 'ct_0',
		} );
		expect( result.current.isNew ).toBe( false );
		expect( fetchMock ).not.toHaveBeenCalled();
	} );

	it( 'restart forgets the stored conversation and starts a new one', async () => {
		storeSession( 'c0', 'ct_0' );
		const { result } = renderSession(
			jsonResponse( 201, { conversationId: 'c2', token: 'ct_2' } )
		);

		act( () => result.current.restart() );

		await waitFor( () =>
			expect( result.current.session?.conversationId ).toBe( 'c2' )
		);
		expect( result.current.isNew ).toBe( true );
		expect(
			JSON.parse( localStorage.getItem( key )! ).conversationId
		).toBe( 'c2' );
	} );

	it( 'shows a start failure and succeeds on retry', async () => {
		const { result } = renderSession(
			errorResponse( 429, 'rate_limited' ),
			jsonResponse( 201, { conversationId: 'c3', token: 'ct_3' } )
		);

		await waitFor( () =>
			expect( result.current.error ).toMatchObject( {
				code: 'rate_limited',
			} )
		);
		act( () => result.current.retry() );
		await waitFor( () =>
			expect( result.current.session?.conversationId ).toBe( 'c3' )
		);
		expect( result.current.error ).toBeNull();
	} );
} );

describe( 'useConversationSession behind the consent gate', () => {
	it( 'starts nothing and stores nothing while disabled; forget clears and starts again when enabled', async () => {
		jest.spyOn( console, 'error' ).mockImplementation( () => {} );
		const { api, fetchMock } = apiAnswering(
			errorResponse( 503, 'unavailable' ),
			jsonResponse( 201, { conversationId: 'c1', token: 'ct_1' } ),
			jsonResponse( 201, { conversationId: 'c2', token: 'ct_2' } )
		);
		const { result, rerender } = renderHook(
			( { enabled } ) =>
				useConversationSession( api, 'pk_1', { enabled } ),
			{ initialProps: { enabled: false } }
		);
		expect( result.current.loading ).toBe( false );
		expect( fetchMock ).not.toHaveBeenCalled();
		expect( localStorage.length ).toBe( 0 );

		rerender( { enabled: true } );
		await waitFor( () =>
			expect( result.current.sessionError ).not.toBeNull()
		);
		act( () => result.current.retryStartSession() );
		await waitFor( () =>
			expect( result.current.session?.conversationId ).toBe( 'c1' )
		);

		act( () => result.current.forget() );
		await waitFor( () =>
			expect( result.current.session?.conversationId ).toBe( 'c2' )
		);
		expect(
			JSON.parse( localStorage.getItem( key )! ).conversationId
		).toBe( 'c2' );
		jest.restoreAllMocks();
	} );

	it( 'ignores a stored value that is not a session', () => {
		localStorage.setItem( key, '{"conversationId":1}' );
		const { api } = apiAnswering();
		const { result } = renderHook( () =>
			useConversationSession( api, 'pk_1', { enabled: false } )
		);
		expect( result.current.session ).toBeNull();
		localStorage.setItem( key, '{' );
		const again = renderHook( () =>
			useConversationSession( api, 'pk_1', { enabled: false } )
		);
		expect( again.result.current.session ).toBeNull();
	} );
} );
