/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	type RecordedRequest,
} from '../../test/http';
import { ownerSession, renderApp } from '../../test/renderApp';

const pending = {
	...ownerSession,
	mfa: {
		...ownerSession.mfa,
		state: 'pending' as const,
		methods: [ 'totp' as const, 'sms' as const ],
		smsPhoneEnding: '0123',
		smsAvailable: true,
	},
};

describe( 'MFA challenge', () => {
	it( 'offers each confirmed factor and signs in with a texted code', async () => {
		const challenges: RecordedRequest[] = [];
		renderApp(
			'/owner',
			fakeFetch( {
				'GET /api/auth/me': () => jsonResponse( pending ),
				'POST /api/auth/mfa/sms/challenge': () =>
					jsonResponse(
						{
							phoneEnding: '0123',
							expiresAt: '2026-11-26T01:05:00Z',
						},
						202
					),
				'POST /api/auth/mfa/challenge': ( request ) => {
					challenges.push( request );
					return jsonResponse( {
						...ownerSession,
						csrfToken: 'csrf-verified',
					} );
				},
				'GET /api/owner/organizations': () =>
					jsonResponse( { organizations: [] } ),
			} )
		);
		const sms = await screen.findByRole( 'radio', {
			name: 'Text message to the number ending 0123',
		} );
		expect(
			(
				screen.getByRole( 'radio', {
					name: 'Authenticator app',
				} ) as HTMLInputElement
			 ).checked
		).toBe( true );
		fireEvent.click( sms );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Text me a code' } )
		);
		expect( ( await screen.findByRole( 'status' ) ).textContent ).toContain(
			'ending 0123'
		);
		fireEvent.change(
			screen.getByRole( 'textbox', {
				name: 'Code from the text message',
			} ),
			{ target: { value: '123 456' } }
		);
		fireEvent.click( screen.getByRole( 'button', { name: 'Verify' } ) );
		await screen.findByRole( 'heading', { name: 'Organizations' } );
		expect( challenges[ 0 ]!.body ).toEqual( { smsCode: '123456' } );
	} );

	it( 'says how long to wait, and what a lock means, when wrong codes add up on the account', async () => {
		let answer = errorResponse(
			429,
			'mfa_wait',
			'Too many wrong codes. Wait before trying again.',
			{ retryAfterSeconds: 30 },
			{ 'Retry-After': '30' }
		);
		renderApp(
			'/owner',
			fakeFetch( {
				'GET /api/auth/me': () => jsonResponse( pending ),
				'POST /api/auth/mfa/challenge': () => answer,
			} )
		);
		const code = await screen.findByRole( 'textbox', {
			name: 'Authentication code',
		} );
		fireEvent.change( code, { target: { value: '123456' } } );
		fireEvent.click( screen.getByRole( 'button', { name: 'Verify' } ) );
		expect( ( await screen.findByRole( 'alert' ) ).textContent ).toBe(
			'Too many wrong codes. Try again in 30 seconds.'
		);

		answer = errorResponse(
			429,
			'mfa_locked',
			'Locked.',
			{ retryAfterSeconds: 86400 },
			{ 'Retry-After': '86400' }
		);
		fireEvent.click( screen.getByRole( 'button', { name: 'Verify' } ) );
		await waitFor( () =>
			expect( screen.getByRole( 'alert' ).textContent ).toContain(
				'locked for 24 hours. We e-mailed you a link to unlock it.'
			)
		);
	} );

	it( 'after a backup code, offers to replace the lost factor', async () => {
		renderApp(
			'/owner',
			fakeFetch( {
				'GET /api/auth/me': () => jsonResponse( pending ),
				'POST /api/auth/mfa/challenge': () =>
					jsonResponse( {
						...ownerSession,
						mfa: { ...ownerSession.mfa, backupCodesLeft: 9 },
					} ),
				'GET /api/auth/sessions': () =>
					jsonResponse( { sessions: [] } ),
			} )
		);
		fireEvent.click(
			await screen.findByRole( 'button', { name: /Use a backup code/ } )
		);
		fireEvent.change(
			screen.getByRole( 'textbox', { name: 'Backup code' } ),
			{
				target: { value: 'abcd-efgh-jkmn-pqrs' },
			}
		);
		fireEvent.click( screen.getByRole( 'button', { name: 'Verify' } ) );
		expect(
			await screen.findByText( 'You have 9 backup codes left.' )
		).toBeTruthy();
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Set up a new second factor' } )
		);
		await screen.findByRole( 'heading', { name: 'Account' } );
		await waitFor( () =>
			expect( window.location.pathname ).toBe( '/owner/account' )
		);
	} );
} );
