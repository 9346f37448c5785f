/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	rawResponse,
	type Handler,
} from './test/http';
import { ownerSession, renderApp } from './test/renderApp';

/**
 * Types `value` into the field labelled `label`.
 * @param label
 * @param value
 */
const typeInto = ( label: string, value: string ) =>
	fireEvent.change( screen.getByLabelText( label ), { target: { value } } );

const signedOut = () => errorResponse( 401, 'unauthorized', 'Sign in first.' );

/**
 * The platform owner signed in, with no organizations yet; `routes` answer the page's other
 * requests (and may answer the organizations list instead).
 * @param routes
 */
const signedInOwner = ( routes: Record< string, Handler > ) =>
	fakeFetch( {
		'GET /api/auth/me': () => jsonResponse( ownerSession ),
		'GET /api/owner/organizations': () =>
			jsonResponse( { organizations: [] } ),
		...routes,
	} );

describe( 'routing', () => {
	it( 'sends a signed-out visitor to sign in, remembering the page', async () => {
		renderApp(
			'/owner/organizations/o1',
			fakeFetch( {
				'GET /api/auth/me': signedOut,
				'GET /api/auth/setup-status': () =>
					jsonResponse( { needsSetup: false } ),
			} )
		);

		expect(
			await screen.findByRole( 'heading', { level: 1, name: 'Sign in' } )
		).toBeTruthy();
		expect( window.location.pathname + window.location.search ).toBe(
			'/owner/login?next=%2Fowner%2Forganizations%2Fo1'
		);
	} );

	it( 'sends a visitor with a setup token to setup while it is needed', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': signedOut,
			'GET /api/auth/setup-status': () =>
				jsonResponse( { needsSetup: true } ),
			'POST /api/auth/setup': () => jsonResponse( ownerSession, 201 ),
			'GET /api/owner/organizations': () =>
				jsonResponse( { organizations: [] } ),
		} );
		renderApp( '/owner?token=st_abc', fetchMock );

		expect(
			await screen.findByRole( 'heading', {
				level: 1,
				name: 'Create the owner account',
			} )
		).toBeTruthy();
		expect( window.location.search ).toBe( '?token=st_abc' );

		// The heading shows while the setup status still loads: wait for the form itself.
		fireEvent.change( await screen.findByLabelText( 'Name' ), {
			target: { value: 'Olivia Owner' },
		} );
		typeInto( 'Email', 'owner@example.com' );
		typeInto( 'Password', 'short' );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Create owner account' } )
		);
		expect(
			screen.getByText( 'Use at least 12 characters.' )
		).toBeTruthy();

		typeInto( 'Password', 'a long enough password' );
		typeInto( 'Confirm password', 'a long enough password' );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Create owner account' } )
		);

		expect(
			await screen.findByRole( 'heading', {
				level: 1,
				name: 'Organizations',
			} )
		).toBeTruthy();
		expect( window.location.pathname ).toBe( '/owner' );
		const setupCall = fetchMock.mock.calls.find( ( [ url ] ) =>
			String( url ).endsWith( '/api/auth/setup' )
		);
		expect( JSON.parse( String( setupCall?.[ 1 ]?.body ) ) ).toEqual( {
			token: 'st_abc',
			name: 'Olivia Owner',
			email: 'owner@example.com',
			password: 'a long enough password',
		} );
	} );

	it( 'creates an organization and reloads the list', async () => {
		let organizations: unknown[] = [];
		renderApp(
			'/owner',
			signedInOwner( {
				'GET /api/owner/organizations': () =>
					jsonResponse( { organizations } ),
				'POST /api/owner/organizations': ( request ) => {
					const { name } = request.body as { name: string };
					const organization = {
						id: 'o9',
						name,
						createdAt: '2026-02-01T00:00:00.000Z',
					};
					organizations = [ { ...organization, siteCount: 0 } ];
					return jsonResponse( { organization }, 201 );
				},
			} )
		);

		fireEvent.change( await screen.findByLabelText( 'Organization name' ), {
			target: { value: '  Initech  ' },
		} );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Create organization' } )
		);

		const table = await screen.findByRole( 'table', {
			name: 'Organizations',
		} );
		expect(
			within( table ).getByRole( 'link', { name: 'Initech' } )
		).toBeTruthy();
		expect(
			( screen.getByLabelText( 'Organization name' ) as HTMLInputElement )
				.value
		).toBe( '' );
	} );

	it( 'shows server field errors next to the field', async () => {
		renderApp(
			'/owner',
			signedInOwner( {
				'POST /api/owner/organizations': () =>
					errorResponse( 400, 'validation_failed', 'Not valid.', {
						body: {
							formErrors: [],
							fieldErrors: { name: [ 'Name taken.' ] },
						},
					} ),
			} )
		);

		fireEvent.change( await screen.findByLabelText( 'Organization name' ), {
			target: { value: 'Dup' },
		} );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Create organization' } )
		);

		expect( await screen.findByText( 'Name taken.' ) ).toBeTruthy();
		expect(
			screen
				.getByLabelText( 'Organization name' )
				.getAttribute( 'aria-invalid' )
		).toBe( 'true' );
	} );

	it( 'signs out', async () => {
		renderApp(
			'/owner',
			signedInOwner( {
				'GET /api/auth/setup-status': () =>
					jsonResponse( { needsSetup: false } ),
				'POST /api/auth/logout': () => rawResponse( 204 ),
			} )
		);

		fireEvent.click(
			await screen.findByRole( 'button', { name: 'Sign out' } )
		);

		expect(
			await screen.findByRole( 'heading', { level: 1, name: 'Sign in' } )
		).toBeTruthy();
		await waitFor( () =>
			expect( window.location.pathname + window.location.search ).toBe(
				'/owner/login'
			)
		);
	} );
} );
