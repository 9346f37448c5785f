/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, jsonResponse, type RecordedRequest } from '../../test/http';
import { owner, ownerSession, renderApp } from '../../test/renderApp';

const roles = [
	{
		id: 'platform_owner',
		name: 'Platform Owner',
		description: 'Everything',
		permissions: [ 'platform.audit.read', 'platform.system.read' ],
	},
	{
		id: 'support_admin',
		name: 'Support Admin',
		description: 'Helps shops',
		permissions: [],
	},
];
const permissions = [
	{ id: 'platform.audit.read', description: 'Read and export the audit log' },
	{ id: 'platform.system.read', description: 'See system health' },
];

function settingsRoutes(
	session: typeof ownerSession,
	puts: RecordedRequest[] = []
) {
	return {
		'GET /api/auth/me': () => jsonResponse( session ),
		'GET /api/owner/staff': () => jsonResponse( { staff: [] } ),
		'GET /api/owner/roles': () => jsonResponse( { roles, permissions } ),
		'PUT /api/owner/roles/support_admin/permissions': (
			request: RecordedRequest
		) => {
			puts.push( request );
			return jsonResponse( {
				permissions: ( request.body as { permissions: string[] } )
					.permissions,
			} );
		},
	};
}

describe( 'RolePermissionsEditor', () => {
	it( 'saves the changed role with the CSRF token and says so', async () => {
		const puts: RecordedRequest[] = [];
		renderApp(
			'/owner/settings',
			fakeFetch( settingsRoutes( ownerSession, puts ) )
		);

		const box = await screen.findByRole( 'checkbox', {
			name: 'Support Admin: Read and export the audit log',
		} );
		// The Platform Owner's column is not editable: it holds everything.
		expect(
			screen.queryByRole( 'checkbox', {
				name: /^Platform Owner:/,
			} )
		).toBeNull();
		expect( screen.getByText( 'No unsaved changes.' ) ).toBeTruthy();
		fireEvent.click( box );
		expect(
			screen.getByText( 'Unsaved changes: Support Admin.' )
		).toBeTruthy();
		fireEvent.click(
			screen.getByRole( 'button', { name: 'Save role permissions' } )
		);
		await waitFor( () =>
			expect(
				screen
					.getAllByRole( 'status' )
					.some( ( node ) =>
						node.textContent?.includes( 'Saved: Support Admin.' )
					)
			).toBe( true )
		);
		expect( puts ).toHaveLength( 1 );
		expect( puts[ 0 ]!.body ).toEqual( {
			permissions: [ 'platform.audit.read' ],
		} );
		expect( puts[ 0 ]!.headers[ 'X-CSRF-Token' ] ).toBe( 'csrf-owner' );
	} );

	it( 'is not shown to staff who may not change roles', async () => {
		const reader = {
			...ownerSession,
			user: {
				...owner,
				roles: [ 'platform_admin' ],
				permissions: [ 'platform.admins.read' ],
			},
		};
		renderApp( '/owner/settings', fakeFetch( settingsRoutes( reader ) ) );
		const table = await screen.findByRole( 'table', {
			name: 'Roles and their permissions',
		} );
		expect( within( table ).getByText( 'Support Admin' ) ).toBeTruthy();
		expect( screen.queryByRole( 'checkbox' ) ).toBeNull();
		expect(
			screen.queryByRole( 'button', { name: 'Save role permissions' } )
		).toBeNull();
	} );
} );
