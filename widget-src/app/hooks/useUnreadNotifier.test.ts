/** @jest-environment jsdom */
import { renderHook } from '@testing-library/react';
import { useUnreadNotifier } from './useUnreadNotifier';

describe( 'useUnreadNotifier', () => {
	it( 'counts replies that arrive while the panel is hidden, and starts over on open', () => {
		const notify = jest.fn();
		const { rerender } = renderHook(
			( { replies, open } ) => useUnreadNotifier( replies, open, notify ),
			{ initialProps: { replies: 0, open: true } }
		);
		rerender( { replies: 1, open: true } );
		expect( notify ).not.toHaveBeenCalled();

		rerender( { replies: 1, open: false } );
		rerender( { replies: 2, open: false } );
		rerender( { replies: 3, open: false } );
		expect( notify.mock.calls ).toEqual( [ [ 1 ], [ 2 ] ] );

		rerender( { replies: 3, open: true } );
		rerender( { replies: 3, open: false } );
		rerender( { replies: 4, open: false } );
		expect( notify ).toHaveBeenLastCalledWith( 1 );
	} );
} );
