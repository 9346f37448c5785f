/**
 * What a newcomer sees after `npm start`: the demo storefront answering from its bundled
 * pages, and the dashboard where the platform owner creates an organization and the
 * one-time connect token a shop owner pastes into wp-admin.
 */
import { expect, test } from '@playwright/test';
import { E2E } from './env';
import { ask, openChat } from './helpers';
import { signInWithOwnerPassword } from './owner-mfa';

test( 'the demo storefront answers from its bundled pages and keeps the conversation on reload', async ( {
	page,
} ) => {
	await page.goto( '/demo' );
	const frame = await openChat( page );
	await ask( frame, 'How do I wash linen?' );
	// `.first()`: the reply bubble; the live region repeats the text for screen readers.
	await expect(
		frame.getByText( /Wash them at 30 degrees/ ).first()
	).toBeVisible();
	await expect(
		frame.getByRole( 'link', { name: 'Care guide' } )
	).toHaveAttribute( 'href', `${ E2E.sidecarUrl }/demo/pages/care-guide` );
	// Nothing in the shop's data answers this: an honest "not found", never a guess. The
	// behaviour, not one phrasing: the reply says it found nothing, quotes no page ("From
	// our …") and cites no source (a word that merely shares letters, "spaceships" and
	// "Shipping", is not an answer).
	await ask( frame, 'Do you sell spaceships?' );
	const notFound = frame.locator( '.oo-msg-assistant.oo-msg-sent' ).nth( 1 );
	await expect( notFound ).toContainText( /couldn't find/i );
	await expect( notFound ).not.toContainText( /From our/ );
	await expect( notFound.locator( '.oo-sources' ) ).toHaveCount( 0 );
	await page.reload();
	if (
		( await page.locator( 'iframe[title="OmniOps chat"]' ).count() ) === 0
	) {
		await page.getByRole( 'button', { name: 'Open chat' } ).click();
	}
	await expect(
		page
			.frameLocator( 'iframe[title="OmniOps chat"]' )
			.getByText( 'How do I wash linen?' )
	).toBeVisible();
} );

test( 'the platform owner signs in, creates an organization and a connect token', async ( {
	page,
} ) => {
	// A code step may have to wait for the next 30-second window (codes work once).
	test.setTimeout( 120_000 );
	await page.goto( '/owner' );
	await expect( page ).toHaveURL( /\/owner\/login/ );
	await page.getByLabel( 'Email' ).fill( E2E.owner.email );
	await page.getByLabel( 'Password' ).fill( 'wrong password!!' );
	await page.getByRole( 'button', { name: /sign in/i } ).click();
	await expect( page.getByRole( 'alert' ) ).toContainText(
		'Invalid email or password'
	);
	await signInWithOwnerPassword( page );
	await page.getByLabel( 'Organization name' ).fill( 'Dashboard Outfitters' );
	await page.getByRole( 'button', { name: 'Create organization' } ).click();
	await page
		.getByRole( 'row', { name: /Dashboard Outfitters/ } )
		.getByRole( 'link', { name: 'Dashboard Outfitters' } )
		.click();
	await page.getByRole( 'button', { name: 'Create connect token' } ).click();
	await expect(
		page.getByRole( 'textbox', { name: 'Connect token' } )
	).toHaveValue( /^oct_[A-Za-z0-9_-]+$/ );
	await expect(
		page.getByText( /works once and expires in 24 hours/ )
	).toBeVisible();
} );
