/**
 * The ways into an account besides the first owner: invitations (an e-mailed one-time link
 * that creates the account with a platform role) and password resets (an e-mailed one-time
 * link). Tokens are random, stored as SHA-256, single use, and short-lived.
 */
import { newId, randomToken, sha256Hex } from '../../platform/crypto';
import { ConflictError, UnauthorizedError } from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import {
	createMemoryLimiterFactory,
	type LimiterFactory,
} from '../../platform/rate-limit';
import type { Mailer } from '../../platform/mailer';
import type {
	AuditActor,
	AuditedTransaction,
	AuditService,
} from '../audit/service';
import { hashPassword } from './passwords';
import type { AuthRepo } from './repo';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 60 * 60 * 1000;

export interface AccountsServiceDeps {
	repo: AuthRepo;
	repoFor: ( trx: AuditedTransaction ) => AuthRepo;
	audit: AuditService;
	/** Grants a role inside the caller's transaction (rbac). */
	grantRoleIn: (
		trx: AuditedTransaction,
		userId: string,
		roleId: string
	) => Promise< void >;
	roleExists: ( roleId: string ) => Promise< boolean >;
	mailer: Mailer | null;
	publicUrl: string;
	clock: () => Date;
	logger: Logger;
	/** Reset-request throttles (shared through Redis when configured); default: in memory. */
	limits?: LimiterFactory;
}

export function createAccountsService( deps: AccountsServiceDeps ) {
	const { repo, audit, mailer, publicUrl, clock, logger } = deps;
	const now = () => clock().toISOString();
	const limits = deps.limits ?? createMemoryLimiterFactory();
	const resetsByEmail = limits.create( 'password-reset-email', {
		points: 3,
		durationSeconds: 60 * 60,
	} );
	const resetsByIp = limits.create( 'password-reset-ip', {
		points: 20,
		durationSeconds: 60 * 60,
	} );

	async function send(
		to: string,
		subject: string,
		text: string
	): Promise< boolean > {
		if ( ! mailer ) {
			return false;
		}
		try {
			await mailer.send( { to, subject, text } );
			return true;
		} catch ( error ) {
			// The token stays valid; the inviter can copy the link or retry.
			logger.warn( { err: error }, 'mail could not be sent' );
			return false;
		}
	}

	return {
		/**
		 * Invites a person to a platform role. The link goes out by e-mail; without a mail
		 * server (or when sending fails) it is returned to the inviter to pass on.
		 * @param actor
		 * @param email
		 * @param roleId
		 */
		async invite( actor: AuditActor, email: string, roleId: string ) {
			const normalized = email.toLowerCase();
			if ( ! ( await deps.roleExists( roleId ) ) ) {
				throw new ConflictError( 'No such platform role.' );
			}
			if ( await repo.findUserByEmail( normalized ) ) {
				throw new ConflictError(
					'This person already has an account: grant the role on the staff list instead.'
				);
			}
			const token = randomToken( 'inv_', 24 );
			const created = clock();
			const invitation = {
				id: newId(),
				email: normalized,
				roleId,
				tokenHash: sha256Hex( token ),
				invitedBy: actor.userId ?? '',
				createdAt: created.toISOString(),
				expiresAt: new Date(
					created.getTime() + INVITATION_TTL_MS
				).toISOString(),
			};
			await audit.audited( actor, async ( trx ) => {
				await deps.repoFor( trx ).insertInvitation( invitation );
				return {
					result: undefined,
					entry: {
						action: 'invitation.create',
						resourceType: 'invitation',
						resourceId: invitation.id,
						details: { email: normalized, role: roleId },
					},
				};
			} );
			const link = `${ publicUrl }/owner/accept-invitation?token=${ token }`;
			const emailed = await send(
				normalized,
				'You are invited to OmniOps',
				`You have been invited to the OmniOps dashboard.\n\nCreate your account (the link works once, for 7 days):\n${ link }\n`
			);
			return {
				invitation: {
					id: invitation.id,
					email: normalized,
					roleId,
					expiresAt: invitation.expiresAt,
				},
				emailed,
				...( emailed ? {} : { link } ),
			};
		},

		/**
		 * Creates an account inside the caller's transaction (an accepted organization
		 * invitation: the membership and the audit row commit with it). Conflicts when the
		 * e-mail has an account already.
		 * @param trx
		 * @param input
		 * @param input.email
		 * @param input.name
		 * @param input.password
		 */
		async createAccountIn(
			trx: AuditedTransaction,
			input: { email: string; name: string; password: string }
		) {
			const trxRepo = deps.repoFor( trx );
			const email = input.email.toLowerCase();
			if ( await trxRepo.findUserByEmail( email ) ) {
				throw new ConflictError(
					'This person already has an account. Sign in instead.'
				);
			}
			const user = {
				id: newId(),
				email,
				name: input.name,
				passwordHash: await hashPassword( input.password ),
				createdAt: now(),
			};
			await trxRepo.insertUser( user );
			return { id: user.id, email: user.email, name: user.name };
		},

		listInvitations: () => repo.listOpenInvitations( now() ),

		async describeInvitation( token: string ) {
			const invitation = await repo.findLiveInvitation(
				sha256Hex( token ),
				now()
			);
			if ( ! invitation ) {
				throw new UnauthorizedError(
					'This invitation is not valid any more. Ask for a new one.'
				);
			}
			return { email: invitation.email, roleId: invitation.roleId };
		},

		/**
		 * Creates the invited account with its role, in one transaction with the audit row.
		 * Returns the new user; the caller signs them in (MFA enrolment comes next).
		 * @param input
		 * @param input.token
		 * @param input.name
		 * @param input.password
		 * @param context
		 */
		async acceptInvitation(
			input: { token: string; name: string; password: string },
			context: RequestContext
		) {
			const invitation = await repo.findLiveInvitation(
				sha256Hex( input.token ),
				now()
			);
			if ( ! invitation ) {
				throw new UnauthorizedError(
					'This invitation is not valid any more. Ask for a new one.'
				);
			}
			const user = {
				id: newId(),
				email: invitation.email,
				name: input.name,
				passwordHash: await hashPassword( input.password ),
				createdAt: now(),
			};
			await audit.audited(
				{
					userId: user.id,
					ip: context.ip,
					userAgent: context.userAgent,
				},
				async ( trx ) => {
					const trxRepo = deps.repoFor( trx );
					if (
						! ( await trxRepo.acceptInvitation(
							invitation.id,
							now()
						) )
					) {
						throw new UnauthorizedError(
							'This invitation has just been used.'
						);
					}
					if ( await trxRepo.findUserByEmail( user.email ) ) {
						throw new ConflictError(
							'This person already has an account. Sign in instead.'
						);
					}
					await trxRepo.insertUser( user );
					await deps.grantRoleIn( trx, user.id, invitation.roleId );
					return {
						result: undefined,
						entry: {
							action: 'invitation.accept',
							resourceType: 'invitation',
							resourceId: invitation.id,
							details: { role: invitation.roleId },
						},
					};
				}
			);
			return { id: user.id, email: user.email, name: user.name };
		},

		/**
		 * Sends a reset link if the account exists. The answer never says whether it does.
		 * @param email
		 * @param context
		 */
		async requestPasswordReset(
			email: string,
			context: RequestContext
		): Promise< void > {
			const normalized = email.toLowerCase();
			await resetsByIp.consume( context.ip );
			await resetsByEmail.consume( normalized );
			const user = await repo.findUserByEmail( normalized );
			if ( ! user ) {
				return;
			}
			const token = randomToken( 'pwr_', 24 );
			const created = clock();
			// Only the newest link works: issuing one voids the account's others.
			await repo.replacePasswordReset( {
				tokenHash: sha256Hex( token ),
				userId: user.id,
				createdAt: created.toISOString(),
				expiresAt: new Date(
					created.getTime() + RESET_TTL_MS
				).toISOString(),
			} );
			const sent = await send(
				user.email,
				'Reset your OmniOps password',
				`Someone asked to reset the password of your OmniOps account. If it was you, choose a new password (the link works once, for one hour):\n${ publicUrl }/owner/reset-password?token=${ token }\n\nIf it was not you, ignore this message.\n`
			);
			if ( ! sent ) {
				logger.warn(
					'password reset requested but no mail server is configured (OMNIOPS_SMTP_URL)'
				);
			}
		},

		/**
		 * Sets the new password from a reset link, voids the account's other reset links, signs
		 * the account out everywhere, and lifts its locks (wrong passwords and wrong second
		 * factors: whoever caused them no longer has the password). The second factor stays.
		 * @param token
		 * @param password
		 * @param context
		 */
		async completePasswordReset(
			token: string,
			password: string,
			context: RequestContext
		): Promise< void > {
			const passwordHash = await hashPassword( password );
			await audit.audited(
				{ userId: null, ip: context.ip, userAgent: context.userAgent },
				async ( trx ) => {
					const trxRepo = deps.repoFor( trx );
					const userId = await trxRepo.useReset(
						sha256Hex( token ),
						now()
					);
					if ( ! userId ) {
						throw new UnauthorizedError(
							'This reset link is not valid any more. Ask for a new one.'
						);
					}
					await trxRepo.setPassword( userId, passwordHash, null );
					await trxRepo.voidPasswordResets( userId, now() );
					const user = await trxRepo.findUserById( userId );
					if ( user ) {
						await trxRepo.clearSignInFailures( user.email );
					}
					await trxRepo.clearFactorFailures( userId );
					return {
						result: undefined,
						entry: {
							action: 'auth.password.reset',
							resourceType: 'user',
							resourceId: userId,
						},
					};
				}
			);
		},
	};
}

export type AccountsService = ReturnType< typeof createAccountsService >;
