/**
 * Orders of a signed-in customer: the plugin vouches for the customer with a token signed
 * by the site's secret (computed here independently of the sidecar's code, as the plugin
 * does); the sidecar shows that customer's own orders by number alone, answers other
 * people's orders exactly like missing ones, and ignores altered, foreign or expired tokens.
 */
import { createHmac } from 'node:crypto';
import {
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	connectSite,
	startConversation,
	type ConnectedSite,
	type OwnerSession,
} from '../../../../tests/support/flows';
import { connectShopDouble } from '../../../../tests/support/shop-connection';
import { putLlmSettings } from '../../../../tests/support/llm-provider';
import {
	askInNewConversation,
	streamMessage,
} from '../../../../tests/support/widget-chat';
import {
	startTestShop,
	type TestShop,
} from '../../../../tests/doubles/woocommerce/shop';
import {
	startOpenAiDouble,
	type OpenAiDouble,
} from '../../../../tests/doubles/openai/server';
import { verifyCustomerToken } from '../sites/customer-token';
import { EMBEDDED_REPLIES } from './embedded-responder';

const ANA = { id: 17, email: 'ana.account@example.com' };
const BEN = { id: 18, email: 'ben.account@example.com' };

interface Claims {
	v?: unknown;
	site?: unknown;
	customer?: unknown;
	email?: unknown;
	exp?: unknown;
}

/** The token as the plugin builds it (plugin/src/WooCommerce/CustomerIdentity.php). */
function tokenFor( secret: string, claims: Claims ): string {
	const payload = Buffer.from( JSON.stringify( claims ) ).toString(
		'base64url'
	);
	const signature = createHmac( 'sha256', secret )
		.update( `omniops-customer-v1.${ payload }` )
		.digest( 'hex' );
	return `${ payload }.${ signature }`;
}

const inAnHour = () => Math.floor( Date.now() / 1000 ) + 3600;

describe( 'customer token verification', () => {
	const secret = 'sk_test_secret_for_tokens';
	const site = '0b5f7a4e-1111-4222-8333-444455556666';
	const good = {
		v: 1,
		site,
		customer: '17',
		email: ANA.email,
		exp: inAnHour(),
	};
	const verify = ( token: string ) =>
		verifyCustomerToken( secret, site, token, new Date() );

	it( 'accepts a token signed with the site secret', () => {
		expect( verify( tokenFor( secret, good ) ) ).toMatchObject( {
			customerId: '17',
			email: ANA.email,
		} );
	} );

	it( 'accepts the token the plugin makes for a fixed input (tests/php/test-customer-identity.php)', () => {
		const vector =
			'eyJ2IjoxLCJzaXRlIjoiMGI1ZjdhNGUtMTExMS00MjIyLTgzMzMtNDQ0NDU1NTU2NjY2IiwiY3VzdG9tZXIiOiIxNyIsImVtYWlsIjoiYW5hQGV4YW1wbGUuY29tIiwiZXhwIjoxOTAwMDAwMDAwfQ.b7ee261a9eec8d94cb680e9411cb55d75f8d9f6277cef3746ec5bd3d06acc01e';
		const beforeExpiry = new Date( ( 1900000000 - 3600 ) * 1000 );
		expect(
			verifyCustomerToken(
				'sk_vector_secret',
				site,
				vector,
				beforeExpiry
			)
		).toEqual( {
			customerId: '17',
			email: 'ana@example.com',
			expiresAt: new Date( 1900000000 * 1000 ).toISOString(),
		} );
		expect(
			verifyCustomerToken(
				'sk_vector_secret',
				site,
				vector,
				new Date( 1900000001 * 1000 )
			)
		).toBeNull();
	} );

	it( 'refuses altered, foreign, expired and malformed tokens', () => {
		const token = tokenFor( secret, good );
		const [ , signature ] = token.split( '.' );
		const otherCustomer = Buffer.from(
			JSON.stringify( { ...good, customer: '18' } )
		).toString( 'base64url' );
		const refused = [
			`${ otherCustomer }.${ signature }`,
			`${ token.slice( 0, -1 ) }${ token.endsWith( '0' ) ? '1' : '0' }`,
			tokenFor( 'sk_another_sites_secret', good ),
			tokenFor( secret, { ...good, site: 'another-site' } ),
			tokenFor( secret, {
				...good,
				exp: Math.floor( Date.now() / 1000 ) - 1,
			} ),
			tokenFor( secret, { ...good, exp: inAnHour() + 48 * 3600 } ),
			tokenFor( secret, { ...good, v: 2 } ),
			tokenFor( secret, { ...good, customer: 17 } ),
			tokenFor( secret, { ...good, customer: '0' } ),
			tokenFor( secret, { ...good, exp: String( inAnHour() ) } ),
			'not-a-token',
			`${ token }.extra`,
			'',
		];
		for ( const candidate of refused ) {
			expect( [ candidate, verify( candidate ) ] ).toEqual( [
				candidate,
				null,
			] );
		}
		// A signature over something that is not JSON.
		const junk = Buffer.from( 'not json at all' ).toString( 'base64url' );
		const junkSignature = createHmac( 'sha256', secret )
			.update( `omniops-customer-v1.${ junk }` )
			.digest( 'hex' );
		expect( verify( `${ junk }.${ junkSignature }` ) ).toBeNull();
	} );
} );

describe.each( testDialects() )(
	'signed-in customer orders on %s',
	( dialect ) => {
		let sidecar: TestSidecar;
		let shop: TestShop;
		let owner: OwnerSession;
		let site: ConnectedSite;
		let other: ConnectedSite;
		let sent = 0;

		const anaToken = () =>
			tokenFor( site.secret, {
				v: 1,
				site: site.siteId,
				customer: String( ANA.id ),
				email: ANA.email,
				exp: inAnHour(),
			} );
		const ask = async (
			text: string,
			customerToken?: unknown,
			expectStatus = 201
		) => {
			const { response } = await askInNewConversation(
				sidecar,
				site.publicKey,
				text,
				customerToken === undefined ? {} : { customerToken }
			);
			expect( response.status ).toBe( expectStatus );
			return String( response.body.reply?.text ?? '' );
		};

		beforeAll( async () => {
			shop = await startTestShop( 10 );
			shop.double.data.orders.push(
				{
					id: 5001,
					number: '5001',
					status: 'processing',
					currency: 'EUR',
					total: '42.00',
					customer_id: ANA.id,
					date_created_gmt: '2026-11-20T10:00:00',
					billing: {
						first_name: 'Ana',
						email: 'ana.billing@example.com',
					},
					line_items: [
						{
							id: 1,
							name: 'Trail Socks',
							quantity: 2,
							total: '42.00',
						},
					],
				},
				{
					id: 5002,
					number: '5002',
					status: 'completed',
					currency: 'EUR',
					total: '10.00',
					customer_id: BEN.id,
					date_created_gmt: '2026-11-21T10:00:00',
					billing: { first_name: 'Ben', email: BEN.email },
					line_items: [
						{ id: 1, name: 'Beanie', quantity: 1, total: '10.00' },
					],
				},
				{
					id: 5003,
					number: '5003',
					status: 'completed',
					currency: 'EUR',
					total: '5.00',
					customer_id: 0,
					date_created_gmt: '2026-11-22T10:00:00',
					billing: { first_name: 'Guest', email: ANA.email },
					line_items: [
						{ id: 1, name: 'Sticker', quantity: 1, total: '5.00' },
					],
				}
			);
			sidecar = await startTestSidecar( dialect );
			const connection = await connectShopDouble( sidecar, shop );
			( { owner, site } = connection );
			other = await connectSite( sidecar, owner, 'Other shop' );
			await sidecar.omniops.queue.drain();
			expect( connection.credentials.status ).toBeLessThan( 300 );
		} );
		afterAll( async () => {
			await sidecar.close();
			await shop.double.close();
		} );

		it( "shows the signed-in customer's own order by number alone", async () => {
			const reply = await ask( 'Where is my order 5001?', anaToken() );
			expect( reply ).toBe(
				'Order #5001 is being prepared for shipping (processing). Items: 2 × Trail Socks. Total: €42.00.'
			);
		} );

		it( "answers someone else's order, a guest order and a missing one exactly alike", async () => {
			const replies = [
				await ask( 'Where is my order 5002?', anaToken() ),
				await ask( 'Where is my order 5003?', anaToken() ),
				await ask( 'Where is my order 9999?', anaToken() ),
			];
			expect( replies ).toEqual( [
				EMBEDDED_REPLIES.orderNotFoundSignedIn,
				EMBEDDED_REPLIES.orderNotFoundSignedIn,
				EMBEDDED_REPLIES.orderNotFoundSignedIn,
			] );
			expect( replies.join( ' ' ) ).not.toContain( 'Beanie' );
		} );

		it( 'asks for the billing e-mail when the token is missing, altered, foreign or expired', async () => {
			const [ payload, signature ] = anaToken().split( '.' ) as [
				string,
				string,
			];
			const claims = JSON.parse(
				Buffer.from( payload, 'base64url' ).toString()
			);
			const asBen = Buffer.from(
				JSON.stringify( { ...claims, customer: String( BEN.id ) } )
			).toString( 'base64url' );
			const rejected = [
				undefined,
				`${ asBen }.${ signature }`,
				tokenFor( other.secret, claims ),
				tokenFor( site.secret, { ...claims, site: other.siteId } ),
				tokenFor( site.secret, {
					...claims,
					exp: Math.floor( Date.now() / 1000 ) - 5,
				} ),
			];
			for ( const token of rejected ) {
				// The number is known: only the billing e-mail is asked for.
				expect( await ask( 'Where is my order 5001?', token ) ).toBe(
					EMBEDDED_REPLIES.orderAskEmail( '5001' )
				);
			}
			// Ben's own (honest) token does not open Ana's order either.
			const benToken = tokenFor( site.secret, {
				...claims,
				customer: String( BEN.id ),
				email: BEN.email,
			} );
			expect( await ask( 'Where is my order 5001?', benToken ) ).toBe(
				EMBEDDED_REPLIES.orderNotFoundSignedIn
			);
		} );

		it( 'still checks the number + billing e-mail pair when an e-mail is given', async () => {
			expect(
				await ask(
					'Order 5002, my e-mail is ben.account@example.com',
					anaToken()
				)
			).toContain( 'Order #5002 is completed and shipped.' );
		} );

		it( 'passes the token through the streaming route too', async () => {
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);
			const response = await streamMessage( sidecar, conversation, {
				text: 'Status of order 5001 please',
				clientMessageId: `customer-${ ++sent }-stream`,
				customerToken: anaToken(),
			} );
			expect( await response.text() ).toContain(
				'Order #5001 is being prepared for shipping (processing).'
			);
		} );

		it( "lets the LLM's lookup_order tool find the customer's own order by number, and only that", async () => {
			const llm: OpenAiDouble =
				await startOpenAiDouble( 'sk-customer-llm' );
			const settings = ( enabled: boolean ) =>
				putLlmSettings( sidecar, owner, site.organizationId, {
					provider: 'openai-compatible',
					baseUrl: llm.url,
					model: 'gpt-orders',
					apiKey: 'sk-customer-llm',
					enabled,
					monthlyBudgetUsd: null,
					timeoutMs: 4000,
				} );
			try {
				expect( ( await settings( true ) ).status ).toBe( 200 );
				const toolResults: string[] = [];
				const answerFromTool = ( request: {
					messages: Array< { role: string; content?: unknown } >;
				} ) => {
					const result = JSON.stringify(
						request.messages.find( ( m ) => m.role === 'tool' )
							?.content ?? ''
					);
					toolResults.push( result );
					return {
						text: result.includes( 'Trail Socks' )
							? 'Your order 5001 is being prepared.'
							: 'I could not find that order.',
					};
				};
				llm.script(
					{
						toolCalls: [
							{
								name: 'lookup_order',
								args: { orderNumber: '5001' },
							},
						],
					},
					answerFromTool,
					{
						toolCalls: [
							{
								name: 'lookup_order',
								args: { orderNumber: '5002' },
							},
						],
					},
					answerFromTool
				);
				expect(
					await ask( 'Where is my order 5001?', anaToken() )
				).toBe( 'Your order 5001 is being prepared.' );
				expect( await ask( 'And my order 5002?', anaToken() ) ).toBe(
					'I could not find that order.'
				);
				expect( toolResults[ 0 ] ).toContain( 'Trail Socks' );
				expect( toolResults[ 1 ] ).not.toContain( 'Beanie' );
				expect( toolResults[ 1 ] ).toContain( 'No order matches' );
				expect( llm.pending() ).toBe( 0 );
			} finally {
				await settings( false );
				await llm.close();
			}
		} );

		it( 'refuses a token that is not a string or is oversized with a 400', async () => {
			await ask( 'Where is my order 5001?', 12345, 400 );
			await ask( 'Where is my order 5001?', 'x'.repeat( 1501 ), 400 );
		} );
	}
);
