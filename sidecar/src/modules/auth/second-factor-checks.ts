/**
 * The auth service's second-factor checks: opening sealed TOTP secrets, accepting codes,
 * counting wrong ones, backup codes, renewing the session after a factor was added. Used by
 * second-factors.ts; split from service.ts along that seam (issue 14 item 4).
 */
import { newId } from '../../platform/crypto';
import { UnauthorizedError } from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import { backupCodeHash, newBackupCodes, totpStep } from './mfa';
import type { AuthRepo } from './repo';
import { type SecondFactorCore } from './second-factor-core';
import {
	actorOf,
	MFA_ATTEMPTS_PER_SESSION,
	MfaRequiredError,
	type NewSession,
	SEALED,
	userOf,
	type UserPrincipal,
} from './service-types';

export function createSecondFactorChecks( core: SecondFactorCore ) {
	const {
		deps,
		now,
		smsCodes,
		factorAttempts,
		unlockLinks,
		factorsOf,
		createSession,
		upgradeSession,
	} = core;
	const { repo, audit, clock, secrets } = deps;
	// Secrets written before sealing existed are read as they are until the start-up step
	// seals them. A sealed value that does not open (tampered, other key) verifies nothing.
	const openSecret = ( stored: string ) => {
		if ( ! SEALED.test( stored ) ) {
			return stored;
		}
		try {
			return secrets.open( stored );
		} catch {
			return '';
		}
	};

	/** The TOTP row with its secrets opened; `sealedPending` is the stored form (conditional updates). */
	async function readTotp( userId: string ) {
		const row = await repo.findTotp( userId );
		return (
			row && {
				...row,
				secret: row.secret ? openSecret( row.secret ) : '',
				pendingSecret: row.pendingSecret
					? openSecret( row.pendingSecret )
					: null,
				sealedPending: row.pendingSecret,
			}
		);
	}

	/** Counts a wrong second factor; the session ends after too many. */
	async function refuseSecondFactor(
		principal: UserPrincipal
	): Promise< never > {
		const failures = await repo.countMfaFailure( principal.sessionId );
		if ( failures >= MFA_ATTEMPTS_PER_SESSION ) {
			await repo.deleteSession( principal.sessionId );
			throw new UnauthorizedError(
				'Too many wrong codes. Sign in again.',
				'mfa_attempts_exhausted'
			);
		}
		throw new UnauthorizedError( 'That code is not valid.', 'mfa_invalid' );
	}

	async function issueBackupCodes(
		trxRepo: AuthRepo,
		userId: string
	): Promise< string[] > {
		const codes = newBackupCodes();
		await trxRepo.replaceBackupCodes(
			userId,
			codes.map( ( code ) => ( {
				id: newId(),
				hash: backupCodeHash( code ),
			} ) ),
			now()
		);
		return codes;
	}

	/**
	 * Before the second step is passed, a user may set up a factor only while they have
	 * none: otherwise a password alone could add or replace one.
	 * @param principal
	 */
	async function guardEnrolment( principal: UserPrincipal ): Promise< void > {
		if (
			principal.mfa !== 'verified' &&
			( await factorsOf( principal.userId ) ).methods.length > 0
		) {
			throw new MfaRequiredError();
		}
	}

	/** A valid authenticator code for a step not used before; uses the step up. */
	async function acceptTotpCode(
		userId: string,
		code: string
	): Promise< boolean > {
		const totp = await readTotp( userId );
		const step = totp?.confirmedAt
			? await totpStep( totp.secret, code, clock(), totp.lastUsedStep )
			: null;
		return step !== null && repo.useTotpStep( userId, step );
	}

	/** Checks an authenticator or SMS code (each works once). Backup codes go through their audited path. */
	async function acceptFreshProof(
		userId: string,
		proof: { code: string } | { smsCode: string }
	): Promise< boolean > {
		if ( 'smsCode' in proof ) {
			return (
				Boolean( await repo.findSmsPhone( userId ) ) &&
				( await smsCodes.verify(
					userId,
					'challenge',
					proof.smsCode
				) ) !== null
			);
		}
		return acceptTotpCode( userId, proof.code );
	}

	/** After a factor was added while signed in: a new verified session replaces the old one. */
	async function renewVerifiedSession(
		principal: UserPrincipal,
		context: RequestContext
	): Promise< NewSession > {
		if ( principal.mfa !== 'verified' ) {
			return upgradeSession( principal, context );
		}
		const fresh = await createSession(
			userOf( principal ),
			context,
			'verified'
		);
		await repo.deleteSession( principal.sessionId );
		return fresh;
	}

	/**
	 * Checks a proof of an existing factor under the account's count of wrong codes
	 * (factor-attempts.ts): refused with 429 while the account must wait; a wrong proof that
	 * locks the step e-mails the account; a right one resets the count.
	 * @param principal
	 * @param check     Verifies the proof; true when it is right.
	 */
	async function countedFactorCheck(
		principal: UserPrincipal,
		check: () => Promise< boolean >
	): Promise< boolean > {
		const failuresIfWrong = await factorAttempts.claim( principal.userId );
		if ( ! ( await check() ) ) {
			if ( factorAttempts.locks( failuresIfWrong ) ) {
				unlockLinks.notifySecondStepLocked( userOf( principal ) );
			}
			return false;
		}
		await factorAttempts.succeeded( principal.userId );
		return true;
	}

	/** Uses an unused backup code once, audited whether it was accepted or not. */
	function spendBackupCode(
		principal: UserPrincipal,
		code: string,
		context: RequestContext
	): Promise< boolean > {
		return audit.audited( actorOf( principal, context ), async ( trx ) => {
			const accepted = await deps
				.repoFor( trx )
				.useBackupCode(
					principal.userId,
					backupCodeHash( code ),
					now()
				);
			return {
				result: accepted,
				entry: {
					action: 'mfa.backup_code.use',
					resourceType: 'user',
					resourceId: principal.userId,
					details: { accepted },
				},
			};
		} );
	}

	return {
		readTotp,
		refuseSecondFactor,
		issueBackupCodes,
		guardEnrolment,
		acceptFreshProof,
		renewVerifiedSession,
		countedFactorCheck,
		spendBackupCode,
	};
}
