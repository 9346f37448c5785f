/** @jest-environment jsdom */
import { act, waitFor } from '@testing-library/react';
import type { HealthCharts } from '../screens/widget-health/widgetHealthApi';
import {
	deferred,
	errorResponse,
	fakeFetch,
	jsonResponse,
	renderWithApi,
} from '../test/http';
import { usePerformanceData } from './usePerformanceData';

const charts = ( loadP50Ms: number ): HealthCharts => ( {
	from: '2026-11-20T00:00:00.000Z',
	to: '2026-11-26T00:00:00.000Z',
	days: [],
	errorsByDay: [],
	retriesByDay: [],
	messageTypes: [],
	latencyByHour: [
		{
			hour: '2026-11-25T10:00:00.000Z',
			loadP50Ms,
			loadP95Ms: 1000,
			firstMessageP50Ms: 2000,
			firstMessageP95Ms: 3000,
		},
	],
} );

const CHARTS = 'GET /api/owner/widget-health/charts';

describe( 'usePerformanceData', () => {
	it( 'loads the latency series of the scope and days asked for', async () => {
		const fetchMock = fakeFetch( {
			[ CHARTS ]: () => jsonResponse( charts( 200 ) ),
		} );
		const { result } = renderWithApi(
			() => usePerformanceData( { siteId: 's1' }, 3 ),
			fetchMock
		);
		expect( result.current.latency ).toEqual( [] );
		await waitFor( () =>
			expect( result.current.latency[ 0 ]?.loadP50Ms ).toBe( 200 )
		);
		expect( String( fetchMock.mock.calls[ 0 ]![ 0 ] ) ).toContain(
			'/api/owner/widget-health/charts?siteId=s1&days=3'
		);
		expect( result.current.loading ).toBe( false );
	} );

	it( 'reports a failed load and loads again on retry, with a stable retry', async () => {
		let calls = 0;
		const fetchMock = fakeFetch( {
			[ CHARTS ]: () =>
				++calls === 1
					? errorResponse( 503, 'unavailable', 'Try later.' )
					: jsonResponse( charts( 300 ) ),
		} );
		const { result } = renderWithApi(
			() => usePerformanceData( {} ),
			fetchMock
		);
		await waitFor( () =>
			expect( result.current.error?.code ).toBe( 'unavailable' )
		);
		const retry = result.current.retry;
		act( () => result.current.retry() );
		await waitFor( () =>
			expect( result.current.latency[ 0 ]?.loadP50Ms ).toBe( 300 )
		);
		expect( result.current.error ).toBeUndefined();
		expect( result.current.retry ).toBe( retry );
	} );

	it( 'ignores an answer that arrives after unmount or for another scope', async () => {
		const slow = deferred< Response >();
		let calls = 0;
		const fetchMock = fakeFetch( {
			[ CHARTS ]: () =>
				++calls === 1 ? slow.promise : jsonResponse( charts( 750 ) ),
		} );
		const { result, rerender, unmount } = renderWithApi(
			( { siteId }: { siteId: string } ) =>
				usePerformanceData( { siteId } ),
			fetchMock,
			{ siteId: 's1' }
		);
		rerender( { siteId: 's2' } );
		await waitFor( () =>
			expect( result.current.latency[ 0 ]?.loadP50Ms ).toBe( 750 )
		);
		await act( async () => {
			slow.resolve( jsonResponse( charts( 50 ) ) );
			await slow.promise;
		} );
		expect( result.current.latency[ 0 ]?.loadP50Ms ).toBe( 750 );
		unmount();
	} );
} );
