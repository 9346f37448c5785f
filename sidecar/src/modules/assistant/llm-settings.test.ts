/**
 * AI provider settings beyond the responder itself: the owner's "Test connection" (one real
 * request through the SDK to the OpenAI-compatible and Anthropic doubles), and the signed
 * wp-admin routes a shop owner uses for the same organization settings and this month's usage.
 */
import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	connectSite,
	ownerSession,
	signedHeaders,
	type ConnectedSite,
	type OwnerSession,
} from '../../../../tests/support/flows';
import {
	startOpenAiDouble,
	type OpenAiDouble,
} from '../../../../tests/doubles/openai/server';
import {
	startAnthropicDouble,
	type AnthropicDouble,
} from '../../../../tests/doubles/anthropic/server';

const OPENAI_KEY = 'sk-test-settings-0123456789';
const ANTHROPIC_KEY = 'sk-ant-settings-0123456789';

describe.each( testDialects() )( 'AI provider settings on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let openai: OpenAiDouble;
	let anthropic: AnthropicDouble;
	let owner: OwnerSession;
	let site: ConnectedSite;

	const path = () =>
		`/api/owner/organizations/${ site.organizationId }/llm-settings`;
	const save = ( overrides: Record< string, unknown > = {} ) =>
		call( sidecar.baseUrl, 'PUT', path(), {
			headers: owner.headers,
			body: {
				provider: 'openai-compatible',
				baseUrl: openai.url,
				model: 'gpt-test',
				apiKey: OPENAI_KEY,
				enabled: true,
				monthlyBudgetUsd: 5,
				timeoutMs: 4000,
				...overrides,
			},
		} );
	const test = ( organizationId = site.organizationId ) =>
		call(
			sidecar.baseUrl,
			'POST',
			`/api/owner/organizations/${ organizationId }/llm-settings/test`,
			{ headers: owner.headers, body: {} }
		);
	const signed = ( method: string, target: string, body?: unknown ) => {
		const raw = body === undefined ? '' : JSON.stringify( body );
		return call( sidecar.baseUrl, method, target, {
			...( body === undefined ? {} : { rawBody: raw } ),
			headers: signedHeaders( site, method, target, raw ),
		} );
	};

	beforeAll( async () => {
		openai = await startOpenAiDouble( OPENAI_KEY );
		anthropic = await startAnthropicDouble( ANTHROPIC_KEY );
		sidecar = await startTestSidecar( dialect );
		owner = await ownerSession( sidecar );
		site = await connectSite( sidecar, owner, 'Settings shop' );
	} );
	afterAll( async () => {
		await sidecar.close();
		await openai.close();
		await anthropic.close();
	} );

	it( 'says so when nothing is saved yet, and 404s an unknown organization', async () => {
		const none = await test();
		expect( none.status ).toBe( 200 );
		expect( none.body ).toMatchObject( {
			ok: false,
			error: 'No AI provider is saved for this organization yet.',
		} );
		expect(
			( await test( '00000000-0000-4000-8000-000000000000' ) ).status
		).toBe( 404 );
		expect( ( await test( 'not-a-uuid' ) ).status ).toBe( 400 );
	} );

	it( 'makes one small real request to an OpenAI-compatible provider and reports ok; the call is audited', async () => {
		expect( ( await save() ).status ).toBe( 200 );
		openai.script( { text: 'OK', usage: { prompt: 12, completion: 1 } } );
		const before = openai.requests.length;
		const result = await test();
		expect( result.status ).toBe( 200 );
		expect( result.body ).toMatchObject( {
			ok: true,
			model: 'gpt-test',
			reply: 'OK',
		} );
		const [ request ] = openai.requests.slice( before );
		expect( request ).toMatchObject( { model: 'gpt-test' } );
		expect( openai.requests.length ).toBe( before + 1 );
		expect( JSON.stringify( request!.messages ) ).toContain( 'OK' );

		const log = await call(
			sidecar.baseUrl,
			'GET',
			`/api/owner/audit-log?resourceId=${ site.organizationId }`,
			{ headers: owner.headers }
		);
		expect(
			log.body.events.map( ( e: { action: string } ) => e.action )
		).toContain( 'POST /api/owner/organizations/:id/llm-settings/test' );
	} );

	it( 'reports a refused key with the provider status and never echoes the key', async () => {
		expect(
			( await save( { apiKey: 'sk-test-wrong-key-999' } ) ).status
		).toBe( 200 );
		const result = await test();
		expect( result.body.ok ).toBe( false );
		expect( result.body.error ).toMatch( /^provider_error: HTTP 401/ );
		expect( result.body.error ).toContain( 'Incorrect API key' );
		expect( JSON.stringify( result.body ) ).not.toContain(
			'sk-test-wrong-key-999'
		);
	} );

	it( 'gives up on a stalled provider within the configured timeout', async () => {
		expect( ( await save( { timeoutMs: 1000 } ) ).status ).toBe( 200 );
		openai.script( { stallMs: 8000 } );
		const started = Date.now();
		const result = await test();
		expect( result.body ).toMatchObject( { ok: false } );
		expect( result.body.error ).toMatch( /timeout|Abort/i );
		expect( Date.now() - started ).toBeLessThan( 4000 );
	} );

	it( 'caps the test at 8 s even with a longer configured timeout (under the plugin HTTP timeout)', async () => {
		expect( ( await save( { timeoutMs: 60000 } ) ).status ).toBe( 200 );
		openai.script( { stallMs: 30000 } );
		const started = Date.now();
		const result = await test();
		const took = Date.now() - started;
		expect( result.body.ok ).toBe( false );
		expect( took ).toBeGreaterThanOrEqual( 7900 );
		expect( took ).toBeLessThan( 9500 );
	}, 20000 );

	it( 'tests an Anthropic provider through the Messages API', async () => {
		expect(
			(
				await save( {
					provider: 'anthropic',
					baseUrl: anthropic.url,
					model: 'claude-test-1',
					apiKey: ANTHROPIC_KEY,
				} )
			).status
		).toBe( 200 );
		anthropic.script( { text: 'OK' } );
		const result = await test();
		expect( result.body ).toMatchObject( {
			ok: true,
			model: 'claude-test-1',
			reply: 'OK',
		} );
		const last = anthropic.requests[ anthropic.requests.length - 1 ]!;
		expect( last.headers[ 'x-api-key' ] ).toBe( ANTHROPIC_KEY );
		expect( last.body.max_tokens ).toBe( 16 );

		anthropic.script( {
			error: {
				status: 404,
				type: 'not_found_error',
				message: 'model: claude-none',
			},
		} );
		const missing = await test();
		expect( missing.body.ok ).toBe( false );
		expect( missing.body.error ).toContain( 'HTTP 404' );
		expect( missing.body.error ).toContain( 'model: claude-none' );
	} );

	it( 'lets the shop owner read and set the same settings over the signed channel, key write-only', async () => {
		const got = await signed( 'GET', '/api/site/assistant/llm-settings' );
		expect( got.status ).toBe( 200 );
		expect( got.body.settings ).toMatchObject( {
			provider: 'anthropic',
			hasApiKey: true,
		} );
		expect( JSON.stringify( got.body ) ).not.toContain( ANTHROPIC_KEY );

		const body = {
			provider: 'openai-compatible',
			baseUrl: openai.url,
			model: 'gpt-shop',
			enabled: true,
			monthlyBudgetUsd: 12.5,
			timeoutMs: 5000,
		};
		// The key is omitted: the stored one is kept.
		const put = await signed(
			'PUT',
			'/api/site/assistant/llm-settings',
			body
		);
		expect( put.status ).toBe( 200 );
		expect( put.body.settings ).toMatchObject( {
			model: 'gpt-shop',
			hasApiKey: true,
			monthlyBudgetUsd: 12.5,
		} );
		// The owner's view is the same organization setting.
		const ownerView = await call( sidecar.baseUrl, 'GET', path(), {
			headers: owner.headers,
		} );
		expect( ownerView.body.settings.model ).toBe( 'gpt-shop' );

		const bad = await signed( 'PUT', '/api/site/assistant/llm-settings', {
			...body,
			baseUrl: null,
			model: 'changed',
		} );
		expect( bad.status ).toBe( 400 );
		expect(
			( await signed( 'GET', '/api/site/assistant/llm-settings' ) ).body
				.settings.model
		).toBe( 'gpt-shop' );

		const cleared = await signed(
			'PUT',
			'/api/site/assistant/llm-settings',
			{ ...body, apiKey: null }
		);
		expect( cleared.body.settings.hasApiKey ).toBe( false );

		expect(
			(
				await signed( 'PUT', '/api/site/assistant/llm-settings', {
					...body,
					apiKey: OPENAI_KEY,
				} )
			).status
		).toBe( 200 );
		openai.script( { text: 'OK' } );
		const tested = await signed(
			'POST',
			'/api/site/assistant/llm-settings/test',
			{}
		);
		expect( tested.body ).toMatchObject( { ok: true, model: 'gpt-shop' } );

		const unsigned = await call(
			sidecar.baseUrl,
			'GET',
			'/api/site/assistant/llm-settings'
		);
		expect( unsigned.status ).toBe( 401 );
	} );

	it( "shows the shop this month's usage of its organization", async () => {
		await sidecar.omniops.services.usage.record( {
			organizationId: site.organizationId,
			siteId: site.siteId,
			conversationId: '00000000-0000-4000-8000-000000000001',
			provider: 'openai-compatible',
			model: 'gpt-shop',
			inputTokens: 1200,
			outputTokens: 80,
			outcome: 'answered',
			reason: null,
		} );
		const usage = await signed( 'GET', '/api/site/usage' );
		expect( usage.status ).toBe( 200 );
		expect( usage.body ).toMatchObject( {
			inputTokens: 1200,
			outputTokens: 80,
			fallbacks: 0,
		} );
	} );
} );
