/**
 * The auth module's second-factor rows: TOTP secrets (sealed) and used steps, SMS phones
 * and codes, backup codes. Part of the auth repo (`createAuthRepo` spreads it in); split
 * from repo.ts along that seam (issue 14 item 4).
 */
import type { Kysely } from 'kysely';
import { camelRow } from '../../db/rows';
import type { Database } from '../../db/schema';

export interface SmsCodeRow {
	id: string;
	userId: string;
	purpose: 'enrol' | 'challenge';
	phone: string;
	codeHash: string;
	createdAt: string;
	expiresAt: string;
}

export function createMfaRepo( db: Kysely< Database > ) {
	return {
		async findTotp( userId: string ) {
			const row = await db
				.selectFrom( 'mfa_totp' )
				.select( [
					'secret',
					'pending_secret',
					'confirmed_at',
					'last_used_step',
				] )
				.where( 'user_id', '=', userId )
				.executeTakeFirst();
			return (
				row && {
					...camelRow( row ),
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
	};
}
