/**
 * The authenticator's enrolment step as a person goes through it in the dashboard: read the
 * secret key the page shows (as one would type it into an app), enter a code computed from
 * it, turn two-step verification on and confirm the backup codes were saved. Shared by the
 * e2e journeys and the cluster journey (tests/cluster/journey.spec.ts).
 */
import { expect, type Page } from '@playwright/test';
import { generate } from 'otplib';

/**
 * On the "Set up two-step verification" step: enrols with the code `codeFor` computes from
 * the secret the page shows, and returns that secret.
 * @param page
 * @param codeFor
 */
export async function enrolAuthenticatorInPage(
	page: Page,
	codeFor: ( secret: string ) => Promise< string >
): Promise< string > {
	const secret = await page
		.getByRole( 'textbox', { name: 'Secret key' } )
		.inputValue();
	await submitEnrolmentCode( page, await codeFor( secret ) );
	await page
		.getByRole( 'button', { name: 'I have saved my backup codes' } )
		.click();
	return secret;
}

/**
 * On the "Set up two-step verification" step: enters `code` and turns two-step verification
 * on (a wrong code leaves the page on the step with an alert).
 * @param page
 * @param code
 */
export async function submitEnrolmentCode(
	page: Page,
	code: string
): Promise< void > {
	await page
		.getByRole( 'textbox', { name: 'Authentication code' } )
		.fill( code );
	await page
		.getByRole( 'button', { name: 'Turn on two-step verification' } )
		.click();
}

/**
 * The backup codes step after turning two-step verification on: the ten codes are shown, then
 * confirmed as saved. Returns the codes.
 * @param page
 */
export async function saveBackupCodes( page: Page ): Promise< string[] > {
	const codes = page
		.getByRole( 'list', { name: 'Backup codes' } )
		.getByRole( 'listitem' );
	await expect( codes ).toHaveCount( 10 );
	const texts = await codes.allTextContents();
	await page
		.getByRole( 'button', { name: 'I have saved my backup codes' } )
		.click();
	return texts;
}

/**
 * The first sign-in of an owner whose authenticator is not enrolled yet: password, then
 * enrolment with a code computed from the secret the page shows. Ends on the organizations
 * list.
 * @param page
 * @param owner
 * @param owner.email
 * @param owner.password
 */
export async function signInAndEnrol(
	page: Page,
	owner: { email: string; password: string }
): Promise< void > {
	await page.goto( '/owner/login' );
	await page.getByLabel( 'Email' ).fill( owner.email );
	await page.getByLabel( 'Password' ).fill( owner.password );
	await page.getByRole( 'button', { name: /sign in/i } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Set up two-step verification' } )
	).toBeVisible();
	await enrolAuthenticatorInPage( page, ( secret ) =>
		generate( { secret } )
	);
	await expect(
		page.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
}
