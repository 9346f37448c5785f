/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	rawResponse,
	type RecordedRequest,
} from '../../test/http';
import { ownerSession, renderApp } from '../../test/renderApp';

const thisSession = {
	id: 's1',
	ip: '198.51.100.1',
	userAgent: 'Firefox',
	createdAt: '2026-12-06T04:00:00Z',
	current: true,
};
const otherSession = { ...thisSession, id: 's2', current: false };

function changePassword( current: string, next: string ) {
	fireEvent.change( screen.getByLabelText( 'Current password' ), {
		target: { value: current },
	} );
	fireEvent.change( screen.getByLabelText( 'New password' ), {
		target: { value: next },
	} );
	fireEvent.click(
		screen.getByRole( 'button', { name: 'Change password' } )
	);
}

describe( 'Change password (account page)', () => {
	it( 'shows a wrong current password on its field, then changes it and lists the session left', async () => {
		const changes: RecordedRequest[] = [];
		let sessions = [ thisSession, otherSession ];
		renderApp(
			'/owner/account',
			fakeFetch( {
				'GET /api/auth/me': () => jsonResponse( ownerSession ),
				'GET /api/auth/sessions': () => jsonResponse( { sessions } ),
				'POST /api/auth/password': ( request ) => {
					changes.push( request );
					if ( changes.length === 1 ) {
						return errorResponse(
							400,
							'validation_failed',
							'The current password is not right.',
							{
								body: {
									formErrors: [],
									fieldErrors: {
										currentPassword: [
											'The current password is not right.',
										],
									},
								},
							}
						);
					}
					sessions = [ thisSession ];
					return rawResponse( 204 );
				},
			} )
		);
		await screen.findByRole( 'heading', { name: 'Password' } );
		expect(
			await screen.findAllByRole( 'button', {
				name: /^Sign out the session/,
			} )
		).toHaveLength( 1 );

		changePassword( 'not it', 'a brand new password' );
		await waitFor( () =>
			expect(
				screen
					.getByLabelText( 'Current password' )
					.getAttribute( 'aria-invalid' )
			).toBe( 'true' )
		);
		expect(
			screen.getByText( 'The current password is not right.' )
		).toBeTruthy();

		changePassword( 'the old password!!', 'a brand new password' );
		await waitFor( () =>
			expect( screen.getByRole( 'status' ).textContent ).toBe(
				'Your password is changed. Every other session is signed out.'
			)
		);
		await waitFor( () =>
			expect(
				screen.queryAllByRole( 'button', {
					name: /^Sign out the session/,
				} )
			).toHaveLength( 0 )
		);
		expect( changes[ 1 ]!.body ).toEqual( {
			currentPassword: 'the old password!!',
			newPassword: 'a brand new password',
		} );
	} );

	it( 'asks for a 12-character new password without calling the server', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( ownerSession ),
			'GET /api/auth/sessions': () =>
				jsonResponse( { sessions: [ thisSession ] } ),
		} );
		renderApp( '/owner/account', fetchMock );
		await screen.findByRole( 'heading', { name: 'Password' } );
		changePassword( 'the old password!!', 'short' );
		expect(
			await screen.findByText( 'Use at least 12 characters.' )
		).toBeTruthy();
		expect(
			fetchMock.mock.calls.some( ( [ url ] ) =>
				String( url ).includes( '/api/auth/password' )
			)
		).toBe( false );
	} );
} );
