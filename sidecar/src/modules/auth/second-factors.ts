/**
 * The auth service's second factors: TOTP and SMS enrolment, removing a factor, sealing
 * stored TOTP secrets, the second sign-in step and new backup codes. Part of the auth
 * service (`createAuthService` spreads it in); split from service.ts along that seam
 * (issue 14 item 4).
 */
import {
	ConflictError,
	NotFoundError,
	UnauthorizedError,
} from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import { newTotpSecret, totpEnrolment, totpStep } from './mfa';
import { phoneEnding } from './sms-factor';
import { createSecondFactorChecks } from './second-factor-checks';
import type { SecondFactorCore } from './second-factor-core';
import {
	actorOf,
	MfaRequiredError,
	SEALED,
	type MfaStatus,
	type NewSession,
	type SecondFactorProof,
	type UserPrincipal,
} from './service-types';

export function createSecondFactors( core: SecondFactorCore ) {
	const { deps, now, smsCodes, factorsOf, mfaStatusOf, upgradeSession } =
		core;
	const { repo, audit, clock, mfaIssuer, secrets } = deps;
	const checks = createSecondFactorChecks( core );

	return {
		/**
		 * Starts (re-)enrolment: a new secret to scan. Before the second factor is given, only a
		 * user without a confirmed authenticator may enrol; otherwise a stolen password could
		 * replace the authenticator.
		 * @param principal
		 */
		async startTotpEnrolment( principal: UserPrincipal ) {
			await checks.guardEnrolment( principal );
			const secret = newTotpSecret();
			await repo.setPendingSecret(
				principal.userId,
				secrets.seal( secret )
			);
			return totpEnrolment( secret, mfaIssuer, principal.email );
		},

		/** Confirms enrolment with a first code; returns ten new backup codes and a verified session. */
		async activateTotp(
			principal: UserPrincipal,
			code: string,
			context: RequestContext
		): Promise< { session: NewSession; backupCodes: string[] } > {
			const totp = await checks.readTotp( principal.userId );
			if ( ! totp?.pendingSecret ) {
				throw new ConflictError( 'Start the enrolment first.' );
			}
			await checks.guardEnrolment( principal );
			// A new secret has no used steps yet; its first code becomes its last used step.
			const step = await totpStep( totp.pendingSecret, code, clock(), 0 );
			if ( step === null ) {
				return checks.refuseSecondFactor( principal );
			}
			const backupCodes = await audit.audited(
				actorOf( principal, context ),
				async ( trx ) => {
					const trxRepo = deps.repoFor( trx );
					if (
						! ( await trxRepo.confirmPendingSecret(
							principal.userId,
							totp.sealedPending!,
							step,
							now()
						) )
					) {
						throw new ConflictError(
							'The enrolment changed; start again.'
						);
					}
					return {
						result: await checks.issueBackupCodes(
							trxRepo,
							principal.userId
						),
						entry: {
							action: 'mfa.totp.enrol',
							resourceType: 'user',
							resourceId: principal.userId,
						},
					};
				}
			);
			return {
				session: await checks.renewVerifiedSession(
					principal,
					context
				),
				backupCodes,
			};
		},

		/**
		 * Starts SMS enrolment: texts a code to the new number. The number becomes a factor
		 * only once that code comes back (activateSms).
		 * @param principal
		 * @param phone     E.164, validated by the route.
		 */
		async startSmsEnrolment( principal: UserPrincipal, phone: string ) {
			await checks.guardEnrolment( principal );
			const sent = await smsCodes.send(
				principal.userId,
				'enrol',
				phone
			);
			return { phoneEnding: phoneEnding( phone ), ...sent };
		},

		/**
		 * Confirms the number with the texted code. The first factor of an account also
		 * brings ten backup codes; the session is replaced by a verified one.
		 * @param principal
		 * @param code
		 * @param context
		 */
		async activateSms(
			principal: UserPrincipal,
			code: string,
			context: RequestContext
		): Promise< { session: NewSession; backupCodes?: string[] } > {
			await checks.guardEnrolment( principal );
			const proven = await smsCodes.verify(
				principal.userId,
				'enrol',
				code
			);
			if ( ! proven ) {
				return checks.refuseSecondFactor( principal );
			}
			const firstFactor =
				( await factorsOf( principal.userId ) ).methods.length === 0;
			const backupCodes = await audit.audited(
				actorOf( principal, context ),
				async ( trx ) => {
					const trxRepo = deps.repoFor( trx );
					await trxRepo.saveSmsPhone(
						principal.userId,
						proven.phone,
						now()
					);
					return {
						result: firstFactor
							? await checks.issueBackupCodes(
									trxRepo,
									principal.userId
								)
							: undefined,
						entry: {
							action: 'mfa.sms.enrol',
							resourceType: 'user',
							resourceId: principal.userId,
							details: {
								phoneEnding: phoneEnding( proven.phone ),
							},
						},
					};
				}
			);
			return {
				session: await checks.renewVerifiedSession(
					principal,
					context
				),
				backupCodes,
			};
		},

		/** Texts a sign-in (or step-up) code to the confirmed number. */
		async sendSmsChallenge( principal: UserPrincipal ) {
			const sms = await repo.findSmsPhone( principal.userId );
			if ( ! sms ) {
				throw new ConflictError( 'No phone number is set up.' );
			}
			const sent = await smsCodes.send(
				principal.userId,
				'challenge',
				sms.phone
			);
			return { phoneEnding: phoneEnding( sms.phone ), ...sent };
		},

		/**
		 * Removes one factor (verified sessions only). Platform staff must keep at least one;
		 * removing the last factor of anyone else also drops their backup codes.
		 * @param principal
		 * @param method
		 * @param context
		 */
		async removeFactor(
			principal: UserPrincipal,
			method: 'totp' | 'sms',
			context: RequestContext
		): Promise< MfaStatus > {
			if ( principal.mfa !== 'verified' ) {
				throw new MfaRequiredError();
			}
			const { methods } = await factorsOf( principal.userId );
			if ( ! methods.includes( method ) ) {
				throw new NotFoundError(
					method === 'sms'
						? 'No phone number is set up.'
						: 'No authenticator is set up.'
				);
			}
			const remaining = methods.filter( ( entry ) => entry !== method );
			if ( remaining.length === 0 && principal.roles.length > 0 ) {
				throw new ConflictError(
					'Platform staff must keep a second factor. Add another one first.'
				);
			}
			await audit.audited(
				actorOf( principal, context ),
				async ( trx ) => {
					const trxRepo = deps.repoFor( trx );
					await ( method === 'sms'
						? trxRepo.deleteSmsPhone( principal.userId )
						: trxRepo.deleteTotp( principal.userId ) );
					if ( remaining.length === 0 ) {
						await trxRepo.deleteBackupCodes( principal.userId );
					}
					return {
						result: undefined,
						entry: {
							action: `mfa.${ method }.remove`,
							resourceType: 'user',
							resourceId: principal.userId,
						},
					};
				}
			);
			return mfaStatusOf(
				principal.userId,
				principal.mfa,
				principal.roles
			);
		},

		/**
		 * Seals TOTP secrets still stored as plaintext (written before ADR 0005 covered them).
		 * Runs at start; idempotent, and a row changed meanwhile is left for the next run.
		 */
		async sealStoredTotpSecrets(): Promise< number > {
			let sealed = 0;
			for ( const row of await repo.listTotpSecrets() ) {
				const seal = ( value: string | null ) =>
					value && ! SEALED.test( value )
						? secrets.seal( value )
						: value;
				const after = {
					secret: seal( row.secret ) ?? '',
					pendingSecret: seal( row.pendingSecret ),
				};
				if (
					( after.secret !== row.secret ||
						after.pendingSecret !== row.pendingSecret ) &&
					( await repo.replaceTotpSecrets( row.userId, row, after ) )
				) {
					sealed += 1;
				}
			}
			return sealed;
		},

		/**
		 * The second sign-in step: an authenticator code (each 30-second code works once), an
		 * SMS code, or an unused backup code (recovery; then re-enrol). Wrong codes count per
		 * account with growing waits and a lock (factor-attempts.ts). Replaces the session with
		 * a new, verified one.
		 * @param principal
		 * @param proof
		 * @param context
		 */
		async completeChallenge(
			principal: UserPrincipal,
			proof: SecondFactorProof,
			context: RequestContext
		): Promise< NewSession > {
			if ( principal.mfa === 'verified' ) {
				throw new ConflictError(
					'This session has already passed the second step.'
				);
			}
			const accepted = await checks.countedFactorCheck( principal, () =>
				'backupCode' in proof
					? checks.spendBackupCode(
							principal,
							proof.backupCode,
							context
						)
					: checks.acceptFreshProof( principal.userId, proof )
			);
			if ( ! accepted ) {
				return checks.refuseSecondFactor( principal );
			}
			return upgradeSession( principal, context );
		},

		/** New backup codes (the old ones stop working); needs a verified session and a current authenticator or SMS code. */
		async regenerateBackupCodes(
			principal: UserPrincipal,
			proof: { code: string } | { smsCode: string },
			context: RequestContext
		): Promise< string[] > {
			if ( principal.mfa !== 'verified' ) {
				throw new MfaRequiredError();
			}
			if (
				! ( await checks.countedFactorCheck( principal, () =>
					checks.acceptFreshProof( principal.userId, proof )
				) )
			) {
				throw new UnauthorizedError(
					'That code is not valid.',
					'mfa_invalid'
				);
			}
			return audit.audited(
				actorOf( principal, context ),
				async ( trx ) => ( {
					result: await checks.issueBackupCodes(
						deps.repoFor( trx ),
						principal.userId
					),
					entry: {
						action: 'mfa.backup_codes.regenerate',
						resourceType: 'user',
						resourceId: principal.userId,
					},
				} )
			);
		},
	};
}
