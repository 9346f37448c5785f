/**
 * The per-site caches across instances (ADR 0038): four sidecar instances on one database,
 * as behind a load balancer. A and B share a Redis event bus; a change saved through A's real
 * route is seen by B's very next message. C's bus is on another prefix, so it hears nothing:
 * it still serves its copy (the cache is really in use, and the announcement is what B
 * heard). D's Redis cannot be reached: its bus is never live, so it reads the database on
 * every message and sees each change at once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	changeWidgetSettings,
	signedCall,
} from '../../../../tests/support/connect-shop';
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
import { startConversation } from '../../../../tests/support/flows';
import { buildApp } from '../../app';
import { createRedisEventBus } from '../../platform/event-bus';
import { createLogger } from '../../platform/logger';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const API_KEY = 'sk-test-instances-0123456789';
const QUESTION = 'How long does shipping take?';

interface Instance {
	baseUrl: string;
	omniops: ReturnType< typeof buildApp >;
	close: () => Promise< void >;
}

/** Another instance on the test sidecar's database, its bus on Redis under `prefix`. */
async function startInstance(
	sidecar: TestSidecar,
	redisUrl: string,
	prefix: string
): Promise< Instance > {
	const logger = createLogger( 'silent' );
	const bus = createRedisEventBus( redisUrl, logger, prefix );
	const omniops = buildApp( {
		config: sidecar.config,
		db: sidecar.db,
		logger,
		bus,
	} );
	const server: Server = createServer( omniops.app );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	return {
		baseUrl: `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`,
		omniops,
		async close() {
			await omniops.queue.stop();
			await bus.close();
			server.closeAllConnections();
			await new Promise< void >( ( resolve ) =>
				server.close( () => resolve() )
			);
		},
	};
}

describe.each( testDialects() )(
	'per-site caches across instances on %s (ADR 0038)',
	( dialect ) => {
		let shopSidecar: LlmShopSidecar< OpenAiDouble >;
		let sidecar: TestSidecar;
		let site: ConnectedSite;
		let llm: OpenAiDouble;
		let conversation: WidgetConversation;
		let a: Instance;
		let b: Instance;
		let c: Instance;
		let d: Instance;

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
			const shared = `omniops-test-${ randomUUID() }:`;
			a = await startInstance( sidecar, REDIS_URL, shared );
			b = await startInstance( sidecar, REDIS_URL, shared );
			c = await startInstance(
				sidecar,
				REDIS_URL,
				`omniops-test-${ randomUUID() }:`
			);
			d = await startInstance(
				sidecar,
				'redis://127.0.0.1:1',
				`omniops-test-${ randomUUID() }:`
			);
			await Promise.all(
				[ a, b, c ].map( ( instance ) => instance.omniops.bus.ready() )
			);
			expect( d.omniops.bus.live() ).toBe( false );
			conversation = await startConversation(
				a as unknown as TestSidecar,
				site.publicKey
			);
		} );
		afterAll( async () => {
			for ( const instance of [ a, b, c, d ] ) {
				await instance?.close();
			}
			await shopSidecar.close();
		} );

		/** The status and the models the provider was asked for, one message on `instance`. */
		const ask = async ( instance: Instance, scripted = true ) => {
			if ( scripted ) {
				llm.script( { text: 'An answer.' } );
			}
			const seen = llm.requests.length;
			const response = await sendMessage(
				instance as unknown as TestSidecar,
				conversation,
				QUESTION
			);
			return {
				status: response.status,
				models: llm.requests.slice( seen ).map( ( r ) => r.model ),
			};
		};

		it( 'widget settings saved through A: consent required from the next message on B and D, and lifted again', async () => {
			for ( const instance of [ b, c, d ] ) {
				expect( ( await ask( instance ) ).status ).toBe( 201 );
			}
			await changeWidgetSettings( a as unknown as TestSidecar, site, {
				consentRequired: true,
			} );
			expect( ( await ask( b, false ) ).status ).toBe( 403 );
			expect( ( await ask( d, false ) ).status ).toBe( 403 );
			// C never heard it: its copy is up to SITE_CACHE_TTL_MS old.
			expect( ( await ask( c ) ).status ).toBe( 201 );

			await changeWidgetSettings( a as unknown as TestSidecar, site, {
				consentRequired: false,
			} );
			expect( ( await ask( b ) ).status ).toBe( 201 );
			expect( ( await ask( d ) ).status ).toBe( 201 );
		} );

		it( 'LLM settings saved through A (signed wp-admin route): the next message on B asks the new model', async () => {
			expect( ( await ask( b ) ).models ).toEqual( [ 'gpt-first' ] );
			expect( ( await ask( c ) ).models ).toEqual( [ 'gpt-first' ] );
			const put = await signedCall(
				a as unknown as TestSidecar,
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
			expect( ( await ask( b ) ).models ).toEqual( [ 'gpt-second' ] );
			expect( ( await ask( d ) ).models ).toEqual( [ 'gpt-second' ] );
			expect( ( await ask( c ) ).models ).toEqual( [ 'gpt-first' ] );
		} );

		it( 'a conversation deleted through A (the shopper\'s "delete my conversation"): its token opens nothing on B', async () => {
			const own = await startConversation(
				a as unknown as TestSidecar,
				site.publicKey
			);
			const history = ( instance: Instance ) =>
				call(
					instance.baseUrl,
					'GET',
					`/api/widget/conversations/${ own.id }/messages`,
					{ headers: own.auth }
				);
			for ( const instance of [ b, d ] ) {
				expect( ( await history( instance ) ).status ).toBe( 200 );
			}
			const deleted = await call(
				a.baseUrl,
				'DELETE',
				`/api/widget/conversations/${ own.id }`,
				{ headers: own.auth }
			);
			expect( deleted.status ).toBe( 204 );
			expect( ( await history( b ) ).status ).toBe( 404 );
			expect( ( await history( d ) ).status ).toBe( 404 );
		} );

		it( 'a site disconnected through A is seen by the next read of the site on B', async () => {
			const read = ( instance: Instance ) =>
				instance.omniops.services.sites.get(
					site.organizationId,
					site.siteId
				);
			for ( const instance of [ b, c ] ) {
				expect( ( await read( instance ) ).disconnectedAt ).toBeNull();
			}
			const disconnected = await signedCall(
				a as unknown as TestSidecar,
				site,
				'POST',
				'/api/site/disconnect',
				{}
			);
			expect( disconnected.status ).toBe( 200 );
			expect( ( await read( b ) ).disconnectedAt ).not.toBeNull();
			expect( ( await read( d ) ).disconnectedAt ).not.toBeNull();
			expect( ( await read( c ) ).disconnectedAt ).toBeNull();
		} );
	}
);
