/**
 * One-time unlock links (ADR 0020), e-mailed to an account when its sign-in is paused for every
 * address or its second step is locked. Used on the sign-in form together with the password,
 * a live link skips those locks once and lifts them: the owner keeps a way in while someone
 * else holds the account's lock. Tokens are random, stored as SHA-256, single use, 24 hours.
 */
import { randomToken, sha256Hex } from '../../platform/crypto';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mailer';
import type { AuthRepo } from './repo';
import { FACTOR_LIMITS } from './factor-attempts';
import { SIGN_IN_LIMITS } from './sign-in-lockout';

export const UNLOCK_TTL_MS = 24 * 60 * 60 * 1000;
/** Wrong passwords typed with one link before it stops working. */
export const UNLOCK_MAX_WRONG_PASSWORDS = 5;

export interface UnlockLinksDeps {
	repo: AuthRepo;
	mailer: Mailer | null;
	publicUrl: string;
	clock: () => Date;
	logger: Logger;
}

interface Account {
	id: string;
	email: string;
}

export function createUnlockLinks( deps: UnlockLinksDeps ) {
	const { repo, mailer, publicUrl, clock, logger } = deps;
	const now = () => clock().toISOString();
	const at = ( ms: number ) =>
		`${ new Date( clock().getTime() + ms )
			.toISOString()
			.slice( 0, 16 )
			.replace( 'T', ' ' ) } UTC`;

	/** A new link for the account (earlier unused ones stop working). */
	async function issue( account: Account ): Promise< string > {
		const token = randomToken( 'unl_', 24 );
		const created = clock();
		await repo.replaceUnlock( {
			tokenHash: sha256Hex( token ),
			userId: account.id,
			createdAt: created.toISOString(),
			expiresAt: new Date(
				created.getTime() + UNLOCK_TTL_MS
			).toISOString(),
		} );
		return `${ publicUrl }/owner/unlock?token=${ token }`;
	}

	async function mail( account: Account, subject: string, text: string ) {
		if ( ! mailer ) {
			logger.warn(
				{ userId: account.id },
				'an account was locked but no mail server is configured (OMNIOPS_SMTP_URL) to send its unlock link'
			);
			return;
		}
		await mailer.send( { to: account.email, subject, text } );
	}

	/**
	 * Runs a notification without holding up the answer (the answer's timing must not depend
	 * on whether the account exists); failures are logged.
	 * @param work
	 */
	function inBackground( work: () => Promise< void > ): void {
		work().catch( ( error: unknown ) =>
			logger.warn( { err: error }, 'unlock link could not be sent' )
		);
	}

	return {
		/**
		 * Tells the account that sign-in is paused for every address, with a link to get in.
		 * @param account
		 */
		notifySignInPaused( account: Account ): void {
			inBackground( async () => {
				const link = await issue( account );
				await mail(
					account,
					'Sign-in to your OmniOps account is paused',
					`There were ${ SIGN_IN_LIMITS.perAccount.failures } wrong passwords for your OmniOps account within an hour, from several addresses. Nobody got in. Sign-in is paused for every address until about ${ at(
						SIGN_IN_LIMITS.perAccount.windowMs
					) }.\n\nIf you want to sign in now, use this link with your password (it works once, for 24 hours):\n${ link }\n\nIf it was not you, nothing else is needed, but make sure your password is long and not used elsewhere:\n${ publicUrl }/owner/forgot-password\n`
				);
			} );
		},

		/**
		 * Tells the account that its second step is locked after wrong codes: someone had the
		 * password, so the mail asks for a new one.
		 * @param account
		 */
		notifySecondStepLocked( account: Account ): void {
			inBackground( async () => {
				const link = await issue( account );
				await mail(
					account,
					'The second sign-in step of your OmniOps account is locked',
					`Someone signed in to your OmniOps account with the right password and then entered ${ FACTOR_LIMITS.lockAfterFailures } wrong codes for the second step. The second step is locked until about ${ at(
						FACTOR_LIMITS.lockMs
					) }.\n\nIf it was you, use this link with your password to unlock it now (it works once, for 24 hours):\n${ link }\n\nIf it was not you, someone knows your password: choose a new one now (this also signs out every session):\n${ publicUrl }/owner/forgot-password\n`
				);
			} );
		},

		/** Whether `token` is a live link of this account (wrong passwords with it count). */
		isLive: ( userId: string, token: string ) =>
			repo.findLiveUnlock(
				userId,
				sha256Hex( token ),
				now(),
				UNLOCK_MAX_WRONG_PASSWORDS
			),

		wrongPassword: ( token: string ) =>
			repo.countUnlockWrongPassword( sha256Hex( token ) ),

		/** Uses the link; false when it was used meanwhile (single use). */
		use: ( token: string ) => repo.useUnlock( sha256Hex( token ), now() ),
	};
}

export type UnlockLinks = ReturnType< typeof createUnlockLinks >;
