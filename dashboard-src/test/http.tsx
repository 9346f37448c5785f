/**
 * Test helpers: real WHATWG `Response` objects for a faked `fetch`, and rendering with
 * an API client built on that fake.
 *
 * jest-environment-jsdom does not expose Node's fetch classes, so they are taken from
 * Node's own realm. They are the real implementation (undici), not a stand-in.
 */
import { renderHook } from '@testing-library/react';
import { runInThisContext } from 'node:vm';
import type { ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../api';
import { ApiProvider } from '../hooks/useApi';

const nodeGlobals = runInThisContext( 'globalThis' ) as typeof globalThis;
const ResponseClass: typeof Response =
	globalThis.Response ?? nodeGlobals.Response;

/**
 * A JSON response.
 *
 * @param body    Serialised as JSON.
 * @param status  HTTP status.
 * @param headers Extra headers.
 */
export function jsonResponse(
	body: unknown,
	status = 200,
	headers: Record< string, string > = {}
): Response {
	return new ResponseClass( JSON.stringify( body ), {
		status,
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			...headers,
		},
	} );
}

/**
 * An error response in the sidecar's envelope.
 *
 * @param status  HTTP status.
 * @param code    Error code.
 * @param message Human message.
 * @param details Optional details.
 * @param headers Extra headers.
 */
export function errorResponse(
	status: number,
	code: string,
	message: string,
	details?: unknown,
	headers: Record< string, string > = {}
): Response {
	return jsonResponse(
		{ error: { code, message, details } },
		status,
		headers
	);
}

/**
 * A response without a JSON body (204, a proxy's HTML page, …).
 *
 * @param status  HTTP status.
 * @param body    Body text.
 * @param headers Headers.
 */
export function rawResponse(
	status: number,
	body: string | null = null,
	headers: Record< string, string > = {}
): Response {
	return new ResponseClass( body, { status, headers } );
}

export interface RecordedRequest {
	method: string;
	path: string;
	headers: Record< string, string >;
	body: unknown;
	signal: AbortSignal | undefined;
	credentials: RequestCredentials | undefined;
}

/** Answers one request; may be async to control timing. */
export type Handler = (
	request: RecordedRequest
) => Response | Promise< Response >;

/**
 * A `jest.fn` fetch that routes `"METHOD /path"` (query string ignored) to handlers and
 * answers 404 for anything else.
 *
 * @param routes Handlers by `"METHOD /path"`.
 */
export function fakeFetch( routes: Record< string, Handler > ) {
	return jest.fn(
		async ( input: RequestInfo | URL, init: RequestInit = {} ) => {
			const url = new URL( String( input ), 'http://dashboard.test' );
			const request: RecordedRequest = {
				method: ( init.method ?? 'GET' ).toUpperCase(),
				path: url.pathname,
				headers: { ...( init.headers as Record< string, string > ) },
				body:
					typeof init.body === 'string'
						? ( JSON.parse( init.body ) as unknown )
						: undefined,
				signal: init.signal ?? undefined,
				credentials: init.credentials,
			};
			const handler = routes[ `${ request.method } ${ request.path }` ];
			return handler
				? handler( request )
				: errorResponse( 404, 'not_found', 'No such route.' );
		}
	);
}

/**
 * The requests a fake fetch received, decoded.
 *
 * @param fetchMock A mock from `fakeFetch`.
 */
export function requestsOf(
	fetchMock: ReturnType< typeof fakeFetch >
): Array< { method: string; path: string; init: RequestInit } > {
	return fetchMock.mock.calls.map( ( [ input, init = {} ] ) => ( {
		method: ( init.method ?? 'GET' ).toUpperCase(),
		path: new URL( String( input ), 'http://dashboard.test' ).pathname,
		init,
	} ) );
}

/**
 * A promise plus its resolve function, to answer a request at a chosen moment.
 */
export function deferred< T >() {
	let resolve!: ( value: T ) => void;
	const promise = new Promise< T >( ( done ) => {
		resolve = done;
	} );
	return { promise, resolve };
}

/**
 * An API client on `fetchMock` and a wrapper that provides it.
 *
 * @param fetchMock The fake fetch.
 */
export function apiWrapper( fetchMock: typeof fetch ): {
	client: ApiClient;
	wrapper: ( props: { children: ReactNode } ) => JSX.Element;
} {
	const client = createApiClient( { fetch: fetchMock } );
	const wrapper = ( { children }: { children: ReactNode } ) => (
		<ApiProvider client={ client }>{ children }</ApiProvider>
	);
	return { client, wrapper };
}

/**
 * Renders a hook inside an ApiProvider whose client fetches through `fetchMock`: how a
 * hook that loads from the sidecar is tested.
 *
 * @param hook         The hook, called with the current props.
 * @param fetchMock    The fake fetch (fakeFetch) the client uses.
 * @param initialProps The hook's first props, where it takes any.
 */
export function renderWithApi< Result, Props >(
	hook: ( props: Props ) => Result,
	fetchMock: typeof fetch,
	initialProps?: Props
) {
	return renderHook( hook, {
		wrapper: apiWrapper( fetchMock ).wrapper,
		initialProps,
	} );
}
