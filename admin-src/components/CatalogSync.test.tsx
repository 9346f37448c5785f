/**
 * The catalog panel after Connect (issue 10 item 5): it shows the sync as it runs and the
 * real product count when done, instead of "Up to date · Products 0" until a reload.
 * apiFetch answers as the plugin's omniops/v1/commerce routes do, in sequence.
 */
import apiFetch from '@wordpress/api-fetch';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import type { CatalogSync as Sync } from '../commerceApi';
import { CatalogSync } from './CatalogSync';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock;

function status( overrides: Partial< Sync > ): { sync: Sync } {
	return {
		sync: {
			connected: true,
			currency: 'EUR',
			badWebhookSignatures: 0,
			state: 'idle',
			page: null,
			totalPages: null,
			products: 0,
			lastSyncedAt: null,
			lastError: null,
			shopProducts: 3,
			...overrides,
		},
	};
}

/** Answers GET omniops/v1/commerce with the given statuses in turn (the last one repeats). */
function scriptStatuses(
	statuses: Array< { sync: Sync } >,
	post?: { sync: Sync }
) {
	const reads: string[] = [];
	fetchMock.mockImplementation(
		async ( options: { path: string; method?: string } ) => {
			if ( options.method === 'POST' ) {
				return post;
			}
			reads.push( options.path );
			return statuses[ Math.min( reads.length, statuses.length ) - 1 ];
		}
	);
	return reads;
}

/**
 * The text of the <dd> after the <dt> with this term. Status and products are read in one
 * waitFor callback: the panel polls fast here, and a later answer may render in between.
 */
const cell = ( term: string ) =>
	screen.getByText( term ).nextElementSibling?.textContent ?? '';

afterEach( () => fetchMock.mockReset() );

it( 'after Connect shows "Starting sync", then pages and products of the shop as they sync, then the real count', async () => {
	const reads = scriptStatuses( [
		// Right after connect the sidecar has queued the sync but not started it.
		status( {} ),
		status( { state: 'syncing', page: 1, totalPages: 2, products: 0 } ),
		status( { state: 'syncing', page: 2, totalPages: 2, products: 2 } ),
		status( { products: 3, lastSyncedAt: '2026-12-06T05:00:00.000Z' } ),
	] );
	render( <CatalogSync pollMs={ 20 } /> );

	await waitFor( () =>
		expect( [ cell( 'Status' ), cell( 'Products' ) ] ).toEqual( [
			'Starting sync…',
			'—',
		] )
	);
	await waitFor( () =>
		expect( [ cell( 'Status' ), cell( 'Products' ) ] ).toEqual( [
			'Syncing: page 1 of 2',
			'0 of 3',
		] )
	);
	await waitFor( () =>
		expect( [ cell( 'Status' ), cell( 'Products' ) ] ).toEqual( [
			'Syncing: page 2 of 2',
			'2 of 3',
		] )
	);
	await waitFor( () =>
		expect( [ cell( 'Status' ), cell( 'Products' ) ] ).toEqual( [
			'Up to date',
			'3',
		] )
	);

	// Done: polling stops.
	const settled = reads.length;
	await new Promise( ( resolve ) => setTimeout( resolve, 150 ) );
	expect( reads.length ).toBe( settled );
} );

it( 'after "Sync now" keeps reading until the sync shows up, even when it finished between two reads', async () => {
	const before = status( {
		products: 3,
		lastSyncedAt: '2026-12-06T04:00:00.000Z',
	} );
	const reads = scriptStatuses(
		[
			before,
			// Still the old state (queued), then already finished: a fast shop.
			before,
			status( { products: 4, lastSyncedAt: '2026-12-06T05:00:00.000Z' } ),
		],
		before
	);
	render( <CatalogSync pollMs={ 20 } /> );
	await waitFor( () => expect( cell( 'Status' ) ).toBe( 'Up to date' ) );
	expect( reads ).toHaveLength( 1 ); // Synced before: no polling on its own.

	fireEvent.click( screen.getByRole( 'button', { name: 'Sync now' } ) );
	await waitFor( () => expect( cell( 'Status' ) ).toBe( 'Starting sync…' ) );
	await waitFor( () => expect( cell( 'Products' ) ).toBe( '4' ) );
	expect( cell( 'Status' ) ).toBe( 'Up to date' );
	const settled = reads.length;
	await new Promise( ( resolve ) => setTimeout( resolve, 150 ) );
	expect( reads.length ).toBe( settled );
} );

it( 'a failed first sync is shown as failed, with its error, and polling stops', async () => {
	const reads = scriptStatuses( [
		status( {} ),
		status( { state: 'failed', lastError: 'HTTP 401 from the shop' } ),
	] );
	render( <CatalogSync pollMs={ 20 } /> );
	await waitFor( () => expect( cell( 'Status' ) ).toBe( 'Sync failed' ) );
	expect( screen.getByRole( 'status' ).textContent ).toBe(
		'HTTP 401 from the shop'
	);
	const settled = reads.length;
	await new Promise( ( resolve ) => setTimeout( resolve, 150 ) );
	expect( reads.length ).toBe( settled );
} );
