/**
 * The organization area in the browser: an organization's owner accepts the platform's
 * invitation, invites a member by e-mail (the e2e sidecar has no mail server, so the link the
 * mail would carry is shown to the inviter, as in access.spec.ts), the member accepts, signs
 * in, lands in /app and sees only their organization; a role change takes effect; requiring
 * MFA sends the member to enrolment before anything of the organization is shown.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { ownerApi } from './helpers';
import {
	MEMBER_PASSWORD,
	organizationWithOwnerInvitation,
} from './org-helpers';
import { Authenticator } from './staff';

test.describe.configure( { mode: 'serial', timeout: 120_000 } );

const ORG = 'Nordic Cycles';
const MEMBER = 'mia@nordic-cycles.test';
let organizationId: string;
let otherOrganizationId: string;

async function acceptInBrowser( page: Page, link: string, name: string ) {
	await page.goto( link );
	await expect(
		page.getByRole( 'heading', { name: `Join ${ ORG }` } )
	).toBeVisible();
	await page.getByRole( 'textbox', { name: 'Your name' } ).fill( name );
	await page.getByLabel( 'Choose a password' ).fill( MEMBER_PASSWORD );
	await page
		.getByRole( 'button', { name: 'Create account and join' } )
		.click();
	await expect( page ).toHaveURL( new RegExp( `/app/${ organizationId }$` ) );
	await expect( page.getByRole( 'heading', { name: ORG } ) ).toBeVisible();
}

const sections = ( page: Page ) =>
	page
		.getByRole( 'navigation', { name: 'Organization sections' } )
		.getByRole( 'link' );

test( 'the owner accepts, invites a member by e-mail; the member accepts and sees only their organization', async ( {
	page,
	browser,
} ) => {
	const created = await organizationWithOwnerInvitation(
		ORG,
		'olav@nordic-cycles.test'
	);
	organizationId = created.organizationId;
	const other = await (
		await ownerApi()
	).request( 'POST', '/api/owner/organizations', {
		name: 'Someone Else Ltd',
	} );
	otherOrganizationId = other.body.organization.id;

	await acceptInBrowser( page, created.link, 'Olav Owner' );
	await expect( sections( page ) ).toHaveText( [
		'Overview',
		'Conversations',
		'Widget health',
		'Members',
		'Settings',
	] );
	await sections( page ).filter( { hasText: 'Members' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Members', level: 1 } )
	).toBeVisible();
	await page
		.getByRole( 'textbox', { name: 'E-mail address' } )
		.fill( MEMBER );
	await page
		.getByRole( 'combobox', { name: 'Role', exact: true } )
		.selectOption( {
			label: 'Viewer',
		} );
	await page.getByRole( 'button', { name: 'Send invitation' } ).click();
	await expect( page.getByRole( 'status' ).first() ).toContainText(
		`Invitation created for ${ MEMBER }`
	);
	const link = await page
		.getByRole( 'textbox', { name: 'Invitation link' } )
		.inputValue();
	expect( link ).toMatch( /\/app\/accept-invitation\?token=oinv_/ );
	await expect(
		page.getByRole( 'table', { name: 'Pending invitations' } )
	).toContainText( MEMBER );
	expect( await seriousA11yViolations( page ) ).toEqual( [] );

	const member = await ( await browser.newContext() ).newPage();
	await acceptInBrowser( member, link, 'Mia Member' );
	// A viewer sees the overview, widget health and the members, nothing else, and no
	// member controls.
	await expect( sections( member ) ).toHaveText( [
		'Overview',
		'Widget health',
		'Members',
	] );
	await expect(
		member
			.getByRole( 'combobox', { name: 'Organization' } )
			.getByRole( 'option' )
	).toHaveText( [ `${ ORG } (Viewer)` ] );
	await sections( member ).filter( { hasText: 'Members' } ).click();
	await expect(
		member.getByRole( 'table', { name: 'Members' } )
	).toContainText( 'olav@nordic-cycles.test' );
	await expect(
		member.getByRole( 'button', { name: /Remove/ } )
	).toHaveCount( 0 );
	await expect(
		member.getByRole( 'button', { name: 'Send invitation' } )
	).toHaveCount( 0 );
	// Another organization does not exist as far as the member can tell.
	await member.goto( `/app/${ otherOrganizationId }` );
	await expect(
		member.getByRole( 'heading', { name: 'Organization not found' } )
	).toBeVisible();
	// The platform area is not theirs: /owner sends them to /app.
	await member.goto( '/owner' );
	await expect( member ).toHaveURL(
		new RegExp( `/app/${ organizationId }$` )
	);

	// Signing in again lands in the organization area.
	await member.getByRole( 'button', { name: 'Sign out' } ).click();
	await expect( member ).toHaveURL( /\/owner\/login/ );
	await member.getByLabel( 'Email' ).fill( MEMBER );
	await member.getByLabel( 'Password' ).fill( MEMBER_PASSWORD );
	await member.getByRole( 'button', { name: /sign in/i } ).click();
	await expect( member ).toHaveURL(
		new RegExp( `/app/${ organizationId }$` )
	);
	await expect( member.getByRole( 'heading', { name: ORG } ) ).toBeVisible();

	// A role change takes effect on the member's next page load (the owner's list is
	// reloaded first: it was shown before the member accepted).
	await page.reload();
	await page
		.getByRole( 'combobox', { name: `Role of ${ MEMBER }` } )
		.selectOption( { label: 'Admin' } );
	await expect( page.getByRole( 'status' ).first() ).toContainText(
		`${ MEMBER } is now Admin.`
	);
	await member.reload();
	await expect( sections( member ) ).toHaveText( [
		'Overview',
		'Conversations',
		'Widget health',
		'Members',
		'Settings',
	] );
	await member.context().close();
} );

test( 'requiring MFA sends members without an authenticator to enrolment before anything else', async ( {
	page,
	browser,
} ) => {
	await page.goto( '/owner/login' );
	await page.getByLabel( 'Email' ).fill( 'olav@nordic-cycles.test' );
	await page.getByLabel( 'Password' ).fill( MEMBER_PASSWORD );
	await page.getByRole( 'button', { name: /sign in/i } ).click();
	await expect( page ).toHaveURL( new RegExp( `/app/${ organizationId }$` ) );
	await page
		.getByRole( 'navigation', { name: 'Organization sections' } )
		.getByRole( 'link', { name: 'Settings' } )
		.click();
	await page
		.getByRole( 'checkbox', {
			name: 'Require two-step verification for every member',
		} )
		.check();
	await page.getByRole( 'button', { name: 'Save settings' } ).click();
	// The rule holds for the owner too: their password-only session is sent to enrolment next.
	await expect(
		page.getByRole( 'heading', {
			name: 'This organization requires two-step verification',
		} )
	).toBeVisible();

	const member = await ( await browser.newContext() ).newPage();
	await member.goto( '/owner/login' );
	await member.getByLabel( 'Email' ).fill( MEMBER );
	await member.getByLabel( 'Password' ).fill( MEMBER_PASSWORD );
	await member.getByRole( 'button', { name: /sign in/i } ).click();
	await expect(
		member.getByRole( 'heading', {
			name: 'This organization requires two-step verification',
		} )
	).toBeVisible();
	await expect(
		member.getByRole( 'navigation', { name: 'Organization sections' } )
	).toHaveCount( 0 );
	// The API refuses too, with the code the page reacts to.
	const refused = await member.request.get( `/api/org/${ organizationId }` );
	expect( refused.status() ).toBe( 403 );
	expect( ( await refused.json() ).error.code ).toBe( 'org_mfa_required' );

	const secret = await member
		.getByRole( 'textbox', { name: 'Secret key' } )
		.inputValue();
	await member
		.getByRole( 'textbox', { name: 'Authentication code' } )
		.fill( await new Authenticator( secret ).nextCode() );
	await member
		.getByRole( 'button', { name: 'Turn on two-step verification' } )
		.click();
	await member
		.getByRole( 'button', { name: 'I have saved my backup codes' } )
		.click();
	await expect( member.getByRole( 'heading', { name: ORG } ) ).toBeVisible();
	await expect(
		member.getByRole( 'navigation', { name: 'Organization sections' } )
	).toBeVisible();
	await member.context().close();
} );
