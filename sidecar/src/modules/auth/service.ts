import {
	newId,
	randomToken,
	safeEqual,
	sha256Hex,
} from '../../platform/crypto';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError,
} from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import { createMemoryLimiterFactory } from '../../platform/rate-limit';
import { createFactorAttempts } from './factor-attempts';
import { createOwnSessions } from './own-sessions';
import { hashPassword, verifyPassword } from './passwords';
import type { MfaState } from './repo';
import { createSecondFactors } from './second-factors';
import {
	actorOf,
	userOf,
	type AuthServiceDeps,
	type MfaStatus,
	type NewSession,
	type PublicUser,
	type UserPrincipal,
} from './service-types';
import { createSignInLockout } from './sign-in-lockout';
import { createSmsCodes, phoneEnding } from './sms-factor';
import { createUnlockLinks } from './unlock-links';

export {
	MFA_ATTEMPTS_PER_SESSION,
	MfaRequiredError,
	type AuthServiceDeps,
	type MfaStatus,
	type NewSession,
	type PublicUser,
	type SecondFactorProof,
} from './service-types';

export const SESSION_COOKIE = 'omniops_session';
const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
const STATE_CHANGING = new Set( [ 'POST', 'PUT', 'PATCH', 'DELETE' ] );

export function createAuthService( deps: AuthServiceDeps ) {
	const { repo, audit, access, clock, sessionTtlHours, mfaIssuer } = deps;
	const now = () => clock().toISOString();
	const smsCodes = createSmsCodes( {
		repo,
		sender: deps.sms,
		clock,
		issuer: mfaIssuer,
	} );
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

	const secondFactors = createSecondFactors( {
		deps,
		now,
		smsCodes,
		factorAttempts,
		unlockLinks,
		factorsOf,
		mfaStatusOf,
		createSession,
		upgradeSession,
	} );

	return {
		...secondFactors,
		...createOwnSessions( { deps, now } ),
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
