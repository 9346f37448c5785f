/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { ResourceStatus } from './ResourceStatus';

describe( 'ResourceStatus', () => {
	it( 'shows the loading label until the first data', () => {
		render(
			<ResourceStatus
				resource={ { data: undefined, retry: jest.fn() } }
				loading="Loading members…"
			/>
		);
		expect( screen.getByRole( 'status' ).textContent ).toBe(
			'Loading members…'
		);
	} );

	it( 'shows the error after what failed, with a retry, even over earlier data', () => {
		const retry = jest.fn();
		render(
			<ResourceStatus
				resource={ { data: [], error: { message: 'Boom.' }, retry } }
				failure="Could not load members"
				loading="Loading members…"
			/>
		);
		expect(
			screen.getByText( 'Could not load members: Boom.' )
		).toBeTruthy();
		expect( screen.queryByRole( 'status' ) ).toBeNull();
		fireEvent.click( screen.getByRole( 'button', { name: 'Try again' } ) );
		expect( retry ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'shows the message alone without a failure text, and nothing once data is there', () => {
		const { rerender, container } = render(
			<ResourceStatus
				resource={ {
					data: undefined,
					error: { message: 'Boom.' },
					retry: jest.fn(),
				} }
				loading="Loading…"
			/>
		);
		expect(
			screen.getByRole( 'alert' ).querySelector( 'p' )?.textContent
		).toBe( 'Boom.' );
		rerender(
			<ResourceStatus
				resource={ { data: { ok: true }, retry: jest.fn() } }
				loading="Loading…"
			/>
		);
		expect( container.innerHTML ).toBe( '' );
	} );
} );
