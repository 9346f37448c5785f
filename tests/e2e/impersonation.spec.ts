/**
 * "View as admin": a Support Admin opens an organization's dashboard from the platform's
 * organization page with a reason and a duration, sees the persistent banner on every page,
 * can read but cannot change members (the server refuses with 403), stops, and the audit log
 * holds the start, the stop and the requests made in between. Expiry by time is covered in
 * sidecar/src/modules/orgs/members.test.ts with a moved clock.
 */
import { expect, test } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { ownerApi } from './helpers';
import {
	acceptOverHttp,
	http,
	organizationWithOwnerInvitation,
	staffMember,
	useSession,
} from './org-helpers';

test.describe.configure( { timeout: 120_000 } );

test( 'a Support Admin views an organization as admin for a limited, visible, audited time, without member changes', async ( {
	page,
	context,
} ) => {
	const { organizationId, link } = await organizationWithOwnerInvitation(
		'Harbour Coffee',
		'hanna@harbour-coffee.test'
	);
	const owner = await acceptOverHttp( link, 'Hanna Owner' );
	const invited = await http(
		'POST',
		`/api/org/${ organizationId }/invitations`,
		{ email: 'ali@harbour-coffee.test', role: 'agent' },
		owner
	);
	const agent = await acceptOverHttp( invited.body.link, 'Ali Agent' );

	const support = await staffMember(
		'sofia-support@omniops.test',
		'support_admin'
	);
	await useSession( context, support );
	await page.goto( `/owner/organizations/${ organizationId }` );
	await expect(
		page.getByRole( 'heading', { name: 'Harbour Coffee', level: 1 } )
	).toBeVisible();
	await page
		.getByRole( 'textbox', { name: 'Reason' } )
		.fill( 'Ticket 8812: widget not showing' );
	await page
		.getByRole( 'combobox', { name: 'Duration' } )
		.selectOption( { label: '15 minutes' } );
	await page.getByRole( 'button', { name: 'View as admin' } ).click();

	await expect( page ).toHaveURL( new RegExp( `/app/${ organizationId }$` ) );
	const banner = page.getByRole( 'region', {
		name: 'Viewing as platform staff',
	} );
	await expect( banner ).toContainText(
		/You are viewing Harbour Coffee as platform staff — ends at \d\d:\d\d/
	);
	await expect(
		banner.getByRole( 'button', { name: 'Stop' } )
	).toBeVisible();

	// Members can be read, not changed: no controls, and the server refuses.
	await page
		.getByRole( 'navigation', { name: 'Organization sections' } )
		.getByRole( 'link', { name: 'Members' } )
		.click();
	await expect( banner ).toBeVisible();
	await expect(
		page.getByRole( 'table', { name: 'Members' } )
	).toContainText( 'ali@harbour-coffee.test' );
	await expect(
		page.getByRole( 'combobox', { name: /Role of/ } )
	).toHaveCount( 0 );
	expect( await seriousA11yViolations( page ) ).toEqual( [] );
	await expect(
		page.getByRole( 'button', { name: 'Send invitation' } )
	).toHaveCount( 0 );
	const csrf = ( await ( await page.request.get( '/api/auth/me' ) ).json() )
		.csrfToken;
	const refused = await page.request.patch(
		`/api/org/${ organizationId }/members/${ agent.userId }`,
		{ data: { role: 'viewer' }, headers: { 'x-csrf-token': csrf } }
	);
	expect( refused.status() ).toBe( 403 );
	const refusedInvite = await page.request.post(
		`/api/org/${ organizationId }/invitations`,
		{
			data: { email: 'sneaky@harbour-coffee.test', role: 'admin' },
			headers: { 'x-csrf-token': csrf },
		}
	);
	expect( refusedInvite.status() ).toBe( 403 );

	await banner.getByRole( 'button', { name: 'Stop' } ).click();
	await expect( page ).toHaveURL(
		new RegExp( `/owner/organizations/${ organizationId }$` )
	);
	const after = await page.request.get( `/api/org/${ organizationId }` );
	expect( after.status() ).toBe( 404 );
	await page.goto( `/app/${ organizationId }` );
	await expect(
		page.getByRole( 'heading', { name: 'Organization not found' } )
	).toBeVisible();
	await expect(
		page.getByRole( 'region', { name: 'Viewing as platform staff' } )
	).toHaveCount( 0 );

	// The audit log shows the start and the stop, with the reason, and the requests between.
	const audit = await ownerApi();
	const entries = async ( action: string ) =>
		(
			await audit.request(
				'GET',
				`/api/owner/audit-log?action=${ encodeURIComponent( action ) }&resourceId=${ organizationId }`
			)
		).body.events as Array< { action: string; details: any } >;
	const started = await entries( 'impersonation.start' );
	expect( started ).toHaveLength( 1 );
	expect( started[ 0 ]!.details.reason ).toBe(
		'Ticket 8812: widget not showing'
	);
	expect( await entries( 'impersonation.stop' ) ).toHaveLength( 1 );
	expect(
		( await entries( 'GET /api/org/:orgId/members' ) ).length
	).toBeGreaterThanOrEqual( 1 );
} );
