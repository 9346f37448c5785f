import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startSiteSidecar,
	type ConnectedSite,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import {
	connectSite,
	startConversation,
} from '../../../../tests/support/flows';
import { telemetryToken } from '../../../../tests/support/connect-shop';
import { startMailbox, type Mailbox } from '../../../../tests/support/mailbox';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each( testDialects() )( 'daily health reports on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let owner: OwnerSession;
	let site: ConnectedSite;
	let other: ConnectedSite;
	let mailbox: Mailbox;
	// Fixed days in the past (sessions made now stay valid): the report is for `day`.
	const today = Date.parse( new Date().toISOString().slice( 0, 10 ) );
	const dayStart = today - 2 * DAY_MS;
	const day = new Date( dayStart ).toISOString().slice( 0, 10 );
	const before = dayStart - DAY_MS;
	let now = new Date();
	const clock = () => now;

	beforeAll( async () => {
		mailbox = await startMailbox();
		( { sidecar, owner, site } = await startSiteSidecar( dialect, {
			clock,
			env: {
				OMNIOPS_SMTP_URL: mailbox.url,
				OMNIOPS_DAILY_REPORT_HOUR_UTC: '6',
			},
			siteName: 'Acme',
		} ) );
		other = await connectSite(
			sidecar,
			owner,
			'Globex',
			'https://globex.example'
		);
		await call( sidecar.baseUrl, 'POST', '/api/owner/alerts/channels', {
			body: {
				kind: 'email',
				name: 'Reports',
				target: 'reports@omniops.test',
			},
			headers: owner.headers,
		} );
	} );
	afterAll( async () => {
		await sidecar.close();
		await mailbox.close();
	} );

	const beacon = async (
		target: ConnectedSite,
		at: number,
		events: Array< { type: string; data?: object; n: number } >
	) =>
		call( sidecar.baseUrl, 'POST', '/api/widget/telemetry', {
			body: {
				siteKey: target.publicKey,
				// A real widget's beacon: its rejections count (ADR 0019).
				token: await telemetryToken( sidecar, target.publicKey ),
				events: events.flatMap( ( event ) =>
					Array.from( { length: event.n }, () => ( {
						type: event.type,
						at: new Date( at ).toISOString(),
						...( event.data ? { data: event.data } : {} ),
					} ) )
				),
			},
		} );

	/** A conversation with `messages` shopper messages, stored at `at`. */
	async function chatAt(
		target: ConnectedSite,
		at: number,
		messages: number
	) {
		now = new Date( at );
		const conversation = await startConversation(
			sidecar,
			target.publicKey
		);
		for ( let index = 0; index < messages; index++ ) {
			const sent = await call(
				sidecar.baseUrl,
				'POST',
				`/api/widget/conversations/${ conversation.id }/messages`,
				{
					body: {
						text: 'hello',
						clientMessageId: `msg-${ at }-${ index }`,
					},
					headers: conversation.auth,
				}
			);
			expect( sent.status ).toBeLessThan( 300 );
		}
		return conversation.id;
	}

	it( 'produces the platform and each organization report at the configured hour, with exact figures and changes', async () => {
		const hour = 3600_000;
		// The report day: Acme has 2 conversations (3 messages), 2 errors of 20
		// operations, 4 retries of which 1 failed, 3 origin rejections; Globex 1 load.
		const acmeConversation = await chatAt( site, dayStart + 10 * hour, 2 );
		await chatAt( site, dayStart + 11 * hour, 1 );
		expect(
			(
				await beacon( site, dayStart + 9 * hour, [
					{ type: 'widget_loaded', data: { ms: 150 }, n: 18 },
					{ type: 'config_error', data: { code: 'http_503' }, n: 2 },
					{ type: 'retry', data: { kind: 'config', ok: true }, n: 3 },
					{
						type: 'retry',
						data: { kind: 'config', ok: false },
						n: 1,
					},
					{
						type: 'origin_rejected',
						data: { reason: 'origin' },
						n: 3,
					},
				] )
			).status
		).toBe( 202 );
		await beacon( other, dayStart + 23 * hour, [
			{ type: 'widget_loaded', data: { ms: 150 }, n: 1 },
		] );
		// The day before: Acme 1 conversation (1 message), 10 loads, no errors.
		await chatAt( site, before + 12 * hour, 1 );
		await beacon( site, before + 12 * hour, [
			{ type: 'widget_loaded', data: { ms: 150 }, n: 10 },
		] );
		// AI cost: 1,000 input + 500 output tokens at $1 / $2 per million = 2,000 micro-dollars.
		const { usage } = sidecar.omniops.services;
		await usage.savePrice( {
			model: 'test-model',
			inputMicrosPerMtok: 1_000_000,
			outputMicrosPerMtok: 2_000_000,
		} );
		now = new Date( dayStart + 10 * hour );
		await usage.record( {
			organizationId: site.organizationId,
			siteId: site.siteId,
			conversationId: acmeConversation,
			provider: 'openai-compatible',
			model: 'test-model',
			inputTokens: 1000,
			outputTokens: 500,
			outcome: 'answered',
			reason: null,
		} );

		// Before the hour: nothing. Rollups run as the scheduler would have.
		now = new Date( dayStart + DAY_MS + 5 * hour + 59 * 60_000 );
		await sidecar.omniops.services.telemetry.rollUp( 60 );
		expect( await sidecar.omniops.services.reports.runScheduled() ).toEqual(
			[]
		);

		now = new Date( dayStart + DAY_MS + 6 * hour + 30 * 60_000 );
		sidecar.omniops.queue.enqueue( 'reports.daily', {} );
		await sidecar.omniops.queue.drain();
		// Once a day: the next run finds the reports there.
		expect( await sidecar.omniops.services.reports.runScheduled() ).toEqual(
			[]
		);

		const list = await call( sidecar.baseUrl, 'GET', '/api/owner/reports', {
			headers: owner.headers,
		} );
		expect( list.status ).toBe( 200 );
		const byScope = Object.fromEntries(
			list.body.reports.map( ( report: { scopeName: string } ) => [
				report.scopeName,
				report,
			] )
		);
		expect( Object.keys( byScope ).sort() ).toEqual( [
			'Acme',
			'Globex',
			'Platform',
		] );
		expect( byScope.Acme.day ).toBe( day );
		expect( byScope.Acme.figures ).toEqual( {
			messages: 3,
			conversations: 2,
			widgetLoads: 18,
			errors: 2,
			errorRate: 0.1,
			originRejections: 3,
			retries: 4,
			retrySuccessRate: 0.75,
			aiCostMicros: 2000,
		} );
		expect( byScope.Acme.previous ).toEqual( {
			messages: 1,
			conversations: 1,
			widgetLoads: 10,
			errors: 0,
			errorRate: 0,
			originRejections: 0,
			retries: 0,
			retrySuccessRate: null,
			aiCostMicros: 0,
		} );
		expect( byScope.Platform.figures ).toMatchObject( {
			messages: 3,
			conversations: 2,
			widgetLoads: 19,
			errors: 2,
			errorRate: 2 / 21,
		} );
		expect( byScope.Globex.figures ).toMatchObject( {
			messages: 0,
			widgetLoads: 1,
			errorRate: 0,
			aiCostMicros: 0,
		} );

		const detail = await call(
			sidecar.baseUrl,
			'GET',
			`/api/owner/reports/${ byScope.Acme.id }`,
			{ headers: owner.headers }
		);
		expect( detail.body.report ).toEqual( byScope.Acme );

		// E-mailed to the platform e-mail channel: one mail per scope.
		const mails = mailbox.received.filter( ( mail ) =>
			mail.to.includes( 'reports@omniops.test' )
		);
		expect( mails ).toHaveLength( 3 );
		const acmeMail = mails.find( ( mail ) =>
			mail.text.includes( `Health of Acme on ${ day } (UTC):` )
		);
		expect( acmeMail?.text ).toContain(
			'Messages received: 3 (+2 vs the day before)'
		);
		expect( acmeMail?.text ).toContain(
			'Error rate: 10% (+10% vs the day before)'
		);
		expect( acmeMail?.text ).toContain( 'Retry success rate: 75%' );
		expect( acmeMail?.text ).toContain(
			'AI cost: $0.0020 (+$0.0020 vs the day before)'
		);
		expect( acmeMail?.text ).toContain(
			`/owner/reports/${ byScope.Acme.id }`
		);
	} );

	it( 'produces a past day on demand, refuses days not over, and filters by scope', async () => {
		const run = ( body: unknown ) =>
			call( sidecar.baseUrl, 'POST', '/api/owner/reports/run', {
				body,
				headers: owner.headers,
			} );
		const beforeDay = new Date( before ).toISOString().slice( 0, 10 );
		expect( ( await run( { day: beforeDay } ) ).body ).toEqual( {
			produced: 3,
		} );
		expect( ( await run( { day: beforeDay } ) ).body ).toEqual( {
			produced: 0,
		} );
		const currentDay = now.toISOString().slice( 0, 10 );
		const refused = await run( { day: currentDay } );
		expect( refused.status ).toBe( 400 );
		expect( ( await run( { day: 'yesterday' } ) ).status ).toBe( 400 );
		const acme = await call(
			sidecar.baseUrl,
			'GET',
			`/api/owner/reports?scope=${ site.organizationId }`,
			{ headers: owner.headers }
		);
		expect(
			acme.body.reports.map( ( report: { day: string } ) => report.day )
		).toEqual( [ day, beforeDay ] );
		expect(
			(
				await call(
					sidecar.baseUrl,
					'GET',
					'/api/owner/reports/not-an-id',
					{
						headers: owner.headers,
					}
				)
			).status
		).toBe( 400 );
	} );
} );
