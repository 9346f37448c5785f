/**
 * Public chat limits (ADR 0019) over real HTTP, on SQLite and PostgreSQL: 429 with
 * Retry-After and nothing stored for a refused message (plain and streaming sends), a shop's
 * own limits through its signed widget settings (validated), and limits shared by two
 * sidecar instances through one real Redis.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import { readMessages } from '../../../../tests/support/widget-chat';
import {
	startTestShopSidecar,
	type ConnectedSite,
} from '../../../../tests/support/site-sidecar';
import { startConversation } from '../../../../tests/support/flows';
import {
	connectTestShop,
	signedCall,
} from '../../../../tests/support/connect-shop';
import { buildApp } from '../../app';
import { createLogger } from '../../platform/logger';
import { createLimiterFactory } from '../../platform/rate-limit';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Base = Pick< TestSidecar, 'baseUrl' >;

const send = (
	sidecar: Base,
	conversation: { id: string; auth: Record< string, string > },
	text: string,
	path = 'messages'
) =>
	call(
		sidecar.baseUrl,
		'POST',
		`/api/widget/conversations/${ conversation.id }/${ path }`,
		{
			body: {
				text,
				clientMessageId: `m-${ randomBytes( 6 ).toString( 'hex' ) }`,
			},
			headers: conversation.auth,
		}
	);

const history = async (
	sidecar: Base,
	conversation: { id: string; auth: Record< string, string > }
) =>
	( await readMessages( sidecar, conversation ) ).body.messages as Array< {
		role: string;
		text: string;
	} >;

describe.each( testDialects() )( 'public chat limits on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;

	beforeAll( async () => {
		( { sidecar, site } = await startTestShopSidecar( dialect, {
			env: {
				// Small limits so a test reaches them in a few requests.
				OMNIOPS_LIMIT_MESSAGES_PER_CONVERSATION: '3/60+1/600',
				OMNIOPS_LIMIT_MESSAGES_PER_IP: '8/60',
				OMNIOPS_LIMIT_CONVERSATIONS_PER_IP: '6/600',
			},
		} ) );
	} );
	afterAll( () => sidecar.close() );

	it( 'refuses the message after the burst with 429 and Retry-After, and stores nothing of it', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const statuses: number[] = [];
		for ( let i = 0; i < 4; i++ ) {
			statuses.push(
				( await send( sidecar, conversation, `hello ${ i }` ) ).status
			);
		}
		// 3 a minute, then 1 from the burst allowance.
		expect( statuses ).toEqual( [ 201, 201, 201, 201 ] );
		const refused = await send( sidecar, conversation, 'one too many' );
		expect( refused.status ).toBe( 429 );
		expect( refused.body.error.code ).toBe( 'rate_limited' );
		const retryAfter = Number( refused.headers.get( 'retry-after' ) );
		expect( retryAfter ).toBeGreaterThanOrEqual( 1 );
		expect( retryAfter ).toBeLessThanOrEqual( 60 );
		expect( refused.body.error.details.retryAfterSeconds ).toBe(
			retryAfter
		);
		const stored = await history( sidecar, conversation );
		expect( stored.filter( ( m ) => m.role === 'shopper' ) ).toHaveLength(
			4
		);
		expect( stored.some( ( m ) => m.text === 'one too many' ) ).toBe(
			false
		);

		// The streaming send is limited the same way: a JSON 429, no stream opened.
		const streamed = await send(
			sidecar,
			conversation,
			'streamed',
			'messages/stream'
		);
		expect( streamed.status ).toBe( 429 );
		expect( streamed.headers.get( 'content-type' ) ).toMatch( /json/ );
		expect( streamed.headers.get( 'retry-after' ) ).toBeTruthy();
		expect( ( await history( sidecar, conversation ) ).length ).toBe(
			stored.length
		);
	} );

	it( 'limits messages per address across conversations, and new conversations per address', async () => {
		// Per-address counts are kept per site: a fresh shop starts from zero.
		const shop = await connectTestShop( sidecar, 'https://per-ip.example' );
		const statuses: number[] = [];
		const first = await startConversation( sidecar, shop.publicKey );
		const second = await startConversation( sidecar, shop.publicKey );
		for ( const conversation of [ first, second ] ) {
			for ( let i = 0; i < 4; i++ ) {
				statuses.push(
					( await send( sidecar, conversation, `q ${ i }` ) ).status
				);
			}
		}
		// 8 a minute from one address: a third conversation's first message is refused.
		const third = await startConversation( sidecar, shop.publicKey );
		statuses.push(
			( await send( sidecar, third, 'from a third' ) ).status
		);
		expect( statuses ).toEqual( [ ...Array( 8 ).fill( 201 ), 429 ] );
		expect( await history( sidecar, third ) ).toEqual( [] );

		// New conversations: 6 per ten minutes from one address (3 started above).
		const starts: number[] = [];
		for ( let i = 0; i < 4; i++ ) {
			const started = await call(
				sidecar.baseUrl,
				'POST',
				'/api/widget/conversations',
				{
					body: { siteKey: shop.publicKey },
				}
			);
			starts.push( started.status );
			if ( started.status === 429 ) {
				expect(
					Number( started.headers.get( 'retry-after' ) )
				).toBeGreaterThan( 0 );
			}
		}
		expect( starts ).toEqual( [ 201, 201, 201, 429 ] );
	} );

	it( 'documents 429 with Retry-After on the limited widget routes in the OpenAPI document', async () => {
		const doc = (
			await call( sidecar.baseUrl, 'GET', '/api/openapi.json' )
		).body;
		for ( const [ path, method ] of [
			[ '/api/widget/conversations', 'post' ],
			[ '/api/widget/conversations/{id}/messages', 'post' ],
			[ '/api/widget/conversations/{id}/messages/stream', 'post' ],
			[ '/api/widget/telemetry', 'post' ],
		] as const ) {
			const refused = doc.paths[ path ][ method ].responses[ '429' ];
			expect( refused.headers[ 'Retry-After' ].schema ).toEqual( {
				type: 'integer',
				minimum: 1,
			} );
			expect( refused.content[ 'application/json' ].schema ).toEqual( {
				$ref: '#/components/schemas/Error',
			} );
		}
	} );

	it( "applies a shop's own limits from its signed widget settings, and refuses bad ones with 400", async () => {
		const shop = await connectTestShop( sidecar, 'https://tuned.example' );
		const widgetSettings = ( settings?: unknown ) =>
			signedCall(
				sidecar,
				shop,
				settings === undefined ? 'GET' : 'PUT',
				'/api/site/widget-settings',
				settings
			);
		const current = await widgetSettings();
		const bad = await widgetSettings( {
			...current.body.settings,
			chatLimits: {
				messagesPerSite: { points: 0, durationSeconds: 60 },
			},
		} );
		expect( bad.status ).toBe( 400 );
		const unchanged = await widgetSettings();
		expect( unchanged.body.settings.chatLimits ).toBeUndefined();

		const saved = await widgetSettings( {
			...current.body.settings,
			chatLimits: {
				messagesPerSite: { points: 2, durationSeconds: 300 },
			},
		} );
		expect( saved.status ).toBe( 200 );
		// A later save without chatLimits (the wp-admin page) keeps them.
		await widgetSettings( current.body.settings );
		const kept = await widgetSettings();
		expect( kept.body.settings.chatLimits ).toEqual( {
			messagesPerSite: { points: 2, durationSeconds: 300 },
		} );
		// Not part of the public config.
		const config = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/config?site=${ shop.publicKey }`
		);
		expect( config.body.chatLimits ).toBeUndefined();

		// Fresh site: its settings are read on first use, so the limit applies at once.
		const statuses: number[] = [];
		for ( let i = 0; i < 3; i++ ) {
			const conversation = await startConversation(
				sidecar,
				shop.publicKey
			);
			statuses.push(
				( await send( sidecar, conversation, `tuned ${ i }` ) ).status
			);
		}
		expect( statuses ).toEqual( [ 201, 201, 429 ] );
	} );
} );

/** A second (and third) sidecar instance on the same database, with its own Redis client. */
async function startInstance(
	sidecar: TestSidecar,
	prefix: string
): Promise< { baseUrl: string; close: () => Promise< void > } > {
	const limits = createLimiterFactory( { redisUrl: REDIS_URL, prefix } );
	const omniops = buildApp( {
		config: sidecar.config,
		db: sidecar.db,
		logger: createLogger( 'silent' ),
		limits,
	} );
	const server: Server = createServer( omniops.app );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	return {
		baseUrl: `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`,
		async close() {
			await omniops.queue.stop();
			await limits.close();
			server.closeAllConnections();
			await new Promise< void >( ( resolve ) =>
				server.close( () => resolve() )
			);
		},
	};
}

describe.each( testDialects() )(
	'chat limits shared through Redis on %s',
	( dialect ) => {
		let sidecar: TestSidecar;

		beforeAll( async () => {
			sidecar = await startTestSidecar( dialect, {
				env: { OMNIOPS_LIMIT_MESSAGES_PER_CONVERSATION: '4/60' },
			} );
		} );
		afterAll( () => sidecar.close() );

		it( 'two instances on one Redis count one conversation together', async () => {
			const prefix = `omniops-test:${ randomBytes( 6 ).toString( 'hex' ) }`;
			const [ a, b ] = [
				await startInstance( sidecar, prefix ),
				await startInstance( sidecar, prefix ),
			];
			try {
				const site = await connectTestShop(
					sidecar,
					'https://shared.example'
				);
				const conversation = await startConversation(
					a as TestSidecar,
					site.publicKey
				);
				const statuses: number[] = [];
				for ( let i = 0; i < 6; i++ ) {
					statuses.push(
						(
							await send(
								i % 2 ? b : a,
								conversation,
								`alt ${ i }`
							)
						).status
					);
				}
				// 4 a minute for the conversation, wherever each message landed.
				expect( statuses ).toEqual( [ 201, 201, 201, 201, 429, 429 ] );
			} finally {
				await a.close();
				await b.close();
			}
		} );

		it( 'keeps answering with a per-instance limit when Redis cannot be reached', async () => {
			const limits = createLimiterFactory( {
				redisUrl: 'redis://127.0.0.1:1',
				prefix: 'omniops-test:down',
			} );
			const omniops = buildApp( {
				config: sidecar.config,
				db: sidecar.db,
				logger: createLogger( 'silent' ),
				limits,
			} );
			const server = createServer( omniops.app );
			await new Promise< void >( ( resolve ) =>
				server.listen( 0, '127.0.0.1', resolve )
			);
			const down = {
				baseUrl: `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`,
			};
			try {
				const site = await connectTestShop(
					sidecar,
					'https://redis-down.example'
				);
				const conversation = await startConversation(
					down as TestSidecar,
					site.publicKey
				);
				const statuses: number[] = [];
				for ( let i = 0; i < 5; i++ ) {
					statuses.push(
						( await send( down, conversation, `down ${ i }` ) )
							.status
					);
				}
				expect( statuses ).toEqual( [ 201, 201, 201, 201, 429 ] );
			} finally {
				await omniops.queue.stop();
				await limits.close();
				server.closeAllConnections();
				await new Promise< void >( ( resolve ) =>
					server.close( () => resolve() )
				);
			}
		} );
	}
);
