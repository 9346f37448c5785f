/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch, jsonResponse } from '../../test/http';
import { ownerSession, renderApp } from '../../test/renderApp';
import type { UsageReport, UsageRow } from './telemetryApi';

const row = ( key: string, label: string, costMicros: number ): UsageRow => ( {
	key,
	label,
	shopperMessages: 4,
	replies: 4,
	conversations: 2,
	resolvedConversations: 1,
	llmAnswers: 3,
	fallbacks: 1,
	embeddedAnswers: 1,
	embeddedShare: 0.25,
	inputTokens: 1000,
	outputTokens: 200,
	costMicros,
	costPerResolvedMicros: costMicros,
} );

const report = ( groupBy: string ): UsageReport => ( {
	from: '2026-11-19T00:00:00.000Z',
	to: '2026-11-26T00:00:00.000Z',
	groupBy: groupBy as UsageReport[ 'groupBy' ],
	rows: [ row( 'b', 'Beta shop', 2_500 ), row( 'a', 'Alpha shop', 10_000 ) ],
	totals: { ...row( 'all', 'all', 12_500 ), shopperMessages: 8 },
} );

describe( 'TelemetryScreen', () => {
	it( 'shows totals and rows for the range, sorts by a column and exports the rows as CSV', async () => {
		const queries: URLSearchParams[] = [];
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( ownerSession ),
		} );
		const routed = jest.fn(
			async ( input: RequestInfo | URL, init?: RequestInit ) => {
				const url = new URL( String( input ), 'http://dashboard.test' );
				if ( url.pathname === '/api/owner/telemetry/usage' ) {
					queries.push( url.searchParams );
					return jsonResponse(
						report( url.searchParams.get( 'groupBy' )! )
					);
				}
				return fetchMock( input, init );
			}
		);
		renderApp(
			'/owner/telemetry',
			routed as unknown as ReturnType< typeof fakeFetch >
		);

		expect(
			( await screen.findByTestId( 'total-shopperMessages' ) ).textContent
		).toBe( '8' );
		expect( screen.getByTestId( 'total-costMicros' ).textContent ).toBe(
			'$0.0125'
		);
		const firstCells = () =>
			screen
				.getAllByRole( 'rowheader' )
				.map( ( cell ) => cell.textContent );
		expect( firstCells() ).toEqual( [ 'Alpha shop', 'Beta shop' ] );
		fireEvent.click( screen.getByRole( 'button', { name: 'Cost' } ) );
		expect( firstCells() ).toEqual( [ 'Beta shop', 'Alpha shop' ] );
		expect(
			screen
				.getByRole( 'columnheader', { name: 'Cost' } )
				.getAttribute( 'aria-sort' )
		).toBe( 'ascending' );

		fireEvent.change( screen.getByLabelText( 'Group by' ), {
			target: { value: 'site' },
		} );
		await waitFor( () =>
			expect( queries.at( -1 )?.get( 'groupBy' ) ).toBe( 'site' )
		);

		const saved: string[] = [];
		const createObjectURL = jest.fn( ( blob: Blob ) => {
			const reader = new FileReader();
			reader.onload = () => saved.push( String( reader.result ) );
			reader.readAsText( blob );
			return 'blob:telemetry';
		} );
		Object.assign( URL, { createObjectURL, revokeObjectURL: jest.fn() } );
		// jsdom cannot follow the download link; the file's content is what is checked.
		const click = jest
			.spyOn( HTMLAnchorElement.prototype, 'click' )
			.mockImplementation( () => undefined );
		const exportButton = screen.getByRole( 'button', {
			name: 'Export CSV',
		} ) as HTMLButtonElement;
		await waitFor( () => expect( exportButton.disabled ).toBe( false ) );
		fireEvent.click( exportButton );
		await waitFor( () => expect( saved ).toHaveLength( 1 ) );
		const lines = saved[ 0 ]!.trim().split( '\r\n' );
		expect( lines ).toHaveLength( 3 );
		expect( lines[ 0 ] ).toMatch( /^Site,Tokens in,Tokens out,Cost/ );
		expect( lines[ 1 ] ).toMatch( /^Beta shop,1000,200,2500,/ );
		expect( click ).toHaveBeenCalledTimes( 1 );
		click.mockRestore();
	} );

	it( 'asks for a valid custom range before loading', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( ownerSession ),
			'GET /api/owner/telemetry/usage': () =>
				jsonResponse( report( 'day' ) ),
		} );
		renderApp( '/owner/telemetry', fetchMock );
		await screen.findByTestId( 'total-shopperMessages' );
		fireEvent.change( screen.getByLabelText( 'Time range' ), {
			target: { value: 'custom' },
		} );
		fireEvent.change( screen.getByLabelText( 'From (UTC day)' ), {
			target: { value: '2026-11-20' },
		} );
		fireEvent.change( screen.getByLabelText( 'To (UTC day, inclusive)' ), {
			target: { value: '2026-11-10' },
		} );
		expect(
			await screen.findByText( 'Choose a first and last day.' )
		).toBeTruthy();
	} );
} );
