/**
 * Wrong second factors (authenticator, SMS or backup code) counted per ACCOUNT (ADR 0020), so
 * signing in again with the password never opens a fresh window. Five tries are free; then
 * each further try waits 15 s, 30 s, 60 s, 120 s, 240 s; the tenth wrong code locks the
 * second step for 24 hours (the service e-mails the account an unlock link). A right code
 * resets the count.
 */
import { RateLimitedError } from '../../platform/errors';
import type { AuthRepo } from './repo';

export const FACTOR_LIMITS = {
	freeFailures: 5,
	firstWaitMs: 15 * 1000,
	lockAfterFailures: 10,
	lockMs: 24 * 60 * 60 * 1000,
} as const;

/**
 * 429 (with Retry-After, as every RateLimitedError) for a second-factor try that comes too
 * early: `mfa_wait` during the growing waits, `mfa_locked` once the step is locked.
 */
export class SecondFactorWaitError extends RateLimitedError {
	override readonly code: string;

	constructor( retryAfterSeconds: number, locked: boolean ) {
		super( retryAfterSeconds );
		this.code = locked ? 'mfa_locked' : 'mfa_wait';
		this.message = locked
			? 'Too many wrong codes: the second step is locked. The account was sent an e-mail with a link to unlock it.'
			: 'Too many wrong codes. Wait before trying again.';
	}
}

/**
 * How long the next try must wait after `failures` wrong codes in a row.
 * @param failures
 */
export function waitAfterFailures( failures: number ): number {
	if ( failures >= FACTOR_LIMITS.lockAfterFailures ) {
		return FACTOR_LIMITS.lockMs;
	}
	if ( failures < FACTOR_LIMITS.freeFailures ) {
		return 0;
	}
	return (
		FACTOR_LIMITS.firstWaitMs *
		2 ** ( failures - FACTOR_LIMITS.freeFailures )
	);
}

export function createFactorAttempts( deps: {
	repo: AuthRepo;
	clock: () => Date;
} ) {
	const { repo, clock } = deps;
	return {
		/**
		 * Lets one try go ahead, counted as wrong until `succeeded` says otherwise: counting
		 * first means parallel tries cannot slip through together (one wins per count, the
		 * others are told to wait). Throws SecondFactorWaitError while the account must wait.
		 * @param userId
		 * @return The account's count of wrong codes if this try is wrong too.
		 */
		async claim( userId: string ): Promise< number > {
			const at = clock().getTime();
			const { failures, retryAt } = await repo.factorFailures( userId );
			const locked = failures >= FACTOR_LIMITS.lockAfterFailures;
			if ( retryAt && Date.parse( retryAt ) > at ) {
				throw new SecondFactorWaitError(
					Math.ceil( ( Date.parse( retryAt ) - at ) / 1000 ),
					locked
				);
			}
			const wait = waitAfterFailures( failures + 1 );
			const claimed = await repo.claimFactorAttempt(
				userId,
				failures,
				wait > 0 ? new Date( at + wait ).toISOString() : null
			);
			if ( ! claimed ) {
				// Another try of this account was counted in the meantime.
				throw new SecondFactorWaitError( 1, locked );
			}
			return failures + 1;
		},

		succeeded: ( userId: string ) => repo.clearFactorFailures( userId ),

		/** Whether a wrong try that brought the count to `failures` locks the step. */
		locks: ( failures: number ) =>
			failures >= FACTOR_LIMITS.lockAfterFailures,

		/** The unlock link and a password reset lift the lock. */
		clear: ( userId: string ) => repo.clearFactorFailures( userId ),
	};
}

export type FactorAttempts = ReturnType< typeof createFactorAttempts >;
