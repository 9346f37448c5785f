/**
 * Helpers for the widget's jsdom tests (not shipped: no entry imports this file).
 */
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { App } from './app/App';
import { createWidgetApi, type FetchLike } from './app/api';

/**
 * A JSON response. jsdom has no `Response`, so outside a browser-like global this
 * returns the few members the API client reads.
 *
 * @param status HTTP status.
 * @param body   Parsed JSON body.
 * @return A Response (or a stand-in with ok, status and json()).
 */
export function jsonResponse( status: number, body: unknown ): Response {
	if ( typeof Response === 'function' ) {
		return new Response( JSON.stringify( body ), {
			status,
			headers: { 'Content-Type': 'application/json' },
		} );
	}
	return {
		ok: status >= 200 && status < 300,
		status,
		json: async () => body,
	} as unknown as Response;
}

// The sidecar's error envelope.
export const errorResponse = ( status: number, code: string, message = code ) =>
	jsonResponse( status, { error: { code, message } } );

/** A `fetch` double: each call answers with the next queued response (or error). */
export type FakeFetch = jest.Mock<
	Promise< Response >,
	[ string, RequestInit? ]
>;

/**
 * The site config the server gives the widget of the tests' frame (site pk_1).
 *
 * @param overrides Fields that differ (greeting, language, colour).
 * @return The config as GET /config answers it.
 */
export const testConfig = ( overrides: Record< string, unknown > = {} ) => ( {
	siteKey: 'pk_1',
	brandName: 'Acme Help',
	welcomeMessage: '',
	primaryColor: '#ffcc00',
	position: 'right',
	locale: 'en',
	allowedOrigins: [ 'https://shop.example' ],
	...overrides,
} );

/**
 * A fetch double for a chat that opens: it answers the site config, then a new conversation
 * (c1, token ct_1); a test chains the answers after those onto it.
 *
 * @param config The site config (`testConfig`).
 * @return The jest mock.
 */
export const openingChat = ( config: object ): FakeFetch =>
	jest
		.fn< Promise< Response >, [ string, RequestInit? ] >()
		.mockResolvedValueOnce( jsonResponse( 200, config ) )
		.mockResolvedValueOnce(
			jsonResponse( 201, { conversationId: 'c1', token: 'ct_1' } )
		);

/**
 * A real (jsdom) window to stand in for the host page, its postMessage spied on (and
 * swallowed).
 *
 * @return The window and the spy.
 */
export function fakeHostWindow() {
	const frame = document.createElement( 'iframe' );
	document.body.appendChild( frame );
	const win = frame.contentWindow!;
	const postMessage = jest
		.spyOn( win, 'postMessage' )
		.mockImplementation( () => {} );
	return { win, postMessage };
}

/**
 * The widget's API client as the tests' frame configures it (site pk_1), on a fetch double.
 *
 * @param fetch The fetch double.
 * @return The client.
 */
export const testWidgetApi = ( fetch: FetchLike ) =>
	createWidgetApi( { apiBase: '/api/widget', siteKey: 'pk_1', fetch } );

/**
 * Creates a fetch double that answers in order.
 *
 * @param answers Responses, or Errors to reject with (a network failure).
 * @return The jest mock; its `mock.calls` hold URL and init of each request.
 */
export function fakeFetch( ...answers: Array< Response | Error > ): FakeFetch {
	const queue = [ ...answers ];
	const fetchMock: FakeFetch = jest.fn<
		Promise< Response >,
		[ string, RequestInit? ]
	>( async () => {
		const next = queue.shift();
		if ( ! next ) {
			throw new Error( 'fakeFetch: no answer queued' );
		}
		if ( next instanceof Error ) {
			throw next;
		}
		return next;
	} );
	return fetchMock;
}

/**
 * The JSON body a fetch double received.
 *
 * @param fetchMock The double.
 * @param index     Which call.
 * @return The parsed body.
 */
export function sentBody(
	fetchMock: FakeFetch,
	index: number
): Record< string, unknown > {
	return JSON.parse(
		String( fetchMock.mock.calls[ index ]?.[ 1 ]?.body ?? 'null' )
	);
}

/**
 * Fake timers and a `navigator.sendBeacon` double that accepts every beacon, for one test
 * (call it in `beforeEach`; `jest.useRealTimers()` in `afterEach` undoes the timers).
 *
 * @return The beacon double, to read what was sent.
 */
export function fakeBeacons(): jest.Mock {
	jest.useFakeTimers();
	const beacon = jest.fn( () => true );
	Object.defineProperty( navigator, 'sendBeacon', {
		value: beacon,
		configurable: true,
	} );
	return beacon;
}

/**
 * Renders the whole widget frame (<App>) for site pk_1 on https://shop.example, its API on
 * `fetchMock`.
 *
 * @param fetchMock The fetch double the widget's API calls.
 * @param locale    The frame's locale ('en' unless given).
 * @return What `render` returns.
 */
export function renderWidgetApp( fetchMock: FakeFetch, locale = 'en' ) {
	const api = testWidgetApi( fetchMock );
	return render(
		createElement( App, {
			frameConfig: {
				siteKey: 'pk_1',
				apiBase: '/api/widget',
				allowedOrigins: [ 'https://shop.example' ],
				locale,
				consentRequired: false,
			},
			api,
		} )
	);
}
