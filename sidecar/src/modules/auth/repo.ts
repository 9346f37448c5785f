import type { Kysely, Selectable } from 'kysely';
import { camelRow } from '../../db/rows';
import type { Database } from '../../db/schema';
import { createLockoutRepo } from './lockout-repo';
import { createMfaRepo } from './mfa-repo';
import { replaceSingleUseLink, type SingleUseLink } from './single-use-links';

export type { SmsCodeRow } from './mfa-repo';

export interface UserRow {
	id: string;
	email: string;
	name: string;
	passwordHash: string;
	createdAt: string;
	failedLogins: number;
	lockedUntil: string | null;
}

export type MfaState = 'none' | 'pending' | 'verified';

export interface SessionRow {
	id: string;
	userId: string;
	csrfToken: string;
	expiresAt: string;
	mfaState: MfaState;
}

/** The columns of an account handed out (second-factor counters stay in lockout-repo.ts). */
const USER_COLUMNS = [
	'id',
	'email',
	'name',
	'password_hash',
	'created_at',
	'failed_logins',
	'locked_until',
] as const;

function toUserRow(
	row: Pick<
		Selectable< Database[ 'users' ] >,
		( typeof USER_COLUMNS )[ number ]
	>
): UserRow {
	return { ...camelRow( row ), failedLogins: Number( row.failed_logins ) };
}

/**
 * The only code touching users, sessions, setup_tokens, mfa_totp, mfa_sms, mfa_sms_codes,
 * mfa_backup_codes, invitations, password_resets, sign_in_failures and account_unlocks.
 */
export function createAuthRepo( db: Kysely< Database > ) {
	async function findUserBy(
		column: 'id' | 'email',
		value: string
	): Promise< UserRow | undefined > {
		const row = await db
			.selectFrom( 'users' )
			.select( USER_COLUMNS )
			.where( column, '=', value )
			.executeTakeFirst();
		return row && toUserRow( row );
	}

	/** Invitations not yet accepted whose link still works at `now`. */
	const openInvitations = ( now: string ) =>
		db
			.selectFrom( 'invitations' )
			.where( 'accepted_at', 'is', null )
			.where( 'expires_at', '>', now );

	return {
		findUserByEmail( email: string ): Promise< UserRow | undefined > {
			return findUserBy( 'email', email );
		},
		findUserById( id: string ): Promise< UserRow | undefined > {
			return findUserBy( 'id', id );
		},
		async insertUser(
			user: Omit< UserRow, 'failedLogins' | 'lockedUntil' >
		): Promise< void > {
			await db
				.insertInto( 'users' )
				.values( {
					id: user.id,
					email: user.email,
					name: user.name,
					password_hash: user.passwordHash,
					created_at: user.createdAt,
					locked_until: null,
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
					mfa_state: session.mfaState,
				} )
				.execute();
		},
		async findLiveSession( tokenHash: string, now: string ) {
			const row = await db
				.selectFrom( 'sessions' )
				.innerJoin( 'users', 'users.id', 'sessions.user_id' )
				.select( [
					'sessions.id as sessionId',
					'sessions.csrf_token as csrfToken',
					'sessions.mfa_state as mfaState',
					'sessions.mfa_failures as mfaFailures',
					'users.id as userId',
					'users.email',
					'users.name',
				] )
				.where( 'sessions.token_hash', '=', tokenHash )
				.where( 'sessions.expires_at', '>', now )
				.executeTakeFirst();
			return row && { ...row, mfaFailures: Number( row.mfaFailures ) };
		},
		/** Counts a wrong second factor on the session; returns the new count. */
		async countMfaFailure( sessionId: string ): Promise< number > {
			const row = await db
				.updateTable( 'sessions' )
				.set( ( eb ) => ( {
					mfa_failures: eb( 'mfa_failures', '+', 1 ),
				} ) )
				.where( 'id', '=', sessionId )
				.returning( 'mfa_failures' )
				.executeTakeFirst();
			return Number( row?.mfa_failures ?? 0 );
		},
		async deleteSession( sessionId: string ): Promise< void > {
			await db
				.deleteFrom( 'sessions' )
				.where( 'id', '=', sessionId )
				.execute();
		},
		async listSessions( userId: string, now: string ) {
			return db
				.selectFrom( 'sessions' )
				.select( [
					'id',
					'ip',
					'user_agent as userAgent',
					'created_at as createdAt',
					'expires_at as expiresAt',
					'mfa_state as mfaState',
				] )
				.where( 'user_id', '=', userId )
				.where( 'expires_at', '>', now )
				.orderBy( 'created_at', 'desc' )
				.execute();
		},
		/** Deletes one of the user's own sessions; false when it is not theirs or gone. */
		async deleteSessionOfUser(
			userId: string,
			sessionId: string
		): Promise< boolean > {
			const result = await db
				.deleteFrom( 'sessions' )
				.where( 'id', '=', sessionId )
				.where( 'user_id', '=', userId )
				.executeTakeFirst();
			return Number( result.numDeletedRows ) === 1;
		},
		/** Ends every session of the user but one; returns how many ended. */
		async deleteOtherSessions(
			userId: string,
			keepSessionId: string
		): Promise< number > {
			const result = await db
				.deleteFrom( 'sessions' )
				.where( 'user_id', '=', userId )
				.where( 'id', '!=', keepSessionId )
				.executeTakeFirst();
			return Number( result.numDeletedRows );
		},

		// Second factors: TOTP, SMS codes, backup codes (mfa-repo.ts).
		...createMfaRepo( db ),

		/**
		 * Sets a new password and ends the account's sessions, except `keepSessionId` (the
		 * session that changed it, when there is one).
		 */
		async setPassword(
			userId: string,
			passwordHash: string,
			keepSessionId: string | null
		): Promise< void > {
			await db
				.updateTable( 'users' )
				.set( { password_hash: passwordHash } )
				.where( 'id', '=', userId )
				.execute();
			let sessions = db
				.deleteFrom( 'sessions' )
				.where( 'user_id', '=', userId );
			if ( keepSessionId ) {
				sessions = sessions.where( 'id', '!=', keepSessionId );
			}
			await sessions.execute();
		},

		// Lockout: failed passwords, wrong second factors, unlock links (lockout-repo.ts).
		...createLockoutRepo( db ),

		// --- invitations and password resets (tokens stored as SHA-256) ---
		async insertInvitation( invitation: {
			id: string;
			email: string;
			roleId: string;
			tokenHash: string;
			invitedBy: string;
			createdAt: string;
			expiresAt: string;
		} ): Promise< void > {
			await db
				.insertInto( 'invitations' )
				.values( {
					id: invitation.id,
					email: invitation.email,
					role_id: invitation.roleId,
					token_hash: invitation.tokenHash,
					invited_by: invitation.invitedBy,
					created_at: invitation.createdAt,
					expires_at: invitation.expiresAt,
					accepted_at: null,
				} )
				.execute();
		},
		async findLiveInvitation( tokenHash: string, now: string ) {
			return openInvitations( now )
				.select( [
					'id',
					'email',
					'role_id as roleId',
					'expires_at as expiresAt',
				] )
				.where( 'token_hash', '=', tokenHash )
				.executeTakeFirst();
		},
		/** Marks the invitation used; false when someone else used it first (single use). */
		async acceptInvitation( id: string, now: string ): Promise< boolean > {
			const result = await db
				.updateTable( 'invitations' )
				.set( { accepted_at: now } )
				.where( 'id', '=', id )
				.where( 'accepted_at', 'is', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		async listOpenInvitations( now: string ) {
			return openInvitations( now )
				.select( [
					'id',
					'email',
					'role_id as roleId',
					'created_at as createdAt',
					'expires_at as expiresAt',
				] )
				.orderBy( 'created_at', 'desc' )
				.execute();
		},
		/** Stores a new reset token; only the newest link of the account works. */
		replacePasswordReset( reset: SingleUseLink ): Promise< void > {
			return replaceSingleUseLink( db, 'password_resets', reset );
		},
		/** Voids every unused reset token of the account (its password just changed). */
		async voidPasswordResets(
			userId: string,
			now: string
		): Promise< void > {
			await db
				.updateTable( 'password_resets' )
				.set( { used_at: now } )
				.where( 'user_id', '=', userId )
				.where( 'used_at', 'is', null )
				.execute();
		},
		/** Uses a live reset token once; the user id, or undefined when unknown, expired or used. */
		async useReset(
			tokenHash: string,
			now: string
		): Promise< string | undefined > {
			const row = await db
				.updateTable( 'password_resets' )
				.set( { used_at: now } )
				.where( 'token_hash', '=', tokenHash )
				.where( 'used_at', 'is', null )
				.where( 'expires_at', '>', now )
				.returning( 'user_id' )
				.executeTakeFirst();
			return row?.user_id;
		},

		// --- setup link ---
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
