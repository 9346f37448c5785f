/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import {
	apiWrapper,
	errorResponse,
	fakeFetch,
	jsonResponse,
	requestsOf,
} from '../test/http';
import { ownerSession } from '../test/renderApp';
import { useSession } from './useSession';

describe( 'useSession', () => {
	it( 'treats a 401 from /api/auth/me as "signed out", not as an error', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () =>
				errorResponse( 401, 'unauthorized', 'Sign in.' ),
		} );
		const { result } = renderHook( () => useSession(), {
			wrapper: apiWrapper( fetchMock ).wrapper,
		} );

		await waitFor( () => expect( result.current.loading ).toBe( false ) );
		expect( result.current.data ).toBeNull();
		expect( result.current.error ).toBeUndefined();
	} );

	it( 'reports other failures as errors', async () => {
		const { result } = renderHook( () => useSession(), {
			wrapper: apiWrapper(
				jest.fn().mockRejectedValue( new TypeError( 'offline' ) )
			).wrapper,
		} );

		await waitFor( () => expect( result.current.loading ).toBe( false ) );
		expect( result.current.data ).toBeUndefined();
		expect( result.current.error?.code ).toBe( 'network_error' );
	} );

	it( 'forgets the session when a later request finds it ended', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( ownerSession ),
			'GET /api/owner/organizations': () =>
				errorResponse( 401, 'unauthorized', 'Session expired.' ),
		} );
		const { client, wrapper } = apiWrapper( fetchMock );
		const { result } = renderHook( () => useSession(), { wrapper } );
		await waitFor( () =>
			expect( result.current.data?.user.email ).toBe(
				'owner@example.com'
			)
		);

		await act( async () => {
			await client.listOrganizations().catch( () => undefined );
		} );

		expect( result.current.data ).toBeNull();
	} );

	it( 'adopts a session from login with its CSRF token, and forgets it', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () =>
				errorResponse( 401, 'unauthorized', 'Sign in.' ),
			'POST /api/owner/organizations': () =>
				jsonResponse(
					{
						organization: {
							id: 'o1',
							name: 'A',
							createdAt: '2026-01-01T00:00:00.000Z',
						},
					},
					201
				),
		} );
		const { client, wrapper } = apiWrapper( fetchMock );
		const { result } = renderHook( () => useSession(), { wrapper } );
		await waitFor( () => expect( result.current.data ).toBeNull() );
		const { signedIn, signedOut } = result.current;

		act( () => result.current.signedIn( ownerSession ) );
		expect( result.current.data ).toEqual( ownerSession );
		await client.createOrganization( 'A' );
		act( () => result.current.signedOut() );
		await client.createOrganization( 'B' );

		expect( result.current.data ).toBeNull();
		expect( result.current.signedIn ).toBe( signedIn );
		expect( result.current.signedOut ).toBe( signedOut );
		const posts = requestsOf( fetchMock ).filter(
			( r ) => r.method === 'POST'
		);
		expect( posts[ 0 ]?.init.headers ).toMatchObject( {
			'X-CSRF-Token': 'csrf-owner',
		} );
		expect( posts[ 1 ]?.init.headers ).not.toHaveProperty( 'X-CSRF-Token' );
	} );
} );
