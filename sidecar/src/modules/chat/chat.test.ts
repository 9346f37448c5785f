import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	connectSite,
	ownerSession,
	startConversation,
	type ConnectedSite,
} from '../../../../tests/support/flows';
import { EMBEDDED_REPLIES } from '../assistant/embedded-responder';

const FILLER = [
	'Our team loves colourful socks and warm scarves.',
	'Gift cards are available in many amounts.',
	'We plant a tree for every order placed.',
];

describe.each( testDialects() )( 'chat on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;

	beforeAll( async () => {
		sidecar = await startTestSidecar( dialect );
		site = await connectSite( sidecar, await ownerSession( sidecar ) );
		await sidecar.omniops.queue.drain();
		const knowledgeSite = {
			id: site.siteId,
			organizationId: site.organizationId,
			restUrl: 'https://shop.example/wp-json/',
		};
		await sidecar.omniops.services.knowledge.indexDocuments(
			knowledgeSite,
			[
				{
					source: 'wp_page',
					externalId: '1',
					title: 'Shipping policy',
					url: 'https://shop.example/shipping/',
					html: '<p>We ship every order within 2 business days. Standard delivery takes 3 to 5 working days.</p>',
					modifiedAt: null,
				},
				{
					source: 'wp_page',
					externalId: '2',
					title: 'Returns',
					url: 'https://shop.example/returns/',
					html: '<p>You can return any unworn item within 30 days for a full refund.</p>',
					modifiedAt: null,
				},
				...FILLER.map( ( text, i ) => ( {
					source: 'wp_post',
					externalId: String( 10 + i ),
					title: `News ${ i }`,
					url: `https://shop.example/news-${ i }/`,
					html: `<p>${ text }</p>`,
					modifiedAt: null,
				} ) ),
			]
		);
	} );
	afterAll( () => sidecar.close() );

	const send = (
		conversation: { id: string; auth: Record< string, string > },
		text: string,
		clientMessageId: string
	) =>
		call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ conversation.id }/messages`,
			{ body: { text, clientMessageId }, headers: conversation.auth }
		);

	it( "answers from the shop's pages with the passage and its link", async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const response = await send(
			conversation,
			'How long does shipping take?',
			'client-msg-1'
		);
		expect( response.status ).toBe( 201 );
		expect( response.body.message ).toMatchObject( {
			role: 'shopper',
			text: 'How long does shipping take?',
		} );
		expect( response.body.reply.role ).toBe( 'assistant' );
		expect( response.body.reply.text ).toContain(
			'Standard delivery takes 3 to 5 working days'
		);
		expect( response.body.reply.sources ).toEqual( [
			{ title: 'Shipping policy', url: 'https://shop.example/shipping/' },
		] );
	} );

	it( 'matches word forms (returning -> return)', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const response = await send(
			conversation,
			'Is returning an unworn jacket possible for a refund?',
			'client-msg-2'
		);
		expect( response.body.reply.text ).toContain( 'within 30 days' );
	} );

	it( 'says honestly when it does not know', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const response = await send(
			conversation,
			'Do you repair bicycles?',
			'client-msg-3'
		);
		expect( response.body.reply.text ).toBe( EMBEDDED_REPLIES.unknown );
		expect( response.body.reply.sources ).toEqual( [] );
	} );

	it( 'restores the history in order, and a retried send is never duplicated', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const first = await send( conversation, 'hello', 'retry-msg-01' );
		const again = await send( conversation, 'hello', 'retry-msg-01' );
		expect( again.status ).toBe( 201 );
		expect( again.body.message.id ).toBe( first.body.message.id );
		expect( again.body.reply.id ).toBe( first.body.reply.id );
		// Concurrent retries of a new message also settle on one pair.
		const racing = await Promise.all( [
			send( conversation, 'thanks', 'retry-msg-02' ),
			send( conversation, 'thanks', 'retry-msg-02' ),
		] );
		expect( racing[ 0 ].body.reply.id ).toBe( racing[ 1 ].body.reply.id );
		const history = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/conversations/${ conversation.id }/messages`,
			{ headers: conversation.auth }
		);
		expect( history.status ).toBe( 200 );
		expect(
			history.body.messages.map(
				( m: { role: string; text: string } ) =>
					`${ m.role }:${ m.text }`
			)
		).toEqual( [
			'shopper:hello',
			`assistant:${ EMBEDDED_REPLIES.greeting }`,
			'shopper:thanks',
			`assistant:${ EMBEDDED_REPLIES.thanks }`,
		] );
	} );

	it( "answers 404 for another conversation's id or a wrong token, and 401 without a token", async () => {
		const mine = await startConversation( sidecar, site.publicKey );
		const theirs = await startConversation( sidecar, site.publicKey );
		await send( theirs, 'hello', 'private-msg-1' );
		const peek = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/conversations/${ theirs.id }/messages`,
			{ headers: mine.auth }
		);
		expect( peek.status ).toBe( 404 );
		const write = await call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ theirs.id }/messages`,
			{
				body: { text: 'x', clientMessageId: 'intruder-01' },
				headers: mine.auth,
			}
		);
		expect( write.status ).toBe( 404 );
		const forged = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/conversations/${ theirs.id }/messages`,
			{ headers: { authorization: 'Bearer ct_forgedforgedforgedforged' } }
		);
		expect( forged.status ).toBe( 404 );
		const none = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/conversations/${ theirs.id }/messages`
		);
		expect( none.status ).toBe( 401 );
		const history = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/conversations/${ theirs.id }/messages`,
			{ headers: theirs.auth }
		);
		expect( history.body.messages ).toHaveLength( 2 );
	} );

	it.each( [
		[ 'an empty text', { text: '   ', clientMessageId: 'bad-input-01' } ],
		[
			'a text over 2000 characters',
			{ text: 'x'.repeat( 2001 ), clientMessageId: 'bad-input-02' },
		],
		[
			'a bad clientMessageId',
			{ text: 'hi', clientMessageId: 'no spaces allowed' },
		],
		[ 'a missing clientMessageId', { text: 'hi' } ],
		[
			'a non-string text',
			{ text: { $gt: '' }, clientMessageId: 'bad-input-03' },
		],
		[
			'an unknown field',
			{ text: 'hi', clientMessageId: 'bad-input-04', role: 'assistant' },
		],
	] )( 'refuses %s with 400 and stores nothing', async ( _label, body ) => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const response = await call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ conversation.id }/messages`,
			{ body, headers: conversation.auth }
		);
		expect( response.status ).toBe( 400 );
		expect( response.body.error.code ).toBe( 'validation_failed' );
		const history = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/conversations/${ conversation.id }/messages`,
			{ headers: conversation.auth }
		);
		expect( history.body.messages ).toEqual( [] );
	} );

	it( 'refuses to start a conversation on an unknown or malformed site key', async () => {
		expect(
			(
				await call(
					sidecar.baseUrl,
					'POST',
					'/api/widget/conversations',
					{ body: { siteKey: 'pk_doesnotexist00' } }
				)
			).status
		).toBe( 404 );
		expect(
			(
				await call(
					sidecar.baseUrl,
					'POST',
					'/api/widget/conversations',
					{ body: { siteKey: '<script>' } }
				)
			).status
		).toBe( 400 );
		expect(
			(
				await call(
					sidecar.baseUrl,
					'POST',
					'/api/widget/conversations',
					{ rawBody: '{"siteKey":' }
				)
			).status
		).toBe( 400 );
	} );
} );
