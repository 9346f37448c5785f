/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	requestsOf,
} from '../../test/http';
import { ownerSession, renderApp } from '../../test/renderApp';

const signedOut = {
	'GET /api/auth/me': () => errorResponse( 401, 'unauthorized', 'Sign in.' ),
	'GET /api/auth/setup-status': () => jsonResponse( { needsSetup: false } ),
};

async function signIn( email: string, password: string ) {
	fireEvent.change( await screen.findByLabelText( 'Email' ), {
		target: { value: email },
	} );
	fireEvent.change( screen.getByLabelText( 'Password' ), {
		target: { value: password },
	} );
	fireEvent.click( screen.getByRole( 'button', { name: 'Sign in' } ) );
}

describe( 'LoginScreen', () => {
	it( 'shows "Invalid email or password" on 401', async () => {
		const fetchMock = fakeFetch( {
			...signedOut,
			'POST /api/auth/login': () =>
				errorResponse( 401, 'unauthorized', 'Wrong credentials.' ),
		} );
		renderApp( '/owner/login', fetchMock );

		await signIn( 'owner@example.com', 'not-the-password' );

		expect( await screen.findByRole( 'alert' ) ).toHaveProperty(
			'textContent',
			'Invalid email or password'
		);
		expect( window.location.pathname ).toBe( '/owner/login' );
		const login = requestsOf( fetchMock ).find(
			( request ) => request.path === '/api/auth/login'
		);
		expect( login?.init.body ).toBe(
			JSON.stringify( {
				email: 'owner@example.com',
				password: 'not-the-password',
			} )
		);
	} );

	it.each( [
		[
			'explains a rate limit',
			'30',
			'Too many sign-in attempts. Try again in 30 seconds.',
		],
		[
			'gives a long wait in minutes',
			'900',
			'Too many sign-in attempts. Try again in 15 minutes.',
		],
	] )( '%s', async ( _name, retryAfter, message ) => {
		renderApp(
			'/owner/login',
			fakeFetch( {
				...signedOut,
				'POST /api/auth/login': () =>
					errorResponse(
						429,
						'rate_limited',
						'Slow down.',
						undefined,
						{ 'Retry-After': retryAfter }
					),
			} )
		);

		await signIn( 'owner@example.com', 'whatever-password' );

		expect( ( await screen.findByRole( 'alert' ) ).textContent ).toBe(
			message
		);
	} );

	it( 'signs in through an e-mailed unlock link with its token', async () => {
		const fetchMock = fakeFetch( {
			...signedOut,
			'POST /api/auth/login': () => jsonResponse( ownerSession ),
			'GET /api/owner/organizations': () =>
				jsonResponse( { organizations: [] } ),
		} );
		renderApp( '/owner/unlock?token=unl_abcdefghijklmnop', fetchMock );

		expect(
			await screen.findByRole( 'heading', {
				name: 'Unlock your account',
			} )
		).toBeTruthy();
		await signIn( 'owner@example.com', 'the right password' );

		await screen.findByRole( 'heading', { name: 'Organizations' } );
		const login = requestsOf( fetchMock ).find(
			( request ) => request.path === '/api/auth/login'
		);
		expect( JSON.parse( String( login?.init.body ) ) ).toEqual( {
			email: 'owner@example.com',
			password: 'the right password',
			unlockToken: 'unl_abcdefghijklmnop',
		} );
	} );

	it( 'asks for missing fields without calling the server', async () => {
		const fetchMock = fakeFetch( signedOut );
		renderApp( '/owner/login', fetchMock );

		fireEvent.click(
			await screen.findByRole( 'button', { name: 'Sign in' } )
		);

		const email = screen.getByLabelText( 'Email' );
		expect( email.getAttribute( 'aria-invalid' ) ).toBe( 'true' );
		expect( email.getAttribute( 'aria-describedby' ) ).toBeTruthy();
		expect( screen.getByText( 'Enter your email address.' ).id ).toBe(
			email.getAttribute( 'aria-describedby' )
		);
		await waitFor( () =>
			expect( email.ownerDocument.activeElement ).toBe( email )
		);
		expect(
			requestsOf( fetchMock ).some(
				( r ) => r.path === '/api/auth/login'
			)
		).toBe( false );
	} );

	it( 'signs in and goes to the page asked for', async () => {
		const fetchMock = fakeFetch( {
			...signedOut,
			'POST /api/auth/login': () => jsonResponse( ownerSession ),
			'GET /api/owner/organizations': () =>
				jsonResponse( { organizations: [] } ),
		} );
		renderApp( '/owner/login?next=%2Fowner', fetchMock );

		await signIn( 'owner@example.com', 'correct horse battery' );

		const heading = await screen.findByRole( 'heading', {
			level: 1,
			name: 'Organizations',
		} );
		expect( window.location.pathname ).toBe( '/owner' );
		expect( heading.ownerDocument.activeElement ).toBe( heading );
		expect( screen.getByText( 'owner@example.com' ) ).toBeTruthy();
		expect(
			screen.getByRole( 'button', { name: 'Sign out' } )
		).toBeTruthy();
	} );
} );
