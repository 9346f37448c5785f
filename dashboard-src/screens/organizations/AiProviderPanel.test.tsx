/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	type Handler,
	type RecordedRequest,
} from '../../test/http';
import { ownerSession, renderApp } from '../../test/renderApp';

const ORG = '0b5f7a4e-1111-4222-8333-444455556666';
const base = `/api/owner/organizations/${ ORG }`;

const detail = {
	organization: {
		id: ORG,
		name: 'Acme Outdoor',
		createdAt: '2026-01-01T00:00:00.000Z',
	},
	sites: [],
	connectTokens: [],
};

const savedSettings = {
	provider: 'openai-compatible',
	baseUrl: 'https://llm.acme.test/v1',
	model: 'gpt-4o-mini',
	hasApiKey: true,
	enabled: true,
	monthlyBudgetUsd: 10,
	timeoutMs: 15000,
};

const usage = {
	since: '2026-11-01T00:00:00.000Z',
	spentUsd: 2.5,
	rows: [
		{
			siteId: 's1',
			model: 'gpt-4o-mini',
			outcome: 'answered',
			calls: 4,
			inputTokens: 12000,
			outputTokens: 800,
			costUsd: 2.5,
		},
		{
			siteId: 's1',
			model: 'gpt-4o-mini',
			outcome: 'fallback',
			calls: 2,
			inputTokens: 0,
			outputTokens: 0,
			costUsd: 0,
		},
	],
};

function render( routes: Record< string, Handler > ) {
	const fetchMock = fakeFetch( {
		'GET /api/auth/me': () => jsonResponse( ownerSession ),
		[ `GET ${ base }` ]: () => jsonResponse( detail ),
		[ `GET ${ base }/usage` ]: () => jsonResponse( usage ),
		'GET /api/owner/usage/prices': () =>
			jsonResponse( {
				prices: [
					{
						model: 'gpt-4o-mini',
						inputUsdPerMtok: 0.15,
						outputUsdPerMtok: 0.6,
					},
				],
			} ),
		...routes,
	} );
	renderApp( `/owner/organizations/${ ORG }`, fetchMock );
	return fetchMock;
}

const panel = async () =>
	within(
		( await screen.findByRole( 'heading', { name: 'AI provider' } ) )
			.parentElement as HTMLElement
	);

describe( 'AiProviderPanel', () => {
	it( 'shows the saved provider with the key write-only, usage and budget left', async () => {
		render( {
			[ `GET ${ base }/llm-settings` ]: () =>
				jsonResponse( { settings: savedSettings } ),
		} );
		const region = await panel();
		expect(
			( ( await region.findByLabelText( 'Model' ) ) as HTMLInputElement )
				.value
		).toBe( 'gpt-4o-mini' );
		expect(
			( region.getByLabelText( 'Provider' ) as HTMLSelectElement ).value
		).toBe( 'openai-compatible' );
		expect( region.getByText( 'A key is set.' ) ).toBeTruthy();
		// The key itself is never in the page.
		expect( region.queryByLabelText( /API key/ ) ).toBeNull();
		expect(
			(
				region.getByLabelText(
					'Monthly budget (USD)'
				) as HTMLInputElement
			 ).value
		).toBe( '10' );

		const usageList = await region.findByText( 'Budget left' );
		expect( usageList.nextElementSibling?.textContent ).toBe( '$7.50' );
		expect(
			region.getByText( 'Input tokens' ).nextElementSibling?.textContent
		).toBe( '12,000' );
		expect(
			region.getByText( 'Answers by the built-in responder instead' )
				.nextElementSibling?.textContent
		).toBe( '2' );
		expect(
			within(
				region.getByRole( 'table', { name: 'Model prices' } )
			).getByText( 'gpt-4o-mini' )
		).toBeTruthy();
	} );

	it( 'replaces the key, saves, and reports a working connection test', async () => {
		const puts: RecordedRequest[] = [];
		const fetchMock = render( {
			[ `GET ${ base }/llm-settings` ]: () =>
				jsonResponse( { settings: savedSettings } ),
			[ `PUT ${ base }/llm-settings` ]: ( request ) => {
				puts.push( request );
				return jsonResponse( {
					settings: {
						...savedSettings,
						model: 'llama3',
						hasApiKey: true,
					},
				} );
			},
			[ `POST ${ base }/llm-settings/test` ]: () =>
				jsonResponse( {
					ok: true,
					model: 'llama3',
					reply: 'OK',
					latencyMs: 42,
				} ),
		} );
		const region = await panel();
		const model = ( await region.findByLabelText(
			'Model'
		) ) as HTMLInputElement;
		fireEvent.change( model, { target: { value: 'llama3' } } );
		fireEvent.click(
			region.getByRole( 'button', { name: 'Replace key' } )
		);
		const keyField = region.getByLabelText(
			'New API key'
		) as HTMLInputElement;
		expect( keyField.type ).toBe( 'password' );
		fireEvent.change( keyField, { target: { value: 'sk-new-key-123' } } );
		fireEvent.click(
			region.getByRole( 'button', { name: 'Save AI provider' } )
		);

		expect( await region.findByText( 'AI provider saved.' ) ).toBeTruthy();
		expect( puts[ 0 ]!.body ).toEqual( {
			provider: 'openai-compatible',
			baseUrl: 'https://llm.acme.test/v1',
			model: 'llama3',
			enabled: true,
			monthlyBudgetUsd: 10,
			timeoutMs: 15000,
			apiKey: 'sk-new-key-123',
		} );
		expect( puts[ 0 ]!.headers[ 'X-CSRF-Token' ] ).toBe( 'csrf-owner' );
		// After saving, the key is write-only again.
		expect( region.getByText( 'A key is set.' ) ).toBeTruthy();
		expect( region.queryByLabelText( 'New API key' ) ).toBeNull();

		fireEvent.click(
			region.getByRole( 'button', { name: 'Test connection' } )
		);
		expect(
			await region.findByText(
				'Connection works: llama3 answered in 42 ms.'
			)
		).toBeTruthy();
		expect(
			fetchMock.mock.calls.filter( ( [ url ] ) =>
				String( url ).endsWith( '/llm-settings/test' )
			)
		).toHaveLength( 1 );
	} );

	it( 'removes the key on save when asked, keeping the other settings', async () => {
		const puts: RecordedRequest[] = [];
		render( {
			[ `GET ${ base }/llm-settings` ]: () =>
				jsonResponse( { settings: savedSettings } ),
			[ `PUT ${ base }/llm-settings` ]: ( request ) => {
				puts.push( request );
				return jsonResponse( {
					settings: { ...savedSettings, hasApiKey: false },
				} );
			},
		} );
		const region = await panel();
		fireEvent.click(
			await region.findByRole( 'button', { name: 'Remove key' } )
		);
		expect(
			region.getByText( 'The key will be removed when you save.' )
		).toBeTruthy();
		fireEvent.click(
			region.getByRole( 'button', { name: 'Save AI provider' } )
		);
		await region.findByText( 'AI provider saved.' );
		expect( puts[ 0 ]!.body ).toMatchObject( {
			apiKey: null,
			model: 'gpt-4o-mini',
		} );
		// No key now: the field to enter one is shown.
		expect( region.getByLabelText( 'API key' ) ).toBeTruthy();
	} );

	it( 'checks fields before sending and shows server field errors on the field', async () => {
		const puts: RecordedRequest[] = [];
		render( {
			[ `GET ${ base }/llm-settings` ]: () =>
				jsonResponse( { settings: null } ),
			[ `PUT ${ base }/llm-settings` ]: ( request ) => {
				puts.push( request );
				return errorResponse(
					400,
					'validation_failed',
					'Invalid input.',
					{
						body: {
							issues: [
								{ path: [ 'model' ], message: 'Too long.' },
							],
						},
					}
				);
			},
		} );
		const region = await panel();
		// Nothing saved yet: defaults, and the test button explains why it cannot run.
		const baseUrl = ( await region.findByLabelText(
			'Base URL'
		) ) as HTMLInputElement;
		expect( baseUrl.value ).toBe( 'https://api.openai.com/v1' );
		expect(
			region.getByText( 'Save a provider first, then test it.' )
		).toBeTruthy();

		fireEvent.change( baseUrl, { target: { value: '' } } );
		fireEvent.change( region.getByLabelText( 'Answer timeout (seconds)' ), {
			target: { value: '500' },
		} );
		fireEvent.click(
			region.getByRole( 'button', { name: 'Save AI provider' } )
		);
		await waitFor( () =>
			expect( baseUrl.getAttribute( 'aria-invalid' ) ).toBe( 'true' )
		);
		expect( baseUrl.ownerDocument.activeElement ).toBe( baseUrl );
		expect( region.getByText( /needs its base URL/ ) ).toBeTruthy();
		expect(
			region.getByText( 'Enter a whole number of seconds from 1 to 120.' )
		).toBeTruthy();
		expect(
			region.getByText( 'Enter the model name, for example gpt-4o-mini.' )
		).toBeTruthy();
		expect( puts ).toHaveLength( 0 );

		fireEvent.change( baseUrl, {
			target: { value: 'http://localhost:11434/v1' },
		} );
		fireEvent.change( region.getByLabelText( 'Answer timeout (seconds)' ), {
			target: { value: '20' },
		} );
		fireEvent.change( region.getByLabelText( 'Model' ), {
			target: { value: 'x'.repeat( 10 ) },
		} );
		fireEvent.click(
			region.getByRole( 'button', { name: 'Save AI provider' } )
		);
		await waitFor( () => expect( puts ).toHaveLength( 1 ) );
		const model = region.getByLabelText( 'Model' );
		await waitFor( () =>
			expect( model.getAttribute( 'aria-invalid' ) ).toBe( 'true' )
		);
		expect( region.getByText( 'Too long.' ) ).toBeTruthy();
		expect( puts[ 0 ]!.body ).not.toHaveProperty( 'apiKey' );
	} );

	it( 'announces a failed connection test as an alert with the provider error', async () => {
		render( {
			[ `GET ${ base }/llm-settings` ]: () =>
				jsonResponse( { settings: savedSettings } ),
			[ `POST ${ base }/llm-settings/test` ]: () =>
				jsonResponse( {
					ok: false,
					error: 'provider_error: HTTP 401 — Incorrect API key provided.',
					latencyMs: 30,
				} ),
		} );
		const region = await panel();
		fireEvent.click(
			await region.findByRole( 'button', { name: 'Test connection' } )
		);
		const alert = await region.findByRole( 'alert' );
		expect( alert.textContent ).toBe(
			'Connection failed: provider_error: HTTP 401 — Incorrect API key provided.'
		);
	} );

	it( 'edits a model price and flags a model without one', async () => {
		let prices = [
			{ model: 'gpt-4o', inputUsdPerMtok: 2.5, outputUsdPerMtok: 10 },
		];
		const puts: RecordedRequest[] = [];
		render( {
			[ `GET ${ base }/llm-settings` ]: () =>
				jsonResponse( { settings: savedSettings } ),
			'GET /api/owner/usage/prices': () => jsonResponse( { prices } ),
			'PUT /api/owner/usage/prices': ( request ) => {
				puts.push( request );
				prices = [
					...prices,
					request.body as ( typeof prices )[ number ],
				];
				return jsonResponse( request.body );
			},
		} );
		const region = await panel();
		expect(
			await region.findByText(
				'gpt-4o-mini has no price yet: its usage is counted at $0.'
			)
		).toBeTruthy();
		fireEvent.click(
			region.getByRole( 'button', { name: 'Edit the price of gpt-4o' } )
		);
		expect(
			( region.getByLabelText( 'Model name' ) as HTMLInputElement ).value
		).toBe( 'gpt-4o' );

		fireEvent.change( region.getByLabelText( 'Model name' ), {
			target: { value: 'gpt-4o-mini' },
		} );
		fireEvent.change(
			region.getByLabelText( 'Input price (USD per million tokens)' ),
			{
				target: { value: '-1' },
			}
		);
		fireEvent.click( region.getByRole( 'button', { name: 'Save price' } ) );
		expect(
			await region.findByText(
				'Enter a price in US dollars (0 or more).'
			)
		).toBeTruthy();
		expect( puts ).toHaveLength( 0 );

		fireEvent.change(
			region.getByLabelText( 'Input price (USD per million tokens)' ),
			{
				target: { value: '0.15' },
			}
		);
		fireEvent.change(
			region.getByLabelText( 'Output price (USD per million tokens)' ),
			{
				target: { value: '0.6' },
			}
		);
		fireEvent.click( region.getByRole( 'button', { name: 'Save price' } ) );
		expect(
			await region.findByText( 'Price of gpt-4o-mini saved.' )
		).toBeTruthy();
		expect( puts[ 0 ]!.body ).toEqual( {
			model: 'gpt-4o-mini',
			inputUsdPerMtok: 0.15,
			outputUsdPerMtok: 0.6,
		} );
		await waitFor( () =>
			expect( region.queryByText( /has no price yet/ ) ).toBeNull()
		);
	} );

	it( 'offers a retry when the settings cannot be loaded', async () => {
		let fail = true;
		render( {
			[ `GET ${ base }/llm-settings` ]: () =>
				fail
					? errorResponse( 500, 'internal', 'Database unavailable.' )
					: jsonResponse( { settings: savedSettings } ),
		} );
		const region = await panel();
		expect(
			(
				await region.findByText(
					/Could not load the AI provider settings/
				)
			).textContent
		).toContain( 'Database unavailable.' );
		fail = false;
		fireEvent.click(
			region.getAllByRole( 'button', { name: 'Try again' } )[ 0 ]!
		);
		expect( await region.findByText( 'A key is set.' ) ).toBeTruthy();
	} );
} );
