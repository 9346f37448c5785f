/**
 * The foundation's three journeys against real WordPress + MariaDB, the real sidecar and
 * Debian's Chromium: (a) the shop owner connects the shop in wp-admin; (b) a shopper asks
 * a question answered on one of the shop's pages and finds the conversation after a reload;
 * (c) a page on another origin posts messages at the frame and the loader: rejected and counted.
 */
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { E2E } from './env';
import {
	ask,
	fillConnectForm,
	openChat,
	openOmniOpsAdmin,
	ownerApi,
	wpPhp,
} from './helpers';

test.describe.configure( { mode: 'serial' } );

let organizationId = '';

test.beforeAll( () => {
	// Start from a disconnected plugin whatever an earlier run left behind.
	wpPhp( 'delete_option( "omniops_settings" );' );
} );

test( 'a shop owner connects the shop from the OmniOps page in wp-admin', async ( {
	page,
} ) => {
	const owner = await ownerApi();
	const { organizationId: orgId, token } =
		await owner.connectToken( 'Journey Shop' );
	organizationId = orgId;

	await openOmniOpsAdmin( page );
	await expect( page.getByText( 'Not connected' ) ).toBeVisible();
	await fillConnectForm( page, token );
	await page.getByRole( 'button', { name: 'Connect', exact: true } ).click();
	await expect(
		page.getByText( 'Connected', { exact: true } )
	).toBeVisible();

	const detail = await owner.request(
		'GET',
		`/api/owner/organizations/${ orgId }`
	);
	expect( detail.body.sites ).toHaveLength( 1 );
	expect( detail.body.sites[ 0 ].allowedOrigins ).toEqual( [
		new URL( E2E.wpUrl ).origin,
	] );
	expect( detail.body.connectTokens[ 0 ].usedAt ).not.toBeNull();

	// The token is spent: pasting it again is refused with a clear message.
	wpPhp( 'delete_option( "omniops_settings" );' );
	await page.reload();
	await fillConnectForm( page, token );
	await page.getByRole( 'button', { name: 'Connect', exact: true } ).click();
	await expect(
		page
			.locator( '#omniops-admin-root' )
			.getByText( /already used or expired/ )
	).toBeVisible();

	// Connect for real again with a new token, for the shopper journeys below.
	const fresh = await owner.request(
		'POST',
		`/api/owner/organizations/${ orgId }/connect-tokens`,
		{}
	);
	await page
		.getByRole( 'textbox', { name: 'Connect token' } )
		.fill( fresh.body.token );
	await page.getByRole( 'button', { name: 'Connect', exact: true } ).click();
	await expect(
		page.getByText( 'Connected', { exact: true } )
	).toBeVisible();
} );

test( 'a shopper gets an answer from the shop pages with its link, and the conversation survives a reload', async ( {
	page,
} ) => {
	await page.goto( `${ E2E.wpUrl }/` );
	const loaderRequests: string[] = [];
	page.on( 'request', ( request ) => {
		if ( request.url().startsWith( E2E.sidecarUrl ) ) {
			loaderRequests.push( request.url() );
		}
	} );
	// Nothing but the launcher until the shopper opens the chat.
	await expect(
		page.getByRole( 'button', { name: 'Open chat' } )
	).toBeVisible();
	await expect( page.locator( 'iframe[title="OmniOps chat"]' ) ).toHaveCount(
		0
	);

	const frame = await openChat( page );
	await expect
		.poll(
			async () => {
				await ask( frame, 'How long does standard delivery take?' );
				return frame
					.getByText( /Standard delivery takes 3 to 5 working days/ )
					.count();
			},
			{ timeout: 30_000, intervals: [ 1_000, 2_000, 3_000 ] }
		)
		.toBeGreaterThan( 0 );
	const link = frame.getByRole( 'link', { name: 'Shipping policy' } ).last();
	await expect( link ).toHaveAttribute(
		'href',
		new RegExp( `^${ E2E.wpUrl }/shipping-policy/?$` )
	);
	await expect( link ).toHaveAttribute( 'target', '_blank' );
	await expect( link ).toHaveAttribute( 'rel', /noopener/ );
	expect(
		loaderRequests.some( ( url ) => url.includes( '/widget/frame' ) )
	).toBe( true );

	await page.reload();
	if (
		( await page
			.getByRole( 'button', { name: 'Open chat' } )
			.isVisible() ) &&
		( await page.locator( 'iframe[title="OmniOps chat"]' ).count() ) === 0
	) {
		await page.getByRole( 'button', { name: 'Open chat' } ).click();
	}
	const restored = page.frameLocator( 'iframe[title="OmniOps chat"]' );
	await expect(
		restored.getByText( 'How long does standard delivery take?' ).first()
	).toBeVisible();
	await expect(
		restored
			.getByText( /Standard delivery takes 3 to 5 working days/ )
			.first()
	).toBeVisible();
} );

test( 'messages posted from another origin are rejected by the frame and the loader, and counted', async ( {
	page,
	context,
} ) => {
	// A page on another origin. Framed by the shop page, it posts at the loader (its parent);
	// opened on its own, it opens the chat frame in a window and posts at that.
	const evil = http.createServer( ( req, res ) => {
		const frameUrl =
			new URL( req.url ?? '/', E2E.evilOrigin ).searchParams.get(
				'frame'
			) ?? '';
		res.setHeader( 'content-type', 'text/html' );
		res.end( `<!doctype html><title>evil</title>
			<button id="attack">attack</button>
			<script>
			const forged = ( type ) => ( { omniops: 1, uid: 'forged', type, payload: {} } );
			if ( window.parent !== window ) { window.parent.postMessage( forged( 'close' ), '*' ); }
			document.getElementById( 'attack' ).onclick = () => {
				const chat = window.open( ${ JSON.stringify( frameUrl ) }, 'chat' );
				const spam = setInterval( () => chat.postMessage( forged( 'open' ), '*' ), 300 );
				setTimeout( () => { clearInterval( spam ); document.title = 'done'; }, 3000 );
			};
			</script>` );
	} );
	await new Promise< void >( ( resolve ) =>
		evil.listen(
			Number( new URL( E2E.evilOrigin ).port ),
			'127.0.0.1',
			resolve
		)
	);
	try {
		const owner = await ownerApi();
		const detail = await owner.request(
			'GET',
			`/api/owner/organizations/${ organizationId }`
		);
		const site = detail.body.sites.find(
			( candidate: { disconnectedAt: string | null } ) =>
				! candidate.disconnectedAt
		);
		const rejected = async () =>
			(
				await owner.request(
					'GET',
					`/api/owner/sites/${ site.id }/telemetry`
				)
			).body.counts.origin_rejected ?? 0;
		const before = await rejected();

		// 1. Posted at the loader from a cross-origin iframe on the shop page.
		await page.goto( `${ E2E.wpUrl }/` );
		const frame = await openChat( page );
		await page.evaluate( ( src ) => {
			const intruder = document.createElement( 'iframe' );
			intruder.src = src;
			intruder.title = 'intruder';
			document.body.appendChild( intruder );
		}, `${ E2E.evilOrigin }/framed.html` );
		await expect
			.poll( rejected, { timeout: 20_000 } )
			.toBeGreaterThanOrEqual( before + 1 );

		// 2. Posted at the chat frame itself from a window on another origin.
		const attacker = await context.newPage();
		await attacker.goto(
			`${ E2E.evilOrigin }/attack.html?frame=${ encodeURIComponent(
				`${ E2E.sidecarUrl }/widget/frame?site=${ site.publicKey }`
			) }`
		);
		const popup = context.waitForEvent( 'page' );
		await attacker.getByRole( 'button', { name: 'attack' } ).click();
		const chatWindow = await popup;
		await expect( attacker ).toHaveTitle( 'done', { timeout: 10_000 } );
		// The frame's beacon batch leaves within a few seconds; the window stays open meanwhile.
		await expect
			.poll( rejected, { timeout: 20_000 } )
			.toBeGreaterThanOrEqual( before + 2 );

		await chatWindow.close();

		// The forged "close" did nothing: the panel is still open and the chat still works.
		await ask( frame, 'Can I return an unworn item?' );
		await expect(
			frame.getByText( /within 30 days/ ).first()
		).toBeVisible();
	} finally {
		evil.close();
	}
} );
