/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Message } from '../api';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	sentBody,
	testWidgetApi,
	type FakeFetch,
} from '../../test-utils';
import { useMessageState, type MessageStateOptions } from './useMessageState';

const session = { conversationId: 'c1', token: 'ct_1' };
const page = { url: 'https://shop.example/mug', title: 'Mug', referrer: '' };

const message = (
	id: string,
	role: Message[ 'role' ],
	text: string
): Message => ( {
	id,
	role,
	text,
	createdAt: '2026-01-01T00:00:00.000Z',
	sources: [],
} );

function setup(
	fetchMock: FakeFetch,
	overrides: Partial< MessageStateOptions > = {}
) {
	const api = testWidgetApi( fetchMock );
	return renderHook( () =>
		useMessageState( {
			api,
			session,
			isNew: false,
			pageContext: page,
			...overrides,
		} )
	);
}

describe( 'useMessageState', () => {
	it( 'loads the history of a resumed conversation', async () => {
		const history = [
			message( 'm1', 'shopper', 'Hi' ),
			message( 'm2', 'assistant', 'Hello!' ),
		];
		const fetchMock = fakeFetch(
			jsonResponse( 200, { messages: history } )
		);
		const { result } = setup( fetchMock );

		expect( result.current.historyLoading ).toBe( true );
		await waitFor( () =>
			expect( result.current.historyLoading ).toBe( false )
		);

		expect(
			result.current.messages.map( ( item ) => [ item.id, item.status ] )
		).toEqual( [
			[ 'm1', 'sent' ],
			[ 'm2', 'sent' ],
		] );
		const [ url, init ] = fetchMock.mock.calls[ 0 ]!;
		expect( url ).toBe( '/api/widget/conversations/c1/messages' );
		expect( init?.headers ).toMatchObject( {
			Authorization: 'Bearer ct_1',
		} );
	} );

	it( 'loads the newest page, then earlier pages on demand, oldest first', async () => {
		const fetchMock = fakeFetch(
			jsonResponse( 200, {
				messages: [
					message( 'm3', 'shopper', 'Second question' ),
					message( 'm4', 'assistant', 'Second answer' ),
				],
				olderCursor: 'cursor-2',
			} ),
			jsonResponse( 200, {
				messages: [
					message( 'm1', 'shopper', 'First question' ),
					message( 'm2', 'assistant', 'First answer' ),
				],
				olderCursor: null,
			} )
		);
		const { result } = setup( fetchMock );
		await waitFor( () => expect( result.current.hasOlder ).toBe( true ) );
		expect( result.current.messages.map( ( item ) => item.id ) ).toEqual( [
			'm3',
			'm4',
		] );

		act( () => result.current.loadOlder() );
		// A second click while the page loads asks once.
		act( () => result.current.loadOlder() );
		expect( result.current.loadingOlder ).toBe( true );
		await waitFor( () => expect( result.current.hasOlder ).toBe( false ) );

		expect( result.current.messages.map( ( item ) => item.id ) ).toEqual( [
			'm1',
			'm2',
			'm3',
			'm4',
		] );
		expect( result.current.loadingOlder ).toBe( false );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
		expect( fetchMock.mock.calls[ 1 ]![ 0 ] ).toBe(
			'/api/widget/conversations/c1/messages?before=cursor-2'
		);
		// Nothing older: asking again sends nothing.
		act( () => result.current.loadOlder() );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
	} );

	it( 'keeps the messages and the button when an earlier page fails, and tries again', async () => {
		const report = jest.fn();
		const fetchMock = fakeFetch(
			jsonResponse( 200, {
				messages: [ message( 'm2', 'assistant', 'Newest' ) ],
				olderCursor: 'cursor-1',
			} ),
			errorResponse( 500, 'internal' ),
			jsonResponse( 200, {
				// The page boundary moved: m2 comes again and is shown once.
				messages: [
					message( 'm1', 'shopper', 'Oldest' ),
					message( 'm2', 'assistant', 'Newest' ),
				],
				olderCursor: null,
			} )
		);
		const { result } = setup( fetchMock, { report } );
		await waitFor( () => expect( result.current.hasOlder ).toBe( true ) );

		act( () => result.current.loadOlder() );
		await waitFor( () =>
			expect( result.current.olderLoadError ).not.toBeNull()
		);
		expect( result.current.hasOlder ).toBe( true );
		expect( result.current.messages.map( ( item ) => item.id ) ).toEqual( [
			'm2',
		] );
		expect( report ).toHaveBeenCalledWith( 'messages_load_error', {
			code: 'internal',
			status: 500,
		} );

		act( () => result.current.loadOlder() );
		await waitFor( () => expect( result.current.hasOlder ).toBe( false ) );
		expect( result.current.olderLoadError ).toBeNull();
		expect( result.current.messages.map( ( item ) => item.id ) ).toEqual( [
			'm1',
			'm2',
		] );
	} );

	it( 'does not ask for the history of a conversation it just started', () => {
		const fetchMock = fakeFetch();
		setup( fetchMock, { isNew: true } );
		expect( fetchMock ).not.toHaveBeenCalled();
	} );

	it( 'shows a history failure and reloads on retry', async () => {
		const report = jest.fn();
		const fetchMock = fakeFetch(
			errorResponse( 500, 'internal' ),
			jsonResponse( 200, {
				messages: [ message( 'm1', 'assistant', 'Hello' ) ],
			} )
		);
		const { result } = setup( fetchMock, { report } );

		await waitFor( () => expect( result.current.error ).not.toBeNull() );
		expect( report ).toHaveBeenCalledWith( 'messages_load_error', {
			code: 'internal',
			status: 500,
		} );

		act( () => result.current.retry() );
		await waitFor( () =>
			expect( result.current.messages ).toHaveLength( 1 )
		);
		expect( result.current.error ).toBeNull();
	} );

	it( 'hands a 404 on resume to onSessionRejected instead of showing an error', async () => {
		const onSessionRejected = jest.fn();
		const { result } = setup(
			fakeFetch( errorResponse( 404, 'not_found' ) ),
			{ onSessionRejected }
		);

		await waitFor( () =>
			expect( onSessionRejected ).toHaveBeenCalledTimes( 1 )
		);
		expect( result.current.error ).toBeNull();
	} );

	it( 'shows the shopper message at once, then the reply', async () => {
		let answer!: ( response: Response ) => void;
		const fetchMock: FakeFetch = jest.fn<
			Promise< Response >,
			[ string, RequestInit? ]
		>(
			() => new Promise< Response >( ( resolve ) => ( answer = resolve ) )
		);
		const { result } = setup( fetchMock, { isNew: true } );

		act( () => result.current.send( '  Do you have it in blue?  ' ) );

		expect( result.current.messages ).toMatchObject( [
			{
				role: 'shopper',
				text: 'Do you have it in blue?',
				status: 'sending',
			},
		] );
		expect( result.current.awaitingReply ).toBe( true );
		const body = sentBody( fetchMock, 0 );
		expect( body ).toEqual( {
			text: 'Do you have it in blue?',
			clientMessageId: expect.stringMatching( /^.{8,64}$/ ),
			pageContext: page,
		} );

		await act( async () =>
			answer(
				jsonResponse( 201, {
					message: message(
						'm1',
						'shopper',
						'Do you have it in blue?'
					),
					reply: {
						...message( 'm2', 'assistant', 'Yes.' ),
						sources: [
							{
								title: 'Blue mug',
								url: 'https://shop.example/blue',
							},
						],
					},
				} )
			)
		);

		expect( result.current.messages ).toMatchObject( [
			{ id: 'm1', status: 'sent', clientMessageId: body.clientMessageId },
			{
				id: 'm2',
				role: 'assistant',
				text: 'Yes.',
				status: 'sent',
				sources: [ { title: 'Blue mug' } ],
			},
		] );
		expect( result.current.awaitingReply ).toBe( false );
		expect( result.current.repliesReceived ).toBe( 1 );
	} );

	it( 'keeps a failed message with its id, and a retry does not duplicate it', async () => {
		const report = jest.fn();
		const pair = {
			message: message( 'm1', 'shopper', 'Where is order 1042?' ),
			reply: message( 'm2', 'assistant', 'It shipped yesterday.' ),
		};
		const fetchMock = fakeFetch(
			new TypeError( 'Failed to fetch' ),
			jsonResponse( 201, pair ),
			// A second retry (say, a late double click) gets the same pair: idempotent server.
			jsonResponse( 201, pair )
		);
		const { result } = setup( fetchMock, { isNew: true, report } );

		act( () => result.current.send( 'Where is order 1042?' ) );
		await waitFor( () =>
			expect( result.current.messages[ 0 ]?.status ).toBe( 'failed' )
		);
		expect( result.current.messages ).toHaveLength( 1 );
		expect( result.current.awaitingReply ).toBe( false );
		const clientMessageId = result.current.messages[ 0 ]!.clientMessageId!;

		act( () => result.current.retrySend( clientMessageId ) );
		await waitFor( () =>
			expect( result.current.messages ).toHaveLength( 2 )
		);

		expect( sentBody( fetchMock, 1 ).clientMessageId ).toBe(
			clientMessageId
		);
		expect(
			result.current.messages.map( ( item ) => [ item.id, item.status ] )
		).toEqual( [
			[ 'm1', 'sent' ],
			[ 'm2', 'sent' ],
		] );
		// A sent message is not retried again.
		act( () => result.current.retrySend( clientMessageId ) );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
		expect( report ).toHaveBeenCalledWith(
			'message_sent',
			expect.objectContaining( { ok: false, retry: false } )
		);
		expect( report ).toHaveBeenCalledWith( 'message_sent', {
			ok: true,
			retry: true,
		} );
	} );

	it( 'sends a double-clicked retry once', async () => {
		const pair = {
			message: message( 'm1', 'shopper', 'Hi' ),
			reply: message( 'm2', 'assistant', 'Hello' ),
		};
		const fetchMock = fakeFetch(
			errorResponse( 503, 'unavailable' ),
			jsonResponse( 201, pair )
		);
		const { result } = setup( fetchMock, { isNew: true } );

		act( () => result.current.send( 'Hi' ) );
		await waitFor( () =>
			expect( result.current.messages[ 0 ]?.status ).toBe( 'failed' )
		);
		const clientMessageId = result.current.messages[ 0 ]!.clientMessageId!;
		act( () => {
			result.current.retrySend( clientMessageId );
			result.current.retrySend( clientMessageId );
		} );
		await waitFor( () =>
			expect( result.current.messages ).toHaveLength( 2 )
		);
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
	} );

	it( 'keeps the message and asks for a new session when the conversation is gone', async () => {
		const onSessionRejected = jest.fn();
		const { result } = setup(
			fakeFetch( errorResponse( 404, 'not_found' ) ),
			{
				isNew: true,
				onSessionRejected,
			}
		);

		act( () => result.current.send( 'Hello?' ) );

		await waitFor( () =>
			expect( result.current.messages[ 0 ]?.status ).toBe( 'failed' )
		);
		expect( onSessionRejected ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'ignores empty messages', () => {
		const fetchMock = fakeFetch();
		const { result } = setup( fetchMock, { isNew: true } );
		act( () => result.current.send( '   ' ) );
		expect( result.current.messages ).toEqual( [] );
		expect( fetchMock ).not.toHaveBeenCalled();
	} );
} );

/** A streamed answer as the sidecar sends it (text/event-stream). */
function eventStream( events: Array< [ string, unknown ] > ): Response {
	const text = events
		.map(
			( [ event, data ] ) =>
				`event: ${ event }\ndata: ${ JSON.stringify( data ) }\n\n`
		)
		.join( '' );
	return {
		ok: true,
		status: 200,
		body: null,
		text: async () => text,
		json: async () => null,
	} as unknown as Response;
}

describe( 'useMessageState streaming and offline', () => {
	beforeEach( () => {
		jest.spyOn( console, 'error' ).mockImplementation( () => {} );
	} );
	afterEach( () => jest.restoreAllMocks() );

	it( 'streams the reply through the SSE route, ignores unknown chunk kinds and reports the types', async () => {
		const report = jest.fn();
		const fetchMock = fakeFetch(
			eventStream( [
				[ 'chunk', { type: 'text', delta: 'Blue ' } ],
				[ 'chunk', { type: 'products', items: [ { id: 1 } ] } ],
				[ 'chunk', { type: 'text', delta: 'mugs.' } ],
				[ 'message', message( 'm1', 'shopper', 'Blue?' ) ],
				[ 'done', message( 'm2', 'assistant', 'Blue mugs.' ) ],
			] )
		);
		const { result } = setup( fetchMock, {
			isNew: true,
			streaming: true,
			report,
		} );
		act( () => result.current.send( 'Blue?' ) );
		await waitFor( () =>
			expect( result.current.repliesReceived ).toBe( 1 )
		);
		expect( fetchMock.mock.calls[ 0 ]![ 0 ] ).toBe(
			'/api/widget/conversations/c1/messages/stream'
		);
		expect( result.current.messages.map( ( item ) => item.text ) ).toEqual(
			[ 'Blue?', 'Blue mugs.' ]
		);
		expect( result.current.lastReply?.id ).toBe( 'm2' );
		expect( result.current.streamingReplies ).toEqual( {} );
		expect( report ).toHaveBeenCalledWith( 'message_received', {
			types: 'products,text',
		} );
	} );

	it( 'turns a stream error event into a failed message', async () => {
		const fetchMock = fakeFetch(
			eventStream( [
				[ 'chunk', { type: 'text', delta: 'Hal' } ],
				[ 'error', { code: 'internal', message: 'boom' } ],
			] )
		);
		const { result } = setup( fetchMock, { isNew: true, streaming: true } );
		act( () => result.current.send( 'Hi' ) );
		await waitFor( () =>
			expect( result.current.messages[ 0 ]?.status ).toBe( 'failed' )
		);
		expect( result.current.streamingReplies ).toEqual( {} );
	} );

	it( 'queues a message sent offline and delivers it once when the connection returns', async () => {
		const onLine = jest.spyOn( navigator, 'onLine', 'get' );
		onLine.mockReturnValue( false );
		const fetchMock = fakeFetch(
			jsonResponse( 201, {
				message: message( 'm1', 'shopper', 'Still there?' ),
				reply: message( 'm2', 'assistant', 'Yes!' ),
			} )
		);
		const { result } = setup( fetchMock, { isNew: true } );
		act( () => result.current.send( 'Still there?' ) );
		expect( result.current.messages[ 0 ]?.status ).toBe( 'queued' );
		expect( fetchMock ).not.toHaveBeenCalled();

		onLine.mockReturnValue( true );
		act( () => {
			window.dispatchEvent( new Event( 'online' ) );
			window.dispatchEvent( new Event( 'online' ) );
		} );
		await waitFor( () =>
			expect( result.current.repliesReceived ).toBe( 1 )
		);
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		expect( result.current.messages.map( ( item ) => item.id ) ).toEqual( [
			'm1',
			'm2',
		] );
	} );

	it( 'queues a message whose request fails because the browser went offline', async () => {
		const onLine = jest.spyOn( navigator, 'onLine', 'get' );
		onLine.mockReturnValue( true );
		const fetchMock: FakeFetch = jest.fn<
			Promise< Response >,
			[ string, RequestInit? ]
		>( async () => {
			onLine.mockReturnValue( false );
			throw new TypeError( 'Failed to fetch' );
		} );
		const { result } = setup( fetchMock, { isNew: true } );
		act( () => result.current.send( 'Hello' ) );
		await waitFor( () =>
			expect( result.current.messages[ 0 ]?.status ).toBe( 'queued' )
		);
	} );

	it( 'reports the outcome of retried history loads and clears messages when the session goes', async () => {
		const report = jest.fn();
		const fetchMock = fakeFetch(
			errorResponse( 500, 'internal' ),
			errorResponse( 500, 'internal' ),
			jsonResponse( 200, {
				messages: [ message( 'm1', 'shopper', 'Hi' ) ],
			} )
		);
		const { result, rerender } = setup( fetchMock, { report } );
		await waitFor( () =>
			expect( result.current.messagesLoadError ).not.toBeNull()
		);
		act( () => result.current.retryLoadMessages() );
		expect( result.current.isRetrying ).toBe( true );
		await waitFor( () =>
			expect( report ).toHaveBeenCalledWith( 'retry', {
				kind: 'messages',
				ok: false,
			} )
		);
		act( () => result.current.retryLoadMessages() );
		await waitFor( () =>
			expect( report ).toHaveBeenCalledWith( 'retry', {
				kind: 'messages',
				ok: true,
			} )
		);
		expect( result.current.messages ).toHaveLength( 1 );
		rerender();
	} );
} );
