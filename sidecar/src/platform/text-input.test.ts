/**
 * One policy for text input (platform/http.ts): a NUL character (U+0000, which PostgreSQL
 * cannot store in text) or a lone UTF-16 surrogate (not text at all) anywhere in a path
 * parameter, the query or a JSON body — nested values and object keys included — is refused
 * with 400 `invalid_text`, on both dialects, and nothing is stored.
 */
import {
	call,
	postBeacon,
	testDialects,
} from '../../../tests/support/sidecar-harness';
import { readMessages } from '../../../tests/support/widget-chat';
import {
	startSiteSidecar,
	type ConnectedSite,
	type OwnerSession,
	type TestSidecar,
} from '../../../tests/support/site-sidecar';
import { signedHeaders, startConversation } from '../../../tests/support/flows';

describe.each( testDialects() )( 'text input on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;
	let chat: { id: string; auth: Record< string, string > };
	let owner: OwnerSession;

	beforeAll( async () => {
		( { sidecar, owner, site } = await startSiteSidecar( dialect ) );
		chat = await startConversation( sidecar, site.publicKey );
	} );
	afterAll( () => sidecar.close() );

	const history = async () =>
		( await readMessages( sidecar, chat ) ).body.messages;

	const sendMessage = ( body: unknown ) =>
		call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ chat.id }/messages`,
			{ body, headers: chat.auth }
		);

	const expectRefusedText = ( response: { status: number; body: any } ) => {
		expect( response.status ).toBe( 400 );
		expect( response.body.error.code ).toBe( 'invalid_text' );
		expect( typeof response.body.error.message ).toBe( 'string' );
	};

	it.each( [
		[ 'a NUL in the message text', { text: 'Hello\u0000there' } ],
		[ 'a lone high surrogate', { text: 'broken \ud800 text' } ],
		[ 'a lone low surrogate', { text: 'broken \udc00 text' } ],
		[
			'a NUL in a nested field',
			{
				text: 'Hello',
				pageContext: { utm: { source: 'news\u0000letter' } },
			},
		],
	] )(
		'refuses a chat message with %s and stores nothing',
		async ( _label, fields ) => {
			const before = await history();
			expectRefusedText(
				await sendMessage( {
					clientMessageId: `nul-test-${ Math.random().toString( 36 ).slice( 2, 10 ) }`,
					...fields,
				} )
			);
			expect( await history() ).toEqual( before );
		}
	);

	it( 'still stores text with emoji (valid surrogate pairs) and other control characters', async () => {
		const response = await sendMessage( {
			text: 'Tab\there 👍 ok',
			clientMessageId: 'emoji-message-1',
		} );
		expect( response.status ).toBe( 201 );
		expect( response.body.message.text ).toBe( 'Tab\there 👍 ok' );
	} );

	it( 'refuses a NUL in a path parameter and in the query string', async () => {
		expectRefusedText(
			await call(
				sidecar.baseUrl,
				'GET',
				`/api/widget/conversations/${ chat.id }%00/messages`,
				{ headers: chat.auth }
			)
		);
		expectRefusedText(
			await call(
				sidecar.baseUrl,
				'GET',
				`/api/widget/config?site=${ site.publicKey }%00`
			)
		);
	} );

	it( 'refuses a NUL in a signed site request body and keeps the settings', async () => {
		const read = () =>
			call( sidecar.baseUrl, 'GET', '/api/site/widget-settings', {
				headers: signedHeaders(
					site,
					'GET',
					'/api/site/widget-settings',
					''
				),
			} );
		const before = ( await read() ).body.settings;
		const body = JSON.stringify( {
			...before,
			brandName: 'Acme\u0000Help',
		} );
		expectRefusedText(
			await call( sidecar.baseUrl, 'PUT', '/api/site/widget-settings', {
				rawBody: body,
				headers: signedHeaders(
					site,
					'PUT',
					'/api/site/widget-settings',
					body
				),
			} )
		);
		expect( ( await read() ).body.settings ).toEqual( before );
	} );

	it.each( [
		[ 'a NUL in a value', { page: 'a\u0000b' } ],
		[ 'a NUL in a key', { 'pa\u0000ge': 'x' } ],
	] )(
		'refuses a text/plain telemetry beacon with %s',
		async ( _label, data ) => {
			const response = await postBeacon( sidecar.baseUrl, {
				siteKey: site.publicKey,
				events: [
					{
						type: 'widget_loaded',
						at: new Date().toISOString(),
						data,
					},
				],
			} );
			expectRefusedText( response );
		}
	);

	it( 'refuses a body nested deeper than any route takes with 400 too_deep', async () => {
		const depth = 20_000;
		const response = await call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ chat.id }/messages`,
			{
				rawBody: `{"text":"x","clientMessageId":"deep-nesting-1","pageContext":${ '['.repeat( depth ) }${ ']'.repeat( depth ) }}`,
				headers: chat.auth,
			}
		);
		expect( response.status ).toBe( 400 );
		expect( response.body.error.code ).toBe( 'too_deep' );
	} );

	it.each( [
		[ 'a form', 'application/x-www-form-urlencoded', 'a=1' ],
		[ 'XML', 'application/xml', '<logout/>' ],
	] )(
		'refuses %s body with 415 instead of running the route as if nothing was sent',
		async ( _label, type, body ) => {
			const response = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/logout',
				{
					rawBody: body,
					headers: { ...owner.headers, 'content-type': type },
				}
			);
			expect( response.status ).toBe( 415 );
			expect( response.body.error.code ).toBe( 'unsupported_media_type' );
			const me = await call( sidecar.baseUrl, 'GET', '/api/auth/me', {
				headers: owner.headers,
			} );
			expect( me.status ).toBe( 200 );
		}
	);
} );
