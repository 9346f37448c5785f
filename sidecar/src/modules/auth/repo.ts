import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface UserRow {
	id: string;
	email: string;
	name: string;
	passwordHash: string;
	platformRole: string | null;
	createdAt: string;
}

export interface SessionRow {
	id: string;
	userId: string;
	csrfToken: string;
	expiresAt: string;
}

export function createAuthRepo( db: Kysely< Database > ) {
	return {
		async findUserByEmail( email: string ): Promise< UserRow | undefined > {
			const row = await db
				.selectFrom( 'users' )
				.selectAll()
				.where( 'email', '=', email )
				.executeTakeFirst();
			return (
				row && {
					id: row.id,
					email: row.email,
					name: row.name,
					passwordHash: row.password_hash,
					platformRole: row.platform_role,
					createdAt: row.created_at,
				}
			);
		},
		async countPlatformOwners(): Promise< number > {
			const row = await db
				.selectFrom( 'users' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'platform_role', '=', 'owner' )
				.executeTakeFirstOrThrow();
			return Number( row.n );
		},
		async insertUser( user: UserRow ): Promise< void > {
			await db
				.insertInto( 'users' )
				.values( {
					id: user.id,
					email: user.email,
					name: user.name,
					password_hash: user.passwordHash,
					platform_role: user.platformRole,
					created_at: user.createdAt,
				} )
				.execute();
		},
		async insertSession(
			session: SessionRow & {
				tokenHash: string;
				ip: string;
				userAgent: string;
				createdAt: string;
			}
		): Promise< void > {
			await db
				.insertInto( 'sessions' )
				.values( {
					id: session.id,
					token_hash: session.tokenHash,
					user_id: session.userId,
					csrf_token: session.csrfToken,
					ip: session.ip,
					user_agent: session.userAgent.slice( 0, 500 ),
					created_at: session.createdAt,
					expires_at: session.expiresAt,
					last_seen_at: session.createdAt,
				} )
				.execute();
		},
		async findLiveSession( tokenHash: string, now: string ) {
			return db
				.selectFrom( 'sessions' )
				.innerJoin( 'users', 'users.id', 'sessions.user_id' )
				.select( [
					'sessions.id as sessionId',
					'sessions.csrf_token as csrfToken',
					'users.id as userId',
					'users.email',
					'users.name',
					'users.platform_role as platformRole',
				] )
				.where( 'sessions.token_hash', '=', tokenHash )
				.where( 'sessions.expires_at', '>', now )
				.executeTakeFirst();
		},
		async deleteSession( sessionId: string ): Promise< void > {
			await db
				.deleteFrom( 'sessions' )
				.where( 'id', '=', sessionId )
				.execute();
		},
		async replaceSetupToken(
			tokenHash: string,
			createdAt: string,
			expiresAt: string
		): Promise< void > {
			await db.transaction().execute( async ( trx ) => {
				await trx.deleteFrom( 'setup_tokens' ).execute();
				await trx
					.insertInto( 'setup_tokens' )
					.values( {
						token_hash: tokenHash,
						created_at: createdAt,
						expires_at: expiresAt,
					} )
					.execute();
			} );
		},
		/** Deletes the setup token if it is live; true when it was. Single use by construction. */
		async consumeSetupToken(
			tokenHash: string,
			now: string
		): Promise< boolean > {
			const result = await db
				.deleteFrom( 'setup_tokens' )
				.where( 'token_hash', '=', tokenHash )
				.where( 'expires_at', '>', now )
				.executeTakeFirst();
			return Number( result.numDeletedRows ) === 1;
		},
		async hasLiveSetupToken( now: string ): Promise< boolean > {
			const row = await db
				.selectFrom( 'setup_tokens' )
				.select( 'token_hash' )
				.where( 'expires_at', '>', now )
				.executeTakeFirst();
			return Boolean( row );
		},
	};
}

export type AuthRepo = ReturnType< typeof createAuthRepo >;
