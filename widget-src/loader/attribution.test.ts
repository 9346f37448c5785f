/** @jest-environment jsdom */
/**
 * attribution.js on the shop page: the `conversation` bridge message from the chat frame
 * (and only from it, from the sidecar's origin, with a real conversation id) sets or
 * clears the first-party cookie the plugin copies into the order at checkout.
 */
import { createEnvelope } from '../protocol';

const SIDECAR = 'https://chat.omniops.example';
const ID = '3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77';

/** The loader's markup: a custom element with an open shadow root holding the frame. */
function drawLoaderFrame(): HTMLIFrameElement {
	const host = document.createElement( 'omniops-chat' );
	const root = host.attachShadow( { mode: 'open' } );
	const iframe = document.createElement( 'iframe' );
	root.appendChild( iframe );
	document.body.appendChild( host );
	// jsdom gives iframes inside shadow roots no window (browsers do): lend it one.
	const windowed = document.createElement( 'iframe' );
	document.body.appendChild( windowed );
	Object.defineProperty( iframe, 'contentWindow', {
		value: windowed.contentWindow,
	} );
	return iframe;
}

function deliver(
	data: unknown,
	{ origin = SIDECAR, source }: { origin?: string; source: Window | null }
) {
	window.dispatchEvent(
		new MessageEvent( 'message', { data, origin, source } )
	);
}

const cookie = () =>
	/(?:^|; )omniops_conversation=([^;]*)/.exec( document.cookie )?.[ 1 ];

let frame: HTMLIFrameElement;

beforeAll( () => {
	window.omniopsConfig = { sidecarUrl: `${ SIDECAR }/`, siteKey: 'pk_x' };
	frame = drawLoaderFrame();
	jest.isolateModules( () => {
		require( './attribution' );
	} );
} );

afterEach( () => {
	document.cookie = 'omniops_conversation=;path=/;max-age=0';
} );

it( 'keeps the conversation id the chat frame names, and clears it on an empty id', () => {
	deliver( createEnvelope( 'conversation', { id: ID } ), {
		source: frame.contentWindow,
	} );
	expect( cookie() ).toBe( ID );
	deliver( createEnvelope( 'conversation', { id: '' } ), {
		source: frame.contentWindow,
	} );
	expect( cookie() ).toBeUndefined();
} );

it.each( [
	[ 'another origin', { origin: 'https://evil.example' } ],
	[ 'another window', { source: window } ],
	[ 'a cookie injection', { id: `${ ID };domain=.example` } ],
	[ 'a non-UUID id', { id: 'admin' } ],
] )( 'ignores %s', ( _case, variant ) => {
	const { origin, source, id } = variant as {
		origin?: string;
		source?: Window;
		id?: string;
	};
	deliver( createEnvelope( 'conversation', { id: id ?? ID } ), {
		origin,
		source: source ?? frame.contentWindow,
	} );
	expect( cookie() ).toBeUndefined();
} );

it( 'ignores the frame’s other messages', () => {
	deliver( createEnvelope( 'unread', { count: 2 } ), {
		source: frame.contentWindow,
	} );
	expect( document.cookie ).toBe( '' );
} );
