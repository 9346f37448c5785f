/**
 * The AI provider panel in the browser: the platform owner (signed in with MFA) points an
 * organization at an OpenAI-compatible provider (the OpenAI double, over real HTTP from the
 * e2e sidecar), keeps the key write-only, runs "Test connection" from the keyboard, sees a
 * refused key reported as an alert, and prices the model. Then the shop owner does the same
 * from the OmniOps page in wp-admin (WordPress -> signed channel -> sidecar -> provider).
 */
import { expect, test } from '@playwright/test';
import { startOpenAiDouble, type OpenAiDouble } from '../doubles/openai/server';
import { connectInWpAdmin, ownerApi, wpPhp } from './helpers';
import { signInOwner } from './owner-mfa';

const KEY = 'sk-e2e-provider-0123456789';

let llm: OpenAiDouble;

test.beforeAll( async () => {
	llm = await startOpenAiDouble( KEY );
} );
test.afterAll( async () => {
	await llm.close();
} );

test( 'the owner sets an OpenAI-compatible provider, tests the connection and prices the model', async ( {
	page,
} ) => {
	test.setTimeout( 120_000 );
	const api = await ownerApi();
	const org = await api.request( 'POST', '/api/owner/organizations', {
		name: 'AI Provider Shop',
	} );
	expect( org.status ).toBe( 201 );
	const organizationId = org.body.organization.id as string;

	await signInOwner( page );
	await page.goto( `/owner/organizations/${ organizationId }` );
	const panel = page.getByRole( 'region', { name: 'AI provider' } );
	await expect(
		panel.getByText( 'Save a provider first, then test it.' )
	).toBeVisible();

	await panel
		.getByLabel( 'Provider', { exact: true } )
		.selectOption( 'openai-compatible' );
	await panel.getByLabel( 'Base URL', { exact: true } ).fill( llm.url );
	await panel.getByLabel( 'Model', { exact: true } ).fill( 'gpt-e2e' );
	const key = panel.locator( 'input[type="password"]' );
	await expect( key ).toHaveAccessibleName( 'API key' );
	await key.fill( KEY );
	await panel
		.getByLabel( 'Monthly budget (USD)', { exact: true } )
		.fill( '5' );
	await panel.getByRole( 'button', { name: 'Save AI provider' } ).click();
	await expect( panel.getByText( 'AI provider saved.' ) ).toBeVisible();
	await expect( panel.getByText( 'A key is set.' ) ).toBeVisible();
	await expect( panel.locator( 'input[type="password"]' ) ).toHaveCount( 0 );
	expect( await page.content() ).not.toContain( KEY );

	// Saved on the server, key sealed and never returned.
	const saved = await api.request(
		'GET',
		`/api/owner/organizations/${ organizationId }/llm-settings`
	);
	expect( saved.body.settings ).toMatchObject( {
		provider: 'openai-compatible',
		baseUrl: llm.url,
		model: 'gpt-e2e',
		hasApiKey: true,
		monthlyBudgetUsd: 5,
	} );

	// Test connection, from the keyboard: one real request reaches the provider.
	llm.script( { text: 'OK' } );
	const before = llm.requests.length;
	await panel.getByRole( 'button', { name: 'Test connection' } ).focus();
	await page.keyboard.press( 'Enter' );
	await expect(
		panel.getByText( /^Connection works: gpt-e2e answered in \d+ ms\.$/ )
	).toBeVisible();
	expect( llm.requests.length ).toBe( before + 1 );
	expect( llm.requests[ before ]!.model ).toBe( 'gpt-e2e' );

	// A wrong key: the provider refuses it and the panel says so in an alert.
	await panel.getByRole( 'button', { name: 'Replace key' } ).click();
	await panel
		.getByLabel( 'New API key', { exact: true } )
		.fill( 'sk-e2e-wrong-key' );
	await panel.getByRole( 'button', { name: 'Save AI provider' } ).click();
	await expect( panel.getByText( 'AI provider saved.' ) ).toBeVisible();
	await panel.getByRole( 'button', { name: 'Test connection' } ).click();
	await expect( panel.getByRole( 'alert' ) ).toContainText(
		'Connection failed: provider_error: HTTP 401'
	);

	// Usage this month and the price of the model.
	await expect( panel.getByText( 'Budget left' ) ).toBeVisible();
	await expect(
		panel.getByText(
			'gpt-e2e has no price yet: its usage is counted at $0.'
		)
	).toBeVisible();
	await panel.getByLabel( 'Model name', { exact: true } ).fill( 'gpt-e2e' );
	await panel
		.getByLabel( 'Input price (USD per million tokens)', { exact: true } )
		.fill( '0.5' );
	await panel
		.getByLabel( 'Output price (USD per million tokens)', { exact: true } )
		.fill( '1.5' );
	await panel.getByRole( 'button', { name: 'Save price' } ).click();
	await expect( panel.getByText( 'Price of gpt-e2e saved.' ) ).toBeVisible();
	await expect(
		panel
			.getByRole( 'table', { name: 'Model prices' } )
			.getByText( 'gpt-e2e' )
	).toBeVisible();
	await expect( panel.getByText( /has no price yet/ ) ).toHaveCount( 0 );

	// Every call above is in the audit log.
	const log = await api.request(
		'GET',
		`/api/owner/audit-log?resourceId=${ organizationId }`
	);
	expect(
		log.body.events.map( ( e: { action: string } ) => e.action )
	).toEqual(
		expect.arrayContaining( [
			'PUT /api/owner/organizations/:id/llm-settings',
			'POST /api/owner/organizations/:id/llm-settings/test',
		] )
	);
} );

test( 'the shop owner chooses the AI provider in wp-admin and tests it', async ( {
	page,
} ) => {
	test.setTimeout( 120_000 );
	const owner = await ownerApi();
	const { organizationId, token } =
		await owner.connectToken( 'AI wp-admin Shop' );
	wpPhp( 'delete_option( "omniops_settings" );' );
	await connectInWpAdmin( page, token );
	await expect(
		page.getByText( 'Connected', { exact: true } )
	).toBeVisible();

	const panel = page.getByRole( 'region', { name: 'AI provider' } );
	await panel
		.getByLabel( 'Provider', { exact: true } )
		.selectOption( 'openai-compatible' );
	await panel.getByLabel( 'Base URL', { exact: true } ).fill( llm.url );
	await panel.getByLabel( 'Model', { exact: true } ).fill( 'gpt-wp' );
	await panel.getByLabel( 'API key', { exact: true } ).fill( KEY );
	await panel
		.getByLabel( 'Monthly budget (USD)', { exact: true } )
		.fill( '3' );
	await panel.getByRole( 'button', { name: 'Save AI provider' } ).click();
	await expect( panel.getByText( 'AI provider saved.' ) ).toBeVisible();
	await expect( panel.getByText( 'An API key is set.' ) ).toBeVisible();
	expect( await page.content() ).not.toContain( KEY );

	llm.script( { text: 'OK' } );
	await panel.getByRole( 'button', { name: 'Test connection' } ).click();
	await expect(
		panel.getByText( /^Connection works: gpt-wp answered in \d+ ms\.$/ )
	).toBeVisible();
	await expect( panel.getByText( /Budget left: \$3\.00\./ ) ).toBeVisible();

	// The organization's setting, as the platform owner sees it.
	const saved = await owner.request(
		'GET',
		`/api/owner/organizations/${ organizationId }/llm-settings`
	);
	expect( saved.body.settings ).toMatchObject( {
		model: 'gpt-wp',
		baseUrl: llm.url,
		hasApiKey: true,
		monthlyBudgetUsd: 3,
	} );
	wpPhp( 'delete_option( "omniops_settings" );' );
} );
