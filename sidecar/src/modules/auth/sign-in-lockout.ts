/**
 * Wrong-password lockout (ADR 0020). Two fixed-window counters per e-mail, in the database so
 * every instance sees them:
 * - per e-mail + client IP: the address that guesses locks itself out, and only itself;
 * - per e-mail from every IP: a slower backstop against guessing spread over many addresses.
 * Counters exist for unknown e-mails exactly as for accounts, so the answers (401, then 429
 * with the same Retry-After) never tell which accounts exist. A lock answers 429 even to the
 * right password, so it is never a password oracle.
 */
import { RateLimitedError } from '../../platform/errors';
import type { AuthRepo } from './repo';

export const SIGN_IN_LIMITS = {
	/** One address: 5 wrong passwords per 15 minutes for one account. */
	perAddress: { failures: 5, windowMs: 15 * 60 * 1000 },
	/** Every address together: 30 wrong passwords per hour for one account. */
	perAccount: { failures: 30, windowMs: 60 * 60 * 1000 },
} as const;

/** The `ip` value of the per-account row. */
const EVERY_ADDRESS = '';
/** Windows ended this long ago are deleted, at most once per minute per instance. */
const PURGE_EVERY_MS = 60 * 1000;

export interface SignInLockoutDeps {
	repo: AuthRepo;
	clock: () => Date;
}

export function createSignInLockout( { repo, clock }: SignInLockoutDeps ) {
	let lastPurgeAt = 0;

	const secondsUntil = ( iso: string ) =>
		Math.max(
			1,
			Math.ceil( ( Date.parse( iso ) - clock().getTime() ) / 1000 )
		);

	async function purgeEndedWindows(): Promise< void > {
		const at = clock().getTime();
		if ( at - lastPurgeAt < PURGE_EVERY_MS ) {
			return;
		}
		lastPurgeAt = at;
		await repo.purgeSignInFailures( new Date( at ).toISOString() );
	}

	return {
		/**
		 * Refuses (429) while this address, or every address, has used up its wrong passwords
		 * for the e-mail. Run before the password is checked.
		 * @param email Normalised e-mail, known or not.
		 * @param ip    The client address (Express `req.ip`, which honours OMNIOPS_TRUST_PROXY).
		 */
		async assertOpen( email: string, ip: string ): Promise< void > {
			const windows = await repo.signInFailures(
				email,
				[ ip, EVERY_ADDRESS ],
				clock().toISOString()
			);
			const locked = windows.filter( ( window ) =>
				window.ip === EVERY_ADDRESS
					? window.failures >= SIGN_IN_LIMITS.perAccount.failures
					: window.failures >= SIGN_IN_LIMITS.perAddress.failures
			);
			if ( locked.length > 0 ) {
				const until = locked
					.map( ( window ) => window.windowEndsAt )
					.sort()
					.at( -1 )!;
				throw new RateLimitedError( secondsUntil( until ) );
			}
		},

		/**
		 * Counts a wrong password for the e-mail from this address and from every address.
		 * @param email
		 * @param ip
		 * @return Whether this failure is the one that closed the account for every address
		 *         (exactly one concurrent failure sees that, so the owner is e-mailed once).
		 */
		async recordFailure(
			email: string,
			ip: string
		): Promise< { accountLockedNow: boolean; failures: number } > {
			const at = clock();
			const windowEnd = ( ms: number ) =>
				new Date( at.getTime() + ms ).toISOString();
			await repo.countSignInFailure(
				email,
				ip,
				at.toISOString(),
				windowEnd( SIGN_IN_LIMITS.perAddress.windowMs )
			);
			const failures = await repo.countSignInFailure(
				email,
				EVERY_ADDRESS,
				at.toISOString(),
				windowEnd( SIGN_IN_LIMITS.perAccount.windowMs )
			);
			await purgeEndedWindows();
			return {
				accountLockedNow:
					failures === SIGN_IN_LIMITS.perAccount.failures,
				failures,
			};
		},

		/** A right password from this address forgives that address's earlier mistakes. */
		recordSuccess: ( email: string, ip: string ) =>
			repo.clearSignInFailures( email, ip ),

		/** Lifts every lock of the e-mail. */
		clearAccount: ( email: string ) => repo.clearSignInFailures( email ),
	};
}

export type SignInLockout = ReturnType< typeof createSignInLockout >;
