import { testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startTestShopSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { startConversation } from '../../../../tests/support/flows';
import {
	readMessages,
	streamMessage,
	type WidgetConversation,
} from '../../../../tests/support/widget-chat';

/** Reads a whole server-sent events answer into its events, in order. */
async function readEvents( response: Response ) {
	const text = await response.text();
	return text
		.split( '\n\n' )
		.filter( Boolean )
		.map( ( block ) => {
			const event = /^event: (.*)$/m.exec( block )?.[ 1 ];
			const data = /^data: (.*)$/m.exec( block )?.[ 1 ];
			return { event, data: JSON.parse( data ?? 'null' ) };
		} );
}

describe.each( testDialects() )( 'streaming send on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;

	beforeAll( async () => {
		( { sidecar, site } = await startTestShopSidecar( dialect ) );
		await sidecar.omniops.queue.drain();
		await sidecar.omniops.services.knowledge.indexDocuments(
			{
				id: site.siteId,
				organizationId: site.organizationId,
				restUrl: 'https://shop.example/wp-json/',
			},
			[
				'Shipping policy|We ship every order within 2 business days.',
				'Gift cards|Gift cards come in many amounts.',
				'Trees|We plant a tree for every order.',
				'Socks|Our socks are colourful.',
			].map( ( entry, index ) => {
				const [ title, body ] = entry.split( '|' ) as [
					string,
					string,
				];
				return {
					source: 'wp_page',
					externalId: String( index ),
					title,
					url: `https://shop.example/${ index }/`,
					html: `<p>${ body }</p>`,
					modifiedAt: null,
				};
			} )
		);
	} );
	afterAll( () => sidecar.close() );

	const stream = (
		conversation: WidgetConversation,
		body: Record< string, unknown >
	) => streamMessage( sidecar, conversation, body );

	it( 'streams the chunks, then the stored message and reply; a repeat streams the same pair', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const body = {
			text: 'How fast do you ship an order?',
			clientMessageId: 'stream-0001',
		};
		const response = await stream( conversation, body );
		expect( response.status ).toBe( 200 );
		expect( response.headers.get( 'content-type' ) ).toMatch(
			/^text\/event-stream/
		);
		const events = await readEvents( response );
		const chunks = events.filter( ( event ) => event.event === 'chunk' );
		expect( chunks.length ).toBeGreaterThan( 0 );
		const streamedText = chunks
			.filter( ( chunk ) => chunk.data.type === 'text' )
			.map( ( chunk ) => chunk.data.delta )
			.join( '' );
		const done = events.find( ( event ) => event.event === 'done' )!;
		expect( done.data.role ).toBe( 'assistant' );
		expect( streamedText.trim() ).toBe( done.data.text );
		expect( events.map( ( event ) => event.event ).slice( -2 ) ).toEqual( [
			'message',
			'done',
		] );

		const again = await readEvents( await stream( conversation, body ) );
		expect( again.map( ( event ) => event.event ) ).toEqual( [
			'message',
			'done',
		] );
		expect( again[ 1 ]!.data.id ).toBe( done.data.id );
		const history = await readMessages( sidecar, conversation );
		expect( history.body.messages ).toHaveLength( 2 );
	} );

	it( 'answers bad input with the JSON error envelope before streaming', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const response = await stream( conversation, {
			text: '',
			clientMessageId: 'x',
		} );
		expect( response.status ).toBe( 400 );
		expect( ( await response.json() ).error.code ).toBe(
			'validation_failed'
		);
		const wrongToken = await stream(
			{
				id: conversation.id,
				auth: { authorization: 'Bearer ct_0000000000000000' },
			},
			{ text: 'hi', clientMessageId: 'stream-0002' }
		);
		expect( wrongToken.status ).toBe( 404 );
	} );
} );
