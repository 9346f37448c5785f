/** @jest-environment jsdom */
import { createEnvelope } from '../protocol';
import { fakeBeacons } from '../test-utils';

const SIDECAR = 'https://chat.example';

function boot(
	config: unknown = {
		sidecarUrl: `${ SIDECAR }/`,
		siteKey: 'pk_1',
		locale: 'en_US',
	}
) {
	window.omniopsConfig = config as Window[ 'omniopsConfig' ];
	jest.isolateModules( () => {
		require( './index' );
	} );
	const root = document.querySelector( 'omniops-chat' )?.shadowRoot ?? null;
	const launcher = root?.querySelector( 'button' ) ?? null;
	const panel = root?.getElementById( 'p' ) ?? null;
	const iframe = () => {
		const element = root?.querySelector( 'iframe' ) ?? null;
		if ( element && ! element.contentWindow ) {
			// jsdom gives an iframe inside a shadow root no window; browsers do. Lend it one.
			Object.defineProperty( element, 'contentWindow', {
				value: makeWindow(),
			} );
		}
		return element;
	};
	return { root, launcher: launcher!, panel: panel!, iframe };
}

/** A real jsdom Window, from an iframe in the light DOM. */
function makeWindow(): Window {
	const helper = document.createElement( 'iframe' );
	helper.hidden = true;
	document.documentElement.appendChild( helper );
	return helper.contentWindow!;
}

// Spies on what the loader posts into the frame.
function frameInbox( iframe: HTMLIFrameElement ) {
	return jest
		.spyOn( iframe.contentWindow!, 'postMessage' )
		.mockImplementation( () => {} );
}

function fromFrame( data: unknown, source: Window | null, origin = SIDECAR ) {
	window.dispatchEvent(
		new MessageEvent( 'message', { data, origin, source } )
	);
}

let beacon: jest.Mock;

beforeEach( () => {
	beacon = fakeBeacons();
	document.title = 'Blue mug – Shop';
} );

afterEach( () => {
	jest.useRealTimers();
	document.body.innerHTML = '';
	document
		.querySelectorAll( 'iframe' )
		.forEach( ( helper ) => helper.remove() );
	sessionStorage.clear();
	delete window.omniopsLoaded;
	delete window.omniopsConfig;
} );

describe( 'loader', () => {
	it( 'draws an accessible launcher in a shadow root and creates the iframe only on first open', () => {
		const { root, launcher, panel, iframe } = boot();

		expect( root ).not.toBeNull();
		expect( launcher.getAttribute( 'aria-label' ) ).toBe( 'Open chat' );
		expect( launcher.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		expect( iframe() ).toBeNull();
		// Nothing of ours in the light DOM but the host element.
		expect( document.body.children ).toHaveLength( 1 );

		launcher.click();

		const frame = iframe()!;
		expect( frame.src ).toBe( `${ SIDECAR }/widget/frame?site=pk_1` );
		expect( frame.title ).toBe( 'OmniOps chat' );
		expect( launcher.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		expect( panel.hidden ).toBe( false );
		expect( sessionStorage.getItem( 'omniops:open:pk_1' ) ).toBe( '1' );

		launcher.click();
		launcher.click();
		expect( root!.querySelectorAll( 'iframe' ) ).toHaveLength( 1 );
	} );

	it( 'answers ready with init (same uid) to the exact sidecar origin', () => {
		const { launcher, iframe } = boot();
		launcher.click();
		const inbox = frameInbox( iframe()! );
		const ready = createEnvelope( 'ready', {} );

		fromFrame( ready, iframe()!.contentWindow );

		expect( inbox ).toHaveBeenCalledWith(
			{
				omniops: 1,
				uid: ready.uid,
				type: 'init',
				payload: {
					pageContext: {
						url: location.href,
						title: 'Blue mug – Shop',
						referrer: document.referrer,
					},
					locale: 'en_US',
				},
			},
			SIDECAR
		);
		expect( inbox ).toHaveBeenCalledWith(
			expect.objectContaining( { type: 'open' } ),
			SIDECAR
		);
		for ( const call of inbox.mock.calls ) {
			expect( call[ 1 ] ).toBe( SIDECAR );
		}
	} );

	it( 'rejects a wrong origin, a wrong source and a malformed message, and reports them in one beacon', () => {
		const { launcher, iframe } = boot( {
			sidecarUrl: SIDECAR,
			siteKey: 'pk_reject',
		} );
		launcher.click();
		const inbox = frameInbox( iframe()! );
		const other = { contentWindow: makeWindow() };

		fromFrame(
			createEnvelope( 'ready', {} ),
			iframe()!.contentWindow,
			'https://evil.example'
		);
		fromFrame( createEnvelope( 'ready', {} ), other.contentWindow );
		fromFrame(
			{
				omniops: 1,
				uid: 'u',
				type: 'resize',
				payload: { height: 'tall' },
			},
			iframe()!.contentWindow
		);
		// Unrelated traffic on the shop page is not ours to report.
		fromFrame(
			{ event: 'analytics' },
			other.contentWindow,
			'https://ads.example'
		);

		expect( inbox ).not.toHaveBeenCalled();
		jest.advanceTimersByTime( 2000 );

		// Loaders booted by earlier tests still listen on this window; they report under
		// their own site keys, so keep only this one's beacons.
		const ours = (
			beacon.mock.calls as unknown as Array< [ string, string ] >
		 ).filter(
			( [ , body ] ) => JSON.parse( body ).siteKey === 'pk_reject'
		);
		expect( ours ).toHaveLength( 1 );
		const [ url, body ] = ours[ 0 ]!;
		expect( url ).toBe( `${ SIDECAR }/api/widget/telemetry` );
		const sent = JSON.parse( body );
		expect(
			sent.events.map( ( event: { data: unknown } ) => event.data )
		).toEqual( [
			{
				origin: 'https://evil.example',
				reason: 'origin',
				side: 'loader',
			},
			{ origin: SIDECAR, reason: 'source', side: 'loader' },
			{ origin: SIDECAR, reason: 'malformed', side: 'loader' },
		] );
		expect( sent.events[ 0 ] ).toMatchObject( {
			type: 'origin_rejected',
			at: expect.any( String ),
		} );
	} );

	it( 'closes on the frame’s close and on Escape, returning focus to the launcher', () => {
		const { root, launcher, panel, iframe } = boot();
		launcher.click();
		fromFrame( createEnvelope( 'close', {} ), iframe()!.contentWindow );

		expect( panel.hidden ).toBe( true );
		expect( launcher.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		expect( root!.activeElement ).toBe( launcher );
		expect( sessionStorage.getItem( 'omniops:open:pk_1' ) ).toBe( '0' );

		launcher.click();
		document.dispatchEvent(
			new KeyboardEvent( 'keydown', { key: 'Escape', bubbles: true } )
		);
		expect( panel.hidden ).toBe( true );
	} );

	it( 'shows unread replies on the launcher while closed', () => {
		const { root, launcher, iframe } = boot();
		launcher.click();
		launcher.click();
		fromFrame(
			createEnvelope( 'unread', { count: 2 } ),
			iframe()!.contentWindow
		);

		const badge = root!.getElementById( 'b' )!;
		expect( badge.hidden ).toBe( false );
		expect( badge.textContent ).toBe( '2 unread' );

		launcher.click();
		expect( badge.hidden ).toBe( true );
	} );

	it( 'reopens after a reload when it was open, without taking focus', () => {
		sessionStorage.setItem( 'omniops:open:pk_1', '1' );
		const { launcher, panel, iframe } = boot();
		expect( iframe() ).not.toBeNull();
		expect( panel.hidden ).toBe( false );
		expect( launcher.getAttribute( 'aria-expanded' ) ).toBe( 'true' );

		const inbox = frameInbox( iframe()! );
		fromFrame( createEnvelope( 'ready', {} ), iframe()!.contentWindow );
		expect( inbox.mock.calls.map( ( [ data ] ) => data.type ) ).toEqual( [
			'init',
		] );
	} );

	it( 'hands addToCart from the frame to cart.js and answers under the same uid; ignores other origins', async () => {
		const { launcher, iframe } = boot();
		launcher.click();
		const frameWindow = iframe()!.contentWindow;
		fromFrame( createEnvelope( 'ready', {} ), frameWindow );
		const inbox = frameInbox( iframe()! );
		const asked: unknown[] = [];
		window.omniopsAddToCart = ( item ) => {
			asked.push( item );
			return Promise.resolve( { ok: true, cartUrl: '/cart/' } );
		};
		const request = createEnvelope( 'addToCart', {
			productId: '12',
			quantity: 1,
		} );

		fromFrame( request, frameWindow, 'https://evil.example' );
		fromFrame( request, frameWindow );
		await Promise.resolve();
		await Promise.resolve();

		expect( asked ).toEqual( [ { productId: '12', quantity: 1 } ] );
		expect( inbox ).toHaveBeenCalledWith(
			{
				omniops: 1,
				uid: request.uid,
				type: 'addToCartResult',
				payload: { ok: true, cartUrl: '/cart/' },
			},
			SIDECAR
		);
		delete window.omniopsAddToCart;
	} );

	it( 'answers addToCart with a failure on pages without cart.js', async () => {
		const { launcher, iframe } = boot();
		launcher.click();
		const frameWindow = iframe()!.contentWindow;
		fromFrame( createEnvelope( 'ready', {} ), frameWindow );
		const inbox = frameInbox( iframe()! );
		const request = createEnvelope( 'addToCart', {
			productId: '12',
			quantity: 1,
		} );
		fromFrame( request, frameWindow );
		await Promise.resolve();
		await Promise.resolve();
		expect( inbox ).toHaveBeenCalledWith(
			expect.objectContaining( {
				uid: request.uid,
				type: 'addToCartResult',
				payload: { ok: false },
			} ),
			SIDECAR
		);
	} );

	it( 'refuses to start without a valid config', () => {
		const error = jest
			.spyOn( console, 'error' )
			.mockImplementation( () => {} );
		const { root } = boot( {
			sidecarUrl: 'javascript:alert(1)',
			siteKey: 'pk_1',
		} );
		expect( root ).toBeNull();
		expect( error ).toHaveBeenCalledTimes( 1 );
		error.mockRestore();
	} );
} );
