import { belongsTo, columnTypes } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/** Dashboard users, their sessions, and the one-time setup link for the first platform owner. */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'users' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'email', 'text', ( c ) => c.notNull().unique() )
				.addColumn( 'name', 'text', ( c ) => c.notNull() )
				.addColumn( 'password_hash', 'text', ( c ) => c.notNull() )
				.addColumn( 'platform_role', 'text' )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'sessions' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'token_hash', 'text', ( c ) =>
					c.notNull().unique()
				)
				.addColumn( 'user_id', 'text', belongsTo( 'users.id' ) )
				.addColumn( 'csrf_token', 'text', ( c ) => c.notNull() )
				.addColumn( 'ip', 'text', ( c ) => c.notNull() )
				.addColumn( 'user_agent', 'text', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'last_seen_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createIndex( 'sessions_user_id_idx' )
				.on( 'sessions' )
				.column( 'user_id' )
				.execute();
			await db.schema
				.createTable( 'setup_tokens' )
				.addColumn( 'token_hash', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'setup_tokens' ).execute();
			await db.schema.dropTable( 'sessions' ).execute();
			await db.schema.dropTable( 'users' ).execute();
		},
	};
};

export default migration;
