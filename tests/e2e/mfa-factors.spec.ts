/**
 * Second factors in the browser: a staff member enrols text messages with the code the
 * sidecar texted to the Twilio double and signs in with a texted code; on the account page
 * another member adds and removes SMS beside the authenticator and signs out all other
 * sessions; a backup code leads straight to replacing the lost authenticator (recovery).
 */
import { expect, test, type Page } from '@playwright/test';
import {
	STAFF_PASSWORD,
	enrolTotp,
	getMe,
	inviteStaff,
	passwordSession,
	Authenticator,
} from './staff';
import { seriousA11yViolations } from './a11y';
import { enrolAuthenticatorInPage, saveBackupCodes } from './mfa-page';
import { nextSmsCode, smsCount } from './twilio';

test.describe.configure( { mode: 'serial', timeout: 150_000 } );

async function signInWithPassword( page: Page, email: string ) {
	await page.goto( '/owner/login' );
	await page.getByLabel( 'Email' ).fill( email );
	await page.getByLabel( 'Password' ).fill( STAFF_PASSWORD );
	await page.getByRole( 'button', { name: /sign in/i } ).click();
}

async function signOut( page: Page ) {
	await page.getByRole( 'button', { name: 'Sign out', exact: true } ).click();
	await expect( page ).toHaveURL( /\/owner\/login/ );
}

const organizationsHeading = ( page: Page ) =>
	page.getByRole( 'heading', { name: 'Organizations', exact: true } );

test( 'a staff member enrols text messages with the texted code and signs in by SMS', async ( {
	page,
} ) => {
	const email = `sms-${ Date.now() }@omniops.test`;
	const phone = '+447700900555';
	await inviteStaff( email, 'support_admin' );
	await signInWithPassword( page, email );
	await expect(
		page.getByRole( 'heading', { name: 'Set up two-step verification' } )
	).toBeVisible();
	await page
		.getByRole( 'button', {
			name: 'No authenticator app? Use text messages instead',
		} )
		.click();
	await page
		.getByRole( 'textbox', { name: 'Mobile number' } )
		.fill( '+44 7700 900 555' );
	const before = await smsCount( phone );
	await page.getByRole( 'button', { name: 'Text me a code' } ).click();
	const enrolSentAt = Date.now();
	await expect(
		page.getByRole( 'status' ).filter( { hasText: 'ending 0555' } )
	).toBeVisible();
	const code = await nextSmsCode( phone, before );
	await page
		.getByRole( 'textbox', { name: 'Code from the text message' } )
		.fill( code );
	await page.getByRole( 'button', { name: 'Confirm number' } ).click();
	await saveBackupCodes( page );
	await expect( organizationsHeading( page ) ).toBeVisible();
	await signOut( page );

	// One text per 30 seconds per person: wait out the enrolment's text.
	await page.waitForTimeout(
		Math.max( 0, enrolSentAt + 31_000 - Date.now() )
	);
	await signInWithPassword( page, email );
	await expect(
		page.getByRole( 'heading', { name: 'Two-step verification' } )
	).toBeVisible();
	const beforeSignIn = await smsCount( phone );
	await page.getByRole( 'button', { name: 'Text me a code' } ).click();
	await expect(
		page.getByRole( 'status' ).filter( { hasText: 'ending 0555' } )
	).toBeVisible();
	const signInCode = await nextSmsCode( phone, beforeSignIn );
	expect( await seriousA11yViolations( page ) ).toEqual( [] );
	const field = page.getByRole( 'textbox', {
		name: 'Code from the text message',
	} );
	await field.fill( signInCode === '000000' ? '000001' : '000000' );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect( page.getByRole( 'alert' ) ).toContainText( 'not valid' );
	await field.fill( signInCode );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect( organizationsHeading( page ) ).toBeVisible();
} );

test( 'the account page adds and removes SMS beside the authenticator and signs out all other sessions', async ( {
	page,
} ) => {
	const email = `sessions-${ Date.now() }@omniops.test`;
	const phone = '+447700900777';
	const authenticator = await enrolTotp(
		await inviteStaff( email, 'support_admin' )
	);
	const elsewhere = [
		await passwordSession( email ),
		await passwordSession( email ),
	];
	await signInWithPassword( page, email );
	await page
		.getByRole( 'textbox', { name: 'Authentication code' } )
		.fill( await authenticator.nextCode() );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect( organizationsHeading( page ) ).toBeVisible();
	await page.getByRole( 'link', { name: 'Account' } ).click();

	// Text messages as a second factor, added and removed from the settings.
	await expect( page.getByText( 'Not set up.' ) ).toBeVisible();
	await page.getByRole( 'button', { name: 'Set up text messages' } ).click();
	await page.getByRole( 'textbox', { name: 'Mobile number' } ).fill( phone );
	const before = await smsCount( phone );
	await page.getByRole( 'button', { name: 'Text me a code' } ).click();
	await page
		.getByRole( 'textbox', { name: 'Code from the text message' } )
		.fill( await nextSmsCode( phone, before ) );
	await page.getByRole( 'button', { name: 'Confirm number' } ).click();
	await expect(
		page
			.getByRole( 'status' )
			.filter( { hasText: 'go to the number ending 0777' } )
	).toBeVisible();
	await expect(
		page.getByText( 'On: codes go to the number ending 0777.' )
	).toBeVisible();
	await page.getByRole( 'button', { name: 'Remove text messages' } ).click();
	// Focus moves to the confirmation, so Enter answers it.
	await expect(
		page.getByRole( 'button', { name: 'Yes, remove' } )
	).toBeFocused();
	expect( await seriousA11yViolations( page ) ).toEqual( [] );
	await page.keyboard.press( 'Enter' );
	await expect(
		page
			.getByRole( 'status' )
			.filter( { hasText: 'Text messages are removed.' } )
	).toBeVisible();
	await expect( page.getByText( 'Not set up.' ) ).toBeVisible();

	// Sign out everywhere else: the password-only sessions and the enrolment's session.
	const table = page.getByRole( 'table', { name: 'Your sessions' } );
	await expect( table.getByRole( 'row' ) ).toHaveCount( 1 + 4 );
	for ( const session of elsewhere ) {
		expect( await getMe( session.cookie ) ).toBe( 200 );
	}
	await page
		.getByRole( 'button', { name: 'Sign out all other sessions' } )
		.click();
	await expect(
		page
			.getByRole( 'status' )
			.filter( { hasText: 'Signed out 3 other sessions.' } )
	).toBeVisible();
	await expect( table.getByRole( 'row' ) ).toHaveCount( 1 + 1 );
	await expect( table ).toContainText( 'This browser' );
	for ( const session of elsewhere ) {
		expect( await getMe( session.cookie ) ).toBe( 401 );
	}
	// This browser stays signed in.
	await page.reload();
	await expect(
		page.getByRole( 'heading', { name: 'Account' } )
	).toBeVisible();
} );

test( 'a backup code leads straight to replacing the lost authenticator', async ( {
	page,
} ) => {
	const email = `recovery-${ Date.now() }@omniops.test`;
	const lost = await enrolTotp( await inviteStaff( email, 'support_admin' ) );
	await signInWithPassword( page, email );
	await page.getByRole( 'button', { name: /Use a backup code/ } ).click();
	await page
		.getByRole( 'textbox', { name: 'Backup code' } )
		.fill( lost.backupCodes[ 0 ]! );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Signed in with a backup code' } )
	).toBeVisible();
	await expect(
		page.getByText( 'You have 9 backup codes left.' )
	).toBeVisible();
	await page
		.getByRole( 'button', { name: 'Set up a new second factor' } )
		.click();
	await expect(
		page.getByRole( 'heading', { name: 'Account' } )
	).toBeVisible();
	await page.getByRole( 'button', { name: 'Replace authenticator' } ).click();
	let fresh!: Authenticator;
	await enrolAuthenticatorInPage( page, ( secret ) => {
		fresh = new Authenticator( secret );
		return fresh.nextCode();
	} );
	await expect( page.getByRole( 'status' ).first() ).toContainText(
		'new authenticator is active'
	);
	await signOut( page );

	// The lost authenticator no longer signs in; the new one does.
	await signInWithPassword( page, email );
	const field = page.getByRole( 'textbox', { name: 'Authentication code' } );
	await field.fill( await lost.nextCode() );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect( page.getByRole( 'alert' ) ).toContainText( 'not valid' );
	await field.fill( await fresh.nextCode() );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
	await expect( organizationsHeading( page ) ).toBeVisible();
} );
