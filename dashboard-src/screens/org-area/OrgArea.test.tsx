/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	rawResponse,
	requestsOf,
} from '../../test/http';
import { memberSession, ownerSession, renderApp } from '../../test/renderApp';

const member = memberSession( {
	id: 'u2',
	email: 'mia@shop.test',
	name: 'Mia',
} );

const overview = (
	role: string,
	permissions: string[],
	impersonation = null as unknown
) => ( {
	organization: { id: 'o1', name: 'Nordic Cycles' },
	role,
	permissions,
	impersonation,
	sites: [],
	connectTokens: [],
	memberCount: 2,
} );

const members = {
	members: [
		{
			userId: 'u1',
			email: 'olav@shop.test',
			name: 'Olav',
			role: 'owner',
			createdAt: '2026-01-01T00:00:00.000Z',
		},
		{
			userId: 'u2',
			email: 'mia@shop.test',
			name: 'Mia',
			role: 'viewer',
			createdAt: '2026-01-02T00:00:00.000Z',
		},
	],
};

describe( 'organization area', () => {
	it( 'shows a viewer only the sections and controls the role allows', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( member ),
			'GET /api/org': () =>
				jsonResponse( {
					organizations: [
						{ id: 'o1', name: 'Nordic Cycles', role: 'viewer' },
					],
					impersonation: null,
				} ),
			'GET /api/org/o1': () =>
				jsonResponse(
					overview( 'viewer', [
						'org.overview.read',
						'org.members.read',
					] )
				),
			'GET /api/org/o1/members': () => jsonResponse( members ),
			'GET /api/org/o1/invitations': () =>
				jsonResponse( { invitations: [] } ),
		} );
		renderApp( '/app/o1/members', fetchMock );
		const nav = await screen.findByRole( 'navigation', {
			name: 'Organization sections',
		} );
		expect(
			within( nav )
				.getAllByRole( 'link' )
				.map( ( link ) => link.textContent )
		).toEqual( [ 'Overview', 'Widget health', 'Members' ] );
		await screen.findByRole( 'table', { name: 'Members' } );
		expect(
			screen.queryByRole( 'combobox', { name: /Role of/ } )
		).toBeNull();
		expect( screen.queryByRole( 'button', { name: /Remove/ } ) ).toBeNull();
		expect(
			screen.queryByRole( 'button', { name: 'Send invitation' } )
		).toBeNull();
	} );

	it( 'lets an owner change a role and sends the change with the CSRF token', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () =>
				jsonResponse( { ...member, csrfToken: 'csrf-m' } ),
			'GET /api/org': () =>
				jsonResponse( {
					organizations: [
						{ id: 'o1', name: 'Nordic Cycles', role: 'owner' },
					],
					impersonation: null,
				} ),
			'GET /api/org/o1': () =>
				jsonResponse(
					overview( 'owner', [
						'org.overview.read',
						'org.members.read',
						'org.members.manage',
					] )
				),
			'GET /api/org/o1/members': () => jsonResponse( members ),
			'GET /api/org/o1/invitations': () =>
				jsonResponse( { invitations: [] } ),
			'PATCH /api/org/o1/members/u2': () => rawResponse( 204 ),
		} );
		renderApp( '/app/o1/members', fetchMock );
		const select = await screen.findByRole( 'combobox', {
			name: 'Role of mia@shop.test',
		} );
		fireEvent.change( select, { target: { value: 'admin' } } );
		expect(
			await screen.findByText( 'mia@shop.test is now Admin.' )
		).toBeTruthy();
		const [ patch ] = requestsOf( fetchMock ).filter(
			( request ) => request.method === 'PATCH'
		);
		expect( JSON.parse( String( patch?.init.body ) ) ).toEqual( {
			role: 'admin',
		} );
		expect( new Headers( patch?.init.headers ).get( 'x-csrf-token' ) ).toBe(
			'csrf-m'
		);
	} );

	it( 'shows the impersonation banner with the end time, and Stop ends the grant', async () => {
		const impersonation = {
			grantId: 'g1',
			organizationId: 'o1',
			organizationName: 'Nordic Cycles',
			reason: 'Ticket 1',
			startedAt: '2026-11-26T10:00:00.000Z',
			expiresAt: new Date( Date.now() + 15 * 60_000 ).toISOString(),
		};
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( ownerSession ),
			'GET /api/org': () =>
				jsonResponse( { organizations: [], impersonation } ),
			'GET /api/org/o1': () =>
				jsonResponse(
					overview(
						'admin',
						[ 'org.overview.read', 'org.members.read' ],
						impersonation
					)
				),
			'DELETE /api/owner/organizations/o1/impersonation': () =>
				rawResponse( 204 ),
			'GET /api/owner/organizations/o1': () =>
				errorResponse( 404, 'not_found', 'x' ),
		} );
		renderApp( '/app', fetchMock );
		const banner = await screen.findByRole( 'region', {
			name: 'Viewing as platform staff',
		} );
		expect( banner.textContent ).toMatch(
			/You are viewing Nordic Cycles as platform staff — ends at \d\d:\d\d/
		);
		fireEvent.click(
			within( banner ).getByRole( 'button', { name: 'Stop' } )
		);
		await waitFor( () =>
			expect( window.location.pathname ).toBe( '/owner/organizations/o1' )
		);
		expect(
			requestsOf( fetchMock ).some(
				( request ) =>
					request.method === 'DELETE' &&
					request.path === '/api/owner/organizations/o1/impersonation'
			)
		).toBe( true );
	} );

	it( 'asks for authenticator enrolment when the organization requires MFA', async () => {
		const fetchMock = fakeFetch( {
			'GET /api/auth/me': () => jsonResponse( member ),
			'GET /api/org': () =>
				jsonResponse( {
					organizations: [
						{ id: 'o1', name: 'Nordic Cycles', role: 'agent' },
					],
					impersonation: null,
				} ),
			'GET /api/org/o1': () =>
				errorResponse( 403, 'org_mfa_required', 'Set up MFA.' ),
			'POST /api/auth/mfa/totp/enrolment': () =>
				jsonResponse(
					{
						secret: 'JBSWY3DPEHPK3PXP',
						otpauthUrl: 'otpauth://x',
						qrSvg: '<svg/>',
					},
					201
				),
		} );
		renderApp( '/app/o1', fetchMock );
		expect(
			await screen.findByRole( 'heading', {
				name: 'This organization requires two-step verification',
			} )
		).toBeTruthy();
		expect(
			await screen.findByRole( 'textbox', { name: 'Secret key' } )
		).toBeTruthy();
		expect(
			screen.queryByRole( 'navigation', {
				name: 'Organization sections',
			} )
		).toBeNull();
	} );
} );
