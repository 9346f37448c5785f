/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { createEnvelope } from '../../protocol';
import { fakeHostWindow } from '../../test-utils';
import { useParentCommunication } from './useParentCommunication';

const SHOP = 'https://shop.example';
const page = { url: `${ SHOP }/mug`, title: 'Mug', referrer: '' };

function deliver( data: unknown, origin: string, source: Window ) {
	act( () => {
		window.dispatchEvent(
			new MessageEvent( 'message', { data, origin, source } )
		);
	} );
}

/**
 * The report the frame makes of a message it refused.
 * @param origin The message's origin.
 * @param reason Why it was refused.
 */
const rejected = (
	origin: string,
	reason: 'origin' | 'source' | 'malformed'
) => [ 'origin_rejected', { origin, reason, side: 'frame' } ];

function setup() {
	const host = fakeHostWindow();
	const report = jest.fn();
	const hook = renderHook( () =>
		useParentCommunication( {
			allowedOrigins: [ SHOP, 'https://www.shop.example' ],
			report,
			parent: host.win,
		} )
	);
	return { host, report, ...hook };
}

afterEach( () => {
	document.body.innerHTML = '';
	jest.useRealTimers();
} );

describe( 'useParentCommunication', () => {
	it( 'sends ready on mount to the allowed origins, never "*"', () => {
		const { host } = setup();
		const targets = host.postMessage.mock.calls.map(
			( call ) => call[ 1 ]
		);
		expect( targets ).toEqual( [ SHOP, 'https://www.shop.example' ] );
		expect( host.postMessage.mock.calls[ 0 ]![ 0 ] ).toMatchObject( {
			omniops: 1,
			type: 'ready',
			payload: {},
		} );
	} );

	it( 'accepts a valid init from the parent and then answers only its origin', () => {
		const { host, result, report } = setup();
		host.postMessage.mockClear();

		deliver(
			createEnvelope( 'init', { pageContext: page, locale: 'en_US' } ),
			SHOP,
			host.win
		);

		expect( result.current.pageContext ).toEqual( page );
		expect( result.current.locale ).toBe( 'en_US' );
		act( () => result.current.requestClose() );
		expect( host.postMessage ).toHaveBeenCalledTimes( 1 );
		expect( host.postMessage ).toHaveBeenCalledWith(
			expect.objectContaining( { type: 'close' } ),
			SHOP
		);
		expect( report ).not.toHaveBeenCalled();
	} );

	it( 'tracks open, close and page changes', () => {
		const { host, result } = setup();
		deliver( createEnvelope( 'close', {} ), SHOP, host.win );
		expect( result.current.isOpen ).toBe( false );
		deliver( createEnvelope( 'open', {} ), SHOP, host.win );
		expect( result.current ).toMatchObject( {
			isOpen: true,
			openCount: 1,
		} );
		const next = { ...page, url: `${ SHOP }/cart` };
		deliver( createEnvelope( 'pageContext', next ), SHOP, host.win );
		expect( result.current.pageContext ).toEqual( next );
	} );

	it( 'rejects a wrong origin, a wrong source and a malformed message, and reports each', () => {
		const { host, result, report } = setup();
		const stranger = fakeHostWindow().win;
		const init = createEnvelope( 'init', {
			pageContext: page,
			locale: 'en',
		} );

		deliver( init, 'https://evil.example', host.win );
		deliver( init, SHOP, stranger );
		deliver(
			{ omniops: 1, uid: 'u', type: 'init', payload: { locale: 'en' } },
			SHOP,
			host.win
		);
		deliver( createEnvelope( 'ready', {} ), SHOP, host.win );

		expect( result.current.pageContext ).toBeNull();
		expect( report.mock.calls ).toEqual( [
			rejected( 'https://evil.example', 'origin' ),
			rejected( SHOP, 'source' ),
			rejected( SHOP, 'malformed' ),
			rejected( SHOP, 'malformed' ),
		] );
	} );

	it( "ignores other scripts' messages without reporting them", () => {
		const { report } = setup();
		deliver(
			{ source: 'react-devtools-bridge' },
			'https://other.example',
			fakeHostWindow().win
		);
		expect( report ).not.toHaveBeenCalled();
	} );

	it( 'reports a host that never answers, and retries', () => {
		jest.useFakeTimers();
		const { host, result, report } = setup();

		act( () => jest.advanceTimersByTime( 5000 ) );
		expect( result.current.error ).not.toBeNull();
		expect( report ).toHaveBeenCalledWith( 'parent_comm_error', {
			reason: 'init_timeout',
		} );

		host.postMessage.mockClear();
		act( () => result.current.retry() );
		expect( result.current.error ).toBeNull();
		expect( host.postMessage ).toHaveBeenCalledWith(
			expect.objectContaining( { type: 'ready' } ),
			SHOP
		);
		deliver(
			createEnvelope( 'init', { pageContext: page, locale: 'en' } ),
			SHOP,
			host.win
		);
		act( () => jest.advanceTimersByTime( 10000 ) );
		expect( result.current.error ).toBeNull();
		expect( report ).toHaveBeenCalledWith( 'retry', {
			kind: 'parent',
			ok: true,
		} );
	} );

	it( 'reports a retry that the host still does not answer, once', () => {
		jest.useFakeTimers();
		const { result, report } = setup();
		act( () => jest.advanceTimersByTime( 5000 ) );
		act( () => result.current.retry() );
		act( () => jest.advanceTimersByTime( 5000 ) );
		act( () => jest.advanceTimersByTime( 5000 ) );
		const retries = report.mock.calls.filter(
			( [ type ] ) => type === 'retry'
		);
		expect( retries ).toEqual( [
			[ 'retry', { kind: 'parent', ok: false } ],
		] );
		expect( result.current.error ).not.toBeNull();
	} );

	it( 'outside a frame, sends nothing and rejects every bridge message', () => {
		const report = jest.fn();
		const opener = fakeHostWindow();
		const { result } = renderHook( () =>
			useParentCommunication( {
				allowedOrigins: [ SHOP ],
				report,
				parent: window,
			} )
		);
		expect( result.current.embedded ).toBe( false );
		expect( result.current.isOpen ).toBe( true );
		deliver(
			createEnvelope( 'close', {} ),
			'https://evil.example',
			opener.win
		);
		deliver( createEnvelope( 'close', {} ), SHOP, opener.win );
		expect( result.current.isOpen ).toBe( true );
		expect( report.mock.calls ).toEqual( [
			rejected( 'https://evil.example', 'origin' ),
			rejected( SHOP, 'source' ),
		] );
		expect( opener.postMessage ).not.toHaveBeenCalled();
	} );
} );
