/**
 * The wp-admin OmniOps page tells each user the truth, against real WordPress + WooCommerce
 * and the real sidecar, in Debian's Chromium:
 * (a) after Connect the catalog panel follows the first sync (never "Up to date" with 0
 *     products) and ends with the shop's real product count, and the pages index likewise
 *     ends "Up to date" with its documents, without a reload (issue 10 item 5);
 * (b) a shop manager sees a notice instead of the AI provider panel, and loading the page
 *     makes no call that WordPress refuses with 403 (issue 11).
 */
import { expect, test, type Page } from '@playwright/test';
import { E2E } from './env';
import {
	catalogPanelField,
	fillConnectForm,
	openOmniOpsAdmin,
	ownerApi,
	wpLogin,
	wpPhp,
} from './helpers';

test.describe.configure( { mode: 'serial' } );

const MANAGER = {
	user: 'e2e_shop_manager',
	password: 'e2e manager password 1',
};

test.beforeAll( () => {
	// Start from a disconnected plugin whatever an earlier run left behind.
	wpPhp( 'delete_option( "omniops_settings" );' );
} );

/** Records every [status, products] pair the catalog panel renders, from now on. */
async function recordCatalogPanel( page: Page ): Promise< void > {
	await page.evaluate( () => {
		const seen: string[][] = [];
		( window as unknown as { omniopsSeen: string[][] } ).omniopsSeen = seen;
		const read = () => {
			const section = document.querySelector(
				'[aria-labelledby="omniops-catalog-heading"]'
			);
			const cells = Array.from( section?.querySelectorAll( 'dd' ) ?? [] );
			if ( cells.length >= 2 ) {
				const pair = [
					cells[ 0 ]!.textContent ?? '',
					cells[ 1 ]!.textContent ?? '',
				];
				const last = seen[ seen.length - 1 ];
				if ( ! last || last.join( '|' ) !== pair.join( '|' ) ) {
					seen.push( pair );
				}
			}
		};
		new MutationObserver( read ).observe( document.body, {
			subtree: true,
			childList: true,
			characterData: true,
		} );
	} );
}

test( 'after Connect the catalog panel follows the first sync and ends with the real product count', async ( {
	page,
} ) => {
	test.setTimeout( 90_000 );
	const published = Number(
		wpPhp( 'echo (int) wp_count_posts( "product" )->publish;' ).trim()
	);
	expect( published ).toBeGreaterThan( 0 );
	const owner = await ownerApi();
	const { token } = await owner.connectToken( 'Truthful Panel Shop' );

	await openOmniOpsAdmin( page );
	await fillConnectForm( page, token );
	await recordCatalogPanel( page );
	await page.getByRole( 'button', { name: 'Connect', exact: true } ).click();

	const field = ( name: string ) => catalogPanelField( page, name );
	// No reload: the panel polls until the sync has run.
	await expect( field( 'Status' ) ).toHaveText( 'Up to date', {
		timeout: 60_000,
	} );
	await expect( field( 'Products' ) ).toHaveText( String( published ) );

	const seen = await page.evaluate(
		() => ( window as unknown as { omniopsSeen: string[][] } ).omniopsSeen
	);
	// What the panel showed along the way (kept in the report): a sync starting or running,
	// never "Up to date · 0".
	test.info().annotations.push( {
		type: 'catalog panel states',
		description: JSON.stringify( seen ),
	} );
	expect( seen.length ).toBeGreaterThan( 0 );
	expect( seen ).not.toContainEqual( [ 'Up to date', '0' ] );
	for ( const [ status = '', products ] of seen ) {
		if ( status.startsWith( 'Syncing: page' ) ) {
			expect( products ).toMatch(
				new RegExp( `^\\d+ of ${ published }$` )
			);
		}
	}
	expect( seen[ seen.length - 1 ] ).toEqual( [
		'Up to date',
		String( published ),
	] );

	// The pages and posts index too: followed without a reload, never "Up to date" at 0.
	// The status table is role="presentation": find the row by its header's text.
	const cell = ( label: string ) =>
		page
			.locator( '.omniops-status tr', {
				has: page.locator( 'th', { hasText: label } ),
			} )
			.locator( 'td' );
	await expect( cell( 'Index state' ) ).toHaveText( 'Up to date', {
		timeout: 60_000,
	} );
	await expect( cell( 'Knowledge' ) ).not.toHaveText( '0 documents' );
} );

test( 'a shop manager sees a notice instead of the AI provider panel, and nothing on the page is refused', async ( {
	page,
} ) => {
	wpPhp( `
		$user = get_user_by( "login", "${ MANAGER.user }" );
		if ( $user ) { wp_delete_user( $user->ID ); }
		wp_insert_user( array(
			"user_login" => "${ MANAGER.user }",
			"user_pass"  => "${ MANAGER.password }",
			"user_email" => "e2e-shop-manager@example.com",
			"role"       => "shop_manager",
		) );
	` );
	const refused: string[] = [];
	page.on( 'response', ( response ) => {
		if (
			response.status() === 403 &&
			response.url().includes( 'omniops' )
		) {
			refused.push( response.url() );
		}
	} );

	await page.goto( `${ E2E.wpUrl }/wp-login.php` );
	await page.locator( '#user_login' ).fill( MANAGER.user );
	await page.locator( '#user_pass' ).fill( MANAGER.password );
	await page.locator( '#wp-submit' ).click();
	await expect( page ).toHaveURL( /wp-admin/ );
	await page.goto( `${ E2E.wpUrl }/wp-admin/admin.php?page=omniops` );

	// The page is the shop manager's: connection, catalog and the other panels load.
	await expect(
		page.getByText( 'Connected', { exact: true } )
	).toBeVisible();
	await expect(
		page.getByRole( 'region', { name: 'WooCommerce catalog' } )
	).toBeVisible();
	const ai = page.getByRole( 'region', { name: 'AI provider' } );
	await expect( ai ).toContainText(
		'Only a site administrator can choose the AI provider'
	);
	await expect(
		page.getByRole( 'button', { name: 'Save AI provider' } )
	).toHaveCount( 0 );
	await page.waitForLoadState( 'networkidle' );
	expect( refused ).toEqual( [] );

	// An administrator still gets the panel on the same page.
	await page.context().clearCookies();
	await wpLogin( page );
	await page.goto( `${ E2E.wpUrl }/wp-admin/admin.php?page=omniops` );
	await expect(
		page.getByRole( 'button', { name: 'Save AI provider' } )
	).toBeVisible();
	wpPhp(
		`$user = get_user_by( "login", "${ MANAGER.user }" ); if ( $user ) { wp_delete_user( $user->ID ); }`
	);
} );
