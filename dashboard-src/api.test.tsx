/** @jest-environment jsdom */
import { ApiError, createApiClient, fieldErrorsFrom } from './api';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	rawResponse,
	requestsOf,
} from './test/http';
import { verifiedMfa } from './test/renderApp';

const session = {
	user: {
		id: 'u1',
		email: 'owner@example.com',
		name: 'Owner',
		roles: [ 'platform_owner' ],
		permissions: [],
	},
	csrfToken: 'csrf-123',
	mfa: verifiedMfa,
};

describe( 'api client errors', () => {
	it( 'unwraps the error envelope into an ApiError', async () => {
		const details = {
			body: {
				formErrors: [],
				fieldErrors: { name: [ 'Too long.' ] },
			},
		};
		const fetchMock = fakeFetch( {
			'POST /api/owner/organizations': () =>
				errorResponse(
					400,
					'validation_failed',
					'The request body is not valid.',
					details
				),
		} );
		const api = createApiClient( { fetch: fetchMock } );

		const error = await api.createOrganization( 'x'.repeat( 200 ) ).then(
			() => undefined,
			( reason: unknown ) => reason
		);

		expect( error ).toBeInstanceOf( ApiError );
		expect( error ).toMatchObject( {
			status: 400,
			code: 'validation_failed',
			message: 'The request body is not valid.',
			details,
		} );
		expect( ( error as ApiError ).fieldErrors ).toEqual( {
			name: 'Too long.',
		} );
	} );

	it( 'derives code and message when the answer has no envelope', async () => {
		const api = createApiClient( {
			fetch: fakeFetch( {
				'GET /api/owner/organizations': () =>
					rawResponse( 502, '<html>Bad gateway</html>', {
						'Content-Type': 'text/html',
					} ),
			} ),
		} );

		await expect( api.listOrganizations() ).rejects.toMatchObject( {
			status: 502,
			code: 'internal',
			message: 'The server had a problem. Try again in a moment.',
		} );
	} );

	it( 'reports an unreachable server as a network error', async () => {
		const api = createApiClient( {
			fetch: jest
				.fn()
				.mockRejectedValue( new TypeError( 'Failed to fetch' ) ),
		} );

		await expect( api.listOrganizations() ).rejects.toMatchObject( {
			status: 0,
			code: 'network_error',
		} );
	} );

	it( 'passes an abort through untouched', async () => {
		const abort = Object.assign( new Error( 'aborted' ), {
			name: 'AbortError',
		} );
		const api = createApiClient( {
			fetch: jest.fn().mockRejectedValue( abort ),
		} );

		await expect( api.listOrganizations() ).rejects.toBe( abort );
	} );

	it( 'reads Retry-After on 429', async () => {
		const api = createApiClient( {
			fetch: fakeFetch( {
				'POST /api/auth/login': () =>
					errorResponse(
						429,
						'rate_limited',
						'Too many attempts.',
						undefined,
						{
							'Retry-After': '42',
						}
					),
			} ),
		} );

		await expect(
			api.login( { email: 'a@b.c', password: 'x' } )
		).rejects.toMatchObject( { status: 429, retryAfterSeconds: 42 } );
	} );

	it( 'tells listeners about an ended session, but not about a failed login', async () => {
		const api = createApiClient( {
			fetch: fakeFetch( {
				'POST /api/auth/login': () =>
					errorResponse(
						401,
						'unauthorized',
						'Invalid email or password.'
					),
				'GET /api/owner/organizations': () =>
					errorResponse( 401, 'unauthorized', 'Sign in first.' ),
			} ),
		} );
		const listener = jest.fn();
		api.onUnauthorized( listener );

		await expect(
			api.login( { email: 'a@b.c', password: 'wrong' } )
		).rejects.toMatchObject( { status: 401 } );
		expect( listener ).not.toHaveBeenCalled();

		await expect( api.listOrganizations() ).rejects.toMatchObject( {
			status: 401,
		} );
		expect( listener ).toHaveBeenCalledTimes( 1 );
	} );
} );

describe( 'api client requests', () => {
	it( 'sends the CSRF token from login on state-changing requests only', async () => {
		const fetchMock = fakeFetch( {
			'POST /api/auth/login': () => jsonResponse( session ),
			'GET /api/owner/organizations': () =>
				jsonResponse( { organizations: [] } ),
			'POST /api/owner/organizations': () =>
				jsonResponse(
					{
						organization: {
							id: 'o1',
							name: 'Acme',
							createdAt: '2026-01-01T00:00:00.000Z',
						},
					},
					201
				),
		} );
		const api = createApiClient( { fetch: fetchMock } );

		await api.login( { email: 'owner@example.com', password: 'secret' } );
		await api.listOrganizations();
		const organization = await api.createOrganization( 'Acme' );

		expect( organization.name ).toBe( 'Acme' );
		const [ login, list, create ] = requestsOf( fetchMock );
		expect( login?.init.headers ).not.toHaveProperty( 'X-CSRF-Token' );
		expect( list?.init.headers ).not.toHaveProperty( 'X-CSRF-Token' );
		expect( create?.init ).toMatchObject( {
			method: 'POST',
			credentials: 'same-origin',
			body: JSON.stringify( { name: 'Acme' } ),
			headers: {
				'Content-Type': 'application/json',
				'X-CSRF-Token': 'csrf-123',
			},
		} );
	} );

	it( 'takes the CSRF token from /api/auth/me and forgets it on logout', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( session ),
			'POST /api/auth/logout': () => rawResponse( 204 ),
			'POST /api/owner/organizations/o%201/connect-tokens': () =>
				jsonResponse(
					{ token: 'oct_abc', expiresAt: '2026-01-02T00:00:00.000Z' },
					201
				),
		} );
		const api = createApiClient( { fetch: fetchMock } );

		await api.me();
		await expect( api.createConnectToken( 'o 1' ) ).resolves.toEqual( {
			token: 'oct_abc',
			expiresAt: '2026-01-02T00:00:00.000Z',
		} );
		await expect( api.logout() ).resolves.toBeUndefined();
		await api.createConnectToken( 'o 1' );

		const requests = requestsOf( fetchMock );
		expect( requests[ 1 ]?.init.headers ).toMatchObject( {
			'X-CSRF-Token': 'csrf-123',
		} );
		expect( requests[ 2 ]?.init.headers ).toMatchObject( {
			'X-CSRF-Token': 'csrf-123',
		} );
		expect( requests[ 3 ]?.init.headers ).not.toHaveProperty(
			'X-CSRF-Token'
		);
	} );
} );

describe( 'fieldErrorsFrom', () => {
	it.each( [
		[
			'zod issues',
			[ { path: [ 'email' ], message: 'Invalid email.' } ],
			{ email: 'Invalid email.' },
		],
		[
			'a flattened error',
			{ fieldErrors: { password: [ 'Too short.', 'Weak.' ] } },
			{ password: 'Too short.' },
		],
		[
			'a flattened error per request part',
			{
				body: {
					formErrors: [],
					fieldErrors: { name: [ 'Required.' ] },
				},
			},
			{ name: 'Required.' },
		],
		[
			'a plain map',
			{ fields: { name: 'Required.' } },
			{ name: 'Required.' },
		],
		[ 'nothing useful', 'oops', {} ],
	] )( 'reads %s', ( _shape, details, expected ) => {
		expect( fieldErrorsFrom( details ) ).toEqual( expected );
	} );
} );
