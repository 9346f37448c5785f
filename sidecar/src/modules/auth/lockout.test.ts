/**
 * Lockout without an account oracle and without a lock-anyone lever (ADR 0020), through the
 * real app, a real SMTP server and X-Forwarded-For behind a trusted proxy:
 * - wrong passwords lock per account + client IP (the attacker's address locks itself), with a
 *   slower per-account backstop from every address; unknown e-mails answer exactly like real
 *   accounts; an e-mailed one-time unlock link lets the owner in while the backstop holds;
 * - wrong second factors are counted per account, not per session: growing waits (429 with
 *   Retry-After), a lock after ten that e-mails the account, a correct code resets the count.
 * The clock is real time plus an offset the tests move forward to "wait".
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'otplib';
import { buildApp } from '../../app';
import { createLogger } from '../../platform/logger';
import {
	call,
	startTestSidecar,
	testDialects,
	type JsonResponse,
} from '../../../../tests/support/sidecar-harness';
import {
	startMailSidecar,
	type Mailbox,
	type TestSidecar,
} from '../../../../tests/support/mail-sidecar';
import {
	createUser,
	expectFiveWrongCodesExhaust,
	passwordOnly,
	type OwnerSession,
} from '../../../../tests/support/flows';
import { hashPassword } from './passwords';
import { createAuthRepo } from './repo';

const PASSWORD = 'correct horse battery staple';
const MINUTE = 60 * 1000;

describe.each( testDialects() )( 'lockout on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let mailbox: Mailbox;
	let offset = 0;
	const serverNow = () => Date.now() + offset;
	const advance = ( ms: number ) => {
		offset += ms;
	};

	beforeAll( async () => {
		( { sidecar, mailbox } = await startMailSidecar( dialect, {
			env: { OMNIOPS_TRUST_PROXY: 'true' },
			clock: () => new Date( serverNow() ),
		} ) );
		await sidecar.omniops.services.auth.ensureFirstOwner( null );
	} );
	afterAll( async () => {
		await sidecar.close();
		await mailbox.close();
	} );

	const signIn = (
		ip: string,
		email: string,
		password: string,
		unlockToken?: string
	) =>
		call( sidecar.baseUrl, 'POST', '/api/auth/login', {
			body: {
				email,
				password,
				...( unlockToken ? { unlockToken } : {} ),
			},
			headers: { 'x-forwarded-for': ip },
		} );

	/** What a caller can observe of an answer, apart from the second it arrived in. */
	const observed = ( response: JsonResponse ) => ( {
		status: response.status,
		error: response.body?.error && {
			code: response.body.error.code,
			message: response.body.error.message,
		},
		retryAfterMinutes:
			response.headers.get( 'retry-after' ) &&
			Math.round( Number( response.headers.get( 'retry-after' ) ) / 60 ),
	} );

	/** The newest mail to `to`, waiting a moment for one sent in the background. */
	async function mailTo( to: string, after: number ) {
		for ( let i = 0; i < 50; i++ ) {
			const mail = mailbox.received
				.slice( after )
				.reverse()
				.find( ( m ) => m.to.includes( to ) );
			if ( mail ) {
				return mail;
			}
			await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
		}
		return undefined;
	}

	describe( 'passwords', () => {
		/** Six addresses, five wrong passwords each (30 in the hour), then a seventh address. */
		const spread = async ( email: string, network: string ) => {
			const statuses = [];
			// Six addresses, five wrong passwords each: thirty failures in the hour.
			for ( let host = 1; host <= 6; host++ ) {
				for ( let i = 0; i < 5; i++ ) {
					statuses.push(
						(
							await signIn(
								`${ network }.${ host }`,
								email,
								`guess ${ host }-${ i }`
							)
						).status
					);
				}
			}
			// A seventh address is refused at once.
			const next = await signIn( `${ network }.7`, email, 'guess' );
			return { statuses, next: observed( next ) };
		};
		it( 'answers an unknown account exactly like a known one over repeated failures', async () => {
			// Hashed as the product hashes every password (flows' createUser uses argon2's
			// heavier defaults, which would make the known account the slower one).
			await createAuthRepo( sidecar.db.kysely ).insertUser( {
				id: crypto.randomUUID(),
				email: 'known@omniops.test',
				name: 'Known',
				passwordHash: await hashPassword( PASSWORD ),
				createdAt: new Date().toISOString(),
			} );
			// Known and unknown alternate, so the machine's load weighs on both alike.
			const known = { answers: [] as object[], timings: [] as number[] };
			const unknown = {
				answers: [] as object[],
				timings: [] as number[],
			};
			const attempt = async (
				into: typeof known,
				ip: string,
				email: string,
				i: number
			) => {
				const started = performance.now();
				const response = await signIn( ip, email, `guess ${ i }` );
				into.timings.push( performance.now() - started );
				into.answers.push( observed( response ) );
			};
			for ( let i = 0; i < 8; i++ ) {
				await attempt( known, '192.0.2.11', 'known@omniops.test', i );
				await attempt( unknown, '192.0.2.12', 'ghost@omniops.test', i );
			}

			expect(
				known.answers.map( ( a ) => ( a as { status: number } ).status )
			).toEqual( [ 401, 401, 401, 401, 401, 429, 429, 429 ] );
			expect( unknown.answers ).toEqual( known.answers );
			// Same timing class: the unknown e-mail's wrong password also costs an argon2 check.
			const median = ( values: number[] ) =>
				[ ...values ].sort( ( a, b ) => a - b )[
					Math.floor( values.length / 2 )
				]!;
			const knownMs = median( known.timings.slice( 0, 5 ) );
			const unknownMs = median( unknown.timings.slice( 0, 5 ) );
			expect( unknownMs ).toBeGreaterThan( knownMs / 4 );
			expect( unknownMs ).toBeLessThan( knownMs * 4 );
		}, 120_000 );

		it( 'lets the owner in from another address while the attacker’s address is locked', async () => {
			await createUser( sidecar, 'target@omniops.test', PASSWORD );
			const attackerIp = '203.0.113.7';
			for ( let i = 0; i < 5; i++ ) {
				expect(
					(
						await signIn(
							attackerIp,
							'target@omniops.test',
							`x${ i }`
						)
					).status
				).toBe( 401 );
			}
			// Locked for that address, even with the right password (no password oracle).
			const locked = await signIn(
				attackerIp,
				'target@omniops.test',
				PASSWORD
			);
			expect( locked.status ).toBe( 429 );
			expect(
				Number( locked.headers.get( 'retry-after' ) )
			).toBeGreaterThan( 14 * 60 );

			const owner = await signIn(
				'198.51.100.20',
				'target@omniops.test',
				PASSWORD
			);
			expect( owner.status ).toBe( 200 );
			// A lock of one address sends no mail: it costs the owner nothing.
			expect(
				mailbox.received.filter( ( m ) =>
					m.to.includes( 'target@omniops.test' )
				)
			).toEqual( [] );
		} );

		it( 'stops a spread-out attack with the per-account backstop; the e-mailed unlock link lets the owner in once', async () => {
			await createUser( sidecar, 'spread@omniops.test', PASSWORD );
			const mailsBefore = mailbox.received.length;
			const real = await spread( 'spread@omniops.test', '10.1.0' );
			const unknown = await spread(
				'nobody-here@omniops.test',
				'10.2.0'
			);
			expect( real.statuses ).toEqual( Array( 30 ).fill( 401 ) );
			expect( real.next.status ).toBe( 429 );
			// Retry-After counts down from each account's first failure; the two spreads take
			// different times on a loaded machine, so the minutes may differ by one.
			expect( {
				...unknown,
				next: { ...unknown.next, retryAfterMinutes: undefined },
			} ).toEqual( {
				...real,
				next: { ...real.next, retryAfterMinutes: undefined },
			} );
			expect(
				Math.abs(
					Number( unknown.next.retryAfterMinutes ) -
						Number( real.next.retryAfterMinutes )
				)
			).toBeLessThanOrEqual( 1 );

			// The owner, from a fresh address with the right password, waits too ...
			const ownerIp = '198.51.100.99';
			expect(
				( await signIn( ownerIp, 'spread@omniops.test', PASSWORD ) )
					.status
			).toBe( 429 );
			// ... but was told by e-mail (once), with a link that lets them in.
			const mail = await mailTo( 'spread@omniops.test', mailsBefore );
			expect( mail?.text ).toMatch( /30 wrong passwords/ );
			const link = mailbox.linkTo(
				'spread@omniops.test',
				'/owner/unlock'
			);
			expect( link ).toMatch( /\/owner\/unlock\?token=unl_/ );
			const token = new URL( link! ).searchParams.get( 'token' )!;
			expect(
				mailbox.received
					.slice( mailsBefore )
					.filter( ( m ) => m.to.includes( 'spread@omniops.test' ) )
			).toHaveLength( 1 );

			// The link with a wrong password does not sign in.
			expect(
				(
					await signIn(
						ownerIp,
						'spread@omniops.test',
						'not my password',
						token
					)
				).status
			).toBe( 401 );
			const unlocked = await signIn(
				ownerIp,
				'spread@omniops.test',
				PASSWORD,
				token
			);
			expect( unlocked.status ).toBe( 200 );
			// Once only: the same link again meets the backstop.
			expect(
				(
					await signIn(
						ownerIp,
						'spread@omniops.test',
						PASSWORD,
						token
					)
				).status
			).toBe( 429 );
			// The link is the account's: it opens nothing for another e-mail.
			expect(
				(
					await signIn(
						ownerIp,
						'nobody-here@omniops.test',
						PASSWORD,
						token
					)
				).status
			).toBe( 429 );

			advance( 61 * MINUTE );
			expect(
				( await signIn( ownerIp, 'spread@omniops.test', PASSWORD ) )
					.status
			).toBe( 200 );
		}, 120_000 );
		it( 'lets an unlock link die after five wrong passwords typed with it', async () => {
			await createUser( sidecar, 'typo@omniops.test', PASSWORD );
			const mailsBefore = mailbox.received.length;
			await spread( 'typo@omniops.test', '10.3.0' );
			await mailTo( 'typo@omniops.test', mailsBefore );
			const token = new URL(
				mailbox.linkTo( 'typo@omniops.test', '/owner/unlock' )!
			).searchParams.get( 'token' )!;
			const ip = '198.51.100.111';
			for ( let i = 0; i < 5; i++ ) {
				expect(
					(
						await signIn(
							ip,
							'typo@omniops.test',
							`not it ${ i }`,
							token
						)
					).status
				).toBe( 401 );
			}
			// Dead now: the right password with it meets the backstop like any other try.
			expect(
				( await signIn( ip, 'typo@omniops.test', PASSWORD, token ) )
					.status
			).toBe( 429 );
		}, 120_000 );
	} );

	describe( 'second factors', () => {
		const ip = '198.51.100.50';

		/** A valid code for the server's current time, one step after any code used before. */
		let lastStep = 0;
		const currentCode = async ( secret: string ) => {
			const step = Math.max(
				Math.floor( serverNow() / 30_000 ),
				lastStep + 1
			);
			advance( Math.max( 0, step * 30_000 - serverNow() ) );
			lastStep = step;
			return generate( { secret, epoch: step * 30 } );
		};

		/** A user with an authenticator (codes for the server's clock); returns its secret. */
		async function enrolledUser( email: string ): Promise< string > {
			await createUser( sidecar, email, PASSWORD );
			const session = await passwordOnly( sidecar, email, PASSWORD );
			const started = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/mfa/totp/enrolment',
				{ body: {}, headers: session.headers }
			);
			expect( started.status ).toBe( 201 );
			const activated = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/mfa/totp/activation',
				{
					body: { code: await currentCode( started.body.secret ) },
					headers: session.headers,
				}
			);
			expect( activated.status ).toBe( 200 );
			return started.body.secret;
		}

		const pendingSession = async ( email: string ) => {
			const response = await signIn( ip, email, PASSWORD );
			expect( response.status ).toBe( 200 );
			expect( response.body.mfa.state ).toBe( 'pending' );
			const cookie = ( response.headers.get( 'set-cookie' ) ?? '' ).split(
				';'
			)[ 0 ]!;
			return {
				cookie,
				csrfToken: response.body.csrfToken,
				headers: {
					cookie,
					'x-csrf-token': response.body.csrfToken,
					'x-forwarded-for': ip,
				},
			} satisfies OwnerSession;
		};

		const challenge = ( session: OwnerSession, code: string ) =>
			call( sidecar.baseUrl, 'POST', '/api/auth/mfa/challenge', {
				body: { code },
				headers: session.headers,
			} );

		it( 'counts wrong codes per account: signing in again does not open a fresh window', async () => {
			await enrolledUser( 'factor-a@omniops.test' );
			const first = await pendingSession( 'factor-a@omniops.test' );
			await expectFiveWrongCodesExhaust(
				( code ) => challenge( first, code ),
				200000
			);
			const second = await pendingSession( 'factor-a@omniops.test' );
			const waited = await challenge( second, '200005' );
			expect( waited.status ).toBe( 429 );
			expect( waited.body.error.code ).toBe( 'mfa_wait' );
			expect(
				Number( waited.headers.get( 'retry-after' ) )
			).toBeGreaterThanOrEqual( 10 );
		} );

		it( 'lets one client make no more than a handful of guesses per minute', async () => {
			await enrolledUser( 'factor-b@omniops.test' );
			// An attacker who knows the password, as fast as the server lets it: each request
			// costs 100 ms, a 429 is waited out, an ended session is replaced by a new sign-in.
			const start = serverNow();
			let session: OwnerSession = await pendingSession(
				'factor-b@omniops.test'
			);
			let guesses = 0;
			for (
				let request = 0;
				request < 100 && serverNow() - start < MINUTE;
				request++
			) {
				advance( 100 );
				const answer = await challenge(
					session,
					String( 300000 + request )
				);
				if ( answer.status === 429 ) {
					advance(
						Number( answer.headers.get( 'retry-after' ) ) * 1000
					);
					continue;
				}
				expect( answer.status ).toBe( 401 );
				guesses += 1;
				if ( answer.body.error.code === 'mfa_attempts_exhausted' ) {
					session = await pendingSession( 'factor-b@omniops.test' );
				}
			}
			// Five free tries, then waits of 15 s and 30 s (ADR 0020): seven in the first minute.
			expect( guesses ).toBeLessThanOrEqual( 7 );
		}, 60_000 );

		it( 'lets no burst of parallel wrong codes through the free tries together', async () => {
			await enrolledUser( 'factor-e@omniops.test' );
			const sessions: OwnerSession[] = [];
			for ( let i = 0; i < 3; i++ ) {
				sessions.push(
					await pendingSession( 'factor-e@omniops.test' )
				);
			}
			const answers = await Promise.all(
				Array.from( { length: 30 }, ( _, i ) =>
					challenge( sessions[ i % 3 ]!, String( 600000 + i ) )
				)
			);
			const checked = answers.filter( ( a ) => a.status === 401 );
			const refused = answers.filter( ( a ) => a.status === 429 );
			expect( checked.length + refused.length ).toBe( 30 );
			// Each try is counted before it is checked: at most the five free ones are checked.
			expect( checked.length ).toBeLessThanOrEqual( 5 );
			expect(
				refused.every(
					( a ) => Number( a.headers.get( 'retry-after' ) ) >= 1
				)
			).toBe( true );
		}, 60_000 );

		it( 'resets the count on a correct code', async () => {
			const secret = await enrolledUser( 'factor-c@omniops.test' );
			let session = await pendingSession( 'factor-c@omniops.test' );
			for ( let i = 0; i < 4; i++ ) {
				expect(
					( await challenge( session, String( 400000 + i ) ) ).status
				).toBe( 401 );
			}
			expect(
				( await challenge( session, await currentCode( secret ) ) )
					.status
			).toBe( 200 );
			// Four more wrong codes are all checked: the earlier four were forgiven.
			session = await pendingSession( 'factor-c@omniops.test' );
			const again = [];
			for ( let i = 0; i < 4; i++ ) {
				again.push(
					( await challenge( session, String( 410000 + i ) ) ).body
						.error.code
				);
			}
			expect( again ).toEqual( Array( 4 ).fill( 'mfa_invalid' ) );
		} );

		it( 'locks the second step after ten wrong codes and e-mails an unlock link that works', async () => {
			const email = 'factor-d@omniops.test';
			const secret = await enrolledUser( email );
			const mailsBefore = mailbox.received.length;
			let session: OwnerSession = await pendingSession( email );
			let wrong = 0;
			let lockedAnswer: JsonResponse | undefined;
			for ( let request = 0; request < 40 && ! lockedAnswer; request++ ) {
				const answer = await challenge(
					session,
					String( 500000 + request )
				);
				if ( answer.body.error?.code === 'mfa_locked' ) {
					lockedAnswer = answer;
					continue;
				}
				if ( answer.status === 429 ) {
					advance(
						Number( answer.headers.get( 'retry-after' ) ) * 1000
					);
					continue;
				}
				wrong += 1;
				if ( answer.body.error.code === 'mfa_attempts_exhausted' ) {
					session = await pendingSession( email );
				}
			}
			expect( wrong ).toBe( 10 );
			expect( lockedAnswer ).toBeDefined();
			expect(
				Number( lockedAnswer!.headers.get( 'retry-after' ) )
			).toBeGreaterThan( 20 * 60 * 60 );
			// Locked means locked: the right code waits too.
			session = await pendingSession( email );
			const right = await challenge(
				session,
				await currentCode( secret )
			);
			expect( right.status ).toBe( 429 );
			expect( right.body.error.code ).toBe( 'mfa_locked' );

			const mail = await mailTo( email, mailsBefore );
			expect( mail?.text ).toMatch( /10 wrong codes/ );
			expect( mail?.text ).toMatch( /reset-password|forgot-password/ );
			const token = new URL(
				mailbox.linkTo( email, '/owner/unlock' )!
			).searchParams.get( 'token' )!;
			const unlocked = await signIn( ip, email, PASSWORD, token );
			expect( unlocked.status ).toBe( 200 );
			const cookie = ( unlocked.headers.get( 'set-cookie' ) ?? '' ).split(
				';'
			)[ 0 ]!;
			const passed = await challenge(
				{
					cookie,
					csrfToken: unlocked.body.csrfToken,
					headers: {
						cookie,
						'x-csrf-token': unlocked.body.csrfToken,
					},
				},
				await currentCode( secret )
			);
			expect( passed.status ).toBe( 200 );
			expect( passed.body.mfa.state ).toBe( 'verified' );
		}, 120_000 );
	} );
} );

describe.each( testDialects() )(
	'lockout across instances on %s',
	( dialect ) => {
		// Two instances of the app on one database, as behind a load balancer (no Redis): the
		// account's counts live in the database, so the second instance sees the first's.
		let sidecar: TestSidecar;
		let second: { baseUrl: string; close: () => Promise< void > };

		beforeAll( async () => {
			sidecar = await startTestSidecar( dialect, {
				env: { OMNIOPS_TRUST_PROXY: 'true' },
			} );
			await sidecar.omniops.services.auth.ensureFirstOwner( null );
			const app = buildApp( {
				config: sidecar.config,
				db: sidecar.db,
				logger: createLogger( 'silent' ),
			} );
			const server = createServer( app.app );
			await new Promise< void >( ( resolve ) =>
				server.listen( 0, '127.0.0.1', resolve )
			);
			second = {
				baseUrl: `http://127.0.0.1:${
					( server.address() as AddressInfo ).port
				}`,
				close: async () => {
					await app.queue.stop();
					await app.bus.close();
					await app.limits.close();
					server.closeAllConnections();
					await new Promise( ( resolve ) => server.close( resolve ) );
				},
			};
		} );
		afterAll( async () => {
			await second.close();
			await sidecar.close();
		} );

		const signInAt = ( baseUrl: string, ip: string, password: string ) =>
			call( baseUrl, 'POST', '/api/auth/login', {
				body: { email: 'two@omniops.test', password },
				headers: { 'x-forwarded-for': ip },
			} );

		it( 'closes an address on every instance and counts wrong codes across them', async () => {
			await createUser( sidecar, 'two@omniops.test', PASSWORD );
			for ( let i = 0; i < 5; i++ ) {
				const instance = i % 2 === 0 ? sidecar.baseUrl : second.baseUrl;
				expect(
					( await signInAt( instance, '203.0.113.9', `x${ i }` ) )
						.status
				).toBe( 401 );
			}
			for ( const instance of [ sidecar.baseUrl, second.baseUrl ] ) {
				expect(
					( await signInAt( instance, '203.0.113.9', PASSWORD ) )
						.status
				).toBe( 429 );
			}

			// An authenticator, then five wrong codes split over both instances.
			const session = await passwordOnly(
				sidecar,
				'two@omniops.test',
				PASSWORD
			);
			const started = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/mfa/totp/enrolment',
				{ body: {}, headers: session.headers }
			);
			const step = Math.floor( Date.now() / 30_000 );
			expect(
				(
					await call(
						sidecar.baseUrl,
						'POST',
						'/api/auth/mfa/totp/activation',
						{
							body: {
								code: await generate( {
									secret: started.body.secret,
									epoch: step * 30,
								} ),
							},
							headers: session.headers,
						}
					)
				).status
			).toBe( 200 );
			const statuses = [];
			for ( let i = 0; i < 6; i++ ) {
				const instance = i % 2 === 0 ? sidecar.baseUrl : second.baseUrl;
				const pending = await signInAt(
					instance,
					'198.51.100.77',
					PASSWORD
				);
				const cookie = (
					pending.headers.get( 'set-cookie' ) ?? ''
				).split( ';' )[ 0 ]!;
				statuses.push(
					(
						await call(
							instance,
							'POST',
							'/api/auth/mfa/challenge',
							{
								body: { code: String( 700000 + i ) },
								headers: {
									cookie,
									'x-csrf-token': pending.body.csrfToken,
								},
							}
						)
					).status
				);
			}
			expect( statuses ).toEqual( [ 401, 401, 401, 401, 401, 429 ] );
		}, 60_000 );
	}
);
