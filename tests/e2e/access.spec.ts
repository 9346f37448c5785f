/**
 * The access layer in the browser: the platform owner's first sign-in enrols an
 * authenticator (the code computed here from the secret the page shows), later sign-ins
 * answer the challenge with a fresh code or a backup code, a replayed code is refused, and
 * the audit log and settings pages show what happened. Runs first (file order), so the
 * owner's enrolment happens here.
 */
import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { E2E } from './env';
import {
	enrolAuthenticatorInPage,
	saveBackupCodes,
	submitEnrolmentCode,
} from './mfa-page';
import { nextOwnerCode, readOwnerMfa } from './owner-mfa';

test.describe.configure( { mode: 'serial', timeout: 120_000 } );

let backupCodes: string[] = [];

async function signInWithPassword( page: Page ) {
	await page.goto( '/owner/login' );
	await page.getByLabel( 'Email' ).fill( E2E.owner.email );
	await page.getByLabel( 'Password' ).fill( E2E.owner.password );
	await page.getByRole( 'button', { name: /sign in/i } ).click();
}

/**
 * Signs in with the password and answers the authenticator challenge with `code` (a
 * function is called only after the password step, so a time-based code is fresh).
 * @param page
 * @param code
 */
async function signInWithCode(
	page: Page,
	code: string | ( () => Promise< string > )
) {
	await signInWithPassword( page );
	await page
		.getByRole( 'textbox', { name: 'Authentication code' } )
		.fill( typeof code === 'string' ? code : await code() );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
}

async function signOut( page: Page ) {
	await page.getByRole( 'button', { name: 'Sign out', exact: true } ).click();
	await expect( page ).toHaveURL( /\/owner\/login/ );
}

test( 'the first sign-in enrols an authenticator; nothing of the owner API answers before', async ( {
	page,
} ) => {
	expect( readOwnerMfa() ).toBeNull();
	await signInWithPassword( page );
	await expect(
		page.getByRole( 'heading', { name: 'Set up two-step verification' } )
	).toBeVisible();
	await expect(
		page.getByRole( 'img', { name: 'QR code for your authenticator app' } )
	).toBeVisible();
	// The password-only session is refused by the owner API.
	const refused = await page.request.get( '/api/owner/organizations' );
	expect( refused.status() ).toBe( 403 );
	expect( ( await refused.json() ).error.code ).toBe( 'mfa_required' );

	const secret = await page
		.getByRole( 'textbox', { name: 'Secret key' } )
		.inputValue();
	await submitEnrolmentCode( page, '000000' );
	await expect( page.getByRole( 'alert' ) ).toContainText( 'not valid' );
	await submitEnrolmentCode( page, await nextOwnerCode( secret ) );
	backupCodes = await saveBackupCodes( page );
	await expect(
		page.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
	await signOut( page );
} );

test( 'a full sign-in with a TOTP code computed from the enrolled secret; the same code is refused the second time', async ( {
	page,
} ) => {
	await signInWithPassword( page );
	await expect(
		page.getByRole( 'heading', { name: 'Two-step verification' } )
	).toBeVisible();
	const code = await nextOwnerCode();
	await page
		.getByRole( 'textbox', { name: 'Authentication code' } )
		.fill( code );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
	await signOut( page );

	await signInWithCode( page, code );
	await expect( page.getByRole( 'alert' ) ).toContainText( 'work once' );
} );

test( 'a backup code signs in once (recovery) and is refused the second time', async ( {
	page,
} ) => {
	await signInWithPassword( page );
	await page.getByRole( 'button', { name: /Use a backup code/ } ).click();
	await page
		.getByRole( 'textbox', { name: 'Backup code' } )
		.fill( backupCodes[ 0 ]! );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	// After a backup code the dashboard offers to replace the lost factor first.
	await page.getByRole( 'button', { name: 'Continue' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
	await signOut( page );

	await signInWithPassword( page );
	await page.getByRole( 'button', { name: /Use a backup code/ } ).click();
	await page
		.getByRole( 'textbox', { name: 'Backup code' } )
		.fill( backupCodes[ 0 ]! );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect( page.getByRole( 'alert' ) ).toContainText( 'not valid' );
} );

test( 'the audit log under /owner/system shows, filters, exports and verifies what happened', async ( {
	page,
} ) => {
	await signInWithCode( page, () => nextOwnerCode() );
	await page.getByRole( 'link', { name: 'Audit log' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Audit log' } )
	).toBeVisible();
	const table = page.getByRole( 'table', { name: 'Audit events' } );
	await expect( table ).toContainText( 'mfa.totp.enrol' );
	await expect( table ).toContainText( 'mfa.backup_code.use' );

	await page
		.getByRole( 'textbox', { name: 'Action' } )
		.fill( 'mfa.backup_code.use' );
	await page.getByRole( 'button', { name: 'Apply filters' } ).click();
	await expect( page.getByText( /^2 events/ ) ).toBeVisible();
	await expect( table.getByRole( 'row' ) ).toHaveCount( 3 );

	const download = page.waitForEvent( 'download' );
	await page.getByRole( 'link', { name: 'Export CSV' } ).click();
	const csv = await ( await download ).path();
	const text = ( await import( 'node:fs' ) ).readFileSync( csv, 'utf8' );
	expect( text.split( '\r\n' )[ 0 ] ).toContain( '"action"' );
	expect( text.trim().split( '\r\n' ) ).toHaveLength( 3 );

	await page.getByRole( 'button', { name: 'Verify chain' } ).click();
	await expect(
		page.getByRole( 'status' ).filter( { hasText: 'Chain' } )
	).toContainText( /Chain intact: \d+ rows verified/ );

	await page.getByRole( 'link', { name: 'Settings' } ).click();
	await expect(
		page.getByRole( 'table', { name: 'Platform staff' } )
	).toContainText( E2E.owner.email );
	await expect(
		page.getByRole( 'table', { name: 'Platform staff' } )
	).toContainText( 'Platform Owner' );
	// The last owner cannot be revoked: the server refuses and says why.
	await page
		.getByRole( 'button', {
			name: `Revoke Platform Owner from ${ E2E.owner.email }`,
		} )
		.click();
	await expect( page.getByRole( 'alert' ) ).toContainText(
		'last Platform Owner'
	);
} );

test( 'the account page lists sessions and replaces the authenticator; only the new one signs in', async ( {
	page,
} ) => {
	await signInWithCode( page, () => nextOwnerCode() );
	await page.getByRole( 'link', { name: 'Account' } ).click();
	await expect(
		page.getByRole( 'table', { name: 'Your sessions' } )
	).toContainText( 'This browser' );
	const oldSecret = readOwnerMfa()!.secret;
	await page.getByRole( 'button', { name: 'Replace authenticator' } ).click();
	const secret = await enrolAuthenticatorInPage( page, nextOwnerCode );
	expect( secret ).not.toBe( oldSecret );
	await expect( page.getByRole( 'status' ).first() ).toContainText(
		'new authenticator is active'
	);
	await signOut( page );

	await signInWithCode( page, () => generate( { secret: oldSecret } ) );
	await expect( page.getByRole( 'alert' ) ).toContainText( 'not valid' );
	await page
		.getByRole( 'textbox', { name: 'Authentication code' } )
		.fill( await nextOwnerCode() );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
} );

test( 'the owner invites a Support Admin, who creates the account from the link, enrols, and sees only what the role allows', async ( {
	page,
	browser,
} ) => {
	await signInWithCode( page, () => nextOwnerCode() );
	await page.getByRole( 'link', { name: 'Settings' } ).click();
	await page
		.getByRole( 'textbox', { name: 'Email of the person to invite' } )
		.fill( 'support@omniops.test' );
	await page
		.getByRole( 'combobox', { name: 'Their role' } )
		.selectOption( { label: 'Support Admin' } );
	await page.getByRole( 'button', { name: 'Send invitation' } ).click();
	// The e2e sidecar has no mail server: the link is handed to the inviter.
	const link = await page
		.getByRole( 'textbox', { name: 'Invitation link' } )
		.inputValue();
	expect( link ).toMatch( /\/owner\/accept-invitation\?token=inv_/ );

	const invitee = await ( await browser.newContext() ).newPage();
	await invitee.goto( link );
	await expect( invitee.getByText( 'support@omniops.test' ) ).toBeVisible();
	await invitee
		.getByRole( 'textbox', { name: 'Your name' } )
		.fill( 'Sam Support' );
	await invitee
		.getByLabel( 'Password', { exact: true } )
		.fill( 'support password 123' );
	await invitee
		.getByLabel( 'Repeat the password' )
		.fill( 'support password 123' );
	await invitee.getByRole( 'button', { name: 'Create account' } ).click();
	await expect(
		invitee.getByRole( 'heading', { name: 'Set up two-step verification' } )
	).toBeVisible();
	await enrolAuthenticatorInPage( invitee, ( secret ) =>
		generate( { secret } )
	);
	await expect(
		invitee.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
	const nav = invitee.getByRole( 'navigation', { name: 'Sections' } );
	await expect(
		nav.getByRole( 'link', { name: 'Organizations', exact: true } )
	).toBeVisible();
	await expect( nav.getByRole( 'link', { name: 'Audit log' } ) ).toHaveCount(
		0
	);
	await expect( nav.getByRole( 'link', { name: 'Settings' } ) ).toHaveCount(
		0
	);
	// The server refuses what the page does not offer.
	expect(
		( await invitee.request.get( '/api/owner/audit-log' ) ).status()
	).toBe( 403 );
} );
