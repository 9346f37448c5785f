/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	testWidgetApi,
	type FakeFetch,
} from '../../test-utils';
import { useWidgetConfig } from './useWidgetConfig';

const config = {
	siteKey: 'pk_1',
	brandName: 'Acme',
	welcomeMessage: 'Hi!',
	primaryColor: '#ff0000',
	position: 'right',
	locale: 'en',
	allowedOrigins: [ 'https://shop.example' ],
};

describe( 'useWidgetConfig', () => {
	it( 'reports a load error, then loads on retry', async () => {
		const fetchMock = fakeFetch(
			errorResponse( 500, 'internal' ),
			jsonResponse( 200, config )
		);
		const report = jest.fn();
		const api = testWidgetApi( fetchMock );
		const { result } = renderHook( () => useWidgetConfig( api, report ) );

		expect( result.current.loading ).toBe( true );
		await waitFor( () => expect( result.current.error ).not.toBeNull() );
		expect( result.current.config ).toBeNull();
		expect( report ).toHaveBeenCalledWith( 'config_error', {
			code: 'internal',
			status: 500,
		} );
		expect( fetchMock.mock.calls[ 0 ]![ 0 ] ).toBe(
			'/api/widget/config?site=pk_1'
		);

		act( () => result.current.retry() );

		await waitFor( () =>
			expect( result.current.config ).toEqual( config )
		);
		expect( result.current.error ).toBeNull();
		expect( result.current.loading ).toBe( false );
	} );

	it( 'aborts the request on unmount and drops its answer', async () => {
		let answer!: ( response: Response ) => void;
		const fetchMock: FakeFetch = jest.fn<
			Promise< Response >,
			[ string, RequestInit? ]
		>(
			() => new Promise< Response >( ( resolve ) => ( answer = resolve ) )
		);
		const api = testWidgetApi( fetchMock );
		const report = jest.fn();
		const { result, unmount } = renderHook( () =>
			useWidgetConfig( api, report )
		);
		const signal = fetchMock.mock.calls[ 0 ]![ 1 ]!.signal!;

		unmount();
		await act( async () => answer( jsonResponse( 200, config ) ) );

		expect( signal.aborted ).toBe( true );
		expect( result.current.config ).toBeNull();
	} );
} );
