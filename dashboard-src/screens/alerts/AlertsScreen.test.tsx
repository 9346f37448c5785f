/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	requestsOf,
} from '../../test/http';
import { owner, ownerSession, renderApp } from '../../test/renderApp';

const rule = {
	id: 'r1',
	metric: 'error_rate',
	threshold: 0.05,
	windowMinutes: 60,
	minEvents: 10,
	organizationId: null,
	siteId: null,
	enabled: true,
	createdAt: '2026-11-25T00:00:00.000Z',
	updatedAt: '2026-11-25T00:00:00.000Z',
};
const channel = {
	id: 'c1',
	kind: 'email',
	name: 'On call',
	target: 'oncall@shop.test',
	format: 'text',
	organizationId: null,
	createdAt: '2026-11-25T00:00:00.000Z',
};

function routes( overrides: Record< string, () => Response > = {} ) {
	return {
		'GET /api/auth/me': () => jsonResponse( ownerSession ),
		'GET /api/owner/alerts/rules': () =>
			jsonResponse( { rules: [ rule ] } ),
		'GET /api/owner/alerts/channels': () =>
			jsonResponse( { channels: [ channel ] } ),
		'GET /api/owner/alerts/incidents': () =>
			jsonResponse( { incidents: [] } ),
		'GET /api/owner/alerts/deliveries': () =>
			jsonResponse( {
				deliveries: [
					{
						id: 'd1',
						channelId: 'c1',
						channelName: 'Ops hook',
						kind: 'alert_firing',
						subject: '[OmniOps] Alert: Error rate 40% above 5%',
						status: 'failed',
						attempts: 4,
						maxAttempts: 4,
						lastError: 'the receiver answered HTTP 500',
						incidentId: 'i1',
						reportId: null,
						createdAt: '2026-11-25T10:00:00.000Z',
						updatedAt: '2026-11-25T10:00:05.000Z',
						deliveredAt: null,
					},
				],
			} ),
		...overrides,
	};
}

describe( 'AlertsScreen', () => {
	it( 'saves an edited threshold as a fraction and reloads', async () => {
		const fetchMock = fakeFetch( {
			...routes(),
			'PATCH /api/owner/alerts/rules/r1': () =>
				jsonResponse( { rule: { ...rule, threshold: 0.1 } } ),
		} );
		renderApp( '/owner/alerts', fetchMock );
		const form = await screen.findByRole( 'form', {
			name: 'Error rate (platform-wide)',
		} );
		fireEvent.change( within( form ).getByLabelText( 'Threshold (%)' ), {
			target: { value: '10' },
		} );
		fireEvent.click(
			within( form ).getByRole( 'button', { name: 'Save rule' } )
		);
		await waitFor( () =>
			expect(
				requestsOf( fetchMock ).filter( ( r ) => r.method === 'PATCH' )
			).toHaveLength( 1 )
		);
		const patch = requestsOf( fetchMock ).find(
			( r ) => r.method === 'PATCH'
		)!;
		expect( JSON.parse( String( patch.init.body ) ) ).toEqual( {
			threshold: 0.1,
			windowMinutes: 60,
			enabled: true,
		} );
		await waitFor( () =>
			expect(
				requestsOf( fetchMock ).filter(
					( r ) => r.path === '/api/owner/alerts/rules'
				)
			).toHaveLength( 2 )
		);
	} );

	it( 'shows the delivery log with the failure and sends a test per channel', async () => {
		const fetchMock = fakeFetch( {
			...routes(),
			'POST /api/owner/alerts/channels/c1/test': () =>
				jsonResponse( { delivery: {} }, 202 ),
		} );
		renderApp( '/owner/alerts', fetchMock );
		const log = await screen.findByRole( 'table', {
			name: 'Delivery log',
		} );
		expect( log.textContent ).toContain( 'failed' );
		expect( log.textContent ).toContain( '4 of 4' );
		expect( log.textContent ).toContain( 'the receiver answered HTTP 500' );
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Send test to On call' } )
		);
		await screen.findByText( 'Test queued: see the delivery log.' );
	} );

	it( 'shows the field error of a refused webhook URL', async () => {
		const fetchMock = fakeFetch( {
			...routes(),
			'POST /api/owner/alerts/channels': () =>
				errorResponse(
					400,
					'validation_failed',
					'The webhook URL is refused: private and loopback addresses are not allowed.',
					{
						target: [
							'private and loopback addresses are not allowed.',
						],
					}
				),
		} );
		renderApp( '/owner/alerts', fetchMock );
		const form = await screen.findByRole( 'form', {
			name: 'Add a channel',
		} );
		fireEvent.change( within( form ).getByLabelText( 'Kind' ), {
			target: { value: 'webhook' },
		} );
		fireEvent.change( within( form ).getByLabelText( 'Channel name' ), {
			target: { value: 'Internal' },
		} );
		fireEvent.change( within( form ).getByLabelText( 'Webhook URL' ), {
			target: { value: 'http://10.0.0.5/hook' },
		} );
		fireEvent.submit( form );
		const input = within( form ).getByLabelText( 'Webhook URL' );
		await waitFor( () =>
			expect( input.getAttribute( 'aria-invalid' ) ).toBe( 'true' )
		);
		const describedBy = input.getAttribute( 'aria-describedby' )!;
		expect( document.getElementById( describedBy )?.textContent ).toBe(
			'private and loopback addresses are not allowed.'
		);
	} );

	it( 'is read-only without the manage permission', async () => {
		const reader = {
			...ownerSession,
			user: {
				...owner,
				roles: [ 'support_admin' ],
				permissions: [
					'platform.alerts.read',
					'platform.reports.read',
				],
			},
		};
		const fetchMock = fakeFetch( {
			...routes(),
			'GET /api/auth/me': () => jsonResponse( reader ),
		} );
		renderApp( '/owner/alerts', fetchMock );
		await screen.findByRole( 'table', { name: 'Channels' } );
		expect(
			screen.queryByRole( 'button', { name: 'Evaluate now' } )
		).toBeNull();
		expect(
			screen.queryByRole( 'form', { name: 'Add a channel' } )
		).toBeNull();
		expect(
			screen.queryByRole( 'button', { name: /Send test/ } )
		).toBeNull();
		expect( screen.getByRole( 'link', { name: 'Alerts' } ) ).toBeTruthy();
	} );
} );
