/**
 * The AI provider panel is shown only to users the plugin's AI provider routes accept
 * (issue 11): a shop manager (manage_woocommerce, not manage_options) sees a read-only
 * notice and the page makes no call that would be refused with 403; an administrator gets
 * the panel. The flag comes from the page's localized data (SettingsPage.php).
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor } from '@testing-library/react';

import { SettingsApp } from './SettingsApp';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock;

function answerAsThePlugin(): string[] {
	const paths: string[] = [];
	fetchMock.mockImplementation( async ( options: { path: string } ) => {
		paths.push( options.path );
		if ( options.path === '/omniops/v1/connection' ) {
			return {
				connected: true,
				sidecarUrl: 'https://chat.example.com',
				siteKey: 'pk_test_key_1234',
				connectedAt: '2026-12-06T04:00:00.000Z',
			};
		}
		if ( options.path === '/omniops/v1/ai-provider' ) {
			return {
				settings: null,
				usage: {
					since: '2026-12-01T00:00:00.000Z',
					spentUsd: 0,
					inputTokens: 0,
					outputTokens: 0,
					fallbacks: 0,
				},
			};
		}
		// The other panels are not under test here.
		throw { code: 'omniops_test', message: 'Not answered in this test.' };
	} );
	return paths;
}

function setBootstrap( canManageAiProvider: boolean ) {
	window.omniopsAdmin = {
		restNamespace: 'omniops/v1',
		pluginVersion: 'test',
		siteUrl: 'https://shop.example.com',
		woocommerceActive: false,
		canManageAiProvider,
	};
}

afterEach( () => {
	fetchMock.mockReset();
	delete window.omniopsAdmin;
} );

it( 'shows a shop manager a read-only notice instead of the AI provider panel, and calls none of its routes', async () => {
	const paths = answerAsThePlugin();
	setBootstrap( false );
	render( <SettingsApp /> );

	const region = await screen.findByRole( 'region', {
		name: 'AI provider',
	} );
	expect( region.textContent ).toContain(
		'Only a site administrator can choose the AI provider'
	);
	expect( screen.queryByRole( 'button', { name: 'Save AI provider' } ) ).toBe(
		null
	);
	// Let the other panels finish loading: none of them reached for the AI provider.
	await waitFor( () => expect( paths.length ).toBeGreaterThanOrEqual( 2 ) );
	expect(
		paths.filter( ( path ) => path.includes( 'ai-provider' ) )
	).toEqual( [] );
} );

it( 'gives an administrator the AI provider panel', async () => {
	const paths = answerAsThePlugin();
	setBootstrap( true );
	render( <SettingsApp /> );

	await screen.findByRole( 'region', { name: 'AI provider' } );
	await waitFor( () =>
		expect( paths ).toContain( '/omniops/v1/ai-provider' )
	);
	expect( screen.queryByText( /Only a site administrator can choose/ ) ).toBe(
		null
	);
} );
