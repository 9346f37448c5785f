/**
 * The auth module's lockout rows (ADR 0020): failed passwords per e-mail (+ IP), wrong
 * second factors per account, unlock links (hashed, single use). Part of the auth repo
 * (`createAuthRepo` spreads it in); split from repo.ts along that seam (issue 14 item 4).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { replaceSingleUseLink, type SingleUseLink } from './single-use-links';

export function createLockoutRepo( db: Kysely< Database > ) {
	return {
		// --- failed passwords per e-mail (+ IP), kept for unknown e-mails too (ADR 0020) ---
		/** The live windows of `email` for the given IPs ('' = every IP). */
		async signInFailures( email: string, ips: string[], now: string ) {
			return db
				.selectFrom( 'sign_in_failures' )
				.select( [
					'ip',
					'failures',
					'window_ends_at as windowEndsAt',
				] )
				.where( 'email', '=', email )
				.where( 'ip', 'in', ips )
				.where( 'window_ends_at', '>', now )
				.execute();
		},
		/**
		 * Counts one failure in the key's window (a new window of `windowEndsAt` once the old
		 * one is over) and returns the count: one statement, so concurrent failures all count.
		 */
		async countSignInFailure(
			email: string,
			ip: string,
			now: string,
			windowEndsAt: string
		): Promise< number > {
			const over = sql< boolean >`sign_in_failures.window_ends_at <= ${ now }`;
			const row = await db
				.insertInto( 'sign_in_failures' )
				.values( {
					email,
					ip,
					failures: 1,
					window_ends_at: windowEndsAt,
				} )
				.onConflict( ( oc ) =>
					oc.columns( [ 'email', 'ip' ] ).doUpdateSet( {
						failures: sql< number >`case when ${ over } then 1 else sign_in_failures.failures + 1 end`,
						window_ends_at: sql< string >`case when ${ over } then excluded.window_ends_at else sign_in_failures.window_ends_at end`,
					} )
				)
				.returning( 'failures' )
				.executeTakeFirstOrThrow();
			return Number( row.failures );
		},
		/** Forgets the failures of one IP, or of every IP and the account when `ip` is omitted. */
		async clearSignInFailures(
			email: string,
			ip?: string
		): Promise< void > {
			let query = db
				.deleteFrom( 'sign_in_failures' )
				.where( 'email', '=', email );
			if ( ip !== undefined ) {
				query = query.where( 'ip', '=', ip );
			}
			await query.execute();
		},
		/** Deletes windows over before `before` (unknown e-mails would otherwise pile up). */
		async purgeSignInFailures( before: string ): Promise< void > {
			await db
				.deleteFrom( 'sign_in_failures' )
				.where( 'window_ends_at', '<', before )
				.execute();
		},

		// --- wrong second factors per account (ADR 0020) ---
		async factorFailures( userId: string ) {
			const row = await db
				.selectFrom( 'users' )
				.select( [ 'mfa_failures', 'mfa_retry_at' ] )
				.where( 'id', '=', userId )
				.executeTakeFirst();
			return {
				failures: Number( row?.mfa_failures ?? 0 ),
				retryAt: row?.mfa_retry_at ?? null,
			};
		},
		/**
		 * Counts an attempt as failed before it is checked, if nobody counted one since
		 * `seenFailures` was read: of concurrent attempts only one goes ahead per count.
		 */
		async claimFactorAttempt(
			userId: string,
			seenFailures: number,
			retryAt: string | null
		): Promise< boolean > {
			const result = await db
				.updateTable( 'users' )
				.set( {
					mfa_failures: seenFailures + 1,
					mfa_retry_at: retryAt,
				} )
				.where( 'id', '=', userId )
				.where( 'mfa_failures', '=', seenFailures )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		async clearFactorFailures( userId: string ): Promise< void > {
			await db
				.updateTable( 'users' )
				.set( { mfa_failures: 0, mfa_retry_at: null } )
				.where( 'id', '=', userId )
				.execute();
		},

		// --- unlock links (hashed, single use) ---
		/** Stores a new unlock link; the account's earlier unused ones stop working. */
		replaceUnlock( unlock: SingleUseLink ): Promise< void > {
			return replaceSingleUseLink( db, 'account_unlocks', unlock );
		},
		async findLiveUnlock(
			userId: string,
			tokenHash: string,
			now: string,
			maxWrongPasswords: number
		): Promise< boolean > {
			const row = await db
				.selectFrom( 'account_unlocks' )
				.select( 'token_hash' )
				.where( 'token_hash', '=', tokenHash )
				.where( 'user_id', '=', userId )
				.where( 'used_at', 'is', null )
				.where( 'expires_at', '>', now )
				.where( 'wrong_passwords', '<', maxWrongPasswords )
				.executeTakeFirst();
			return Boolean( row );
		},
		async countUnlockWrongPassword( tokenHash: string ): Promise< void > {
			await db
				.updateTable( 'account_unlocks' )
				.set( ( eb ) => ( {
					wrong_passwords: eb( 'wrong_passwords', '+', 1 ),
				} ) )
				.where( 'token_hash', '=', tokenHash )
				.execute();
		},
		/** Uses an unlock link once; false when it was used meanwhile. */
		async useUnlock( tokenHash: string, now: string ): Promise< boolean > {
			const result = await db
				.updateTable( 'account_unlocks' )
				.set( { used_at: now } )
				.where( 'token_hash', '=', tokenHash )
				.where( 'used_at', 'is', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
	};
}
