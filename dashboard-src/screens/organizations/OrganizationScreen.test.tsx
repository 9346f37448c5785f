/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	requestsOf,
} from '../../test/http';
import { ownerSession, renderApp } from '../../test/renderApp';
import type { ConnectTokenRecord } from '../../types';
import { CONNECT_TOKEN_INSTRUCTIONS } from './NewConnectToken';

const detail = ( tokens: ConnectTokenRecord[] ) => ( {
	organization: {
		id: 'o1',
		name: 'Acme Outdoor',
		createdAt: '2026-01-01T00:00:00.000Z',
	},
	sites: [
		{
			id: 's1',
			organizationId: 'o1',
			name: 'Acme Shop',
			url: 'https://shop.acme.test',
			publicKey: 'pk_acme123',
			allowedOrigins: [ 'https://shop.acme.test' ],
			createdAt: '2026-01-03T10:00:00.000Z',
			disconnectedAt: null,
		},
	],
	connectTokens: tokens,
} );

const usedToken: ConnectTokenRecord = {
	id: 't1',
	createdAt: '2026-01-02T00:00:00.000Z',
	expiresAt: '2026-01-03T00:00:00.000Z',
	usedAt: '2026-01-02T08:00:00.000Z',
};

describe( 'OrganizationScreen', () => {
	it( 'lists sites and shows a new connect token once', async () => {
		let tokens: ConnectTokenRecord[] = [ usedToken ];
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( ownerSession ),
			'GET /api/owner/organizations/o1': () =>
				jsonResponse( detail( tokens ) ),
			'POST /api/owner/organizations/o1/connect-tokens': () => {
				tokens = [
					...tokens,
					{
						id: 't2',
						createdAt: new Date().toISOString(),
						expiresAt: new Date(
							Date.now() + 86400000
						).toISOString(),
						usedAt: null,
					},
				];
				return jsonResponse(
					{
						token: 'oct_fresh_token_value',
						expiresAt: '2026-01-05T00:00:00.000Z',
					},
					201
				);
			},
		} );
		renderApp( '/owner/organizations/o1', fetchMock );

		expect(
			await screen.findByRole( 'heading', {
				level: 1,
				name: 'Acme Outdoor',
			} )
		).toBeTruthy();
		const sites = screen.getByRole( 'table', { name: 'Sites' } );
		expect( within( sites ).getByText( 'pk_acme123' ) ).toBeTruthy();
		expect(
			within( sites ).getByRole( 'link', {
				name: 'https://shop.acme.test',
			} )
		).toBeTruthy();
		expect( screen.queryByLabelText( 'Connect token' ) ).toBeNull();

		fireEvent.click(
			screen.getByRole( 'button', { name: 'Create connect token' } )
		);

		const field = ( await screen.findByLabelText(
			'Connect token'
		) ) as HTMLInputElement;
		expect( field.value ).toBe( 'oct_fresh_token_value' );
		expect( field.readOnly ).toBe( true );
		expect( screen.getByText( CONNECT_TOKEN_INSTRUCTIONS ) ).toBeTruthy();
		expect( screen.getByRole( 'button', { name: 'Copy' } ) ).toBeTruthy();
		await waitFor( () =>
			expect(
				within(
					screen.getByRole( 'table', { name: 'Connect tokens' } )
				).getAllByRole( 'row' )
			).toHaveLength( 3 )
		);

		const create = requestsOf( fetchMock ).find(
			( request ) => request.method === 'POST'
		);
		expect( create?.init.headers ).toMatchObject( {
			'X-CSRF-Token': 'csrf-owner',
		} );
	} );

	it( 'copies the token', async () => {
		const writeText = jest.fn().mockResolvedValue( undefined );
		Object.defineProperty( navigator, 'clipboard', {
			value: { writeText },
			configurable: true,
		} );
		renderApp(
			'/owner/organizations/o1',
			fakeFetch( {
				'GET /api/auth/me': () => jsonResponse( ownerSession ),
				'GET /api/owner/organizations/o1': () =>
					jsonResponse( detail( [] ) ),
				'POST /api/owner/organizations/o1/connect-tokens': () =>
					jsonResponse(
						{
							token: 'oct_copy_me',
							expiresAt: '2026-01-05T00:00:00.000Z',
						},
						201
					),
			} )
		);

		fireEvent.click(
			await screen.findByRole( 'button', {
				name: 'Create connect token',
			} )
		);
		fireEvent.click(
			await screen.findByRole( 'button', { name: 'Copy' } )
		);

		expect(
			await screen.findByText( 'Copied to the clipboard.' )
		).toBeTruthy();
		expect( writeText ).toHaveBeenCalledWith( 'oct_copy_me' );
	} );

	it( 'says so when the organization does not exist', async () => {
		renderApp(
			'/owner/organizations/missing',
			fakeFetch( {
				'GET /api/auth/me': () => jsonResponse( ownerSession ),
				'GET /api/owner/organizations/missing': () =>
					errorResponse(
						404,
						'not_found',
						'Organization not found.'
					),
			} )
		);

		expect(
			await screen.findByRole( 'heading', {
				level: 1,
				name: 'Organization not found',
			} )
		).toBeTruthy();
	} );
} );
