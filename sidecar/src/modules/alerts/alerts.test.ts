import { createHmac } from 'node:crypto';
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startSiteSidecar,
	type ConnectedSite,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { telemetryToken } from '../../../../tests/support/connect-shop';
import { startMailbox, type Mailbox } from '../../../../tests/support/mailbox';
import {
	startWebhookReceiver,
	type WebhookReceiver,
} from '../../../../tests/support/webhook-receiver';
import { measure, nextTransition, type HealthFigures } from './evaluate';
import { isPrivateAddress, postWebhook, validateWebhookUrl } from './webhook';

const figures = ( over: Partial< HealthFigures > ): HealthFigures => ( {
	widgetLoads: 0,
	messagesSent: 0,
	errors: 0,
	errorRate: null,
	originRejections: 0,
	retries: 0,
	retryFailures: 0,
	retryFailureRate: null,
	retrySuccessRate: null,
	...over,
} );

describe( 'the incident state machine', () => {
	const rule = { threshold: 0.05, enabled: true };

	it( 'opens once on a breach, stays open while it lasts, resolves when it clears', () => {
		const steps: Array< [ 'open' | 'closed', number | null ] > = [
			[ 'closed', 0.01 ],
			[ 'closed', 0.2 ],
			[ 'open', 0.3 ],
			[ 'open', 0.05 ],
			[ 'closed', 0.05 ],
		];
		expect(
			steps.map(
				( [ state, value ] ) =>
					nextTransition( state, value, rule ).kind
			)
		).toEqual( [
			'still_closed',
			'open',
			'still_open',
			'resolve',
			'still_closed',
		] );
	} );

	it( 'resolves when traffic is too thin to judge or the rule is disabled', () => {
		expect( nextTransition( 'open', null, rule ).kind ).toBe( 'resolve' );
		expect(
			nextTransition( 'open', 0.9, { ...rule, enabled: false } ).kind
		).toBe( 'resolve' );
		expect(
			nextTransition( 'closed', 0.9, { ...rule, enabled: false } ).kind
		).toBe( 'still_closed' );
	} );

	it( 'measures rates only above the minimum traffic, rejections per hour of the window', () => {
		const base = { windowMinutes: 30, minEvents: 10 };
		expect(
			measure(
				{ ...base, metric: 'error_rate' },
				figures( { errors: 2, widgetLoads: 7, errorRate: 2 / 9 } )
			)
		).toBeNull();
		expect(
			measure(
				{ ...base, metric: 'error_rate' },
				figures( { errors: 2, widgetLoads: 8, errorRate: 0.2 } )
			)
		).toBe( 0.2 );
		expect(
			measure(
				{ ...base, metric: 'retry_failure_rate' },
				figures( {
					retries: 10,
					retryFailures: 6,
					retryFailureRate: 0.6,
				} )
			)
		).toBe( 0.6 );
		expect(
			measure(
				{ ...base, metric: 'origin_rejections_per_hour' },
				figures( { originRejections: 6 } )
			)
		).toBe( 12 );
	} );
} );

describe( 'webhook URLs (SSRF)', () => {
	it.each( [
		'http://127.0.0.1/hook',
		'http://10.1.2.3/hook',
		'http://169.254.169.254/latest/meta-data',
		'http://[::1]:8080/hook',
		'http://[::ffff:192.168.1.1]/hook',
		'http://localhost:3000/hook',
		'http://0.0.0.0/',
	] )( 'refuses %s when private addresses are not allowed', ( url ) => {
		expect( () =>
			validateWebhookUrl( url, { allowPrivate: false } )
		).toThrow( /private and loopback/ );
		expect( validateWebhookUrl( url, { allowPrivate: true } ) ).toMatch(
			/^http:/
		);
	} );

	it.each( [
		[ 'ftp://hooks.example/x', /only http and https/ ],
		[ 'file:///etc/passwd', /only http and https/ ],
		[ 'https://user:pw@hooks.example/x', /credentials/ ],
		[ 'not a url', /not a valid URL/ ],
	] )( 'refuses %s always', ( url, reason ) => {
		expect( () =>
			validateWebhookUrl( url, { allowPrivate: true } )
		).toThrow( reason );
	} );

	it( 'accepts public https URLs and tells public from private addresses', () => {
		expect(
			validateWebhookUrl( 'https://hooks.slack.com/services/T/B/x', {
				allowPrivate: false,
			} )
		).toBe( 'https://hooks.slack.com/services/T/B/x' );
		expect( isPrivateAddress( '8.8.8.8' ) ).toBe( false );
		expect( isPrivateAddress( '2606:4700::1111' ) ).toBe( false );
		expect( isPrivateAddress( '172.20.0.1' ) ).toBe( true );
		expect( isPrivateAddress( 'fd00::1' ) ).toBe( true );
	} );

	it( 'refuses at connect time a name that resolves to a private address', async () => {
		const receiver = await startWebhookReceiver();
		try {
			const port = new URL( receiver.url( '/' ) ).port;
			await expect(
				postWebhook( {
					url: `http://localhost:${ port }/rebind`,
					secret: 's',
					body: '{}',
					now: new Date(),
					allowPrivate: false,
					timeoutMs: 2000,
				} )
			).rejects.toThrow( /private address/ );
			expect( receiver.received ).toEqual( [] );
		} finally {
			await receiver.close();
		}
	} );
} );

describe.each( testDialects() )( 'alerts on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let owner: OwnerSession;
	let site: ConnectedSite;
	let mailbox: Mailbox;
	let receiver: WebhookReceiver;
	let now = new Date();
	const clock = () => now;

	beforeAll( async () => {
		mailbox = await startMailbox();
		receiver = await startWebhookReceiver();
		( { sidecar, owner, site } = await startSiteSidecar( dialect, {
			clock,
			env: { OMNIOPS_SMTP_URL: mailbox.url },
		} ) );
	} );
	afterAll( async () => {
		await sidecar.close();
		await mailbox.close();
		await receiver.close();
	} );

	const api = ( method: string, path: string, body?: unknown ) =>
		call( sidecar.baseUrl, method, path, { body, headers: owner.headers } );
	const beacon = async ( events: Array< { type: string; data?: object } > ) =>
		call( sidecar.baseUrl, 'POST', '/api/widget/telemetry', {
			body: {
				siteKey: site.publicKey,
				// A real widget's beacon: its rejections count (ADR 0019).
				token: await telemetryToken( sidecar, site.publicKey ),
				events: events.map( ( event ) => ( {
					...event,
					at: new Date( now.getTime() - 60_000 ).toISOString(),
				} ) ),
			},
		} );
	const times = ( n: number, event: { type: string; data?: object } ) =>
		Array.from( { length: n }, () => event );
	const drain = () => sidecar.omniops.queue.drain();
	const verify = (
		hook: WebhookReceiver[ 'received' ][ number ],
		secret: string
	) => {
		const timestamp = String( hook.headers[ 'x-omniops-timestamp' ] );
		const expected = `sha256=${ createHmac( 'sha256', secret )
			.update( `${ timestamp }.${ hook.body }` )
			.digest( 'hex' ) }`;
		return hook.headers[ 'x-omniops-signature' ] === expected;
	};

	let webhookSecret = '';

	it( 'starts with the roadmap defaults, platform-wide', async () => {
		const response = await api( 'GET', '/api/owner/alerts/rules' );
		expect( response.status ).toBe( 200 );
		expect(
			response.body.rules.map(
				( rule: {
					metric: string;
					threshold: number;
					siteId: null;
				} ) => [ rule.metric, rule.threshold, rule.siteId ]
			)
		).toEqual( [
			[ 'error_rate', 0.05, null ],
			[ 'origin_rejections_per_hour', 10, null ],
			[ 'retry_failure_rate', 0.5, null ],
		] );
	} );

	it( 'refuses bad channels and rules with 400 and keeps nothing', async () => {
		for ( const body of [
			{ kind: 'webhook', name: 'x', target: 'ftp://example.com/hook' },
			{ kind: 'email', name: 'x', target: 'not-an-address' },
			{ kind: 'sms', name: 'x', target: '+1555' },
		] ) {
			expect(
				( await api( 'POST', '/api/owner/alerts/channels', body ) )
					.status
			).toBe( 400 );
		}
		expect(
			(
				await api( 'POST', '/api/owner/alerts/rules', {
					metric: 'error_rate',
					threshold: 5,
				} )
			).status
		).toBe( 400 );
		expect(
			(
				await api( 'POST', '/api/owner/alerts/rules', {
					metric: 'error_rate',
					threshold: 0.1,
					siteId: '00000000-0000-4000-8000-000000000000',
				} )
			).status
		).toBe( 400 );
		expect(
			( await api( 'GET', '/api/owner/alerts/channels' ) ).body.channels
		).toEqual( [] );
		expect(
			( await api( 'GET', '/api/owner/alerts/rules' ) ).body.rules
		).toHaveLength( 3 );
	} );

	it( 'adds e-mail and webhook channels; a test reaches each (mail in SMTP, signed webhook)', async () => {
		const email = await api( 'POST', '/api/owner/alerts/channels', {
			kind: 'email',
			name: 'On call',
			target: 'oncall@shop.test, second@shop.test',
		} );
		expect( email.status ).toBe( 201 );
		expect( email.body.secret ).toBeNull();
		const hook = await api( 'POST', '/api/owner/alerts/channels', {
			kind: 'webhook',
			name: 'Ops hook',
			target: receiver.url( '/ops' ),
		} );
		expect( hook.status ).toBe( 201 );
		webhookSecret = hook.body.secret;
		expect( webhookSecret ).toMatch( /^whsec_/ );
		const slack = await api( 'POST', '/api/owner/alerts/channels', {
			kind: 'webhook',
			name: 'Slack',
			target: receiver.url( '/slack' ),
			format: 'slack',
		} );
		expect( slack.status ).toBe( 201 );
		const listed = ( await api( 'GET', '/api/owner/alerts/channels' ) ).body
			.channels;
		expect( JSON.stringify( listed ) ).not.toContain( 'whsec_' );
		expect( JSON.stringify( listed ) ).not.toContain( 'v1.' );

		const test = await api(
			'POST',
			`/api/owner/alerts/channels/${ hook.body.channel.id }/test`
		);
		expect( test.status ).toBe( 202 );
		await api(
			'POST',
			`/api/owner/alerts/channels/${ email.body.channel.id }/test`
		);
		await drain();
		const [ received ] = receiver.on( '/ops' );
		expect( verify( received!, webhookSecret ) ).toBe( true );
		expect( verify( received!, 'whsec_wrong' ) ).toBe( false );
		expect( JSON.parse( received!.body ).type ).toBe( 'test' );
		expect( mailbox.received ).toHaveLength( 1 );
		expect( mailbox.received[ 0 ]!.to.sort() ).toEqual( [
			'oncall@shop.test',
			'second@shop.test',
		] );
		expect( mailbox.received[ 0 ]!.text ).toContain(
			'If you can read it, the channel works.'
		);
		const log = ( await api( 'GET', '/api/owner/alerts/deliveries' ) ).body
			.deliveries;
		expect(
			log.map(
				( d: { kind: string; status: string; attempts: number } ) => [
					d.kind,
					d.status,
					d.attempts,
				]
			)
		).toEqual( [
			[ 'test', 'sent', 1 ],
			[ 'test', 'sent', 1 ],
		] );
	} );

	it( 'fires one alert per incident and a resolve notice when it clears', async () => {
		mailbox.received.length = 0;
		receiver.received.length = 0;
		// 12 config errors among 20 loads: error rate 12/32 = 37.5% > 5%.
		expect(
			(
				await beacon( [
					...times( 12, {
						type: 'config_error',
						data: { code: 'http_503' },
					} ),
					...times( 20, {
						type: 'widget_loaded',
						data: { ms: 120 },
					} ),
				] )
			).status
		).toBe( 202 );
		const first = await api( 'POST', '/api/owner/alerts/evaluate' );
		expect( first.status ).toBe( 200 );
		expect(
			first.body.opened.map( ( i: { metric: string } ) => i.metric )
		).toEqual( [ 'error_rate' ] );
		expect( first.body.opened[ 0 ].openedValue ).toBeCloseTo( 0.375 );

		// Still breached a minute later: the same incident, nothing new sent.
		now = new Date( now.getTime() + 60_000 );
		await beacon( times( 3, { type: 'config_error' } ) );
		const second = await api( 'POST', '/api/owner/alerts/evaluate' );
		expect( second.body ).toEqual( { opened: [], resolved: [] } );
		await drain();

		const incidents = ( await api( 'GET', '/api/owner/alerts/incidents' ) )
			.body.incidents;
		expect( incidents ).toHaveLength( 1 );
		expect( incidents[ 0 ].resolvedAt ).toBeNull();
		expect( incidents[ 0 ].lastValue ).toBeCloseTo( 15 / 35 );
		expect( mailbox.received ).toHaveLength( 1 );
		expect( mailbox.received[ 0 ]!.text ).toContain(
			'Error rate is 37.5%, above the threshold of 5%, over the last 60 minutes (platform-wide).'
		);
		const ops = receiver.on( '/ops' );
		expect( ops ).toHaveLength( 1 );
		expect( verify( ops[ 0 ]!, webhookSecret ) ).toBe( true );
		const event = JSON.parse( ops[ 0 ]!.body );
		expect( event ).toMatchObject( {
			type: 'alert.firing',
			incident: {
				id: incidents[ 0 ].id,
				metric: 'error_rate',
				threshold: 0.05,
				scope: 'platform-wide',
			},
		} );
		const slack = JSON.parse( receiver.on( '/slack' )[ 0 ]!.body );
		expect( Object.keys( slack ).sort() ).toEqual( [ 'blocks', 'text' ] );
		expect( slack.text ).toContain( 'Alert: Error rate' );

		// An hour later the window holds only healthy loads: resolved, once.
		now = new Date( now.getTime() + 61 * 60_000 );
		await beacon(
			times( 40, { type: 'widget_loaded', data: { ms: 90 } } )
		);
		const third = await api( 'POST', '/api/owner/alerts/evaluate' );
		expect(
			third.body.resolved.map( ( i: { id: string } ) => i.id )
		).toEqual( [ incidents[ 0 ].id ] );
		expect(
			( await api( 'POST', '/api/owner/alerts/evaluate' ) ).body
		).toEqual( { opened: [], resolved: [] } );
		await drain();
		expect( mailbox.received ).toHaveLength( 2 );
		expect( mailbox.received[ 1 ]!.text ).toContain(
			'Error rate is 0% now, at or under the threshold of 5% (platform-wide).'
		);
		expect(
			receiver
				.on( '/ops' )
				.map( ( hook ) => JSON.parse( hook.body ).type )
		).toEqual( [ 'alert.firing', 'alert.resolved' ] );
		expect(
			( await api( 'GET', '/api/owner/alerts/incidents' ) ).body
				.incidents[ 0 ].resolvedAt
		).toBe( now.toISOString() );
	} );

	it( 'a site rule with an edited threshold watches only its site', async () => {
		const created = await api( 'POST', '/api/owner/alerts/rules', {
			metric: 'origin_rejections_per_hour',
			threshold: 100,
			windowMinutes: 30,
			siteId: site.siteId,
		} );
		expect( created.status ).toBe( 201 );
		expect( created.body.rule.organizationId ).toBe( site.organizationId );
		await beacon(
			times( 12, { type: 'origin_rejected', data: { reason: 'origin' } } )
		);
		// 12 in the last hour: above the platform default (10/h); 24/h over the site
		// rule's 30 minutes, not above its 100/h until the threshold is edited to 20.
		let result = ( await api( 'POST', '/api/owner/alerts/evaluate' ) ).body;
		expect(
			result.opened.map( ( i: { siteId: string | null } ) => i.siteId )
		).toEqual( [ null ] );
		const edited = await api(
			'PATCH',
			`/api/owner/alerts/rules/${ created.body.rule.id }`,
			{ threshold: 20 }
		);
		expect( edited.status ).toBe( 200 );
		result = ( await api( 'POST', '/api/owner/alerts/evaluate' ) ).body;
		expect(
			result.opened.map( ( i: { siteId: string | null } ) => i.siteId )
		).toEqual( [ site.siteId ] );
		expect(
			(
				await api(
					'PATCH',
					`/api/owner/alerts/rules/${ created.body.rule.id }`,
					{
						threshold: 2,
						bogus: 1,
					}
				)
			).status
		).toBe( 400 );
		await drain();
	} );

	it( 'retries a failing webhook with backoff and shows the failure in the delivery log', async () => {
		receiver.fail( '/flaky', 500, 502 );
		receiver.fail( '/down', 500, 500, 500, 500, 500, 500 );
		const flaky = await api( 'POST', '/api/owner/alerts/channels', {
			kind: 'webhook',
			name: 'Flaky',
			target: receiver.url( '/flaky' ),
		} );
		const down = await api( 'POST', '/api/owner/alerts/channels', {
			kind: 'webhook',
			name: 'Down',
			target: receiver.url( '/down' ),
		} );
		await api(
			'POST',
			`/api/owner/alerts/channels/${ flaky.body.channel.id }/test`
		);
		const failing = await api(
			'POST',
			`/api/owner/alerts/channels/${ down.body.channel.id }/test`
		);
		await drain();
		const log = ( await api( 'GET', '/api/owner/alerts/deliveries' ) ).body
			.deliveries as Array< {
			id: string;
			channelName: string;
			status: string;
			attempts: number;
			lastError: string | null;
		} >;
		expect( log.find( ( d ) => d.channelName === 'Flaky' ) ).toMatchObject(
			{
				status: 'sent',
				attempts: 3,
				lastError: null,
			}
		);
		expect( log.find( ( d ) => d.channelName === 'Down' ) ).toMatchObject( {
			id: failing.body.delivery.id,
			status: 'failed',
			attempts: 4,
			lastError: 'the receiver answered HTTP 500',
		} );
		expect( receiver.on( '/down' ) ).toHaveLength( 4 );

		// Sent again by hand: two more failures planned, then the receiver is back.
		const again = await api(
			'POST',
			`/api/owner/alerts/deliveries/${ failing.body.delivery.id }/retry`
		);
		expect( again.status ).toBe( 202 );
		await drain();
		expect(
			(
				await api( 'GET', '/api/owner/alerts/deliveries' )
			).body.deliveries.find(
				( d: { id: string } ) => d.id === failing.body.delivery.id
			)
		).toMatchObject( { status: 'sent', attempts: 7 } );
	}, 30_000 );

	it( 'sends again, from the scheduled job, a delivery a restart left waiting', async () => {
		receiver.received.length = 0;
		const channel = (
			await api( 'GET', '/api/owner/alerts/channels' )
		).body.channels.find(
			( c: { name: string } ) => c.name === 'Ops hook'
		);
		const id = crypto.randomUUID();
		const created = new Date( now.getTime() - 11 * 60_000 ).toISOString();
		// As a process that stopped right after storing it would leave it.
		await sidecar.db.kysely
			.insertInto( 'alert_deliveries' )
			.values( {
				id,
				channel_id: channel.id,
				kind: 'test',
				incident_id: null,
				report_id: null,
				message: JSON.stringify( {
					subject: 'left behind',
					text: 'left behind',
					event: { type: 'test' },
				} ),
				status: 'pending',
				attempts: 0,
				max_attempts: 4,
				last_error: null,
				created_at: created,
				updated_at: created,
				delivered_at: null,
			} )
			.execute();
		sidecar.omniops.queue.enqueue( 'alerts.evaluate', {} );
		await drain();
		expect( receiver.on( '/ops' ).map( ( hook ) => hook.body ) ).toEqual( [
			JSON.stringify( { type: 'test' } ),
		] );
		expect(
			(
				await api( 'GET', '/api/owner/alerts/deliveries' )
			).body.deliveries.find( ( d: { id: string } ) => d.id === id )
				.status
		).toBe( 'sent' );
	} );

	it( 'writes rule and channel changes to the audit log', async () => {
		const actions = await sidecar.db.kysely
			.selectFrom( 'admin_audit_log' )
			.select( 'action' )
			.where( 'action', 'like', 'alerts.%' )
			.execute();
		expect( actions.map( ( row ) => row.action ).sort() ).toEqual( [
			'alerts.channel.create',
			'alerts.channel.create',
			'alerts.channel.create',
			'alerts.channel.create',
			'alerts.channel.create',
			'alerts.rule.create',
			'alerts.rule.update',
		] );
	} );
} );
