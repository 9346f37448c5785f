import { sql } from 'kysely';
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startOwnerSidecar,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/owner-sidecar';
import {
	connectShopTo,
	connectTestShop,
	telemetryToken,
} from '../../../../tests/support/connect-shop';
import {
	startConversation,
	type ConnectedSite,
} from '../../../../tests/support/flows';
import { organizationWithOwner } from '../../../../tests/support/org-flows';
import { readSse } from '../../../../tests/support/sse';
import { sendMessage } from '../../../../tests/support/widget-chat';

describe.each( testDialects() )(
	'owner telemetry and widget health on %s',
	( dialect ) => {
		let sidecar: TestSidecar;
		let owner: OwnerSession;
		let site: ConnectedSite;
		let other: ConnectedSite;

		beforeAll( async () => {
			( { sidecar, owner } = await startOwnerSidecar( dialect ) );
			site = await connectTestShop( sidecar );
			other = await connectTestShop( sidecar, 'https://other.example' );
		} );
		afterAll( () => sidecar.close() );

		const get = ( path: string ) =>
			call( sidecar.baseUrl, 'GET', path, { headers: owner.headers } );
		const beacon = async (
			target: ConnectedSite,
			events: Array< { type: string; data?: object; at?: string } >,
			headers: Record< string, string > = {}
		) => {
			const response = await call(
				sidecar.baseUrl,
				'POST',
				'/api/widget/telemetry',
				{
					body: {
						siteKey: target.publicKey,
						// A real widget's beacon: its rejections count (ADR 0019).
						token: await telemetryToken(
							sidecar,
							target.publicKey
						),
						events: events.map( ( event ) => ( {
							at: new Date().toISOString(),
							...event,
						} ) ),
					},
					headers,
				}
			);
			expect( response.status ).toBe( 202 );
		};
		const times = (
			count: number,
			event: { type: string; data?: object }
		) => Array.from( { length: count }, () => event );

		it( 'streams the cards and updates them live when a widget reports, without reload', async () => {
			const stream = await readSse(
				`${ sidecar.baseUrl }/api/owner/widget-health/stream?scope=site&siteId=${ site.siteId }`,
				owner.headers
			);
			try {
				expect( stream.contentType ).toMatch( /^text\/event-stream/ );
				const first = ( await stream.next( 'cards' ) ).data;
				expect( first ).toMatchObject( {
					messages24h: 0,
					errorRate: null,
					errorRateAlert: false,
					possibleAttack: false,
				} );
				// Another site's events do not wake this stream.
				await beacon( other, [ { type: 'config_error' } ] );
				await beacon( site, [
					{ type: 'widget_loaded', data: { ms: 420 } },
					...times( 3, { type: 'message_sent', data: { ok: true } } ),
					{
						type: 'config_error',
						data: { code: 'http_503', status: 503 },
					},
					...times( 11, {
						type: 'origin_rejected',
						data: { reason: 'origin' },
					} ),
				] );
				const updated = (
					await stream.next(
						'cards',
						( cards ) =>
							( cards as { messages24h: number } ).messages24h > 0
					)
				).data;
				expect( updated ).toMatchObject( {
					messages24h: 3,
					activeSessions: 1,
					errorRate: 1 / 5,
					errorRateAlert: true,
					originRejectionsLastHour: 11,
					possibleAttack: true,
					loadTimeP50Ms: 500,
				} );
			} finally {
				stream.close();
			}
		} );

		it( 'refuses a stream without an explicit scope, and callers without a session', async () => {
			expect(
				( await get( '/api/owner/widget-health/stream' ) ).status
			).toBe( 400 );
			expect(
				( await get( '/api/owner/widget-health/stream?scope=site' ) )
					.status
			).toBe( 400 );
			expect(
				(
					await call(
						sidecar.baseUrl,
						'GET',
						'/api/owner/widget-health/stream?scope=platform'
					)
				).status
			).toBe( 401 );
		} );

		it( 'charts errors by type, retries and message types over the last days', async () => {
			await beacon( site, [
				{ type: 'retry', data: { kind: 'send', ok: true } },
				{ type: 'retry', data: { kind: 'send', ok: false } },
				{ type: 'retry', data: { kind: 'config', ok: true } },
				{ type: 'message_received', data: { types: 'product,text' } },
				{ type: 'message_received', data: { types: 'text' } },
				{ type: 'message_received', data: { types: 'text' } },
			] );
			const response = await get(
				`/api/owner/widget-health/charts?siteId=${ site.siteId }&days=7`
			);
			expect( response.status ).toBe( 200 );
			const today = new Date().toISOString().slice( 0, 10 );
			expect( response.body.days ).toHaveLength( 7 );
			expect( response.body.errorsByDay ).toEqual( [
				{ day: today, type: 'config_error', count: 1 },
			] );
			expect( response.body.retriesByDay.at( -1 ) ).toEqual( {
				day: today,
				ok: 2,
				failed: 1,
				successRate: 2 / 3,
			} );
			expect( response.body.messageTypes ).toEqual( [
				{ types: 'text', count: 2 },
				{ types: 'product,text', count: 1 },
			] );
			expect( response.body.latencyByHour[ 0 ] ).toMatchObject( {
				loadP50Ms: 500,
			} );
		} );

		it( 'lists recent errors by filter with browser and page, and shows one with its retries', async () => {
			await beacon(
				other,
				[
					{
						type: 'messages_load_error',
						data: { code: 'network_error' },
					},
					{
						type: 'message_sent',
						data: { ok: false, code: 'http_500' },
					},
					{ type: 'message_sent', data: { ok: true } },
					{ type: 'retry', data: { kind: 'messages', ok: false } },
				],
				{
					'user-agent':
						'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
					referer: 'https://other.example/product/blue-shirt/',
				}
			);
			const all = await get(
				`/api/owner/widget-health/errors?siteId=${ other.siteId }`
			);
			expect( all.status ).toBe( 200 );
			expect(
				all.body.errors
					.map( ( error: { type: string } ) => error.type )
					.sort()
			).toEqual( [
				'config_error',
				'message_sent',
				'messages_load_error',
			] );
			const filtered = await get(
				`/api/owner/widget-health/errors?siteId=${ other.siteId }&type=messages_load_error`
			);
			expect( filtered.body.errors ).toHaveLength( 1 );
			const [ error ] = filtered.body.errors;
			expect( error ).toMatchObject( {
				type: 'messages_load_error',
				code: 'network_error',
				siteUrl: 'https://other.example',
				pageUrl: 'https://other.example/product/blue-shirt/',
				browser: 'Chrome 131',
			} );
			const details = await get(
				`/api/owner/widget-health/errors/${ error.id }`
			);
			expect( details.status ).toBe( 200 );
			expect( details.body.relatedRetries ).toEqual( [
				expect.objectContaining( { kind: 'messages', ok: false } ),
			] );
			expect(
				(
					await get(
						`/api/owner/widget-health/errors/${ site.siteId }`
					)
				).status
			).toBe( 404 );
			const inverted = await get(
				`/api/owner/widget-health/errors?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`
			);
			expect( inverted.status ).toBe( 400 );
		} );

		it( 'lists sites worst error rate first for the drill-down', async () => {
			const response = await get( '/api/owner/widget-health/sites' );
			expect( response.status ).toBe( 200 );
			const ids = response.body.sites.map(
				( row: { siteId: string } ) => row.siteId
			);
			expect( ids ).toEqual( [ other.siteId, site.siteId ] );
			expect( response.body.sites[ 1 ] ).toMatchObject( {
				siteUrl: 'https://shop.example',
				widgetLoads: 1,
				messagesSent: 3,
				errors: 1,
			} );
		} );

		it( 'reports AI usage and cost that reconcile exactly with the usage rows, by every grouping, and audits the view', async () => {
			const { usage } = sidecar.omniops.services;
			await usage.savePrice( {
				model: 'gpt-test',
				inputMicrosPerMtok: 150_000,
				outputMicrosPerMtok: 600_000,
			} );
			await usage.savePrice( {
				model: 'claude-test',
				inputMicrosPerMtok: 3_000_000,
				outputMicrosPerMtok: 15_000_000,
			} );
			// Real conversations through the widget API (the embedded responder answers).
			const conversations = [];
			for ( const target of [ site, site, other ] ) {
				const conversation = await startConversation(
					sidecar,
					target.publicKey
				);
				const sent = await sendMessage(
					sidecar,
					conversation,
					'What is your return policy?',
					{ clientMessageId: `m-${ conversation.id.slice( 0, 8 ) }` }
				);
				expect( sent.status ).toBe( 201 );
				conversations.push( { ...conversation, target } );
			}
			const llmCalls = [
				[ 0, 'gpt-test', 1200, 300, 'answered' ],
				[ 0, 'gpt-test', 800, 0, 'fallback' ],
				[ 1, 'claude-test', 2000, 500, 'answered' ],
				[ 2, 'gpt-test', 999, 111, 'answered' ],
			] as const;
			for ( const [ index, model, input, output, outcome ] of llmCalls ) {
				const conversation = conversations[ index ]!;
				await usage.record( {
					organizationId: conversation.target.organizationId,
					siteId: conversation.target.siteId,
					conversationId: conversation.id,
					provider: model === 'gpt-test' ? 'openai' : 'anthropic',
					model,
					inputTokens: input,
					outputTokens: output,
					outcome,
					reason: outcome === 'fallback' ? 'timeout' : null,
				} );
			}
			// The second conversation asked for a person: not resolved.
			await sidecar.db.kysely
				.insertInto( 'assistant_handoffs' )
				.values( {
					id: crypto.randomUUID(),
					organization_id: site.organizationId,
					site_id: site.siteId,
					conversation_id: conversations[ 1 ]!.id,
					email: 'shopper@example.com',
					question: 'Can I talk to someone?',
					created_at: new Date().toISOString(),
					notified_at: null,
					notify_error: null,
				} as never )
				.execute();

			const from = new Date( Date.now() - 2 * 86_400_000 ).toISOString();
			const to = new Date( Date.now() + 60_000 ).toISOString();
			const direct = await sql< {
				input: number | string;
				output: number | string;
				cost: number | string;
				calls: number | string;
			} >`select sum(input_tokens) as input, sum(output_tokens) as output, sum(cost_micros) as cost, count(*) as calls from usage_events where created_at >= ${ from } and created_at < ${ to }`.execute(
				sidecar.db.kysely
			);
			const expected = direct.rows[ 0 ]!;
			expect( Number( expected.cost ) ).toBeGreaterThan( 0 );

			for ( const groupBy of [
				'day',
				'organization',
				'site',
				'model',
			] ) {
				const response = await get(
					`/api/owner/telemetry/usage?from=${ encodeURIComponent(
						from
					) }&to=${ encodeURIComponent( to ) }&groupBy=${ groupBy }`
				);
				expect( response.status ).toBe( 200 );
				const { totals, rows } = response.body;
				expect( totals ).toMatchObject( {
					inputTokens: Number( expected.input ),
					outputTokens: Number( expected.output ),
					costMicros: Number( expected.cost ),
					llmAnswers: 3,
					fallbacks: 1,
					shopperMessages: 3,
					replies: 3,
					embeddedAnswers: 0,
					conversations: 3,
					resolvedConversations: 2,
					costPerResolvedMicros: Math.round(
						Number( expected.cost ) / 2
					),
				} );
				const sum = ( key: string ) =>
					rows.reduce(
						( total: number, row: Record< string, number > ) =>
							total + row[ key ]!,
						0
					);
				for ( const key of [
					'inputTokens',
					'outputTokens',
					'costMicros',
					'llmAnswers',
					'fallbacks',
				] ) {
					expect( [ groupBy, key, sum( key ) ] ).toEqual( [
						groupBy,
						key,
						totals[ key ],
					] );
				}
			}
			const bySite = await get(
				`/api/owner/telemetry/usage?from=${ encodeURIComponent(
					from
				) }&to=${ encodeURIComponent( to ) }&groupBy=site`
			);
			const shop = bySite.body.rows.find(
				( row: { key: string } ) => row.key === site.siteId
			);
			expect( shop ).toMatchObject( {
				label: 'https://shop.example',
				conversations: 2,
				resolvedConversations: 1,
				llmAnswers: 2,
				fallbacks: 1,
			} );
			const audited = await sidecar.db.kysely
				.selectFrom( 'admin_audit_log' )
				.select( 'action' )
				.where( 'action', '=', 'viewing telemetry and costs' )
				.execute();
			expect( audited.length ).toBeGreaterThanOrEqual( 5 );
		} );

		it( 'refuses a usage range that is inverted, too long or malformed', async () => {
			for ( const query of [
				'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
				'from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z',
				'from=yesterday&to=2026-01-01T00:00:00Z',
				'from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&groupBy=color',
			] ) {
				expect(
					( await get( `/api/owner/telemetry/usage?${ query }` ) )
						.status
				).toBe( 400 );
			}
		} );

		it( "gives an organization's team the same views over its own sites only", async () => {
			const { organizationId, owner: member } =
				await organizationWithOwner(
					sidecar,
					owner,
					'Health team',
					`health-${ dialect }@example.com`
				);
			const own = await connectShopTo(
				sidecar,
				organizationId,
				'https://team.example',
				'Team shop'
			);
			await beacon( own, [
				{
					type: 'privacy_error',
					data: { code: 'storage_blocked' },
				},
				{ type: 'widget_loaded', data: { ms: 90 } },
			] );
			const asMember = ( path: string ) =>
				call( sidecar.baseUrl, 'GET', path, {
					headers: member.headers,
				} );
			const base = `/api/org/${ organizationId }/widget-health`;

			const sites = await asMember( `${ base }/sites` );
			expect( sites.status ).toBe( 200 );
			expect(
				sites.body.sites.map(
					( row: { siteId: string } ) => row.siteId
				)
			).toEqual( [ own.siteId ] );
			const errors = await asMember( `${ base }/errors` );
			expect(
				errors.body.errors.map(
					( row: { siteId: string } ) => row.siteId
				)
			).toEqual( [ own.siteId ] );
			const cards = await asMember( base );
			expect( cards.body ).toMatchObject( {
				activeSessions: 1,
				errorRate: 0.5,
			} );
			// Another tenant's site id finds nothing; another tenant's path is refused.
			const foreign = await asMember(
				`${ base }?siteId=${ site.siteId }`
			);
			expect( foreign.body ).toMatchObject( {
				activeSessions: 0,
				errorRate: null,
			} );
			expect(
				(
					await asMember(
						`/api/org/${ site.organizationId }/widget-health/sites`
					)
				).status
			).toBeGreaterThanOrEqual( 403 );
		} );
	}
);
