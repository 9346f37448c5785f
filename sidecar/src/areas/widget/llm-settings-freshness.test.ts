/**
 * The organization's LLM settings are kept in memory for the chat round trip (ADR 0036, as the
 * site, widget settings and shop connection in settings-freshness.test.ts): a change saved
 * through either settings route is seen by the very next message.
 */
import { testDialects } from '../../../../tests/support/sidecar-harness';
import { startConversation } from '../../../../tests/support/flows';
import { signedCall } from '../../../../tests/support/connect-shop';
import {
	startLlmShopSidecar,
	type ConnectedSite,
	type LlmShopSidecar,
	type TestSidecar,
} from '../../../../tests/support/llm-provider';
import {
	sendMessage,
	type WidgetConversation,
} from '../../../../tests/support/widget-chat';
import {
	startOpenAiDouble,
	type OpenAiDouble,
} from '../../../../tests/doubles/openai/server';

const API_KEY = 'sk-test-fresh-0123456789';
const QUESTION = 'How long does shipping take?';

describe.each( testDialects() )(
	'LLM settings on %s: the next message sees a change',
	( dialect ) => {
		let shopSidecar: LlmShopSidecar< OpenAiDouble >;
		let sidecar: TestSidecar;
		let site: ConnectedSite;
		let llm: OpenAiDouble;
		let conversation: WidgetConversation;

		beforeAll( async () => {
			shopSidecar = await startLlmShopSidecar( dialect, {
				products: 20,
				startDouble: startOpenAiDouble,
				settings: {
					provider: 'openai-compatible',
					model: 'gpt-first',
					apiKey: API_KEY,
				},
				price: { input: 1, output: 2 },
			} );
			( { sidecar, site, llm } = shopSidecar );
			conversation = await startConversation( sidecar, site.publicKey );
		} );
		afterAll( () => shopSidecar.close() );

		/** The reply, and the models the provider double was asked for while answering. */
		const ask = async () => {
			const seen = llm.requests.length;
			const response = await sendMessage(
				sidecar,
				conversation,
				QUESTION
			);
			expect( response.status ).toBe( 201 );
			return {
				reply: String( response.body.reply.text ),
				models: llm.requests.slice( seen ).map( ( r ) => r.model ),
			};
		};

		it( 'switched off by the owner, on again with another model from wp-admin: each from the next message on', async () => {
			llm.script( { text: 'Answered by the first model.' } );
			expect( await ask() ).toEqual( {
				reply: 'Answered by the first model.',
				models: [ 'gpt-first' ],
			} );

			// The owner dashboard's route.
			expect(
				( await shopSidecar.putSettings( { enabled: false } ) ).status
			).toBe( 200 );
			// Nothing scripted: a request to the double would be recorded (and fail).
			const off = await ask();
			expect( off.models ).toEqual( [] );
			expect( off.reply ).not.toBe( '' );

			// The signed wp-admin route; the stored key is kept when none is sent.
			const put = await signedCall(
				sidecar,
				site,
				'PUT',
				'/api/site/assistant/llm-settings',
				{
					provider: 'openai-compatible',
					baseUrl: llm.url,
					model: 'gpt-second',
					enabled: true,
					monthlyBudgetUsd: 5,
					timeoutMs: 4000,
				}
			);
			expect( put.status ).toBe( 200 );
			llm.script( { text: 'Answered by the second model.' } );
			expect( await ask() ).toEqual( {
				reply: 'Answered by the second model.',
				models: [ 'gpt-second' ],
			} );
		} );
	}
);
