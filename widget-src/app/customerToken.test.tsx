/**
 * @jest-environment jsdom
 *
 * The signed-in customer token crosses the bridge in `init` (a string of bounded length
 * only) and is sent with every message; visitors send none.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { createEnvelope, parseParentToFrame } from '../protocol';
import type { Message } from './api';
import {
	fakeFetch,
	jsonResponse,
	sentBody,
	testWidgetApi,
} from '../test-utils';
import { useMessageState } from './hooks/useMessageState';
import { useParentCommunication } from './hooks/useParentCommunication';

const SHOP = 'https://shop.example';
const page = { url: `${ SHOP }/orders`, title: 'Orders', referrer: '' };
const TOKEN = 'eyJ2IjoxfQ.' + 'a'.repeat( 64 );

const reply = ( id: string, role: Message[ 'role' ], text: string ) => ( {
	id,
	role,
	text,
	createdAt: '2026-01-01T00:00:00.000Z',
	sources: [],
} );

describe( 'customer token', () => {
	it( 'is accepted in init as a bounded string, and refused in any other shape', () => {
		const good = createEnvelope( 'init', {
			pageContext: page,
			locale: 'en',
			customerToken: TOKEN,
		} );
		expect( parseParentToFrame( good ) ).toEqual( good );
		for ( const customerToken of [
			42,
			{ token: TOKEN },
			'x'.repeat( 1501 ),
		] ) {
			expect(
				parseParentToFrame(
					createEnvelope( 'init', {
						pageContext: page,
						locale: 'en',
						customerToken,
					} as never )
				)
			).toBeNull();
		}
	} );

	it( 'is kept from init by the bridge hook', () => {
		const frame = document.createElement( 'iframe' );
		document.body.appendChild( frame );
		const host = frame.contentWindow!;
		jest.spyOn( host, 'postMessage' ).mockImplementation( () => {} );
		const { result } = renderHook( () =>
			useParentCommunication( { allowedOrigins: [ SHOP ], parent: host } )
		);
		expect( result.current.customerToken ).toBeNull();
		act( () => {
			window.dispatchEvent(
				new MessageEvent( 'message', {
					data: createEnvelope( 'init', {
						pageContext: page,
						locale: 'en',
						customerToken: TOKEN,
					} ),
					origin: SHOP,
					source: host,
				} )
			);
		} );
		expect( result.current.customerToken ).toBe( TOKEN );
	} );

	it( 'is sent with a message, and left out for visitors', async () => {
		const pair = {
			message: reply( 'm1', 'shopper', 'Where is my order 5001?' ),
			reply: reply( 'm2', 'assistant', 'Order #5001 is completed.' ),
		};
		const fetchMock = fakeFetch(
			jsonResponse( 201, pair ),
			jsonResponse( 201, pair )
		);
		const api = testWidgetApi( fetchMock );
		const session = { conversationId: 'c1', token: 'ct_1' };
		const signedIn = renderHook( () =>
			useMessageState( {
				api,
				session,
				isNew: true,
				pageContext: page,
				customerToken: TOKEN,
			} )
		);
		act( () => signedIn.result.current.send( 'Where is my order 5001?' ) );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 1 ) );
		expect( sentBody( fetchMock, 0 ).customerToken ).toBe( TOKEN );

		const visitor = renderHook( () =>
			useMessageState( {
				api,
				session,
				isNew: true,
				pageContext: page,
				customerToken: null,
			} )
		);
		act( () => visitor.result.current.send( 'Where is my order 5001?' ) );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 2 ) );
		expect( sentBody( fetchMock, 1 ) ).not.toHaveProperty(
			'customerToken'
		);
	} );
} );
