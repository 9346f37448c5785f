import {
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	startConversation,
	type ConnectedSite,
} from '../../../../tests/support/flows';
import { signedCall } from '../../../../tests/support/connect-shop';
import { startMailbox, type Mailbox } from '../../../../tests/support/mailbox';
import {
	sendMessage,
	type WidgetConversation,
} from '../../../../tests/support/widget-chat';
import {
	fullPriceSimpleProduct,
	startShopSidecar,
	type ShopSidecar,
} from '../../../../tests/support/shop-connection';
import {
	ORDER,
	type TestShop,
} from '../../../../tests/doubles/woocommerce/shop';
import {
	createEmbeddedResponder,
	EMBEDDED_REPLIES,
	ORDER_LOOKUP_LIMITS,
} from './embedded-responder';
import { analyze, findOrderNumber } from './analysis';
import type { ResponderChunk, ResponderInput } from './responder';

describe( 'question signals', () => {
	it( 'tells questions apart and finds order numbers', () => {
		const signals = ( text: string ) =>
			analyze( text, { locale: 'en' } ).signals;
		expect( signals( 'hello!' ).has( 'greeting' ) ).toBe( true );
		expect(
			signals( 'Can I talk to a real person?' ).has( 'handoff' )
		).toBe( true );
		expect( signals( 'Where is my order 1234?' ).has( 'order' ) ).toBe(
			true
		);
		expect(
			signals( 'How much is the Aurora hoodie?' ).has( 'price' )
		).toBe( true );
		expect( signals( 'Is it in stock?' ).has( 'stock' ) ).toBe( true );
		expect(
			signals( 'Is delivery available to Spain?' ).has( 'policy' )
		).toBe( true );
		expect( findOrderNumber( 'order #4321 please, a@b.co' ) ).toBe(
			'4321'
		);
		expect( findOrderNumber( 'my email is a1234@b.co' ) ).toBeNull();
	} );
} );

describe.each( testDialects() )( 'assistant on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let shop: TestShop;
	let site: ConnectedSite;
	let mailbox: Mailbox;
	let shopSidecar: ShopSidecar;

	const signed = ( method: string, path: string, body?: unknown ) =>
		signedCall( sidecar, site, method, path, body );
	const say = async ( conversation: WidgetConversation, text: string ) => {
		const response = await sendMessage( sidecar, conversation, text );
		expect( response.status ).toBe( 201 );
		return String( response.body.reply.text );
	};

	beforeAll( async () => {
		mailbox = await startMailbox();
		shopSidecar = await startShopSidecar( dialect, {
			products: 60,
			env: {
				OMNIOPS_SMTP_URL: mailbox.url,
				OMNIOPS_MAIL_FROM: 'chat@omniops.test',
			},
		} );
		( { sidecar, shop, site } = shopSidecar );
	} );
	afterAll( async () => {
		await shopSidecar.close();
		await mailbox.close();
	} );

	it( 'answers a price with a product card and quick actions, every figure from the catalog', async () => {
		const services = sidecar.omniops.services;
		const responder = createEmbeddedResponder( {
			searchContent: services.knowledge.searchContent,
			searchProducts: services.commerce.searchProducts,
			getProduct: services.commerce.getProduct,
		} );
		const product = fullPriceSimpleProduct( shop );
		const chunks: ResponderChunk[] = [];
		for await ( const chunk of responder.respond( {
			organizationId: site.organizationId,
			siteId: site.siteId,
			conversationId: 'c1',
			text: `How much is the ${ product.name }?`,
			locale: 'en',
			pageContext: null,
			history: [],
		} ) ) {
			chunks.push( chunk );
		}
		expect( chunks[ 0 ] ).toEqual( {
			type: 'text',
			delta: `The ${ product.name } costs €${ product.price }.`,
		} );
		const cards = chunks.find( ( c ) => c.type === 'products' );
		expect( cards ).toMatchObject( {
			products: [
				{
					id: String( product.id ),
					name: product.name,
					url: product.permalink,
					price: {
						minor: Math.round( Number( product.price ) * 100 ),
						currency: 'EUR',
					},
				},
			],
		} );
		const actions = chunks.find( ( c ) => c.type === 'quickActions' );
		expect( actions ).toMatchObject( {
			actions: [
				{ kind: 'addToCart', productId: String( product.id ) },
				{ kind: 'message' },
				{ kind: 'handoff' },
			],
		} );
	} );

	it( 'greets with the product on the page and page-specific quick actions', async () => {
		const services = sidecar.omniops.services;
		const responder = createEmbeddedResponder( {
			searchContent: services.knowledge.searchContent,
			getProduct: services.commerce.getProduct,
		} );
		const product = shop.double.data.products[ 3 ]!;
		const run = async ( pageContext: ResponderInput[ 'pageContext' ] ) => {
			const chunks: ResponderChunk[] = [];
			for await ( const chunk of responder.respond( {
				organizationId: site.organizationId,
				siteId: site.siteId,
				conversationId: 'c2',
				text: 'Hi',
				locale: 'en',
				pageContext,
				history: [],
			} ) ) {
				chunks.push( chunk );
			}
			return chunks;
		};
		const onProduct = await run( {
			pageType: 'product',
			productId: String( product.id ),
		} );
		expect( onProduct[ 0 ] ).toEqual( {
			type: 'text',
			delta: `Hello! I see you're looking at the ${ product.name } — ask me anything about it.`,
		} );
		const actions = onProduct.find( ( c ) => c.type === 'quickActions' );
		expect(
			actions &&
				'actions' in actions &&
				actions.actions.map( ( a ) => a.label )
		).toEqual( [ 'Add to cart', 'Check stock', 'Compare' ] );
		const onContact = await run( { pageType: 'contact' } );
		expect( onContact[ 0 ] ).toEqual( {
			type: 'text',
			delta: EMBEDDED_REPLIES.greeting,
		} );
		expect( onContact[ 1 ] ).toMatchObject( {
			actions: [ { label: 'Schedule a call' }, { label: 'Email us' } ],
		} );
		const unknownProduct = await run( {
			pageType: 'product',
			productId: '999999',
		} );
		expect( unknownProduct ).toEqual( [
			{ type: 'text', delta: EMBEDDED_REPLIES.greeting },
		] );
	} );

	it( 'hands a conversation to a person: asks for an e-mail, stores the request, e-mails the shop', async () => {
		expect(
			(
				await signed( 'PUT', '/api/site/assistant/settings', {
					handoffEmail: 'team@shop.example',
				} )
			).status
		).toBe( 200 );
		expect(
			(
				await signed( 'PUT', '/api/site/assistant/settings', {
					handoffEmail: 'not-an-email',
				} )
			).status
		).toBe( 400 );
		const conversation = await startConversation( sidecar, site.publicKey );
		await say( conversation, 'Do you engrave wallets with initials?' );
		expect(
			await say( conversation, 'Can I talk to a real person?' )
		).toBe( EMBEDDED_REPLIES.handoffAsk );
		expect(
			await say( conversation, 'sure, it is maria@example.org' )
		).toContain( 'maria@example.org' );
		await sidecar.omniops.queue.drain();
		const listed = await signed( 'GET', '/api/site/assistant/handoffs' );
		expect( listed.body.handoffs ).toMatchObject( [
			{
				conversationId: conversation.id,
				email: 'maria@example.org',
				question: 'Can I talk to a real person?',
				notifyError: null,
			},
		] );
		expect( listed.body.handoffs[ 0 ].notifiedAt ).not.toBeNull();
		expect( mailbox.received ).toHaveLength( 1 );
		expect( mailbox.received[ 0 ]!.raw ).toMatch(
			/To: team@shop\.example/
		);
		expect( mailbox.received[ 0 ]!.raw ).toMatch(
			/Reply-To: maria@example\.org/
		);
		expect( mailbox.received[ 0 ]!.raw ).toContain( conversation.id );
	} );

	it( 'shows an order for the right pair only, and limits lookups per conversation', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		expect(
			await say(
				conversation,
				`Where is my order ${ ORDER.number }? ${ ORDER.email }`
			)
		).toContain( 'completed' );
		const wrong = await say(
			conversation,
			`Order ${ ORDER.number }, email someone@else.example`
		);
		const missing = await say(
			conversation,
			`Order 99999, email ${ ORDER.email }`
		);
		expect( wrong ).toBe( EMBEDDED_REPLIES.orderNotFound );
		expect( missing ).toBe( wrong );
		const limit = ORDER_LOOKUP_LIMITS.perConversation.limit;
		for ( let i = 3; i < limit; i++ ) {
			await say(
				conversation,
				`Order ${ 1000 + i }, email ${ ORDER.email }`
			);
		}
		expect(
			await say(
				conversation,
				`Order ${ ORDER.number }, ${ ORDER.email }`
			)
		).toBe( EMBEDDED_REPLIES.orderLimited );
		// Another conversation is not affected.
		const other = await startConversation( sidecar, site.publicKey );
		expect(
			await say( other, `Order ${ ORDER.number }, ${ ORDER.email }` )
		).toContain( 'completed' );
	} );

	it( 'limits order lookups per IP across fresh conversations, so orders cannot be enumerated', async () => {
		// Every request here comes from 127.0.0.1; each conversation makes one lookup only,
		// so the per-conversation limit never applies and only the per-IP one can stop it.
		const replies: string[] = [];
		for ( let i = 0; i <= ORDER_LOOKUP_LIMITS.perIp.limit; i++ ) {
			const fresh = await startConversation( sidecar, site.publicKey );
			replies.push(
				await say(
					fresh,
					`Order ${ 2000 + i }, email ${ ORDER.email }`
				)
			);
		}
		expect( replies.at( -1 ) ).toBe( EMBEDDED_REPLIES.orderLimited );
		expect(
			replies.filter( ( r ) => r === EMBEDDED_REPLIES.orderNotFound )
				.length
		).toBeLessThanOrEqual( ORDER_LOOKUP_LIMITS.perIp.limit );
	} );
} );
