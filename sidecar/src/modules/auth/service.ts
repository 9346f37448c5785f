import {
	newId,
	randomToken,
	safeEqual,
	sha256Hex,
} from '../../platform/crypto';
import {
	AppError,
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError,
} from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mailer';
import type { PrincipalOf } from '../../platform/principal';
import {
	createMemoryLimiterFactory,
	type LimiterFactory,
} from '../../platform/rate-limit';
import type { SecretBox } from '../../platform/secret-box';
import type { SmsSender } from '../../platform/sms';
import type { AuditedTransaction, AuditService } from '../audit/service';
import type { Access } from '../rbac/service';
import {
	backupCodeHash,
	newBackupCodes,
	newTotpSecret,
	totpEnrolment,
	totpStep,
} from './mfa';
import { createFactorAttempts } from './factor-attempts';
import { hashPassword, verifyPassword } from './passwords';
import type { AuthRepo, MfaState } from './repo';
import { createSignInLockout } from './sign-in-lockout';
import { createSmsCodes, phoneEnding } from './sms-factor';
import { createUnlockLinks } from './unlock-links';

export const SESSION_COOKIE = 'omniops_session';
const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
const STATE_CHANGING = new Set( [ 'POST', 'PUT', 'PATCH', 'DELETE' ] );
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

export interface MfaStatus {
	state: MfaState;
	/** A second factor is required for this user (platform roles, or enrolled by choice). */
	required: boolean;
	enrolled: boolean;
	backupCodesLeft: number;
	methods: Array< 'totp' | 'sms' >;
	smsPhoneEnding: string | null;
	smsAvailable: boolean;
}

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

const SEALED = /^v1\./;

type UserPrincipal = PrincipalOf< 'user' >;

const userOf = ( principal: UserPrincipal ) => ( {
	id: principal.userId,
	email: principal.email,
	name: principal.name,
} );

const actorOf = ( principal: UserPrincipal, context: RequestContext ) => ( {
	userId: principal.userId,
	ip: context.ip,
	userAgent: context.userAgent,
} );

export function createAuthService( deps: AuthServiceDeps ) {
	const { repo, audit, access, clock, sessionTtlHours, mfaIssuer, secrets } =
		deps;
	const now = () => clock().toISOString();
	const smsCodes = createSmsCodes( {
		repo,
		sender: deps.sms,
		clock,
		issuer: mfaIssuer,
	} );
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

	async function factorsOf( userId: string ) {
		const totp = await repo.findTotp( userId );
		const sms = await repo.findSmsPhone( userId );
		const methods: Array< 'totp' | 'sms' > = [];
		if ( totp?.confirmedAt ) {
			methods.push( 'totp' );
		}
		if ( sms ) {
			methods.push( 'sms' );
		}
		return { methods, smsPhone: sms?.phone ?? null };
	}
	// Failed sign-ins per IP (credential stuffing); successful ones do not count, so
	// many people signing in from one office address are never locked out.
	const limits = deps.limits ?? createMemoryLimiterFactory();
	const failedLoginsByIp = limits.create( 'login-failed-ip', {
		points: 20,
		durationSeconds: 15 * 60,
	} );
	// Wrong passwords per account (+ address), in the database: sign-in-lockout.ts, ADR 0020.
	const lockout = createSignInLockout( { repo, clock } );
	const factorAttempts = createFactorAttempts( { repo, clock } );
	const unlockLinks = createUnlockLinks( {
		repo,
		mailer: deps.mailer,
		publicUrl: deps.publicUrl,
		clock,
		logger: deps.logger,
	} );
	// Verified against when the email is unknown, so response time does not reveal accounts.
	const dummyHash = hashPassword( 'omniops-timing-equaliser' );

	async function mfaStatusOf(
		userId: string,
		state: MfaState,
		roles: readonly string[]
	): Promise< MfaStatus > {
		const { methods, smsPhone } = await factorsOf( userId );
		const enrolled = methods.length > 0;
		return {
			state,
			required: roles.length > 0 || enrolled,
			enrolled,
			backupCodesLeft: enrolled
				? await repo.countUnusedBackupCodes( userId )
				: 0,
			methods,
			smsPhoneEnding: smsPhone && phoneEnding( smsPhone ),
			smsAvailable: smsCodes.available,
		};
	}

	async function publicUser( user: {
		id: string;
		email: string;
		name: string;
	} ): Promise< PublicUser > {
		const { roles, permissions } = await access.accessOf( user.id );
		return {
			id: user.id,
			email: user.email,
			name: user.name,
			roles,
			permissions,
		};
	}

	/**
	 * A new session with fresh token and CSRF token. Every sign-in step makes a new one (and
	 * MFA completion replaces the password-only session), so a token planted before sign-in
	 * never becomes an authenticated one (session fixation).
	 * @param user       The account signing in.
	 * @param user.id    Its id.
	 * @param user.email Its email.
	 * @param user.name  Its name.
	 * @param context
	 * @param mfaState
	 */
	async function createSession(
		user: { id: string; email: string; name: string },
		context: RequestContext,
		mfaState?: MfaState
	): Promise< NewSession > {
		const publicView = await publicUser( user );
		const state =
			mfaState ??
			( ( await mfaStatusOf( user.id, 'none', publicView.roles ) )
				.required
				? 'pending'
				: 'none' );
		const token = randomToken( 'ses_', 32 );
		const csrfToken = randomToken( '', 24 );
		const maxAgeMs = sessionTtlHours * 60 * 60 * 1000;
		const createdAt = clock();
		await repo.insertSession( {
			id: newId(),
			tokenHash: sha256Hex( token ),
			userId: user.id,
			csrfToken,
			ip: context.ip,
			userAgent: context.userAgent,
			createdAt: createdAt.toISOString(),
			expiresAt: new Date( createdAt.getTime() + maxAgeMs ).toISOString(),
			mfaState: state,
		} );
		return {
			user: publicView,
			token,
			csrfToken,
			maxAgeMs,
			mfa: await mfaStatusOf( user.id, state, publicView.roles ),
		};
	}

	async function upgradeSession(
		principal: UserPrincipal,
		context: RequestContext
	): Promise< NewSession > {
		await repo.deleteSession( principal.sessionId );
		return createSession( userOf( principal ), context, 'verified' );
	}

	async function createUser( input: {
		email: string;
		name: string;
		password: string;
	} ) {
		const user = {
			id: newId(),
			email: input.email.toLowerCase(),
			name: input.name,
			passwordHash: await hashPassword( input.password ),
			createdAt: now(),
		};
		await repo.insertUser( user );
		return user;
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
		/**
		 * Makes sure a platform owner can exist: from the environment if given, else through a
		 * one-time setup link. Returns the setup token to print, or null when an owner exists.
		 * @param firstOwner
		 */
		async ensureFirstOwner(
			firstOwner: { email: string; password: string; name: string } | null
		): Promise< string | null > {
			if ( ( await access.countOwners() ) > 0 ) {
				return null;
			}
			if ( firstOwner ) {
				const existing = await repo.findUserByEmail( firstOwner.email );
				const user = existing ?? ( await createUser( firstOwner ) );
				await access.grantOwner( user.id );
				return null;
			}
			const token = randomToken( 'setup_', 24 );
			const createdAt = clock();
			await repo.replaceSetupToken(
				sha256Hex( token ),
				createdAt.toISOString(),
				new Date(
					createdAt.getTime() + SETUP_TOKEN_TTL_MS
				).toISOString()
			);
			return token;
		},

		async needsSetup(): Promise< boolean > {
			return ( await access.countOwners() ) === 0;
		},

		/** Creates the first platform owner from the setup link's token; their session then needs MFA enrolment. */
		async setup(
			input: {
				token: string;
				email: string;
				name: string;
				password: string;
			},
			context: RequestContext
		): Promise< NewSession > {
			if ( ( await access.countOwners() ) > 0 ) {
				throw new ConflictError(
					'The platform owner already exists. Sign in instead.'
				);
			}
			if (
				! ( await repo.consumeSetupToken(
					sha256Hex( input.token ),
					now()
				) )
			) {
				throw new UnauthorizedError(
					'This setup link is not valid any more. Restart the sidecar to print a new one.'
				);
			}
			const user = await createUser( input );
			await access.grantOwner( user.id );
			return createSession( user, context );
		},

		/**
		 * Password sign-in (ADR 0020). Wrong passwords lock the e-mail for the client's address
		 * (5 per 15 minutes) and, as a backstop, for every address (30 per hour; the account is
		 * e-mailed an unlock link once). Unknown e-mails are counted and answered exactly like
		 * accounts, and a lock answers 429 even to the right password. A live unlock link of
		 * the account skips both locks; with the right password it is used up and unlocks the
		 * second step too.
		 * @param email
		 * @param password
		 * @param context
		 * @param unlockToken The token of an e-mailed unlock link, when signing in through one.
		 */
		async login(
			email: string,
			password: string,
			context: RequestContext,
			unlockToken?: string
		): Promise< NewSession > {
			const normalized = email.toLowerCase();
			await failedLoginsByIp.check( context.ip );
			const user = await repo.findUserByEmail( normalized );
			const unlocking = Boolean(
				user &&
				unlockToken &&
				( await unlockLinks.isLive( user.id, unlockToken ) )
			);
			if ( ! unlocking ) {
				await lockout.assertOpen( normalized, context.ip );
			}
			const valid = user
				? await verifyPassword( user.passwordHash, password )
				: ( await verifyPassword( await dummyHash, password ), false );
			if ( ! user || ! valid ) {
				const { accountLockedNow } = await lockout.recordFailure(
					normalized,
					context.ip
				);
				if ( user && accountLockedNow ) {
					unlockLinks.notifySignInPaused( user );
				}
				if ( unlocking ) {
					await unlockLinks.wrongPassword( unlockToken! );
				}
				await failedLoginsByIp.consume( context.ip );
				throw new UnauthorizedError( 'Invalid email or password.' );
			}
			// The link lets its owner in once; the backstop keeps holding against the attack
			// (it ends with its window). The second step is unlocked: that is the owner's next step.
			if ( unlocking && ( await unlockLinks.use( unlockToken! ) ) ) {
				await factorAttempts.clear( user.id );
			} else if ( unlocking ) {
				// The link was used by a concurrent request: this one gets no pass.
				await lockout.assertOpen( normalized, context.ip );
			}
			await lockout.recordSuccess( normalized, context.ip );
			return createSession( user, context );
		},

		logout: ( sessionId: string ) => repo.deleteSession( sessionId ),

		/**
		 * The session principal of a request, with the CSRF check for state-changing methods.
		 * Roles and permissions are read fresh, so grants and revokes apply at once.
		 * @param context
		 * @param method
		 */
		async authenticate(
			context: RequestContext,
			method: string
		): Promise< UserPrincipal > {
			const token = context.cookies[ SESSION_COOKIE ];
			const session = token
				? await repo.findLiveSession( sha256Hex( token ), now() )
				: undefined;
			if ( ! session ) {
				throw new UnauthorizedError( 'Sign in to continue.' );
			}
			if (
				STATE_CHANGING.has( method.toUpperCase() ) &&
				! safeEqual(
					context.headers[ 'x-csrf-token' ] ?? '',
					session.csrfToken
				)
			) {
				throw new ForbiddenError(
					'Missing or invalid CSRF token. Reload the page and try again.'
				);
			}
			const { roles, permissions } = await access.accessOf(
				session.userId
			);
			// A role granted during a password-only session still needs the second factor.
			const mfa =
				session.mfaState === 'none' && roles.length > 0
					? 'pending'
					: session.mfaState;
			return {
				kind: 'user',
				userId: session.userId,
				email: session.email,
				name: session.name,
				sessionId: session.sessionId,
				csrfToken: session.csrfToken,
				roles,
				permissions,
				mfa,
			};
		},

		async me( principal: UserPrincipal ) {
			return {
				user: {
					id: principal.userId,
					email: principal.email,
					name: principal.name,
					roles: [ ...principal.roles ],
					permissions: [ ...principal.permissions ],
				},
				csrfToken: principal.csrfToken,
				mfa: await mfaStatusOf(
					principal.userId,
					principal.mfa,
					principal.roles
				),
			};
		},

		/**
		 * Starts (re-)enrolment: a new secret to scan. Before the second factor is given, only a
		 * user without a confirmed authenticator may enrol; otherwise a stolen password could
		 * replace the authenticator.
		 * @param principal
		 */
		async startTotpEnrolment( principal: UserPrincipal ) {
			await guardEnrolment( principal );
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
			const totp = await readTotp( principal.userId );
			if ( ! totp?.pendingSecret ) {
				throw new ConflictError( 'Start the enrolment first.' );
			}
			await guardEnrolment( principal );
			// A new secret has no used steps yet; its first code becomes its last used step.
			const step = await totpStep( totp.pendingSecret, code, clock(), 0 );
			if ( step === null ) {
				return refuseSecondFactor( principal );
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
						result: await issueBackupCodes(
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
				session: await renewVerifiedSession( principal, context ),
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
			await guardEnrolment( principal );
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
			await guardEnrolment( principal );
			const proven = await smsCodes.verify(
				principal.userId,
				'enrol',
				code
			);
			if ( ! proven ) {
				return refuseSecondFactor( principal );
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
							? await issueBackupCodes(
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
				session: await renewVerifiedSession( principal, context ),
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
			const accepted = await countedFactorCheck( principal, () =>
				'backupCode' in proof
					? spendBackupCode( principal, proof.backupCode, context )
					: acceptFreshProof( principal.userId, proof )
			);
			if ( ! accepted ) {
				return refuseSecondFactor( principal );
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
				! ( await countedFactorCheck( principal, () =>
					acceptFreshProof( principal.userId, proof )
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
					result: await issueBackupCodes(
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

		/**
		 * Changes the signed-in user's password; they prove the current one. Every other
		 * session of the account ends (this one stays) and outstanding reset links die. A
		 * wrong current password counts like a wrong sign-in from this address.
		 * @param principal
		 * @param input
		 * @param input.currentPassword
		 * @param input.newPassword
		 * @param context
		 */
		async changePassword(
			principal: UserPrincipal,
			input: { currentPassword: string; newPassword: string },
			context: RequestContext
		): Promise< void > {
			const user = await repo.findUserById( principal.userId );
			await lockout.assertOpen( principal.email, context.ip );
			if (
				! user ||
				! ( await verifyPassword(
					user.passwordHash,
					input.currentPassword
				) )
			) {
				await lockout.recordFailure( principal.email, context.ip );
				const message = 'The current password is not right.';
				throw new ValidationError( message, {
					body: {
						formErrors: [],
						fieldErrors: { currentPassword: [ message ] },
					},
				} );
			}
			const passwordHash = await hashPassword( input.newPassword );
			await audit.audited(
				actorOf( principal, context ),
				async ( trx ) => {
					const trxRepo = deps.repoFor( trx );
					await trxRepo.setPassword(
						principal.userId,
						passwordHash,
						principal.sessionId
					);
					await trxRepo.voidPasswordResets( principal.userId, now() );
					return {
						result: undefined,
						entry: {
							action: 'auth.password.change',
							resourceType: 'user',
							resourceId: principal.userId,
						},
					};
				}
			);
		},

		async listSessions( principal: UserPrincipal ) {
			const sessions = await repo.listSessions( principal.userId, now() );
			return sessions.map( ( session ) => ( {
				...session,
				current: session.id === principal.sessionId,
			} ) );
		},

		async revokeSession(
			principal: UserPrincipal,
			sessionId: string
		): Promise< void > {
			if (
				! ( await repo.deleteSessionOfUser(
					principal.userId,
					sessionId
				) )
			) {
				throw new NotFoundError( 'No such session.' );
			}
		},

		/**
		 * Signs out every other session of the user ("I left myself signed in somewhere").
		 * Platform staff's use is written to the audit log in the same transaction.
		 * @param principal
		 * @param context
		 */
		async revokeOtherSessions(
			principal: UserPrincipal,
			context: RequestContext
		): Promise< number > {
			if ( principal.roles.length === 0 ) {
				return repo.deleteOtherSessions(
					principal.userId,
					principal.sessionId
				);
			}
			return audit.audited(
				actorOf( principal, context ),
				async ( trx ) => {
					const ended = await deps
						.repoFor( trx )
						.deleteOtherSessions(
							principal.userId,
							principal.sessionId
						);
					return {
						result: ended,
						entry: {
							action: 'auth.sessions.revoke_others',
							resourceType: 'user',
							resourceId: principal.userId,
							details: { ended },
						},
					};
				}
			);
		},

		/** A new session for an account just created (accepted invitation); MFA enrolment comes next. */
		startSession: (
			user: { id: string; email: string; name: string },
			context: RequestContext
		) => createSession( user, context ),

		async findUserByEmail( email: string ) {
			const user = await repo.findUserByEmail( email.toLowerCase() );
			return user && { id: user.id, email: user.email, name: user.name };
		},
	};
}

export type AuthService = ReturnType< typeof createAuthService >;
