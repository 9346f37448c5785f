/**
 * The connection's knowledge index after Connect: the first index run is queued when the
 * answer comes, so the page keeps reading until the run shows up and ends, instead of
 * showing "Up to date · 0 documents" until a reload (issue 10 item 5).
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor } from '@testing-library/react';

import type { ConnectionInfo, KnowledgeStatus } from './api';
import { ConnectionStatus } from './components/ConnectionStatus';
import { useConnection } from './useConnection';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock;

function connection( status: Partial< KnowledgeStatus > ): ConnectionInfo {
	return {
		connected: true,
		sidecarUrl: 'https://chat.example.com',
		siteKey: 'pk_test_key_1234',
		connectedAt: '2026-12-06T04:00:00.000Z',
		status: {
			documents: 0,
			passages: 0,
			state: 'idle',
			lastSyncedAt: null,
			lastError: null,
			...status,
		},
	};
}

function Page() {
	const { connection: current } = useConnection( 20 );
	return current ? <ConnectionStatus connection={ current } /> : null;
}

const row = ( label: string ) =>
	screen.getByRole( 'rowheader', { name: label } ).nextElementSibling
		?.textContent ?? '';

afterEach( () => fetchMock.mockReset() );

it( 'reads the connection again until the first index run has shown up and finished', async () => {
	const answers = [
		connection( {} ), // Just connected: the run is queued.
		connection( {} ),
		connection( { state: 'syncing' } ),
		connection( {
			documents: 4,
			passages: 12,
			lastSyncedAt: '2026-12-06T04:01:00.000Z',
		} ),
	];
	let reads = 0;
	fetchMock.mockImplementation( async () => {
		reads += 1;
		return answers[ Math.min( reads, answers.length ) - 1 ];
	} );
	render( <Page /> );

	await waitFor( () =>
		expect( row( 'Index state' ) ).toBe( 'Not indexed yet' )
	);
	await waitFor( () =>
		expect( [ row( 'Index state' ), row( 'Knowledge' ) ] ).toEqual( [
			'Up to date',
			'4 documents',
		] )
	);
	const settled = reads;
	await new Promise( ( resolve ) => setTimeout( resolve, 150 ) );
	expect( reads ).toBe( settled );
} );
