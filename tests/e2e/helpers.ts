import {
	expect,
	type FrameLocator,
	type Locator,
	type Page,
} from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { E2E } from './env';
import { ownerApiSession } from './owner-mfa';

/** A platform-owner session on the e2e sidecar, through its real HTTP API. */
export async function ownerApi() {
	// Password plus the second factor (tests/e2e/owner-mfa.ts), as every platform session needs.
	const { cookie, csrfToken } = await ownerApiSession();
	const request = async ( method: string, path: string, body?: unknown ) => {
		const response = await fetch( `${ E2E.sidecarUrl }${ path }`, {
			method,
			headers: {
				cookie,
				'x-csrf-token': csrfToken,
				...( body === undefined
					? {}
					: { 'content-type': 'application/json' } ),
			},
			body: body === undefined ? undefined : JSON.stringify( body ),
		} );
		return {
			status: response.status,
			body: ( await response.json() ) as any,
		};
	};
	return {
		request,
		async connectToken(
			organizationName: string
		): Promise< { organizationId: string; token: string } > {
			const org = await request( 'POST', '/api/owner/organizations', {
				name: organizationName,
			} );
			const token = await request(
				'POST',
				`/api/owner/organizations/${ org.body.organization.id }/connect-tokens`,
				{}
			);
			return {
				organizationId: org.body.organization.id,
				token: token.body.token,
			};
		},
	};
}

/** Runs PHP inside the test WordPress (tests/env/wp.sh). */
export function wpPhp( code: string ): string {
	return execFileSync( 'bash', [ 'tests/env/wp.sh', code ], {
		encoding: 'utf8',
	} );
}

export async function wpLogin( page: Page ): Promise< void > {
	await page.goto( `${ E2E.wpUrl }/wp-login.php` );
	await page.locator( '#user_login' ).fill( E2E.wpAdmin.user );
	await page.locator( '#user_pass' ).fill( E2E.wpAdmin.password );
	await page.locator( '#wp-submit' ).click();
	await expect( page ).toHaveURL( /wp-admin/ );
}

/** Signs in to wp-admin as the WordPress administrator and opens the OmniOps page. */
export async function openOmniOpsAdmin( page: Page ): Promise< void > {
	await wpLogin( page );
	await page.goto( `${ E2E.wpUrl }/wp-admin/admin.php?page=omniops` );
}

/** Fills the OmniOps page's connect form with this run's sidecar and `token`. */
export async function fillConnectForm(
	page: Page,
	token: string
): Promise< void > {
	await page
		.getByRole( 'textbox', { name: 'Sidecar URL' } )
		.fill( E2E.sidecarUrl );
	await page.getByRole( 'textbox', { name: 'Connect token' } ).fill( token );
}

/** Connects the test WordPress to this run's sidecar with `token`, as the shop owner does. */
export async function connectInWpAdmin(
	page: Page,
	token: string
): Promise< void > {
	await openOmniOpsAdmin( page );
	await fillConnectForm( page, token );
	await page.getByRole( 'button', { name: 'Connect', exact: true } ).click();
}

/**
 * A value on the wp-admin page's WooCommerce catalog panel: the `<dd>` after the `<dt>`
 * named `name` ('Status', 'Products', …).
 * @param page The wp-admin OmniOps page.
 * @param name The field's term.
 */
export function catalogPanelField( page: Page, name: string ): Locator {
	return page
		.getByRole( 'region', { name: 'WooCommerce catalog' } )
		.locator( 'dt', { hasText: name } )
		.locator( 'xpath=following-sibling::dd[1]' );
}

/** Opens the widget from the launcher and returns the chat frame. */
export async function openChat( page: Page ): Promise< FrameLocator > {
	await page.getByRole( 'button', { name: 'Open chat' } ).click();
	const frame = page.frameLocator( 'iframe[title="OmniOps chat"]' );
	await expect(
		frame.getByRole( 'textbox', { name: 'Type your message' } )
	).toBeVisible();
	return frame;
}

export async function ask(
	frame: FrameLocator,
	question: string
): Promise< void > {
	await frame
		.getByRole( 'textbox', { name: 'Type your message' } )
		.fill( question );
	await frame.getByRole( 'button', { name: 'Send' } ).click();
}
