import { randomUUID } from 'node:crypto';
import {
	createCacheInvalidations,
	type CacheInvalidations,
	type InvalidationListener,
} from './cache-invalidation';
import { createInProcessEventBus, createRedisEventBus } from './event-bus';
import { createLogger } from './logger';
import { createSiteCache } from './site-cache';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger( 'silent' );

/** Invalidations under the test's control: what was announced, and a switch for `live`. */
function fakeInvalidations() {
	const listeners = new Map< string, InvalidationListener >();
	const announced: string[] = [];
	const state = { live: true };
	const invalidations: CacheInvalidations = {
		announce: async ( cache, key ) => {
			announced.push( `${ cache }:${ key }` );
		},
		listen: ( cache, listener ) => {
			listeners.set( cache, listener );
			return () => listeners.delete( cache );
		},
		live: () => state.live,
	};
	return {
		invalidations,
		announced,
		state,
		/** Another instance's write (or `null`: some may have been missed). */
		hear: ( cache: string, key: string | null ) =>
			listeners.get( cache )?.( key ),
	};
}

describe( 'per-site cache shared between instances', () => {
	it( 'announces its own invalidations and drops a copy when another instance writes', async () => {
		const fake = fakeInvalidations();
		let reads = 0;
		const cache = createSiteCache< number >( {
			shared: { name: 'things', invalidations: fake.invalidations },
		} );
		const load = async () => ++reads;
		expect( await cache.get( 's', load ) ).toBe( 1 );
		expect( await cache.get( 's', load ) ).toBe( 1 );
		await cache.invalidate( 's' );
		expect( fake.announced ).toEqual( [ 'things:s' ] );
		expect( await cache.get( 's', load ) ).toBe( 2 );

		fake.hear( 'others', 's' ); // another cache's name: not ours
		expect( await cache.get( 's', load ) ).toBe( 2 );
		fake.hear( 'things', 's' );
		expect( await cache.get( 's', load ) ).toBe( 3 );
		expect( fake.announced ).toEqual( [ 'things:s' ] ); // heard, not re-announced
	} );

	it( 'does not keep a load that another instance’s write raced', async () => {
		const fake = fakeInvalidations();
		let reads = 0;
		let release!: () => void;
		const cache = createSiteCache< number >( {
			shared: { name: 'things', invalidations: fake.invalidations },
		} );
		const first = cache.get(
			's',
			() =>
				new Promise< number >( ( resolve ) => {
					reads++;
					release = () => resolve( reads );
				} )
		);
		fake.hear( 'things', 's' );
		release();
		expect( await first ).toBe( 1 );
		expect( await cache.get( 's', async () => 42 ) ).toBe( 42 );
	} );

	it( 'reads every time while announcements could be missed, and drops everything when they could have been', async () => {
		const fake = fakeInvalidations();
		let reads = 0;
		const cache = createSiteCache< number >( {
			shared: { name: 'things', invalidations: fake.invalidations },
		} );
		const load = async () => ++reads;
		expect( await cache.get( 'a', load ) ).toBe( 1 );
		expect( await cache.get( 'b', load ) ).toBe( 2 );
		fake.state.live = false;
		expect( await cache.get( 'a', load ) ).toBe( 3 );
		expect( await cache.get( 'a', load ) ).toBe( 4 );
		fake.state.live = true;
		fake.hear( 'things', null ); // resubscribed
		expect( await cache.get( 'b', load ) ).toBe( 5 );
		expect( await cache.get( 'b', load ) ).toBe( 5 );
	} );
} );

describe( 'cache invalidations over the event bus', () => {
	it( 'in-process: the writer does not hear its own announcement', async () => {
		const bus = createInProcessEventBus( logger );
		const invalidations = createCacheInvalidations( bus, logger );
		const heard: Array< string | null > = [];
		invalidations.listen( 'things', ( key ) => heard.push( key ) );
		await invalidations.announce( 'things', 's' );
		await new Promise( ( resolve ) => setImmediate( resolve ) );
		expect( heard ).toEqual( [] );
		expect( invalidations.live() ).toBe( true );
		await bus.close();
	} );

	it( 'real Redis: another instance hears the key, the writer does not', async () => {
		const prefix = `omniops-test-${ randomUUID() }:`;
		const buses = [
			createRedisEventBus( REDIS_URL, logger, prefix ),
			createRedisEventBus( REDIS_URL, logger, prefix ),
		];
		await Promise.all( buses.map( ( bus ) => bus.ready() ) );
		const [ writer, reader ] = buses.map( ( bus ) =>
			createCacheInvalidations( bus, logger )
		);
		expect( reader!.live() ).toBe( true );
		try {
			const heardByReader: string[] = [];
			const heardByWriter: string[] = [];
			const arrived = new Promise< void >( ( resolve ) =>
				reader!.listen( 'things', ( key ) => {
					heardByReader.push( String( key ) );
					resolve();
				} )
			);
			writer!.listen( 'things', ( key ) =>
				heardByWriter.push( String( key ) )
			);
			await writer!.announce( 'things', 'site-1' );
			await arrived;
			expect( heardByReader ).toEqual( [ 'site-1' ] );
			expect( heardByWriter ).toEqual( [] );
		} finally {
			await Promise.all( buses.map( ( bus ) => bus.close() ) );
		}
	} );

	it( 'a Redis that cannot be reached: never live, and an announcement gives up without failing the write', async () => {
		const bus = createRedisEventBus(
			'redis://127.0.0.1:1',
			logger,
			`omniops-test-${ randomUUID() }:`
		);
		const invalidations = createCacheInvalidations( bus, logger );
		expect( invalidations.live() ).toBe( false );
		const started = Date.now();
		await expect(
			invalidations.announce( 'things', 's' )
		).resolves.toBeUndefined();
		expect( Date.now() - started ).toBeLessThan( 5000 );
		await bus.close();
	} );
} );
