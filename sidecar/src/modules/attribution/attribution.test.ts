/**
 * Conversion attribution end to end over real HTTP on both dialects: the consented page
 * journey, first touch (UTM, referral, referring host), erasure with the conversation,
 * and orders attributed from WooCommerce order webhooks signed as WooCommerce signs them
 * (the WooCommerce test double's `deliver`). Also: product cards kept with the reply.
 */
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	connectSite,
	startConversation,
} from '../../../../tests/support/flows';
import { signedCall } from '../../../../tests/support/connect-shop';
import {
	startShopSidecar,
	type ShopSidecar,
	type ConnectedSite,
	type OwnerSession,
	type TestShop,
	type TestSidecar,
} from '../../../../tests/support/shop-connection';
import {
	readMessages,
	sendMessage,
} from '../../../../tests/support/widget-chat';
import {
	acceptInvitationLink,
	organizationWithOwner,
} from '../../../../tests/support/org-flows';
import { sessionApi } from '../../../../tests/support/session-api';
import { referralCodeOf, externalReferrerHost, utmOf } from './service';

const DAY_MS = 24 * 60 * 60 * 1000;
type Conversation = { id: string; auth: Record< string, string > };

describe( 'first-touch parsing', () => {
	it( 'reads utm_* and referral codes from the URL and keeps only outside referrers', () => {
		const page = new URL(
			'https://shop.example/p/1?utm_source=news&utm_medium=email&utm_campaign=autumn&ref=ANA10'
		);
		expect( utmOf( page ) ).toEqual( {
			source: 'news',
			medium: 'email',
			campaign: 'autumn',
		} );
		expect( utmOf( page, { source: 'explicit' } )?.source ).toBe(
			'explicit'
		);
		expect( utmOf( new URL( 'https://shop.example/' ) ) ).toBeNull();
		expect( referralCodeOf( page ) ).toBe( 'ANA10' );
		expect(
			referralCodeOf( new URL( 'https://shop.example/?referral=B2' ) )
		).toBe( 'B2' );
		expect(
			externalReferrerHost( page, 'https://news.example.org/issue/3' )
		).toBe( 'news.example.org' );
		expect(
			externalReferrerHost( page, 'https://shop.example/cart/' )
		).toBeNull();
		expect( externalReferrerHost( page, '' ) ).toBeNull();
	} );
} );

describe.each( testDialects() )( 'attribution on %s', ( dialect ) => {
	let shopSidecar: ShopSidecar;
	let sidecar: TestSidecar;
	let shop: TestShop;
	let owner: OwnerSession;
	let site: ConnectedSite;
	let otherSite: ConnectedSite;
	// The real time (signed requests carry it), moved forward only for the retention purge.
	let offsetMs = 0;
	const api = sessionApi( () => sidecar );

	const signed = (
		target: ConnectedSite,
		method: string,
		path: string,
		body?: unknown
	) => signedCall( sidecar, target, method, path, body );
	const journeyPath = ( conversation: Conversation ) =>
		`/api/widget/conversations/${ conversation.id }/journey`;
	const visit = (
		conversation: Conversation,
		page: Record< string, unknown >
	) =>
		call( sidecar.baseUrl, 'POST', journeyPath( conversation ), {
			headers: conversation.auth,
			body: page,
		} );
	const journey = async ( conversation: Conversation ) =>
		(
			await call( sidecar.baseUrl, 'GET', journeyPath( conversation ), {
				headers: conversation.auth,
			} )
		).body;
	const consent = ( conversation: Conversation ) =>
		call(
			sidecar.baseUrl,
			'PUT',
			`/api/widget/conversations/${ conversation.id }/privacy`,
			{
				headers: conversation.auth,
				body: {
					consent: true,
					retentionDays: 10,
					email: 'ana@example.com',
				},
			}
		);
	const say = ( conversation: Conversation, text: string ) =>
		sendMessage( sidecar, conversation, text );
	const conversions = async ( days?: number ) =>
		api(
			'GET',
			`/api/owner/organizations/${ site.organizationId }/conversions${ days ? `?days=${ days }` : '' }`,
			owner
		);
	/** Counts a table's rows for one conversation, straight from the database. */
	const rowsOf = async (
		table: 'attribution_page_views' | 'attribution_first_touch',
		conversationId: string
	) =>
		(
			await sidecar.db.kysely
				.selectFrom( table )
				.select( 'conversation_id' )
				.where( 'conversation_id', '=', conversationId )
				.execute()
		).length;

	let nextOrderId = 9000;
	/** A WooCommerce REST v3 order as its webhook delivers it (WC_REST_Orders_Controller). */
	const order = ( fields: {
		conversationId?: string;
		email?: string;
		total?: string;
		status?: string;
		createdAt: Date;
		id?: number;
	} ) => {
		const id = fields.id ?? nextOrderId++;
		return {
			id,
			parent_id: 0,
			number: String( id ),
			order_key: `wc_order_${ id }`,
			created_via: 'checkout',
			status: fields.status ?? 'processing',
			currency: 'EUR',
			date_created: fields.createdAt.toISOString().slice( 0, 19 ),
			date_created_gmt: fields.createdAt.toISOString().slice( 0, 19 ),
			total: fields.total ?? '84.50',
			customer_id: 0,
			billing: {
				first_name: 'Ana',
				email: fields.email ?? 'someone@example.com',
			},
			meta_data: [
				{
					id: 11,
					key: '_wc_order_attribution_source_type',
					value: 'utm',
				},
				...( fields.conversationId
					? [
							{
								id: 12,
								key: '_omniops_conversation',
								value: fields.conversationId,
							},
						]
					: [] ),
			],
			line_items: [],
		};
	};
	const deliver = ( topic: string, payload: unknown, secret?: string ) =>
		shop.double.deliver(
			`${ sidecar.baseUrl }/webhooks/woocommerce/${ site.publicKey }`,
			secret ?? shop.webhookSecret,
			topic,
			payload
		);

	beforeAll( async () => {
		shopSidecar = await startShopSidecar( dialect, {
			products: 40,
			name: 'Attributed shop',
			clock: () => new Date( Date.now() + offsetMs ),
		} );
		( { sidecar, shop, owner, site } = shopSidecar );
		otherSite = await connectSite( sidecar, owner, 'Other shop' );
		await sidecar.omniops.queue.drain();
		expect( shopSidecar.credentials.status ).toBe( 202 );
		const { services } = sidecar.omniops;
		const saved = await signed( site, 'PUT', '/api/site/widget-settings', {
			...( await services.widget.settingsFor(
				await services.sites.getByPublicKey( site.publicKey )
			) ),
			consentRequired: true,
		} );
		expect( saved.status ).toBe( 200 );
	} );
	afterAll( () => shopSidecar.close() );

	it( 'keeps nothing of the journey before consent, then each page with its first touch; reloads count once', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const landing = {
			url: 'https://shop.example/product/hoodie/?utm_source=newsletter&utm_medium=email&utm_campaign=autumn&ref=ANA10',
			title: 'Aurora Merino Hoodie',
			referrer: 'https://news.example.org/issue/3',
			pageType: 'product',
			productId: '101',
		};
		const refused = await visit( conversation, landing );
		expect( refused.status ).toBe( 403 );
		expect( refused.body.error.code ).toBe( 'consent_required' );
		expect(
			await rowsOf( 'attribution_page_views', conversation.id )
		).toBe( 0 );
		expect( await journey( conversation ) ).toEqual( {
			firstTouch: null,
			pageViews: [],
		} );

		expect( ( await consent( conversation ) ).status ).toBe( 200 );
		expect( ( await visit( conversation, landing ) ).status ).toBe( 201 );
		const reload = await visit( conversation, landing );
		expect( reload.status ).toBe( 200 );
		expect( reload.body ).toEqual( { recorded: false, reason: 'reload' } );
		expect(
			(
				await visit( conversation, {
					url: 'https://shop.example/cart/?utm_source=retarget',
					title: 'Cart',
					referrer: landing.url,
					pageType: 'cart',
				} )
			).status
		).toBe( 201 );

		const kept = await journey( conversation );
		expect( kept.firstTouch ).toMatchObject( {
			landingUrl: landing.url,
			referrerHost: 'news.example.org',
			utm: {
				source: 'newsletter',
				medium: 'email',
				campaign: 'autumn',
			},
			refCode: 'ANA10',
		} );
		expect( kept.pageViews ).toMatchObject( [
			{ url: landing.url, pageType: 'product', productId: '101' },
			// Later touches stay in the journey; the first touch does not change.
			{
				url: 'https://shop.example/cart/?utm_source=retarget',
				pageType: 'cart',
				utm: { source: 'retarget' },
			},
		] );
	} );

	it( 'refuses bad page views with a 400, other conversations with a 404, floods with a 429; nothing stored', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		await consent( conversation );
		for ( const body of [
			{ url: 'javascript:alert(1)', title: 'x', referrer: '' },
			{ url: 'https://shop.example/', pageType: 'spaceship' },
			{ url: 'https://shop.example/', productId: 'abc' },
			{ title: 'no url' },
			{ url: 'https://shop.example/', extra: true },
		] ) {
			const refused = await visit( conversation, body );
			expect( refused.status ).toBe( 400 );
		}
		const other = await startConversation( sidecar, site.publicKey );
		const foreign = await call(
			sidecar.baseUrl,
			'POST',
			journeyPath( other ),
			{
				headers: conversation.auth,
				body: { url: 'https://shop.example/' },
			}
		);
		expect( foreign.status ).toBe( 404 );
		expect(
			await rowsOf( 'attribution_page_views', conversation.id )
		).toBe( 0 );
		expect( await rowsOf( 'attribution_page_views', other.id ) ).toBe( 0 );

		let status = 0;
		for ( let page = 0; page < 31 && status !== 429; page++ ) {
			status = (
				await visit( conversation, {
					url: `https://shop.example/page-${ page }/`,
				} )
			).status;
		}
		expect( status ).toBe( 429 );
		expect(
			await rowsOf( 'attribution_page_views', conversation.id )
		).toBe( 30 );
	} );

	it( 'keeps product cards and quick actions with the reply, so a reload shows the same cards', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		await consent( conversation );
		const product = shop.double.data.products.find(
			( p ) => p.type === 'simple' && ! p.sale_price
		)!;
		// Asked on the product's page: the card comes from the catalog by id, not from search.
		const sent = await sendMessage(
			sidecar,
			conversation,
			'How much is this?',
			{
				clientMessageId: 'cm-cards-0001',
				pageContext: {
					url: product.permalink,
					title: product.name,
					referrer: '',
					pageType: 'product',
					productId: String( product.id ),
				},
			}
		);
		expect( sent.status ).toBe( 201 );
		expect( sent.body.reply.products ).toMatchObject( [
			{
				id: String( product.id ),
				name: product.name,
				url: product.permalink,
				price: { minor: Math.round( Number( product.price ) * 100 ) },
			},
		] );
		expect( sent.body.reply.quickActions ).toEqual(
			expect.arrayContaining( [
				expect.objectContaining( {
					kind: 'addToCart',
					productId: String( product.id ),
				} ),
			] )
		);
		const reloaded = await readMessages( sidecar, conversation );
		expect( reloaded.status ).toBe( 200 );
		const [ question, reply ] = reloaded.body.messages;
		expect( question.products ).toBeUndefined();
		expect( reply.products ).toEqual( sent.body.reply.products );
		expect( reply.quickActions ).toEqual( sent.body.reply.quickActions );
	} );

	it( 'attributes an order that names the conversation, within the window, with its first touch', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		await consent( conversation );
		await visit( conversation, {
			url: 'https://shop.example/?utm_source=instagram&utm_campaign=launch&referral=CREATOR7',
			title: 'Shop',
			referrer: 'https://l.instagram.com/',
		} );
		expect( ( await say( conversation, 'Hello there' ) ).status ).toBe(
			201
		);
		const placedAt = new Date( Date.now() + 2 * 60 * 60 * 1000 );
		const created = order( {
			conversationId: conversation.id,
			createdAt: placedAt,
			total: '129.90',
		} );
		expect( await deliver( 'order.created', created ) ).toBe( 200 );
		// A second delivery of the same order (order.updated) changes its status, not its count.
		expect(
			await deliver( 'order.updated', {
				...created,
				status: 'completed',
			} )
		).toBe( 200 );

		const answer = await conversions();
		expect( answer.status ).toBe( 200 );
		expect( answer.body.windowDays ).toBe( 7 );
		const mine = answer.body.conversions.filter(
			( c: { orderId: string } ) => c.orderId === String( created.id )
		);
		expect( mine ).toHaveLength( 1 );
		expect( mine[ 0 ] ).toMatchObject( {
			siteId: site.siteId,
			orderNumber: String( created.id ),
			status: 'completed',
			totalMinor: 12990,
			currency: 'EUR',
			conversationId: conversation.id,
			linkedBy: 'order_meta',
			utm: { source: 'instagram', campaign: 'launch' },
			refCode: 'CREATOR7',
			referrerHost: 'l.instagram.com',
			orderedAt: new Date(
				Math.floor( placedAt.getTime() / 1000 ) * 1000
			).toISOString(),
		} );
		expect( mine[ 0 ].secondsAfterChat ).toBeGreaterThan( 7100 );
		expect( mine[ 0 ].secondsAfterChat ).toBeLessThan( 7300 );
	} );

	it( 'does not attribute orders outside the window, without a chat, of another site, or with a bad signature', async () => {
		const before = ( await conversions() ).body.conversions.length;
		const chatted = await startConversation( sidecar, site.publicKey );
		await consent( chatted );
		await say( chatted, 'Hello' );
		const silent = await startConversation( sidecar, site.publicKey );
		await consent( silent );
		const foreign = await startConversation( sidecar, otherSite.publicKey );
		await say( foreign, 'Hello from the other shop' );

		const late = new Date( Date.now() + 8 * DAY_MS );
		const soon = new Date( Date.now() + 60_000 );
		/** The shop's order.created webhook for an order placed at `at` from the conversation. */
		const orderCreated = (
			conversationId: string,
			at: Date,
			secret?: string
		) =>
			deliver(
				'order.created',
				order( { conversationId, createdAt: at } ),
				secret
			);
		expect( await orderCreated( chatted.id, late ) ).toBe( 200 );
		expect( await orderCreated( silent.id, soon ) ).toBe( 200 );
		expect( await orderCreated( foreign.id, soon ) ).toBe( 200 );
		expect( await orderCreated( chatted.id, soon, 'not-the-secret' ) ).toBe(
			401
		);
		expect( await orderCreated( 'not-a-uuid', soon ) ).toBe( 200 );
		expect(
			await deliver( 'order.created', { id: 5, total: 'lots' } )
		).toBe( 400 );
		expect( ( await conversions() ).body.conversions ).toHaveLength(
			before
		);
	} );

	it( "falls back to a handoff e-mail equal to the order's billing e-mail", async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		await consent( conversation );
		await say( conversation, 'Can I talk to a real person?' );
		await say( conversation, 'Sure: Bea.Buyer@example.com' );
		const placed = order( {
			email: 'bea.buyer@example.com',
			createdAt: new Date( Date.now() + 30 * 60 * 1000 ),
			total: '20.00',
		} );
		expect( await deliver( 'order.created', placed ) ).toBe( 200 );
		const found = ( await conversions() ).body.conversions.find(
			( c: { orderId: string } ) => c.orderId === String( placed.id )
		);
		expect( found ).toMatchObject( {
			conversationId: conversation.id,
			linkedBy: 'handoff_email',
			totalMinor: 2000,
		} );
	} );

	it( 'sums revenue per currency without cancelled orders; validates its query; staff only', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		await consent( conversation );
		await say( conversation, 'Hi' );
		const before = ( await conversions() ).body.totals;
		const eur = ( totals: Array< { currency: string } > ) =>
			totals.find( ( t ) => t.currency === 'EUR' ) as
				{ orders: number; totalMinor: number } | undefined;
		const cancelled = order( {
			conversationId: conversation.id,
			createdAt: new Date( Date.now() + 1000 ),
			total: '999.00',
		} );
		await deliver( 'order.created', cancelled );
		const counted = eur( ( await conversions() ).body.totals )!;
		expect( counted.orders ).toBe( ( eur( before )?.orders ?? 0 ) + 1 );
		expect( counted.totalMinor ).toBe(
			( eur( before )?.totalMinor ?? 0 ) + 99900
		);
		await deliver( 'order.updated', { ...cancelled, status: 'cancelled' } );
		expect( eur( ( await conversions() ).body.totals ) ).toEqual(
			eur( before )
		);

		expect( ( await conversions( 400 ) ).status ).toBe( 400 );
		const unknown = await api(
			'GET',
			'/api/owner/organizations/00000000-0000-4000-8000-000000000000/conversions',
			owner
		);
		expect( unknown.status ).toBe( 404 );
		const anonymous = await api(
			'GET',
			`/api/owner/organizations/${ site.organizationId }/conversions`,
			null
		);
		expect( anonymous.status ).toBe( 401 );
	} );

	it( "shows the organization's own team the same figures in the organization area, and no one else's", async () => {
		const invited = await api(
			'POST',
			`/api/owner/organizations/${ site.organizationId }/invitations`,
			owner,
			{ email: `shop-owner-${ dialect }@example.com`, role: 'owner' }
		);
		expect( invited.status ).toBe( 201 );
		const member = await acceptInvitationLink(
			sidecar,
			invited.body.link,
			`shop-owner-${ dialect }@example.com`
		);
		const own = await api(
			'GET',
			`/api/org/${ site.organizationId }/conversions`,
			member
		);
		expect( own.status ).toBe( 200 );
		const platform = ( await conversions() ).body;
		expect( own.body.totals ).toEqual( platform.totals );
		expect( own.body.conversions ).toEqual( platform.conversions );
		expect( own.body.conversions.length ).toBeGreaterThan( 0 );

		const other = await organizationWithOwner(
			sidecar,
			owner,
			'Another shop',
			`other-owner-${ dialect }@example.com`
		);
		const foreign = await api(
			'GET',
			`/api/org/${ site.organizationId }/conversions`,
			other.owner
		);
		expect( foreign.status ).toBeGreaterThanOrEqual( 400 );
		expect( foreign.body.conversions ).toBeUndefined();
		const theirs = await api(
			'GET',
			`/api/org/${ other.organizationId }/conversions`,
			other.owner
		);
		expect( theirs.body ).toMatchObject( { totals: [], conversions: [] } );
	} );

	it( 'erases the journey with "delete my conversation", erase-by-email and the retention purge; conversions stay unlinked', async () => {
		const journeyOf = async () => {
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);
			await consent( conversation );
			await visit( conversation, {
				url: 'https://shop.example/?utm_source=ads',
			} );
			await say( conversation, 'Hello' );
			expect(
				await rowsOf( 'attribution_page_views', conversation.id )
			).toBe( 1 );
			return conversation;
		};

		const deleted = await journeyOf();
		const placed = order( {
			conversationId: deleted.id,
			createdAt: new Date( Date.now() + 1000 ),
		} );
		await deliver( 'order.created', placed );
		expect(
			(
				await call(
					sidecar.baseUrl,
					'DELETE',
					`/api/widget/conversations/${ deleted.id }`,
					{ headers: deleted.auth }
				)
			).status
		).toBe( 204 );
		expect( await rowsOf( 'attribution_page_views', deleted.id ) ).toBe(
			0
		);
		expect( await rowsOf( 'attribution_first_touch', deleted.id ) ).toBe(
			0
		);
		const kept = ( await conversions() ).body.conversions.find(
			( c: { orderId: string } ) => c.orderId === String( placed.id )
		);
		expect( kept ).toMatchObject( {
			conversationId: null,
			totalMinor: 8450,
		} );

		const byEmail = await journeyOf();
		// WordPress's exporter gets the pages kept with each conversation.
		const exported = await signed(
			site,
			'POST',
			'/api/site/privacy/export',
			{
				email: 'ana@example.com',
			}
		);
		expect(
			exported.body.conversations.find(
				( c: { id: string } ) => c.id === byEmail.id
			).pagesViewed
		).toEqual( [
			{
				url: 'https://shop.example/?utm_source=ads',
				viewedAt: expect.any( String ),
			},
		] );
		const erased = await signed( site, 'POST', '/api/site/privacy/erase', {
			email: 'ana@example.com',
		} );
		expect( erased.status ).toBe( 200 );
		expect( erased.body.erased ).toBeGreaterThan( 0 );
		expect( await rowsOf( 'attribution_page_views', byEmail.id ) ).toBe(
			0
		);
		expect( await rowsOf( 'attribution_first_touch', byEmail.id ) ).toBe(
			0
		);

		const expiring = await journeyOf();
		offsetMs = 11 * DAY_MS;
		expect(
			await sidecar.omniops.services.privacy.purgeExpired()
		).toBeGreaterThan( 0 );
		expect( await rowsOf( 'attribution_page_views', expiring.id ) ).toBe(
			0
		);
		expect( await rowsOf( 'attribution_first_touch', expiring.id ) ).toBe(
			0
		);
		offsetMs = 0;
	} );
} );
