import argon2 from 'argon2';
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
	RateLimitedError,
	UnauthorizedError,
} from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import type { PrincipalOf } from '../../platform/principal';
import { createRateLimiter } from '../../platform/rate-limit';
import type { AuditedTransaction, AuditService } from '../audit/service';
import type { Access } from '../rbac/service';
import {
	backupCodeHash,
	newBackupCodes,
	newTotpSecret,
	totpEnrolment,
	totpStep,
} from './mfa';
import type { AuthRepo, MfaState } from './repo';

export const SESSION_COOKIE = 'omniops_session';
const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
const STATE_CHANGING = new Set( [ 'POST', 'PUT', 'PATCH', 'DELETE' ] );
/** Wrong passwords in a row before the account locks, and for how long. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** Wrong second factors on one session before the session is ended. */
export const MFA_ATTEMPTS_PER_SESSION = 5;
const ARGON2_OPTIONS = {
	type: argon2.argon2id,
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1,
} as const;

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
}

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
	const { repo, audit, access, clock, sessionTtlHours, mfaIssuer } = deps;
	const now = () => clock().toISOString();
	const loginByIp = createRateLimiter( 20, 15 * 60 * 1000, () =>
		clock().getTime()
	);
	const loginByEmail = createRateLimiter( 8, 15 * 60 * 1000, () =>
		clock().getTime()
	);
	// Verified against when the email is unknown, so response time does not reveal accounts.
	const dummyHash = argon2.hash( 'omniops-timing-equaliser', ARGON2_OPTIONS );

	async function mfaStatusOf(
		userId: string,
		state: MfaState,
		roles: readonly string[]
	): Promise< MfaStatus > {
		const totp = await repo.findTotp( userId );
		const enrolled = Boolean( totp?.confirmedAt );
		return {
			state,
			required: roles.length > 0 || enrolled,
			enrolled,
			backupCodesLeft: enrolled
				? await repo.countUnusedBackupCodes( userId )
				: 0,
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
			passwordHash: await argon2.hash( input.password, ARGON2_OPTIONS ),
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
		 * Password sign-in. Throttled per IP and per email (memory), and an account locks for
		 * LOCKOUT_MS after LOCKOUT_THRESHOLD wrong passwords (database, survives restarts).
		 * Locked, throttled, unknown and wrong all look alike apart from 429 vs 401.
		 * @param email
		 * @param password
		 * @param context
		 */
		async login(
			email: string,
			password: string,
			context: RequestContext
		): Promise< NewSession > {
			const normalized = email.toLowerCase();
			loginByIp.hit( context.ip );
			loginByEmail.hit( normalized );
			const user = await repo.findUserByEmail( normalized );
			if ( user?.lockedUntil && user.lockedUntil > now() ) {
				throw new RateLimitedError(
					Math.ceil(
						( Date.parse( user.lockedUntil ) - clock().getTime() ) /
							1000
					)
				);
			}
			const valid = user
				? await argon2.verify( user.passwordHash, password )
				: ( await argon2.verify( await dummyHash, password ), false );
			if ( ! user || ! valid ) {
				if ( user ) {
					await repo.recordFailedLogin(
						user.id,
						LOCKOUT_THRESHOLD,
						new Date( clock().getTime() + LOCKOUT_MS ).toISOString()
					);
				}
				throw new UnauthorizedError( 'Invalid email or password.' );
			}
			loginByEmail.reset( normalized );
			await repo.clearFailedLogins( user.id );
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
			const totp = await repo.findTotp( principal.userId );
			if ( principal.mfa !== 'verified' && totp?.confirmedAt ) {
				throw new MfaRequiredError();
			}
			const secret = newTotpSecret();
			await repo.setPendingSecret( principal.userId, secret );
			return totpEnrolment( secret, mfaIssuer, principal.email );
		},

		/** Confirms enrolment with a first code; returns ten new backup codes and a verified session. */
		async activateTotp(
			principal: UserPrincipal,
			code: string,
			context: RequestContext
		): Promise< { session: NewSession; backupCodes: string[] } > {
			const totp = await repo.findTotp( principal.userId );
			if ( ! totp?.pendingSecret ) {
				throw new ConflictError( 'Start the enrolment first.' );
			}
			if ( principal.mfa !== 'verified' && totp.confirmedAt ) {
				throw new MfaRequiredError();
			}
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
							totp.pendingSecret!,
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
			const session =
				principal.mfa === 'verified'
					? await createSession(
							userOf( principal ),
							context,
							'verified'
						).then( async ( fresh ) => {
							await repo.deleteSession( principal.sessionId );
							return fresh;
						} )
					: await upgradeSession( principal, context );
			return { session, backupCodes };
		},

		/**
		 * The second sign-in step: an authenticator code (each 30-second code works once) or
		 * an unused backup code (recovery; then re-enrol). Replaces the session with a new,
		 * verified one.
		 * @param principal
		 * @param proof
		 * @param proof.code
		 * @param proof.backupCode
		 * @param context
		 */
		async completeChallenge(
			principal: UserPrincipal,
			proof: { code?: string; backupCode?: string },
			context: RequestContext
		): Promise< NewSession > {
			if ( principal.mfa === 'verified' ) {
				throw new ConflictError(
					'This session has already passed the second step.'
				);
			}
			if ( proof.backupCode ) {
				const used = await audit.audited(
					actorOf( principal, context ),
					async ( trx ) => {
						const accepted = await deps
							.repoFor( trx )
							.useBackupCode(
								principal.userId,
								backupCodeHash( proof.backupCode! ),
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
					}
				);
				if ( ! used ) {
					return refuseSecondFactor( principal );
				}
				return upgradeSession( principal, context );
			}
			const totp = await repo.findTotp( principal.userId );
			const step = totp?.confirmedAt
				? await totpStep(
						totp.secret,
						proof.code ?? '',
						clock(),
						totp.lastUsedStep
					)
				: null;
			if (
				step === null ||
				! ( await repo.useTotpStep( principal.userId, step ) )
			) {
				return refuseSecondFactor( principal );
			}
			return upgradeSession( principal, context );
		},

		/** New backup codes (the old ones stop working); needs a verified session and a current code. */
		async regenerateBackupCodes(
			principal: UserPrincipal,
			code: string,
			context: RequestContext
		): Promise< string[] > {
			if ( principal.mfa !== 'verified' ) {
				throw new MfaRequiredError();
			}
			const totp = await repo.findTotp( principal.userId );
			const step = totp?.confirmedAt
				? await totpStep(
						totp.secret,
						code,
						clock(),
						totp.lastUsedStep
					)
				: null;
			if (
				step === null ||
				! ( await repo.useTotpStep( principal.userId, step ) )
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

		async revokeOtherSessions( principal: UserPrincipal ): Promise< void > {
			await repo.deleteOtherSessions(
				principal.userId,
				principal.sessionId
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
