/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import type { LiveCards } from '../screens/widget-health/widgetHealthApi';
import {
	useRealtimeAnalytics,
	type EventSourceLike,
	type RealtimeOptions,
} from './useRealtimeAnalytics';

/** A stand-in for the browser's EventSource that the test drives. */
class FakeSource implements EventSourceLike {
	static opened: FakeSource[] = [];
	listeners = new Map< string, Array< ( event: MessageEvent ) => void > >();
	onerror: ( ( event: Event ) => void ) | null = null;
	closed = false;
	constructor( readonly url: string ) {
		FakeSource.opened.push( this );
	}
	addEventListener(
		type: string,
		listener: ( event: MessageEvent ) => void
	) {
		this.listeners.set( type, [
			...( this.listeners.get( type ) ?? [] ),
			listener,
		] );
	}
	close() {
		this.closed = true;
	}
	emit( type: string, data: unknown ) {
		const event = new MessageEvent( type, {
			data: typeof data === 'string' ? data : JSON.stringify( data ),
		} );
		act( () => {
			this.listeners
				.get( type )
				?.forEach( ( listener ) => listener( event ) );
		} );
	}
	drop() {
		act( () => this.onerror?.( new Event( 'error' ) ) );
	}
}

const cards = ( messages24h: number ): LiveCards => ( {
	at: '2026-11-26T00:00:00.000Z',
	messages24h,
	messagesPrevious24h: 0,
	messagesTrend: null,
	activeSessions: 1,
	errorRate: 0,
	errorRateThreshold: 0.05,
	errorRateAlert: false,
	originRejectionsLastHour: 0,
	originRejectionsThreshold: 10,
	possibleAttack: false,
	loadTimeP50Ms: 200,
	loadTimeP95Ms: 500,
	firstMessageP50Ms: null,
	retrySuccessRate: null,
} );

const options: RealtimeOptions = {
	createSource: ( url ) => new FakeSource( url ),
	backoffMs: [ 100, 400 ],
	maxAttempts: 3,
};
const latest = () => FakeSource.opened[ FakeSource.opened.length - 1 ]!;

beforeEach( () => {
	FakeSource.opened = [];
	jest.useFakeTimers();
} );
afterEach( () => jest.useRealTimers() );

describe( 'useRealtimeAnalytics', () => {
	it( "opens the scope's stream and shows cards and activity as they arrive", () => {
		const { result } = renderHook( () =>
			useRealtimeAnalytics( { siteId: 's1' }, options )
		);
		expect( result.current.status ).toBe( 'connecting' );
		expect( latest().url ).toBe(
			'/api/owner/widget-health/stream?scope=site&siteId=s1'
		);
		latest().emit( 'cards', cards( 3 ) );
		expect( result.current.status ).toBe( 'live' );
		expect( result.current.cards?.messages24h ).toBe( 3 );
		latest().emit( 'activity', { at: '2026-11-26T00:00:05.000Z' } );
		expect( result.current.lastActivityAt ).toBe(
			'2026-11-26T00:00:05.000Z'
		);
		// Malformed data is ignored rather than shown.
		latest().emit( 'cards', 'not json' );
		expect( result.current.cards?.messages24h ).toBe( 3 );
	} );

	it( 'reconnects after a dropped stream with growing waits, keeping the last cards', () => {
		const { result } = renderHook( () =>
			useRealtimeAnalytics( {}, options )
		);
		expect( latest().url ).toBe(
			'/api/owner/widget-health/stream?scope=platform'
		);
		latest().emit( 'cards', cards( 1 ) );
		const first = latest();
		first.drop();
		expect( first.closed ).toBe( true );
		expect( result.current.status ).toBe( 'reconnecting' );
		expect( result.current.cards?.messages24h ).toBe( 1 );
		act( () => jest.advanceTimersByTime( 99 ) );
		expect( FakeSource.opened ).toHaveLength( 1 );
		act( () => jest.advanceTimersByTime( 1 ) );
		expect( FakeSource.opened ).toHaveLength( 2 );
		latest().drop();
		act( () => jest.advanceTimersByTime( 399 ) );
		expect( FakeSource.opened ).toHaveLength( 2 );
		act( () => jest.advanceTimersByTime( 1 ) );
		expect( FakeSource.opened ).toHaveLength( 3 );
		// A good event resets the backoff.
		latest().emit( 'cards', cards( 2 ) );
		expect( result.current.status ).toBe( 'live' );
		latest().drop();
		act( () => jest.advanceTimersByTime( 100 ) );
		expect( FakeSource.opened ).toHaveLength( 4 );
	} );

	it( 'gives up after too many failures with an error, and retry starts over', () => {
		const { result } = renderHook( () =>
			useRealtimeAnalytics( { organizationId: 'o1' }, options )
		);
		expect( latest().url ).toBe(
			'/api/owner/widget-health/stream?scope=organization&organizationId=o1'
		);
		latest().drop();
		act( () => jest.advanceTimersByTime( 100 ) );
		latest().drop();
		act( () => jest.advanceTimersByTime( 400 ) );
		latest().drop();
		expect( result.current.status ).toBe( 'failed' );
		expect( result.current.error?.code ).toBe( 'stream_lost' );
		act( () => jest.advanceTimersByTime( 10_000 ) );
		expect( FakeSource.opened ).toHaveLength( 3 );
		const retry = result.current.retry;
		act( () => result.current.retry() );
		expect( result.current.retry ).toBe( retry );
		expect( FakeSource.opened ).toHaveLength( 4 );
		expect( result.current.status ).toBe( 'connecting' );
		expect( result.current.error ).toBeUndefined();
	} );

	it( 'shows an error the server sent on the stream', () => {
		const { result } = renderHook( () =>
			useRealtimeAnalytics( {}, options )
		);
		latest().emit( 'error', { code: 'internal', message: 'Broken.' } );
		expect( result.current.error?.message ).toBe( 'Broken.' );
	} );

	it( 'closes the stream on unmount and sets nothing afterwards', () => {
		const consoleError = jest.spyOn( console, 'error' );
		const { result, unmount } = renderHook( () =>
			useRealtimeAnalytics( {}, options )
		);
		const source = latest();
		source.drop();
		unmount();
		act( () => jest.advanceTimersByTime( 1_000 ) );
		expect( FakeSource.opened ).toHaveLength( 1 );
		source.emit( 'cards', cards( 9 ) );
		expect( result.current.cards ).toBeUndefined();
		expect( source.closed ).toBe( true );
		expect( consoleError ).not.toHaveBeenCalled();
		consoleError.mockRestore();
	} );

	it( "switches streams with the scope and never shows the old scope's cards", () => {
		const { result, rerender } = renderHook(
			( { siteId }: { siteId: string } ) =>
				useRealtimeAnalytics( { siteId }, options ),
			{ initialProps: { siteId: 's1' } }
		);
		const first = latest();
		first.emit( 'cards', cards( 5 ) );
		rerender( { siteId: 's2' } );
		expect( first.closed ).toBe( true );
		expect( result.current.cards ).toBeUndefined();
		expect( latest().url ).toContain( 'siteId=s2' );
		latest().emit( 'cards', cards( 7 ) );
		expect( result.current.cards?.messages24h ).toBe( 7 );
	} );
} );
