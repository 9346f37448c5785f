import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/schema';

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

function toUserRow( row: Selectable< Database[ 'users' ] > ): UserRow {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		passwordHash: row.password_hash,
		createdAt: row.created_at,
		failedLogins: Number( row.failed_logins ),
		lockedUntil: row.locked_until,
	};
}

export interface SmsCodeRow {
	id: string;
	userId: string;
	purpose: 'enrol' | 'challenge';
	phone: string;
	codeHash: string;
	createdAt: string;
	expiresAt: string;
}

/**
 * The only code touching users, sessions, setup_tokens, mfa_totp, mfa_sms, mfa_sms_codes,
 * mfa_backup_codes, invitations, password_resets, sign_in_failures and account_unlocks.
 */
export function createAuthRepo( db: Kysely< Database > ) {
	return {
		async findUserByEmail( email: string ): Promise< UserRow | undefined > {
			const row = await db
				.selectFrom( 'users' )
				.selectAll()
				.where( 'email', '=', email )
				.executeTakeFirst();
			return row && toUserRow( row );
		},
		async findUserById( id: string ): Promise< UserRow | undefined > {
			const row = await db
				.selectFrom( 'users' )
				.selectAll()
				.where( 'id', '=', id )
				.executeTakeFirst();
			return row && toUserRow( row );
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

		// --- second factors ---
		async findTotp( userId: string ) {
			const row = await db
				.selectFrom( 'mfa_totp' )
				.selectAll()
				.where( 'user_id', '=', userId )
				.executeTakeFirst();
			return (
				row && {
					secret: row.secret,
					pendingSecret: row.pending_secret,
					confirmedAt: row.confirmed_at,
					lastUsedStep: Number( row.last_used_step ),
				}
			);
		},
		/** Stores a secret awaiting its first code; a confirmed secret stays in force meanwhile. */
		async setPendingSecret(
			userId: string,
			secret: string
		): Promise< void > {
			await db
				.insertInto( 'mfa_totp' )
				.values( {
					user_id: userId,
					secret: '',
					pending_secret: secret,
					confirmed_at: null,
				} )
				.onConflict( ( oc ) =>
					oc
						.column( 'user_id' )
						.doUpdateSet( { pending_secret: secret } )
				)
				.execute();
		},
		async confirmPendingSecret(
			userId: string,
			secret: string,
			step: number,
			confirmedAt: string
		): Promise< boolean > {
			const result = await db
				.updateTable( 'mfa_totp' )
				.set( {
					secret,
					pending_secret: null,
					confirmed_at: confirmedAt,
					last_used_step: step,
				} )
				.where( 'user_id', '=', userId )
				.where( 'pending_secret', '=', secret )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		/**
		 * Accepts a code's time step only if it is later than every step used before: the
		 * conditional update makes a replayed (or concurrently raced) code lose.
		 */
		async useTotpStep( userId: string, step: number ): Promise< boolean > {
			const result = await db
				.updateTable( 'mfa_totp' )
				.set( { last_used_step: step } )
				.where( 'user_id', '=', userId )
				.where( 'last_used_step', '<', step )
				.where( 'confirmed_at', 'is not', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		/** Every stored TOTP row (the start-up step that seals legacy plaintext secrets). */
		async listTotpSecrets() {
			return db
				.selectFrom( 'mfa_totp' )
				.select( [
					'user_id as userId',
					'secret',
					'pending_secret as pendingSecret',
				] )
				.execute();
		},
		/** Replaces a row's secrets only if they are still the values read (no lost update). */
		async replaceTotpSecrets(
			userId: string,
			before: { secret: string; pendingSecret: string | null },
			after: { secret: string; pendingSecret: string | null }
		): Promise< boolean > {
			let query = db
				.updateTable( 'mfa_totp' )
				.set( {
					secret: after.secret,
					pending_secret: after.pendingSecret,
				} )
				.where( 'user_id', '=', userId )
				.where( 'secret', '=', before.secret );
			query =
				before.pendingSecret === null
					? query.where( 'pending_secret', 'is', null )
					: query.where(
							'pending_secret',
							'=',
							before.pendingSecret
						);
			const result = await query.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		async deleteTotp( userId: string ): Promise< boolean > {
			const result = await db
				.deleteFrom( 'mfa_totp' )
				.where( 'user_id', '=', userId )
				.where( 'confirmed_at', 'is not', null )
				.executeTakeFirst();
			return Number( result.numDeletedRows ) === 1;
		},

		// --- SMS second factor ---
		async findSmsPhone( userId: string ) {
			return db
				.selectFrom( 'mfa_sms' )
				.select( [ 'phone', 'confirmed_at as confirmedAt' ] )
				.where( 'user_id', '=', userId )
				.executeTakeFirst();
		},
		async saveSmsPhone(
			userId: string,
			phone: string,
			confirmedAt: string
		): Promise< void > {
			await db
				.insertInto( 'mfa_sms' )
				.values( { user_id: userId, phone, confirmed_at: confirmedAt } )
				.onConflict( ( oc ) =>
					oc
						.column( 'user_id' )
						.doUpdateSet( { phone, confirmed_at: confirmedAt } )
				)
				.execute();
		},
		async deleteSmsPhone( userId: string ): Promise< boolean > {
			const result = await db
				.deleteFrom( 'mfa_sms' )
				.where( 'user_id', '=', userId )
				.executeTakeFirst();
			return Number( result.numDeletedRows ) === 1;
		},
		async insertSmsCode( code: SmsCodeRow ): Promise< void > {
			await db
				.insertInto( 'mfa_sms_codes' )
				.values( {
					id: code.id,
					user_id: code.userId,
					purpose: code.purpose,
					phone: code.phone,
					code_hash: code.codeHash,
					created_at: code.createdAt,
					expires_at: code.expiresAt,
					used_at: null,
				} )
				.execute();
		},
		/** Codes sent to the user since `since`, newest first (resend cooldown and hourly cap). */
		async smsCodesSentSince( userId: string, since: string ) {
			return db
				.selectFrom( 'mfa_sms_codes' )
				.select( [ 'created_at as createdAt' ] )
				.where( 'user_id', '=', userId )
				.where( 'created_at', '>', since )
				.orderBy( 'created_at', 'desc' )
				.execute();
		},
		/** Ends every unused code of a purpose (a new code supersedes the old ones). */
		async retireSmsCodes(
			userId: string,
			purpose: SmsCodeRow[ 'purpose' ],
			now: string
		): Promise< void > {
			await db
				.updateTable( 'mfa_sms_codes' )
				.set( { used_at: now } )
				.where( 'user_id', '=', userId )
				.where( 'purpose', '=', purpose )
				.where( 'used_at', 'is', null )
				.execute();
		},
		/** The newest code of a purpose that is unused, unexpired and has attempts left. */
		async findLiveSmsCode(
			userId: string,
			purpose: SmsCodeRow[ 'purpose' ],
			now: string,
			maxAttempts: number
		): Promise< SmsCodeRow | undefined > {
			return db
				.selectFrom( 'mfa_sms_codes' )
				.select( [
					'id',
					'user_id as userId',
					'purpose',
					'phone',
					'code_hash as codeHash',
					'created_at as createdAt',
					'expires_at as expiresAt',
				] )
				.where( 'user_id', '=', userId )
				.where( 'purpose', '=', purpose )
				.where( 'used_at', 'is', null )
				.where( 'expires_at', '>', now )
				.where( 'attempts', '<', maxAttempts )
				.orderBy( 'created_at', 'desc' )
				.executeTakeFirst();
		},
		async countSmsCodeAttempt( id: string ): Promise< void > {
			await db
				.updateTable( 'mfa_sms_codes' )
				.set( ( eb ) => ( { attempts: eb( 'attempts', '+', 1 ) } ) )
				.where( 'id', '=', id )
				.execute();
		},
		/** Uses a code once; false when someone used it first (replay or race). */
		async useSmsCode( id: string, now: string ): Promise< boolean > {
			const result = await db
				.updateTable( 'mfa_sms_codes' )
				.set( { used_at: now } )
				.where( 'id', '=', id )
				.where( 'used_at', 'is', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		async deleteBackupCodes( userId: string ): Promise< void > {
			await db
				.deleteFrom( 'mfa_backup_codes' )
				.where( 'user_id', '=', userId )
				.execute();
		},

		async replaceBackupCodes(
			userId: string,
			codes: Array< { id: string; hash: string } >,
			createdAt: string
		): Promise< void > {
			await db
				.deleteFrom( 'mfa_backup_codes' )
				.where( 'user_id', '=', userId )
				.execute();
			await db
				.insertInto( 'mfa_backup_codes' )
				.values(
					codes.map( ( code ) => ( {
						id: code.id,
						user_id: userId,
						code_hash: code.hash,
						created_at: createdAt,
						used_at: null,
					} ) )
				)
				.execute();
		},
		/** Marks an unused code used; false when unknown or already used (single use). */
		async useBackupCode(
			userId: string,
			hash: string,
			now: string
		): Promise< boolean > {
			const result = await db
				.updateTable( 'mfa_backup_codes' )
				.set( { used_at: now } )
				.where( 'user_id', '=', userId )
				.where( 'code_hash', '=', hash )
				.where( 'used_at', 'is', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		async countUnusedBackupCodes( userId: string ): Promise< number > {
			const row = await db
				.selectFrom( 'mfa_backup_codes' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'user_id', '=', userId )
				.where( 'used_at', 'is', null )
				.executeTakeFirstOrThrow();
			return Number( row.n );
		},

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

		// --- failed passwords per e-mail (+ IP), kept for unknown e-mails too (ADR 0020) ---
		/** The live windows of `email` for the given IPs ('' = every IP). */
		async signInFailures( email: string, ips: string[], now: string ) {
			return db
				.selectFrom( 'sign_in_failures' )
				.select( [
					'ip',
					'failures',
					'window_ends_at as windowEndsAt',
				] )
				.where( 'email', '=', email )
				.where( 'ip', 'in', ips )
				.where( 'window_ends_at', '>', now )
				.execute();
		},
		/**
		 * Counts one failure in the key's window (a new window of `windowEndsAt` once the old
		 * one is over) and returns the count: one statement, so concurrent failures all count.
		 */
		async countSignInFailure(
			email: string,
			ip: string,
			now: string,
			windowEndsAt: string
		): Promise< number > {
			const over = sql< boolean >`sign_in_failures.window_ends_at <= ${ now }`;
			const row = await db
				.insertInto( 'sign_in_failures' )
				.values( {
					email,
					ip,
					failures: 1,
					window_ends_at: windowEndsAt,
				} )
				.onConflict( ( oc ) =>
					oc.columns( [ 'email', 'ip' ] ).doUpdateSet( {
						failures: sql< number >`case when ${ over } then 1 else sign_in_failures.failures + 1 end`,
						window_ends_at: sql< string >`case when ${ over } then excluded.window_ends_at else sign_in_failures.window_ends_at end`,
					} )
				)
				.returning( 'failures' )
				.executeTakeFirstOrThrow();
			return Number( row.failures );
		},
		/** Forgets the failures of one IP, or of every IP and the account when `ip` is omitted. */
		async clearSignInFailures(
			email: string,
			ip?: string
		): Promise< void > {
			let query = db
				.deleteFrom( 'sign_in_failures' )
				.where( 'email', '=', email );
			if ( ip !== undefined ) {
				query = query.where( 'ip', '=', ip );
			}
			await query.execute();
		},
		/** Deletes windows over before `before` (unknown e-mails would otherwise pile up). */
		async purgeSignInFailures( before: string ): Promise< void > {
			await db
				.deleteFrom( 'sign_in_failures' )
				.where( 'window_ends_at', '<', before )
				.execute();
		},

		// --- wrong second factors per account (ADR 0020) ---
		async factorFailures( userId: string ) {
			const row = await db
				.selectFrom( 'users' )
				.select( [ 'mfa_failures', 'mfa_retry_at' ] )
				.where( 'id', '=', userId )
				.executeTakeFirst();
			return {
				failures: Number( row?.mfa_failures ?? 0 ),
				retryAt: row?.mfa_retry_at ?? null,
			};
		},
		/**
		 * Counts an attempt as failed before it is checked, if nobody counted one since
		 * `seenFailures` was read: of concurrent attempts only one goes ahead per count.
		 */
		async claimFactorAttempt(
			userId: string,
			seenFailures: number,
			retryAt: string | null
		): Promise< boolean > {
			const result = await db
				.updateTable( 'users' )
				.set( {
					mfa_failures: seenFailures + 1,
					mfa_retry_at: retryAt,
				} )
				.where( 'id', '=', userId )
				.where( 'mfa_failures', '=', seenFailures )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		async clearFactorFailures( userId: string ): Promise< void > {
			await db
				.updateTable( 'users' )
				.set( { mfa_failures: 0, mfa_retry_at: null } )
				.where( 'id', '=', userId )
				.execute();
		},

		// --- unlock links (hashed, single use) ---
		/** Stores a new unlock link; the account's earlier unused ones stop working. */
		async replaceUnlock( unlock: {
			tokenHash: string;
			userId: string;
			createdAt: string;
			expiresAt: string;
		} ): Promise< void > {
			await db
				.insertInto( 'account_unlocks' )
				.values( {
					token_hash: unlock.tokenHash,
					user_id: unlock.userId,
					created_at: unlock.createdAt,
					expires_at: unlock.expiresAt,
					used_at: null,
				} )
				.execute();
			await db
				.updateTable( 'account_unlocks' )
				.set( { used_at: unlock.createdAt } )
				.where( 'user_id', '=', unlock.userId )
				.where( 'token_hash', '!=', unlock.tokenHash )
				.where( 'used_at', 'is', null )
				.execute();
		},
		async findLiveUnlock(
			userId: string,
			tokenHash: string,
			now: string,
			maxWrongPasswords: number
		): Promise< boolean > {
			const row = await db
				.selectFrom( 'account_unlocks' )
				.select( 'token_hash' )
				.where( 'token_hash', '=', tokenHash )
				.where( 'user_id', '=', userId )
				.where( 'used_at', 'is', null )
				.where( 'expires_at', '>', now )
				.where( 'wrong_passwords', '<', maxWrongPasswords )
				.executeTakeFirst();
			return Boolean( row );
		},
		async countUnlockWrongPassword( tokenHash: string ): Promise< void > {
			await db
				.updateTable( 'account_unlocks' )
				.set( ( eb ) => ( {
					wrong_passwords: eb( 'wrong_passwords', '+', 1 ),
				} ) )
				.where( 'token_hash', '=', tokenHash )
				.execute();
		},
		/** Uses an unlock link once; false when it was used meanwhile. */
		async useUnlock( tokenHash: string, now: string ): Promise< boolean > {
			const result = await db
				.updateTable( 'account_unlocks' )
				.set( { used_at: now } )
				.where( 'token_hash', '=', tokenHash )
				.where( 'used_at', 'is', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},

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
			return db
				.selectFrom( 'invitations' )
				.select( [
					'id',
					'email',
					'role_id as roleId',
					'expires_at as expiresAt',
				] )
				.where( 'token_hash', '=', tokenHash )
				.where( 'accepted_at', 'is', null )
				.where( 'expires_at', '>', now )
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
			return db
				.selectFrom( 'invitations' )
				.select( [
					'id',
					'email',
					'role_id as roleId',
					'created_at as createdAt',
					'expires_at as expiresAt',
				] )
				.where( 'accepted_at', 'is', null )
				.where( 'expires_at', '>', now )
				.orderBy( 'created_at', 'desc' )
				.execute();
		},
		/**
		 * Stores a new reset token and voids every other unused one of the account: only the
		 * newest link works. Insert first, then void the others, so of two concurrent
		 * requests never both stay live.
		 */
		async replacePasswordReset( reset: {
			tokenHash: string;
			userId: string;
			createdAt: string;
			expiresAt: string;
		} ): Promise< void > {
			await db
				.insertInto( 'password_resets' )
				.values( {
					token_hash: reset.tokenHash,
					user_id: reset.userId,
					created_at: reset.createdAt,
					expires_at: reset.expiresAt,
					used_at: null,
				} )
				.execute();
			await db
				.updateTable( 'password_resets' )
				.set( { used_at: reset.createdAt } )
				.where( 'user_id', '=', reset.userId )
				.where( 'token_hash', '!=', reset.tokenHash )
				.where( 'used_at', 'is', null )
				.execute();
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
