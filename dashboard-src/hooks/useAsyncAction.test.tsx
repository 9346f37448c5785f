/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { ApiError } from '../api';
import { deferred } from '../test/http';
import { useAsyncAction } from './useAsyncAction';

describe( 'useAsyncAction', () => {
	it( 'tracks pending and error, and resolves with the outcome', async () => {
		const failure = new ApiError( {
			status: 409,
			code: 'conflict',
			message: 'Taken.',
		} );
		const action = jest
			.fn< Promise< string >, [ string ] >()
			.mockResolvedValueOnce( 'done' )
			.mockRejectedValueOnce( failure );
		const { result } = renderHook( () => useAsyncAction( action ) );

		let outcome;
		await act( async () => {
			outcome = await result.current.run( 'a' );
		} );
		expect( outcome ).toEqual( { ok: true, value: 'done' } );
		expect( result.current.pending ).toBe( false );

		await act( async () => {
			outcome = await result.current.run( 'b' );
		} );
		expect( outcome ).toEqual( { ok: false, error: failure } );
		expect( result.current.error ).toBe( failure );

		act( () => result.current.reset() );
		expect( result.current.error ).toBeUndefined();
	} );

	it( 'lets only the latest run update state', async () => {
		const first = deferred< string >();
		const second = deferred< string >();
		const action = jest
			.fn< Promise< string >, [] >()
			.mockReturnValueOnce( first.promise )
			.mockReturnValueOnce( second.promise );
		const { result } = renderHook( () => useAsyncAction( action ) );

		let firstRun: Promise< unknown > = Promise.resolve();
		act( () => {
			firstRun = result.current.run();
			void result.current.run();
		} );
		await act( async () => {
			first.resolve( 'old' );
			await firstRun;
		} );
		expect( result.current.pending ).toBe( true );

		await act( async () => {
			second.resolve( 'new' );
			await second.promise;
		} );
		expect( result.current.pending ).toBe( false );
	} );

	it( 'does not touch state after unmount', async () => {
		const later = deferred< string >();
		const consoleError = jest.spyOn( console, 'error' );
		const { result, unmount } = renderHook( () =>
			useAsyncAction( () => later.promise )
		);

		let run: Promise< unknown > = Promise.resolve();
		act( () => {
			run = result.current.run();
		} );
		unmount();
		later.resolve( 'late' );

		await expect( run ).resolves.toEqual( { ok: true, value: 'late' } );
		expect( consoleError ).not.toHaveBeenCalled();
		consoleError.mockRestore();
	} );
} );
