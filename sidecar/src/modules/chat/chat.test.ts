import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import { readMessages } from '../../../../tests/support/widget-chat';
import {
	startSiteSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { startConversation } from '../../../../tests/support/flows';
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
		( { sidecar, site } = await startSiteSidecar( dialect, {
			drainQueue: true,
		} ) );
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
		const history = await readMessages( sidecar, conversation );
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
		const history = await readMessages( sidecar, theirs );
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
		const history = await readMessages( sidecar, conversation );
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
	const historyPage = (
		conversation: { id: string; auth: Record< string, string > },
		query = ''
	) =>
		call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/conversations/${ conversation.id }/messages${ query }`,
			{ headers: conversation.auth }
		);
	const transcript = ( messages: Array< { role: string; text: string } > ) =>
		messages.map( ( m ) => `${ m.role }:${ m.text }` );

	it( 'keeps a reply next to its question when the question is re-sent after a crash mid-answer', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const first = await send( conversation, 'hello', 'crash-msg-01' );
		expect( first.status ).toBe( 201 );
		// The state kill -9 leaves mid-answer: the question stored, its reply never written.
		await sidecar.db.kysely
			.deleteFrom( 'messages' )
			.where( 'id', '=', first.body.reply.id )
			.execute();
		await new Promise( ( resolve ) => setTimeout( resolve, 20 ) );
		expect(
			( await send( conversation, 'thanks', 'crash-msg-02' ) ).status
		).toBe( 201 );
		await new Promise( ( resolve ) => setTimeout( resolve, 20 ) );
		// The widget re-sends the unanswered question with the same client message id.
		const retried = await send( conversation, 'hello', 'crash-msg-01' );
		expect( retried.status ).toBe( 201 );
		expect( retried.body.message.id ).toBe( first.body.message.id );
		expect( Date.parse( retried.body.reply.createdAt ) ).toBeGreaterThan(
			Date.parse( first.body.message.createdAt ) + 20
		);
		const expected = [
			'shopper:hello',
			`assistant:${ EMBEDDED_REPLIES.greeting }`,
			'shopper:thanks',
			`assistant:${ EMBEDDED_REPLIES.thanks }`,
		];
		expect(
			transcript( ( await historyPage( conversation ) ).body.messages )
		).toEqual( expected );
		// Paging back one message at a time keeps the same order.
		const paged: Array< { role: string; text: string } > = [];
		let cursor: string | null = '';
		while ( cursor !== null ) {
			const page: any = await historyPage(
				conversation,
				`?limit=1${ cursor ? `&before=${ cursor }` : '' }`
			);
			expect( page.status ).toBe( 200 );
			paged.unshift( ...page.body.messages );
			cursor = page.body.olderCursor;
		}
		expect( transcript( paged ) ).toEqual( expected );
	} );

	it( 'pages history by cursor: newest page first, older pages with before, nothing lost or repeated', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		for ( let i = 1; i <= 4; i++ ) {
			expect(
				(
					await send(
						conversation,
						`question ${ i }`,
						`paging-msg-${ i }0`
					)
				).status
			).toBe( 201 );
		}
		const all = ( await historyPage( conversation, '?limit=200' ) ).body;
		expect( all.messages ).toHaveLength( 8 );
		expect( all.olderCursor ).toBeNull();
		const newest = ( await historyPage( conversation, '?limit=3' ) ).body;
		expect( newest.messages.map( ( m: { id: string } ) => m.id ) ).toEqual(
			all.messages.slice( 5 ).map( ( m: { id: string } ) => m.id )
		);
		expect( typeof newest.olderCursor ).toBe( 'string' );
		const older = (
			await historyPage(
				conversation,
				`?limit=3&before=${ newest.olderCursor }`
			)
		).body;
		expect( older.messages.map( ( m: { id: string } ) => m.id ) ).toEqual(
			all.messages.slice( 2, 5 ).map( ( m: { id: string } ) => m.id )
		);
		const oldest = (
			await historyPage(
				conversation,
				`?limit=3&before=${ older.olderCursor }`
			)
		).body;
		expect( oldest.messages.map( ( m: { id: string } ) => m.id ) ).toEqual(
			all.messages.slice( 0, 2 ).map( ( m: { id: string } ) => m.id )
		);
		expect( oldest.olderCursor ).toBeNull();
		// Without a limit: the newest 50.
		expect(
			( await historyPage( conversation ) ).body.messages
		).toHaveLength( 8 );
	} );

	it( 'orders messages written in the same millisecond by id, stably across pages', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const at = new Date().toISOString();
		const ids = [ 'c', 'a', 'e', 'b', 'd' ].map(
			( letter ) => `00000000-0000-4000-8000-00000000000${ letter }`
		);
		await sidecar.db.kysely
			.insertInto( 'messages' )
			.values(
				ids.map( ( id, i ) => ( {
					id,
					organization_id: site.organizationId,
					conversation_id: conversation.id,
					role: 'shopper' as const,
					text: `same time ${ i }`,
					sources: '[]',
					client_message_id: `same-time-${ i }-x`,
					reply_to_id: null,
					page_context: null,
					responder: null,
					cards: null,
					created_at: at,
				} ) )
			)
			.execute();
		const seen: string[] = [];
		let cursor: string | null = '';
		while ( cursor !== null ) {
			const page: any = await historyPage(
				conversation,
				`?limit=2${ cursor ? `&before=${ cursor }` : '' }`
			);
			seen.unshift(
				...page.body.messages.map( ( m: { id: string } ) => m.id )
			);
			cursor = page.body.olderCursor;
		}
		expect( seen ).toEqual( [ ...ids ].sort() );
	} );

	it.each( [
		[ 'a limit of 0', '?limit=0' ],
		[ 'a limit above 200', '?limit=201' ],
		[ 'a limit that is not a number', '?limit=ten' ],
		[ 'a cursor that is not base64url', '?before=%24%24%24' ],
		[
			'a cursor that decodes to nothing useful',
			`?before=${ Buffer.from( '["yesterday","x",7]' ).toString( 'base64url' ) }`,
		],
		[ 'an unknown parameter', '?after=1' ],
	] )( 'answers history with %s with 400', async ( _label, query ) => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const response = await historyPage( conversation, query );
		expect( response.status ).toBe( 400 );
		expect( response.body.error.code ).toBe( 'validation_failed' );
	} );
} );
