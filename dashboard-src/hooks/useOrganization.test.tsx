/** @jest-environment jsdom */
import { act, waitFor } from '@testing-library/react';
import type { OrganizationDetail } from '../types';
import {
	deferred,
	errorResponse,
	fakeFetch,
	jsonResponse,
	renderWithApi,
} from '../test/http';
import { useOrganization } from './useOrganization';

const detail = ( id: string, name: string ): OrganizationDetail => ( {
	organization: { id, name, createdAt: '2026-01-01T00:00:00.000Z' },
	sites: [],
	connectTokens: [],
} );

describe( 'useOrganization', () => {
	it( 'never shows one organization under another id', async () => {
		const slowFirst = deferred< Response >();
		const fetchMock = fakeFetch( {
			'GET /api/owner/organizations/o1': () => slowFirst.promise,
			'GET /api/owner/organizations/o2': () =>
				jsonResponse( detail( 'o2', 'Globex' ) ),
		} );
		const { result, rerender } = renderWithApi(
			( { id }: { id: string } ) => useOrganization( id ),
			fetchMock,
			{ id: 'o1' }
		);

		rerender( { id: 'o2' } );
		expect( result.current.data ).toBeUndefined();
		expect( result.current.loading ).toBe( true );
		await waitFor( () =>
			expect( result.current.data?.organization.name ).toBe( 'Globex' )
		);

		await act( async () => {
			slowFirst.resolve( jsonResponse( detail( 'o1', 'Acme' ) ) );
			await slowFirst.promise;
		} );
		expect( result.current.data?.organization.name ).toBe( 'Globex' );
	} );

	it( 'keeps the loaded data while reloading and reports a failed reload', async () => {
		let calls = 0;
		const fetchMock = fakeFetch( {
			'GET /api/owner/organizations/o1': () => {
				calls += 1;
				return calls === 1
					? jsonResponse( detail( 'o1', 'Acme' ) )
					: errorResponse( 503, 'unavailable', 'Try later.' );
			},
		} );
		const { result } = renderWithApi(
			() => useOrganization( 'o1' ),
			fetchMock
		);
		await waitFor( () => expect( result.current.data ).toBeDefined() );

		act( () => result.current.retry() );
		expect( result.current.loading ).toBe( true );
		expect( result.current.data?.organization.name ).toBe( 'Acme' );

		await waitFor( () => expect( result.current.loading ).toBe( false ) );
		expect( result.current.error?.message ).toBe( 'Try later.' );
		expect( result.current.data?.organization.name ).toBe( 'Acme' );
	} );
} );
