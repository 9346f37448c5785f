/** @jest-environment jsdom */
import { act, waitFor } from '@testing-library/react';
import type { ApiError } from '../api';
import {
	deferred,
	errorResponse,
	fakeFetch,
	jsonResponse,
	renderWithApi,
} from '../test/http';
import { useOrganizations } from './useOrganizations';

const acme = {
	id: 'o1',
	name: 'Acme',
	createdAt: '2026-01-01T00:00:00.000Z',
	siteCount: 2,
};
const globex = {
	id: 'o2',
	name: 'Globex',
	createdAt: '2026-01-02T00:00:00.000Z',
	siteCount: 0,
};

describe( 'useOrganizations', () => {
	it( 'loads the organizations', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/owner/organizations': () =>
				jsonResponse( { organizations: [ acme ] } ),
		} );
		const { result } = renderWithApi( () => useOrganizations(), fetchMock );

		expect( result.current.loading ).toBe( true );
		expect( result.current.data ).toBeUndefined();

		await waitFor( () => expect( result.current.loading ).toBe( false ) );
		expect( result.current.data ).toEqual( [ acme ] );
		expect( result.current.error ).toBeUndefined();
	} );

	it( 'exposes a failure as an ApiError', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/owner/organizations': () =>
				errorResponse( 403, 'forbidden', 'Platform staff only.' ),
		} );
		const { result } = renderWithApi( () => useOrganizations(), fetchMock );

		await waitFor( () => expect( result.current.loading ).toBe( false ) );
		expect( result.current.data ).toBeUndefined();
		expect( result.current.error ).toMatchObject< Partial< ApiError > >( {
			status: 403,
			code: 'forbidden',
			message: 'Platform staff only.',
		} );
	} );

	it( 'loads again on retry, with a stable retry function', async () => {
		let calls = 0;
		const fetchMock = fakeFetch( {
			'GET /api/owner/organizations': () => {
				calls += 1;
				return calls === 1
					? errorResponse( 500, 'internal', 'Database unavailable.' )
					: jsonResponse( { organizations: [ acme, globex ] } );
			},
		} );
		const { result } = renderWithApi( () => useOrganizations(), fetchMock );
		await waitFor( () => expect( result.current.error ).toBeDefined() );
		const firstRetry = result.current.retry;

		act( () => result.current.retry() );

		expect( result.current.loading ).toBe( true );
		expect( result.current.error ).toBeUndefined();
		await waitFor( () => expect( result.current.loading ).toBe( false ) );
		expect( result.current.data ).toEqual( [ acme, globex ] );
		expect( result.current.retry ).toBe( firstRetry );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
	} );

	it( 'ignores an answer that arrives after a newer request', async () => {
		const slow = deferred< Response >();
		let calls = 0;
		const fetchMock = fakeFetch( {
			'GET /api/owner/organizations': () => {
				calls += 1;
				return calls === 1
					? slow.promise
					: jsonResponse( { organizations: [ globex ] } );
			},
		} );
		const { result } = renderWithApi( () => useOrganizations(), fetchMock );

		act( () => result.current.retry() );
		await waitFor( () =>
			expect( result.current.data ).toEqual( [ globex ] )
		);
		const [ firstCall ] = fetchMock.mock.calls;
		expect( firstCall?.[ 1 ]?.signal?.aborted ).toBe( true );

		await act( async () => {
			slow.resolve( jsonResponse( { organizations: [ acme ] } ) );
			await slow.promise;
		} );
		expect( result.current.data ).toEqual( [ globex ] );
	} );

	it( 'aborts and ignores the request when unmounted', async () => {
		const slow = deferred< Response >();
		const fetchMock = fakeFetch( {
			'GET /api/owner/organizations': () => slow.promise,
		} );
		const consoleError = jest.spyOn( console, 'error' );
		const { result, unmount } = renderWithApi(
			() => useOrganizations(),
			fetchMock
		);
		await waitFor( () => expect( fetchMock ).toHaveBeenCalled() );

		unmount();
		await act( async () => {
			slow.resolve( jsonResponse( { organizations: [ acme ] } ) );
			await slow.promise;
		} );

		expect( fetchMock.mock.calls[ 0 ]?.[ 1 ]?.signal?.aborted ).toBe(
			true
		);
		expect( result.current.data ).toBeUndefined();
		expect( consoleError ).not.toHaveBeenCalled();
		consoleError.mockRestore();
	} );
} );
