import { belongsTo, columnTypes } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Lockout that holds across instances and tells nothing about which accounts exist (ADR 0019):
 * - `sign_in_failures`: failed passwords per e-mail + client IP and per e-mail from every
 *   IP (ip ''), in fixed windows, kept for unknown e-mails too so they behave like real
 *   accounts;
 * - `users.mfa_failures` / `users.mfa_retry_at`: wrong second factors per account (not per
 *   session) and when the next try is allowed;
 * - `account_unlocks`: one-time unlock links e-mailed to the account (hashed tokens).
 * The old `users.failed_logins` / `users.locked_until` stay unused (dropping columns on
 * SQLite rebuilds the table; not worth it for two integers).
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'sign_in_failures' )
				.addColumn( 'email', 'text', ( c ) => c.notNull() )
				// '' counts the account from every address (the global backstop).
				.addColumn( 'ip', 'text', ( c ) => c.notNull() )
				.addColumn( 'failures', 'integer', ( c ) => c.notNull() )
				.addColumn( 'window_ends_at', t.timestamp, ( c ) =>
					c.notNull()
				)
				.addPrimaryKeyConstraint( 'sign_in_failures_pk', [
					'email',
					'ip',
				] )
				.execute();
			await db.schema
				.createIndex( 'sign_in_failures_window_idx' )
				.on( 'sign_in_failures' )
				.column( 'window_ends_at' )
				.execute();
			await db.schema
				.alterTable( 'users' )
				.addColumn( 'mfa_failures', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.execute();
			await db.schema
				.alterTable( 'users' )
				.addColumn( 'mfa_retry_at', t.timestamp )
				.execute();
			await db.schema
				.createTable( 'account_unlocks' )
				.addColumn( 'token_hash', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'user_id', 'text', belongsTo( 'users.id' ) )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'used_at', t.timestamp )
				.addColumn( 'wrong_passwords', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.execute();
			await db.schema
				.createIndex( 'account_unlocks_user_idx' )
				.on( 'account_unlocks' )
				.column( 'user_id' )
				.execute();
			await db.schema
				.createIndex( 'password_resets_user_idx' )
				.on( 'password_resets' )
				.column( 'user_id' )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropIndex( 'password_resets_user_idx' ).execute();
			await db.schema.dropTable( 'account_unlocks' ).execute();
			await db.schema
				.alterTable( 'users' )
				.dropColumn( 'mfa_retry_at' )
				.execute();
			await db.schema
				.alterTable( 'users' )
				.dropColumn( 'mfa_failures' )
				.execute();
			await db.schema.dropTable( 'sign_in_failures' ).execute();
		},
	};
};

export default migration;
