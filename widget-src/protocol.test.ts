/** @jest-environment jsdom */
import {
	createEnvelope,
	parseFrameToParent,
	parseParentToFrame,
	screenMessage,
} from './protocol';

const page = {
	url: 'https://shop.example/p/1',
	title: 'Blue mug',
	referrer: '',
};

describe( 'createEnvelope', () => {
	it( 'wraps a payload with the version and a fresh uid', () => {
		const first = createEnvelope( 'ready', {} );
		const second = createEnvelope( 'ready', {} );
		expect( first ).toEqual( {
			omniops: 1,
			uid: expect.any( String ),
			type: 'ready',
			payload: {},
		} );
		expect( first.uid ).not.toBe( second.uid );
	} );

	it( 'repeats the uid it is given (replies)', () => {
		expect( createEnvelope( 'open', {}, 'abc' ).uid ).toBe( 'abc' );
	} );
} );

describe( 'parseParentToFrame', () => {
	it.each( [
		[ 'init', { pageContext: page, locale: 'en_US' } ],
		[ 'open', {} ],
		[ 'close', {} ],
		[ 'pageContext', page ],
	] )( 'accepts a valid %s', ( type, payload ) => {
		const message = createEnvelope( type, payload );
		expect( parseParentToFrame( message ) ).toEqual( message );
	} );

	it.each( [
		[ 'not an object', 'hello' ],
		[ 'null', null ],
		[ 'an array', [] ],
		[ 'no version', { uid: 'u', type: 'open', payload: {} } ],
		[
			'another version',
			{ omniops: 2, uid: 'u', type: 'open', payload: {} },
		],
		[ 'an empty uid', { omniops: 1, uid: '', type: 'open', payload: {} } ],
		[
			'a long uid',
			{ omniops: 1, uid: 'x'.repeat( 65 ), type: 'open', payload: {} },
		],
		[
			'an unknown type',
			{ omniops: 1, uid: 'u', type: 'eval', payload: {} },
		],
		[
			'an inherited name as type',
			{ omniops: 1, uid: 'u', type: 'toString', payload: {} },
		],
		[
			'a frame-to-parent type',
			{ omniops: 1, uid: 'u', type: 'ready', payload: {} },
		],
		[ 'no payload', { omniops: 1, uid: 'u', type: 'open' } ],
		[
			'init without page context',
			{ omniops: 1, uid: 'u', type: 'init', payload: { locale: 'en' } },
		],
		[
			'init with a numeric url',
			{
				omniops: 1,
				uid: 'u',
				type: 'init',
				payload: { pageContext: { ...page, url: 1 }, locale: 'en' },
			},
		],
		[
			'pageContext with a huge title',
			{
				omniops: 1,
				uid: 'u',
				type: 'pageContext',
				payload: { ...page, title: 'x'.repeat( 5000 ) },
			},
		],
	] )( 'rejects %s', ( _label, data ) => {
		expect( parseParentToFrame( data ) ).toBeNull();
	} );
} );

describe( 'parseFrameToParent', () => {
	it.each( [
		[ 'ready', {} ],
		[ 'close', {} ],
		[ 'resize', { height: 420 } ],
		[ 'unread', { count: 3 } ],
	] )( 'accepts a valid %s', ( type, payload ) => {
		const message = createEnvelope( type, payload );
		expect( parseFrameToParent( message ) ).toEqual( message );
	} );

	it.each( [
		[
			'init (wrong direction)',
			createEnvelope( 'init', { pageContext: page, locale: 'en' } ),
		],
		[ 'resize without height', createEnvelope( 'resize', {} ) ],
		[
			'resize with a string height',
			createEnvelope( 'resize', { height: '400' } ),
		],
		[ 'resize with NaN', createEnvelope( 'resize', { height: NaN } ) ],
		[
			'unread with a negative count',
			createEnvelope( 'unread', { count: -1 } ),
		],
		[
			'unread with a fraction',
			createEnvelope( 'unread', { count: 1.5 } ),
		],
	] )( 'rejects %s', ( _label, data ) => {
		expect( parseFrameToParent( data ) ).toBeNull();
	} );
} );

describe( 'screenMessage', () => {
	const peer = {} as Window;
	const stranger = {} as Window;
	const event = ( data: unknown, source: Window ) =>
		( { data, source, origin: 'https://x' } ) as unknown as MessageEvent;
	const valid = createEnvelope( 'open', {} );

	it( 'returns the message from the peer on the allowed origin', () => {
		expect(
			screenMessage(
				event( valid, peer ),
				peer,
				true,
				parseParentToFrame
			)
		).toEqual( valid );
	} );

	it( 'checks the origin first', () => {
		expect(
			screenMessage(
				event( valid, peer ),
				peer,
				false,
				parseParentToFrame
			)
		).toBe( 'origin' );
	} );

	it( 'rejects an envelope from another window', () => {
		expect(
			screenMessage(
				event( valid, stranger ),
				peer,
				true,
				parseParentToFrame
			)
		).toBe( 'source' );
	} );

	it( 'rejects malformed data from the peer', () => {
		expect(
			screenMessage(
				event( { nope: 1 }, peer ),
				peer,
				true,
				parseParentToFrame
			)
		).toBe( 'malformed' );
	} );

	it( "ignores other scripts' traffic", () => {
		expect(
			screenMessage(
				event( { source: 'react-devtools' }, stranger ),
				peer,
				false,
				parseParentToFrame
			)
		).toBeNull();
		expect(
			screenMessage(
				event( 'hello', stranger ),
				null,
				false,
				parseParentToFrame
			)
		).toBeNull();
	} );
} );
