/**
 * Types and small helpers of the auth service shared by service.ts and its parts
 * (second-factors.ts, second-factor-checks.ts, own-sessions.ts); split from service.ts
 * (issue 14 item 4). service.ts re-exports the public ones.
 */
import { AppError } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mailer';
import type { PrincipalOf } from '../../platform/principal';
import type { LimiterFactory } from '../../platform/rate-limit';
import type { SecretBox } from '../../platform/secret-box';
import type { SmsSender } from '../../platform/sms';
import type { AuditedTransaction, AuditService } from '../audit/service';
import type { Access } from '../rbac/service';
import type { AuthRepo } from './repo';
import type { MfaStatus } from '../../../../contracts/auth';

/**
 * Wrong second factors on one session before the session is ended (the account-wide count,
 * factor-attempts.ts, is what bounds guessing; this only makes each guess cost a sign-in).
 */
export const MFA_ATTEMPTS_PER_SESSION = 5;

/** Answered by dashboard routes while the session still lacks its second factor. */
export class MfaRequiredError extends AppError {
	constructor() {
		super(
			403,
			'mfa_required',
			'Complete the second sign-in step (authenticator code) first.'
		);
	}
}

export interface PublicUser {
	id: string;
	email: string;
	name: string;
	roles: string[];
	permissions: string[];
}

/** Where an account stands with its second factors: the contract's (contracts/auth.ts, ADR 0032). */
export type { MfaStatus };

export interface NewSession {
	user: PublicUser;
	token: string;
	csrfToken: string;
	maxAgeMs: number;
	mfa: MfaStatus;
}

export interface AuthServiceDeps {
	repo: AuthRepo;
	/** The same repo over a transaction, for writes that commit with their audit row. */
	repoFor: ( trx: AuditedTransaction ) => AuthRepo;
	audit: AuditService;
	access: {
		accessOf: ( userId: string ) => Promise< Access >;
		countOwners: () => Promise< number >;
		grantOwner: ( userId: string ) => Promise< void >;
	};
	clock: () => Date;
	sessionTtlHours: number;
	mfaIssuer: string;
	/** Seals TOTP secrets at rest with the master key (ADR 0005). */
	secrets: SecretBox;
	/** Sends SMS codes; null when no provider is configured (SMS is then not offered). */
	sms: SmsSender | null;
	/** Sends unlock links when an account locks; null: the links are only logged as missing. */
	mailer: Mailer | null;
	/** The dashboard's public URL, for links in e-mails. */
	publicUrl: string;
	logger: Logger;
	/** Sign-in throttles (shared through Redis when configured); default: in memory. */
	limits?: LimiterFactory;
}

/** One proof of a second factor, as the challenge and step-up actions accept it. */
export type SecondFactorProof =
	{ code: string } | { smsCode: string } | { backupCode: string };

export const SEALED = /^v1\./;

export type UserPrincipal = PrincipalOf< 'user' >;

export const userOf = ( principal: UserPrincipal ) => ( {
	id: principal.userId,
	email: principal.email,
	name: principal.name,
} );

export { auditActor as actorOf } from '../audit/service';
