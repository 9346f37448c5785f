import argon2 from 'argon2';
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
} from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import type { Principal, PrincipalOf } from '../../platform/principal';
import { createRateLimiter } from '../../platform/rate-limit';
import type { AuthRepo } from './repo';

export const SESSION_COOKIE = 'omniops_session';
const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
const STATE_CHANGING = new Set( [ 'POST', 'PUT', 'PATCH', 'DELETE' ] );
const ARGON2_OPTIONS = {
	type: argon2.argon2id,
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1,
} as const;

export interface PublicUser {
	id: string;
	email: string;
	name: string;
	platformRole: string | null;
}

export interface NewSession {
	user: PublicUser;
	token: string;
	csrfToken: string;
	maxAgeMs: number;
}

export interface AuthServiceDeps {
	repo: AuthRepo;
	clock: () => Date;
	sessionTtlHours: number;
}

export function createAuthService( {
	repo,
	clock,
	sessionTtlHours,
}: AuthServiceDeps ) {
	const now = () => clock().toISOString();
	const loginByIp = createRateLimiter( 20, 15 * 60 * 1000, () =>
		clock().getTime()
	);
	const loginByEmail = createRateLimiter( 8, 15 * 60 * 1000, () =>
		clock().getTime()
	);
	// Verified against when the email is unknown, so response time does not reveal accounts.
	const dummyHash = argon2.hash( 'omniops-timing-equaliser', ARGON2_OPTIONS );

	async function createSession(
		user: PublicUser,
		context: RequestContext
	): Promise< NewSession > {
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
		} );
		return { user, token, csrfToken, maxAgeMs };
	}

	async function createUser( input: {
		email: string;
		name: string;
		password: string;
		platformRole: string | null;
	} ): Promise< PublicUser > {
		const user = {
			id: newId(),
			email: input.email.toLowerCase(),
			name: input.name,
			passwordHash: await argon2.hash( input.password, ARGON2_OPTIONS ),
			platformRole: input.platformRole,
			createdAt: now(),
		};
		await repo.insertUser( user );
		return {
			id: user.id,
			email: user.email,
			name: user.name,
			platformRole: user.platformRole,
		};
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
			if ( ( await repo.countPlatformOwners() ) > 0 ) {
				return null;
			}
			if ( firstOwner ) {
				await createUser( { ...firstOwner, platformRole: 'owner' } );
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
			return ( await repo.countPlatformOwners() ) === 0;
		},

		/** Creates the first platform owner from the setup link's token, and signs them in. */
		async setup(
			input: {
				token: string;
				email: string;
				name: string;
				password: string;
			},
			context: RequestContext
		): Promise< NewSession > {
			if ( ( await repo.countPlatformOwners() ) > 0 ) {
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
			const user = await createUser( {
				...input,
				platformRole: 'owner',
			} );
			return createSession( user, context );
		},

		async login(
			email: string,
			password: string,
			context: RequestContext
		): Promise< NewSession > {
			const normalized = email.toLowerCase();
			loginByIp.hit( context.ip );
			loginByEmail.hit( normalized );
			const user = await repo.findUserByEmail( normalized );
			const valid = user
				? await argon2.verify( user.passwordHash, password )
				: ( await argon2.verify( await dummyHash, password ), false );
			if ( ! user || ! valid ) {
				throw new UnauthorizedError( 'Invalid email or password.' );
			}
			loginByEmail.reset( normalized );
			return createSession(
				{
					id: user.id,
					email: user.email,
					name: user.name,
					platformRole: user.platformRole,
				},
				context
			);
		},

		logout: ( sessionId: string ) => repo.deleteSession( sessionId ),

		/**
		 * The session principal of a request, with the CSRF check for state-changing methods.
		 * @param context
		 * @param method
		 */
		async authenticate(
			context: RequestContext,
			method: string
		): Promise< PrincipalOf< 'user' > > {
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
			return {
				kind: 'user',
				userId: session.userId,
				email: session.email,
				name: session.name,
				platformRole: session.platformRole,
				sessionId: session.sessionId,
				csrfToken: session.csrfToken,
			};
		},

		/**
		 * Permission check. Until the access layer's roles tables exist, the platform owner holds
		 * every `platform.*` permission and nobody else holds any.
		 * @param principal
		 * @param permission
		 */
		can( principal: Principal, permission: string ): boolean {
			return (
				principal.kind === 'user' &&
				principal.platformRole === 'owner' &&
				permission.startsWith( 'platform.' )
			);
		},
	};
}

export type AuthService = ReturnType< typeof createAuthService >;
