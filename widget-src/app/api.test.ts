/** @jest-environment jsdom */
import { ApiError } from './api';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	sentBody,
	testWidgetApi,
} from '../test-utils';

const session = { conversationId: 'c 1', token: 'ct_abc' };

describe( 'createWidgetApi', () => {
	it( 'unwraps the error envelope into an ApiError', async () => {
		const fetchMock = fakeFetch(
			errorResponse( 404, 'not_found', 'No such conversation' )
		);
		const api = testWidgetApi( fetchMock );

		const failure = api.listMessages( session );

		await expect( failure ).rejects.toBeInstanceOf( ApiError );
		await expect( failure ).rejects.toMatchObject( {
			status: 404,
			code: 'not_found',
			message: 'No such conversation',
		} );
	} );

	it( 'gives a non-envelope failure and a network failure a code too', async () => {
		const api = testWidgetApi(
			fakeFetch(
				jsonResponse( 502, 'Bad gateway' ),
				new TypeError( 'Failed to fetch' )
			)
		);

		await expect( api.getConfig() ).rejects.toMatchObject( {
			status: 502,
			code: 'http_502',
		} );
		await expect( api.getConfig() ).rejects.toMatchObject( {
			status: 0,
			code: 'network_error',
		} );
	} );

	it( 'lets an abort through untouched, for callers to ignore', async () => {
		const abort = Object.assign( new Error( 'aborted' ), {
			name: 'AbortError',
		} );
		const api = testWidgetApi( fakeFetch( abort ) );

		await expect( api.getConfig() ).rejects.toBe( abort );
	} );

	it( 'sends the conversation token and the message body', async () => {
		const message = {
			id: 'm1',
			role: 'shopper',
			text: 'hi',
			createdAt: 'now',
			sources: [],
		};
		const reply = {
			id: 'm2',
			role: 'assistant',
			text: 'hello',
			createdAt: 'now',
		};
		const fetchMock = fakeFetch( jsonResponse( 201, { message, reply } ) );
		const api = testWidgetApi( fetchMock );

		const result = await api.sendMessage( session, {
			text: 'hi',
			clientMessageId: 'cid-12345',
		} );

		const [ url, init ] = fetchMock.mock.calls[ 0 ]!;
		expect( url ).toBe( '/api/widget/conversations/c%201/messages' );
		expect( init ).toMatchObject( {
			method: 'POST',
			headers: {
				Authorization: 'Bearer ct_abc',
				'Content-Type': 'application/json',
			},
		} );
		expect( sentBody( fetchMock, 0 ) ).toEqual( {
			text: 'hi',
			clientMessageId: 'cid-12345',
		} );
		// A reply without sources still gets an empty list, so the UI can map over it.
		expect( result.reply.sources ).toEqual( [] );
	} );
} );
