import { belongsTo, columnTypes } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Invitations (the way in for new staff: an e-mailed one-time link) and password resets
 * (an e-mailed one-time link). Only SHA-256 hashes of the tokens are stored.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'invitations' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'email', 'text', ( c ) => c.notNull() )
				.addColumn( 'role_id', 'text', belongsTo( 'roles.id' ) )
				.addColumn( 'token_hash', 'text', ( c ) =>
					c.notNull().unique()
				)
				.addColumn( 'invited_by', 'text' )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'accepted_at', t.timestamp )
				.execute();
			await db.schema
				.createTable( 'password_resets' )
				.addColumn( 'token_hash', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'user_id', 'text', belongsTo( 'users.id' ) )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'used_at', t.timestamp )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'password_resets' ).execute();
			await db.schema.dropTable( 'invitations' ).execute();
		},
	};
};

export default migration;
