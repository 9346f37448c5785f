import { belongsTo, columnTypes, oneRowPer } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * SMS as a second factor: the confirmed phone number per user, and the one-time codes sent
 * to it (stored as salted SHA-256, short-lived, single use, with a wrong-attempt counter).
 * TOTP secrets are sealed with the master key by a start-up step (auth service
 * `sealStoredTotpSecrets`), since migrations do not hold the key.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'mfa_sms' )
				.addColumn( 'user_id', 'text', oneRowPer( 'users.id' ) )
				.addColumn( 'phone', 'text', ( c ) => c.notNull() )
				.addColumn( 'confirmed_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'mfa_sms_codes' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'user_id', 'text', belongsTo( 'users.id' ) )
				// 'enrol' (proves a new number) or 'challenge' (sign-in, step-up).
				.addColumn( 'purpose', 'text', ( c ) => c.notNull() )
				.addColumn( 'phone', 'text', ( c ) => c.notNull() )
				.addColumn( 'code_hash', 'text', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'attempts', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.addColumn( 'used_at', t.timestamp )
				.execute();
			await db.schema
				.createIndex( 'mfa_sms_codes_user_idx' )
				.on( 'mfa_sms_codes' )
				.columns( [ 'user_id', 'created_at' ] )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'mfa_sms_codes' ).execute();
			await db.schema.dropTable( 'mfa_sms' ).execute();
		},
	};
};

export default migration;
