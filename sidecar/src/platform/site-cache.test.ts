import { createSiteCache } from './site-cache';

describe( 'per-site cache', () => {
	it( 'reads once, again after the time to live, and again after an invalidation', async () => {
		let now = 0;
		let reads = 0;
		const cache = createSiteCache< { n: number } >( {
			ttlMs: 1000,
			now: () => now,
		} );
		const load = async () => ( { n: ++reads } );
		expect( ( await cache.get( 's', load ) ).n ).toBe( 1 );
		expect( ( await cache.get( 's', load ) ).n ).toBe( 1 );
		now = 1001;
		expect( ( await cache.get( 's', load ) ).n ).toBe( 2 );
		cache.invalidate( 's' );
		expect( ( await cache.get( 's', load ) ).n ).toBe( 3 );
		expect( ( await cache.get( 'other', load ) ).n ).toBe( 4 );
	} );

	it( 'loads once for callers asking together, and does not keep a load a write raced', async () => {
		let reads = 0;
		let release!: () => void;
		const cache = createSiteCache< number >();
		const slowLoad = () =>
			new Promise< number >( ( resolve ) => {
				reads++;
				release = () => resolve( reads );
			} );
		const first = cache.get( 's', slowLoad );
		const second = cache.get( 's', slowLoad );
		expect( reads ).toBe( 1 );
		cache.invalidate( 's' ); // a write while the load runs
		release();
		expect( await first ).toBe( 1 );
		expect( await second ).toBe( 1 );
		expect( await cache.get( 's', async () => 42 ) ).toBe( 42 );
	} );

	it( 'hands out frozen values', async () => {
		const cache = createSiteCache< { list: string[] } >();
		const value = await cache.get( 's', async () => ( { list: [ 'a' ] } ) );
		expect( Object.isFrozen( value ) ).toBe( true );
		expect( Object.isFrozen( value.list ) ).toBe( true );
	} );

	it( 'keeps at most the given number of sites', async () => {
		let reads = 0;
		const cache = createSiteCache< number >( { sitesAtMost: 2 } );
		const load = async () => ++reads;
		await cache.get( 'a', load );
		await cache.get( 'b', load );
		await cache.get( 'c', load );
		expect( await cache.get( 'c', load ) ).toBe( 3 );
		expect( await cache.get( 'a', load ) ).toBe( 4 );
	} );
} );
