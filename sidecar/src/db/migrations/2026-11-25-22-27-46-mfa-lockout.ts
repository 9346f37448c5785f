import { belongsTo, columnTypes, oneRowPer } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Second factors (TOTP secrets, hashed single-use backup codes), the session's MFA state,
 * and the account lockout counters that survive a restart.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'mfa_totp' )
				.addColumn( 'user_id', 'text', oneRowPer( 'users.id' ) )
				.addColumn( 'secret', 'text', ( c ) => c.notNull() )
				.addColumn( 'pending_secret', 'text' )
				.addColumn( 'confirmed_at', t.timestamp )
				// The last accepted 30-second step: a code is accepted once, never again.
				.addColumn( 'last_used_step', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.execute();
			await db.schema
				.createTable( 'mfa_backup_codes' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'user_id', 'text', belongsTo( 'users.id' ) )
				.addColumn( 'code_hash', 'text', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'used_at', t.timestamp )
				.execute();
			await db.schema
				.createIndex( 'mfa_backup_codes_user_idx' )
				.on( 'mfa_backup_codes' )
				.column( 'user_id' )
				.execute();
			// 'none': no second factor needed; 'pending': password only; 'verified': both factors.
			await db.schema
				.alterTable( 'sessions' )
				.addColumn( 'mfa_state', 'text', ( c ) =>
					c.notNull().defaultTo( 'none' )
				)
				.execute();
			await db.schema
				.alterTable( 'sessions' )
				.addColumn( 'mfa_failures', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.execute();
			await db.schema
				.alterTable( 'users' )
				.addColumn( 'failed_logins', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.execute();
			await db.schema
				.alterTable( 'users' )
				.addColumn( 'locked_until', t.timestamp )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema
				.alterTable( 'users' )
				.dropColumn( 'locked_until' )
				.execute();
			await db.schema
				.alterTable( 'users' )
				.dropColumn( 'failed_logins' )
				.execute();
			await db.schema
				.alterTable( 'sessions' )
				.dropColumn( 'mfa_failures' )
				.execute();
			await db.schema
				.alterTable( 'sessions' )
				.dropColumn( 'mfa_state' )
				.execute();
			await db.schema.dropTable( 'mfa_backup_codes' ).execute();
			await db.schema.dropTable( 'mfa_totp' ).execute();
		},
	};
};

export default migration;
