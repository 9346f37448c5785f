/**
 * Role editing in the browser: the Platform Owner gives the Support Admin role a permission
 * on /owner/settings, and a Support Admin signed in elsewhere gains the page it opens on
 * their next request; taking it away removes the page again. The change is in the audit log.
 */
import { expect, test, type Page } from '@playwright/test';
import { signInOwner } from './owner-mfa';
import { STAFF_PASSWORD, enrolTotp, inviteStaff } from './staff';
import { seriousA11yViolations } from './a11y';

test.describe.configure( { mode: 'serial', timeout: 150_000 } );

const AUDIT_FOR_SUPPORT = 'Support Admin: Read and export the audit log';

async function setSupportAuditPermission( owner: Page, granted: boolean ) {
	await owner.goto( '/owner/settings' );
	const box = owner.getByRole( 'checkbox', { name: AUDIT_FOR_SUPPORT } );
	await expect( box ).toBeVisible();
	await expect( box ).toBeChecked( { checked: ! granted } );
	await box.setChecked( granted );
	await expect(
		owner.getByText( 'Unsaved changes: Support Admin.' )
	).toBeVisible();
	expect( await seriousA11yViolations( owner ) ).toEqual( [] );
	await owner
		.getByRole( 'button', { name: 'Save role permissions' } )
		.click();
	await expect(
		owner
			.getByRole( 'status' )
			.filter( { hasText: 'Saved: Support Admin.' } )
	).toBeVisible();
	await expect( box ).toBeChecked( { checked: granted } );
	await expect( owner.getByText( 'No unsaved changes.' ) ).toBeVisible();
}

test( 'a Platform Owner edits a role’s permissions and its holders gain and lose a page', async ( {
	browser,
	page: owner,
} ) => {
	const email = `roles-${ Date.now() }@omniops.test`;
	const authenticator = await enrolTotp(
		await inviteStaff( email, 'support_admin' )
	);
	const staffContext = await browser.newContext();
	const staff = await staffContext.newPage();
	await staff.goto( '/owner/login' );
	await staff.getByLabel( 'Email' ).fill( email );
	await staff.getByLabel( 'Password' ).fill( STAFF_PASSWORD );
	await staff.getByRole( 'button', { name: /sign in/i } ).click();
	await staff
		.getByRole( 'textbox', { name: 'Authentication code' } )
		.fill( await authenticator.nextCode() );
	await staff.getByRole( 'button', { name: 'Verify' } ).click();
	await expect(
		staff.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
	const auditLink = staff.getByRole( 'link', { name: 'Audit log' } );
	await expect( auditLink ).toHaveCount( 0 );
	// Nor may the Support Admin edit roles: no settings page for them at all.
	await expect( staff.getByRole( 'link', { name: 'Settings' } ) ).toHaveCount(
		0
	);

	await signInOwner( owner );
	await setSupportAuditPermission( owner, true );

	await staff.reload();
	await expect( auditLink ).toBeVisible();
	await auditLink.click();
	const events = staff.getByRole( 'table', { name: 'Audit events' } );
	await expect( events ).toBeVisible();
	// What made it possible is itself in the log.
	await expect( events ).toContainText( 'role.permissions.set' );

	await setSupportAuditPermission( owner, false );
	await staff.reload();
	await expect( events ).toHaveCount( 0 );
	await expect( staff.getByRole( 'alert' ) ).toContainText(
		'Could not load the audit log'
	);
	await staff.goto( '/owner' );
	await expect(
		staff.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
	await expect( auditLink ).toHaveCount( 0 );
	await staffContext.close();
} );
