/** @jest-environment jsdom */
import { act, waitFor } from '@testing-library/react';
import {
	deferred,
	errorResponse,
	fakeFetch,
	jsonResponse,
	requestsOf,
	renderWithApi,
} from '../test/http';
import {
	useDomainSubscription,
	type SiteSubscription,
} from './useDomainSubscription';

const subscription = (
	siteId: string,
	status: SiteSubscription[ 'status' ] = 'active'
): SiteSubscription => ( {
	siteId,
	plan: 'growth',
	status,
	currentPeriodEnd: '2026-12-26T00:00:00.000Z',
	recorded: true,
} );

const path = ( id: string ) => `GET /api/owner/sites/${ id }/subscription`;

describe( 'useDomainSubscription', () => {
	afterEach( () => jest.useRealTimers() );

	it( 'loads the subscription of the site', async () => {
		const fetchMock = fakeFetch( {
			[ path( 's1' ) ]: () =>
				jsonResponse( { subscription: subscription( 's1' ) } ),
		} );
		const { result } = renderWithApi(
			() => useDomainSubscription( 's1' ),
			fetchMock
		);
		expect( result.current.loading ).toBe( true );
		await waitFor( () => expect( result.current.loading ).toBe( false ) );
		expect( result.current.subscription?.status ).toBe( 'active' );
		expect( result.current.error ).toBeUndefined();
		expect( result.current.retries ).toBe( 0 );
	} );

	it( 'retries transient failures with growing waits, then succeeds', async () => {
		jest.useFakeTimers();
		let calls = 0;
		const fetchMock = fakeFetch( {
			[ path( 's1' ) ]: () => {
				calls += 1;
				return calls < 3
					? errorResponse( 503, 'unavailable', 'Busy.' )
					: jsonResponse( { subscription: subscription( 's1' ) } );
			},
		} );
		const { result } = renderWithApi(
			() => useDomainSubscription( 's1', { baseDelayMs: 100 } ),
			fetchMock
		);
		await act( async () => {} );
		expect( calls ).toBe( 1 );
		// The first wait is 100 ms, the second 200 ms; no error shows meanwhile.
		await act( async () => {
			await jest.advanceTimersByTimeAsync( 99 );
		} );
		expect( calls ).toBe( 1 );
		await act( async () => {
			await jest.advanceTimersByTimeAsync( 1 );
		} );
		expect( calls ).toBe( 2 );
		expect( result.current.loading ).toBe( true );
		expect( result.current.error ).toBeUndefined();
		expect( result.current.retries ).toBe( 1 );
		await act( async () => {
			await jest.advanceTimersByTimeAsync( 199 );
		} );
		expect( calls ).toBe( 2 );
		await act( async () => {
			await jest.advanceTimersByTimeAsync( 1 );
		} );
		expect( calls ).toBe( 3 );
		expect( result.current.loading ).toBe( false );
		expect( result.current.subscription?.plan ).toBe( 'growth' );
		expect( result.current.retries ).toBe( 2 );
	} );

	it( 'shows the error after the last retry, and retry starts over', async () => {
		jest.useFakeTimers();
		let failing = true;
		const fetchMock = fakeFetch( {
			[ path( 's1' ) ]: () =>
				failing
					? errorResponse( 500, 'internal', 'Down.' )
					: jsonResponse( {
							subscription: subscription( 's1', 'past_due' ),
						} ),
		} );
		const { result } = renderWithApi(
			() =>
				useDomainSubscription( 's1', {
					maxRetries: 2,
					baseDelayMs: 10,
				} ),
			fetchMock
		);
		await act( async () => {
			await jest.advanceTimersByTimeAsync( 1000 );
		} );
		expect( fetchMock ).toHaveBeenCalledTimes( 3 );
		expect( result.current.loading ).toBe( false );
		expect( result.current.error?.message ).toBe( 'Down.' );
		expect( result.current.retries ).toBe( 2 );

		const retry = result.current.retry;
		failing = false;
		act( () => result.current.retry() );
		expect( result.current.error ).toBeUndefined();
		expect( result.current.loading ).toBe( true );
		await act( async () => {} );
		expect( result.current.subscription?.status ).toBe( 'past_due' );
		expect( result.current.retries ).toBe( 0 );
		expect( result.current.retry ).toBe( retry );
	} );

	it( 'does not retry an answer that will not change (404)', async () => {
		jest.useFakeTimers();
		const fetchMock = fakeFetch( {} );
		const { result } = renderWithApi(
			() => useDomainSubscription( 'gone', { baseDelayMs: 10 } ),
			fetchMock
		);
		await act( async () => {
			await jest.advanceTimersByTimeAsync( 1000 );
		} );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		expect( result.current.error?.status ).toBe( 404 );
	} );

	it( 'keeps the loaded state while reloading and never shows one site under another', async () => {
		const slow = deferred< Response >();
		const fetchMock = fakeFetch( {
			[ path( 's1' ) ]: () =>
				jsonResponse( { subscription: subscription( 's1' ) } ),
			[ path( 's2' ) ]: () => slow.promise,
		} );
		const { result, rerender } = renderWithApi(
			( { id }: { id: string } ) => useDomainSubscription( id ),
			fetchMock,
			{ id: 's1' }
		);
		await waitFor( () =>
			expect( result.current.subscription?.siteId ).toBe( 's1' )
		);
		act( () => result.current.retry() );
		expect( result.current.subscription?.siteId ).toBe( 's1' );

		rerender( { id: 's2' } );
		expect( result.current.subscription ).toBeUndefined();
		expect( result.current.loading ).toBe( true );
		await act( async () => {
			slow.resolve(
				jsonResponse( { subscription: subscription( 's2', 'trial' ) } )
			);
			await slow.promise;
		} );
		await waitFor( () =>
			expect( result.current.subscription?.status ).toBe( 'trial' )
		);
	} );

	it( 'aborts on unmount and neither updates nor retries afterwards', async () => {
		jest.useFakeTimers();
		const pending = deferred< Response >();
		const fetchMock = fakeFetch( {
			[ path( 's1' ) ]: () => pending.promise,
		} );
		const errors = jest
			.spyOn( console, 'error' )
			.mockImplementation( () => {} );
		const { unmount } = renderWithApi(
			() => useDomainSubscription( 's1', { baseDelayMs: 10 } ),
			fetchMock
		);
		await act( async () => {} );
		const [ request ] = requestsOf( fetchMock );
		unmount();
		expect( request!.init.signal?.aborted ).toBe( true );
		pending.resolve( errorResponse( 503, 'unavailable', 'Busy.' ) );
		await jest.advanceTimersByTimeAsync( 1000 );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		expect( errors ).not.toHaveBeenCalled();
		errors.mockRestore();
	} );

	it( 'clears a pending retry wait on unmount', async () => {
		jest.useFakeTimers();
		const fetchMock = fakeFetch( {
			[ path( 's1' ) ]: () =>
				errorResponse( 502, 'bad_gateway', 'Proxy.' ),
		} );
		const { unmount } = renderWithApi(
			() => useDomainSubscription( 's1', { baseDelayMs: 50 } ),
			fetchMock
		);
		await act( async () => {} );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		unmount();
		await jest.advanceTimersByTimeAsync( 1000 );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );
} );
