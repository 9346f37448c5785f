import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import { readMessages } from '../../../../tests/support/widget-chat';
import {
	startTestShopSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { startConversation } from '../../../../tests/support/flows';
import {
	changeWidgetSettings,
	signedCall,
} from '../../../../tests/support/connect-shop';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each( testDialects() )( 'privacy on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;
	// Signed requests carry the real time, so the test clock starts at the real now.
	const start = Date.now();
	let now = new Date( start );

	beforeAll( async () => {
		( { sidecar, site } = await startTestShopSidecar( dialect, {
			clock: () => now,
		} ) );
		await changeWidgetSettings( sidecar, site, {
			consentRequired: true,
			retention: { minDays: 2, maxDays: 60, defaultDays: 10 },
		} );
	} );
	afterAll( () => sidecar.close() );

	const send = (
		conversation: { id: string; auth: Record< string, string > },
		text: string
	) =>
		call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ conversation.id }/messages`,
			{
				headers: conversation.auth,
				body: {
					text,
					clientMessageId: `cm-${ Math.random().toString( 36 ).slice( 2 ) }`,
				},
			}
		);
	const putChoices = (
		conversation: { id: string; auth: Record< string, string > },
		body: unknown
	) =>
		call(
			sidecar.baseUrl,
			'PUT',
			`/api/widget/conversations/${ conversation.id }/privacy`,
			{ headers: conversation.auth, body }
		);

	it( 'refuses to store messages before consent, then keeps the chosen retention', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		const refused = await send( conversation, 'Hello?' );
		expect( refused.status ).toBe( 403 );
		expect( refused.body.error.code ).toBe( 'consent_required' );

		const defaults = await call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/conversations/${ conversation.id }/privacy`,
			{ headers: conversation.auth }
		);
		expect( defaults.body ).toEqual( {
			consentGiven: false,
			consentGivenAt: null,
			retentionDays: 10,
			email: null,
		} );

		const saved = await putChoices( conversation, {
			consent: true,
			retentionDays: 5,
			email: 'Ana@Example.com',
		} );
		expect( saved.status ).toBe( 200 );
		expect( saved.body ).toMatchObject( {
			consentGiven: true,
			retentionDays: 5,
			email: 'ana@example.com',
		} );
		expect( ( await send( conversation, 'Hello?' ) ).status ).toBe( 201 );
	} );

	it.each( [
		[ 'below the site minimum', { consent: true, retentionDays: 1 } ],
		[ 'above the site maximum', { consent: true, retentionDays: 61 } ],
		[ 'fractional', { consent: true, retentionDays: 2.5 } ],
		[ 'a string', { consent: true, retentionDays: '5' } ],
		[ 'without consent', { consent: false, retentionDays: 5 } ],
		[
			'with a bad e-mail',
			{ consent: true, retentionDays: 5, email: 'nope' },
		],
	] )(
		'refuses a retention %s with a 400 and changes nothing',
		async ( _name, body ) => {
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);
			await putChoices( conversation, {
				consent: true,
				retentionDays: 7,
			} );
			const response = await putChoices( conversation, body );
			expect( response.status ).toBe( 400 );
			expect(
				(
					await call(
						sidecar.baseUrl,
						'GET',
						`/api/widget/conversations/${ conversation.id }/privacy`,
						{ headers: conversation.auth }
					)
				).body.retentionDays
			).toBe( 7 );
		}
	);

	it( 'deletes my conversation: the token stops working', async () => {
		const conversation = await startConversation( sidecar, site.publicKey );
		await putChoices( conversation, { consent: true, retentionDays: 7 } );
		await send( conversation, 'Please forget me' );
		const deleted = await call(
			sidecar.baseUrl,
			'DELETE',
			`/api/widget/conversations/${ conversation.id }`,
			{ headers: conversation.auth }
		);
		expect( deleted.status ).toBe( 204 );
		const after = await readMessages( sidecar, conversation );
		expect( after.status ).toBe( 404 );
	} );

	it( 'exports and erases the conversations tied to an e-mail over the signed channel', async () => {
		const mine = await startConversation( sidecar, site.publicKey );
		await putChoices( mine, {
			consent: true,
			retentionDays: 30,
			email: 'export@example.com',
		} );
		await send( mine, 'Where is my parcel?' );
		const other = await startConversation( sidecar, site.publicKey );
		await putChoices( other, { consent: true, retentionDays: 30 } );
		await send( other, 'Someone else' );

		const exported = await signedCall(
			sidecar,
			site,
			'POST',
			'/api/site/privacy/export',
			{ email: 'EXPORT@example.com' }
		);
		expect( exported.status ).toBe( 200 );
		expect( exported.body.conversations ).toHaveLength( 1 );
		expect( exported.body.conversations[ 0 ].id ).toBe( mine.id );
		expect( exported.body.conversations[ 0 ].messages[ 0 ] ).toMatchObject(
			{ role: 'shopper', text: 'Where is my parcel?' }
		);

		const bad = await signedCall(
			sidecar,
			site,
			'POST',
			'/api/site/privacy/erase',
			{
				email: 'not an email',
			}
		);
		expect( bad.status ).toBe( 400 );
		const erased = await signedCall(
			sidecar,
			site,
			'POST',
			'/api/site/privacy/erase',
			{
				email: 'export@example.com',
			}
		);
		expect( erased.body ).toEqual( { erased: 1 } );
		expect(
			(
				await signedCall(
					sidecar,
					site,
					'POST',
					'/api/site/privacy/export',
					{
						email: 'export@example.com',
					}
				)
			).body.conversations
		).toEqual( [] );
		const otherHistory = await readMessages( sidecar, other );
		expect( otherHistory.body.messages ).toHaveLength( 2 );
		const unsigned = await call(
			sidecar.baseUrl,
			'POST',
			'/api/site/privacy/export',
			{
				body: { email: 'export@example.com' },
			}
		);
		expect( unsigned.status ).toBe( 401 );
	} );

	it( 'purges conversations idle longer than their retention (chosen, or the site default)', async () => {
		now = new Date( start + DAY_MS );
		const short = await startConversation( sidecar, site.publicKey );
		await putChoices( short, { consent: true, retentionDays: 3 } );
		await send( short, 'short' );
		const long = await startConversation( sidecar, site.publicKey );
		await putChoices( long, { consent: true, retentionDays: 20 } );
		await send( long, 'long' );
		// Consent without a stored choice is impossible here; the site default applies to
		// conversations that never saved choices (started, nothing sent).
		const untouched = await startConversation( sidecar, site.publicKey );

		const alive = async ( conversation: {
			id: string;
			auth: Record< string, string >;
		} ) => ( await readMessages( sidecar, conversation ) ).status === 200;

		now = new Date( start + DAY_MS + 4 * DAY_MS );
		sidecar.omniops.queue.enqueue( 'privacy.retention-purge', {} );
		await sidecar.omniops.queue.drain();
		expect( await alive( short ) ).toBe( false );
		expect( await alive( long ) ).toBe( true );
		expect( await alive( untouched ) ).toBe( true );

		now = new Date( start + DAY_MS + 11 * DAY_MS );
		await sidecar.omniops.services.privacy.purgeExpired();
		expect( await alive( untouched ) ).toBe( false );
		expect( await alive( long ) ).toBe( true );

		now = new Date( start + DAY_MS + 21 * DAY_MS );
		await sidecar.omniops.services.privacy.purgeExpired();
		expect( await alive( long ) ).toBe( false );
	} );
} );
