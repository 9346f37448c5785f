/**
 * The limiter factory (ADR 0019): steady allowance then burst, failures-only checks,
 * reset, Retry-After seconds, and counts shared through a real Redis by two factories.
 */
import { randomBytes } from 'node:crypto';
import { RateLimitedError } from './errors';
import {
	createLimiterFactory,
	createMemoryLimiterFactory,
	type Limiter,
} from './rate-limit';
import { limitRuleText } from './limit-rule';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function outcome( limiter: Limiter, key: string ) {
	try {
		await limiter.consume( key );
		return 'ok';
	} catch ( error ) {
		if ( error instanceof RateLimitedError ) {
			return error.retryAfterSeconds;
		}
		throw error;
	}
}

describe( 'rate limits', () => {
	it( 'allows the steady points, then the burst, then refuses with the seconds to wait', async () => {
		const limiter = createMemoryLimiterFactory().create( 'unit', {
			points: 2,
			durationSeconds: 60,
			burst: { points: 1, durationSeconds: 600 },
		} );
		const results = [];
		for ( let i = 0; i < 4; i++ ) {
			results.push( await outcome( limiter, 'a' ) );
		}
		expect( results.slice( 0, 3 ) ).toEqual( [ 'ok', 'ok', 'ok' ] );
		expect( results[ 3 ] ).toBeGreaterThanOrEqual( 59 );
		expect( results[ 3 ] ).toBeLessThanOrEqual( 60 );
		// Keys are counted apart.
		expect( await outcome( limiter, 'b' ) ).toBe( 'ok' );
		await limiter.reset( 'a' );
		expect( await outcome( limiter, 'a' ) ).toBe( 'ok' );
	} );

	it( 'check refuses only once the allowance is spent, without counting', async () => {
		const limiter = createMemoryLimiterFactory().create( 'failures', {
			points: 2,
			durationSeconds: 900,
		} );
		await limiter.check( 'ip' );
		await limiter.check( 'ip' );
		await limiter.consume( 'ip' );
		await limiter.check( 'ip' );
		await limiter.consume( 'ip' );
		await expect( limiter.check( 'ip' ) ).rejects.toMatchObject( {
			status: 429,
			code: 'rate_limited',
		} );
	} );

	it( 'reads rules written as points/seconds+burstPoints/burstSeconds, and refuses bad ones', () => {
		expect( limitRuleText.parse( '60/60+120/600' ) ).toEqual( {
			points: 60,
			durationSeconds: 60,
			burst: { points: 120, durationSeconds: 600 },
		} );
		expect( limitRuleText.parse( '5/10' ) ).toEqual( {
			points: 5,
			durationSeconds: 10,
		} );
		for ( const bad of [ '0/60', '60', '60/0', '1/60+1/30', 'x/y' ] ) {
			expect( limitRuleText.safeParse( bad ).success ).toBe( false );
		}
	} );

	it( 'two factories on one Redis share each count', async () => {
		const prefix = `omniops-test:${ randomBytes( 6 ).toString( 'hex' ) }`;
		const first = createLimiterFactory( { redisUrl: REDIS_URL, prefix } );
		const second = createLimiterFactory( { redisUrl: REDIS_URL, prefix } );
		expect( first.shared ).toBe( true );
		try {
			const rule = { points: 3, durationSeconds: 60 };
			const a = first.create( 'shared', rule );
			const b = second.create( 'shared', rule );
			// Wait for both connections, so no attempt falls back to the insurance limiter.
			await new Promise( ( resolve ) => setTimeout( resolve, 300 ) );
			const results = [
				await outcome( a, 'k' ),
				await outcome( b, 'k' ),
				await outcome( a, 'k' ),
				await outcome( b, 'k' ),
			];
			expect( results.slice( 0, 3 ) ).toEqual( [ 'ok', 'ok', 'ok' ] );
			expect( typeof results[ 3 ] ).toBe( 'number' );
		} finally {
			await first.close();
			await second.close();
		}
	} );
} );
