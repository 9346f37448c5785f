/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { ApiError } from '../api';
import { FormError } from './FormError';

const invalidEmail = new ApiError( {
	status: 400,
	code: 'validation_failed',
	message: 'Check the form.',
	details: [ { path: [ 'email' ], message: 'Not an e-mail address.' } ],
} );
const conflict = new ApiError( {
	status: 409,
	code: 'conflict',
	message: 'Already a member.',
} );

describe( 'FormError', () => {
	it( 'shows nothing before the action fails', () => {
		render( <FormError error={ undefined } fields={ [ 'email' ] } /> );
		expect( screen.queryByRole( 'alert' ) ).toBeNull();
	} );

	it( 'leaves an error to the field that shows it', () => {
		expect( invalidEmail.fieldErrors ).toEqual( {
			email: 'Not an e-mail address.',
		} );
		render(
			<FormError
				error={ invalidEmail }
				fields={ [ 'name', 'email' ] }
				lead="Could not invite"
			/>
		);
		expect( screen.queryByRole( 'alert' ) ).toBeNull();
	} );

	it( 'shows any other error, after what failed when given', () => {
		const { rerender } = render(
			<FormError
				error={ conflict }
				fields={ [ 'email' ] }
				lead="Could not invite"
			/>
		);
		expect( screen.getByRole( 'alert' ).textContent ).toBe(
			'Could not invite: Already a member.'
		);
		rerender(
			<FormError error={ invalidEmail } fields={ [ 'reason' ] } />
		);
		expect( screen.getByRole( 'alert' ).textContent ).toBe(
			'Check the form.'
		);
	} );
} );
