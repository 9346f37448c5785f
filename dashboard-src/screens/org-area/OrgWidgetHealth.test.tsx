/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { fakeFetch, jsonResponse, requestsOf } from '../../test/http';
import { memberSession, renderApp } from '../../test/renderApp';

const adminSession = memberSession( {
	id: 'u2',
	email: 'ada@shop-a.test',
	name: 'Ada',
} );

const cards = ( messages24h: number ) => ( {
	at: '2026-11-26T02:00:00.000Z',
	messages24h,
	messagesPrevious24h: 0,
	messagesTrend: null,
	activeSessions: 1,
	errorRate: 0.5,
	errorRateThreshold: 0.05,
	errorRateAlert: true,
	originRejectionsLastHour: 0,
	originRejectionsThreshold: 20,
	possibleAttack: false,
	loadTimeP50Ms: 120,
	loadTimeP95Ms: 300,
	firstMessageP50Ms: null,
	retrySuccessRate: null,
} );

const siteA = {
	siteId: 'sa',
	organizationId: 'o1',
	siteUrl: 'https://shop-a.test',
	widgetLoads: 4,
	messagesSent: 2,
	errors: 2,
	errorRate: 0.5,
	originRejections: 0,
	retrySuccessRate: null,
	loadTimeP95Ms: 300,
};

const errorA = {
	id: 'e1',
	type: 'config_error',
	code: 'CONFIG_FETCH',
	message: 'config failed for shop A',
	organizationId: 'o1',
	siteId: 'sa',
	siteUrl: 'https://shop-a.test',
	pageUrl: 'https://shop-a.test/cart',
	browser: 'Chrome 131',
	occurredAt: new Date( Date.now() - 60_000 ).toISOString(),
};

/** Organization o1's server: its own site and error only (the sidecar scopes them). */
function orgServer( messages = () => 7 ) {
	return fakeFetch( {
		'GET /api/auth/me': () => jsonResponse( adminSession ),
		'GET /api/org': () =>
			jsonResponse( {
				organizations: [ { id: 'o1', name: 'Shop A', role: 'admin' } ],
				impersonation: null,
			} ),
		'GET /api/org/o1': () =>
			jsonResponse( {
				organization: { id: 'o1', name: 'Shop A' },
				role: 'admin',
				permissions: [ 'org.overview.read', 'org.members.read' ],
				impersonation: null,
				sites: [],
				connectTokens: [],
				memberCount: 1,
			} ),
		'GET /api/org/o1/widget-health': () =>
			jsonResponse( cards( messages() ) ),
		'GET /api/org/o1/widget-health/errors': () =>
			jsonResponse( { errors: [ errorA ] } ),
		'GET /api/org/o1/widget-health/sites': () =>
			jsonResponse( { sites: [ siteA ] } ),
	} );
}

afterEach( () => jest.useRealTimers() );

describe( 'organization widget health', () => {
	it( "shows an org admin only their organization's sites and errors, from the org routes", async () => {
		const fetchMock = orgServer();
		renderApp( '/app/o1/widget-health', fetchMock );

		const nav = await screen.findByRole( 'navigation', {
			name: 'Organization sections',
		} );
		expect(
			within( nav )
				.getByRole( 'link', { name: 'Widget health' } )
				.getAttribute( 'href' )
		).toBe( '/app/o1/widget-health' );
		expect( await screen.findByText( /Updated every 15 s/ ) ).toBeTruthy();
		expect(
			( await screen.findByTestId( 'card-error-rate' ) ).textContent
		).toContain( '50%' );

		const sites = await screen.findByRole( 'table', {
			name: 'Widget health per site',
		} );
		const siteLinks = within( sites ).getAllByRole( 'link' );
		expect( siteLinks.map( ( link ) => link.textContent ) ).toEqual( [
			'https://shop-a.test',
		] );
		const errors = await screen.findByRole( 'table', {
			name: 'Recent widget errors',
		} );
		expect( within( errors ).getAllByRole( 'row' ) ).toHaveLength( 2 );

		// Details come from the row: the org area has no per-error route.
		fireEvent.click(
			within( errors ).getByRole( 'button', { name: 'Details' } )
		);
		const dialog = await screen.findByRole( 'dialog', {
			name: 'Error details',
		} );
		expect( dialog.textContent ).toContain( 'https://shop-a.test/cart' );
		expect( dialog.textContent ).toContain( 'config failed for shop A' );
		fireEvent.click(
			within( dialog ).getByRole( 'button', { name: 'Close' } )
		);

		// Drill-down stays in the org area and asks for that site only.
		fireEvent.click( siteLinks[ 0 ]! );
		await screen.findByRole( 'heading', {
			name: 'Widget health: one site',
		} );
		expect( window.location.pathname ).toBe( '/app/o1/widget-health/sa' );
		const urls = fetchMock.mock.calls.map( ( [ input ] ) =>
			String( input )
		);
		expect( urls ).toContain( '/api/org/o1/widget-health?siteId=sa' );
		expect(
			urls.some( ( url ) =>
				url.startsWith( '/api/org/o1/widget-health/errors?siteId=sa' )
			)
		).toBe( true );
		// Never the platform routes.
		expect(
			requestsOf( fetchMock ).filter( ( request ) =>
				request.path.startsWith( '/api/owner/' )
			)
		).toEqual( [] );
	} );

	it( 'reloads the cards every 15 s while the tab is visible, and not while it is hidden', async () => {
		jest.useFakeTimers( { advanceTimers: true } );
		let messages = 7;
		const fetchMock = orgServer( () => messages );
		renderApp( '/app/o1/widget-health', fetchMock );
		const card = await screen.findByTestId( 'card-messages' );
		expect( card.textContent ).toContain( '7' );

		messages = 9;
		await act( async () => {
			jest.advanceTimersByTime( 15_000 );
		} );
		expect(
			( await screen.findByText( '9' ) ).closest(
				'[data-testid="card-messages"]'
			)
		).not.toBeNull();

		const cardLoads = () =>
			requestsOf( fetchMock ).filter(
				( request ) => request.path === '/api/org/o1/widget-health'
			).length;
		const before = cardLoads();
		Object.defineProperty( document, 'visibilityState', {
			configurable: true,
			get: () => 'hidden',
		} );
		await act( async () => {
			jest.advanceTimersByTime( 45_000 );
		} );
		expect( cardLoads() ).toBe( before );
		Object.defineProperty( document, 'visibilityState', {
			configurable: true,
			get: () => 'visible',
		} );
	} );
} );
