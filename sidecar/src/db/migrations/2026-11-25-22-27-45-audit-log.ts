import { sql } from 'kysely';
import { columnTypes, type AnyDb, type DialectMigration } from './helpers';

/**
 * Roadmap phase 2: the platform staff's audit log. Rows are numbered (`seq`) and each
 * carries the SHA-256 of the previous row's hash plus its own content, so any edit, removal
 * or reordering breaks the chain (`npm run audit:verify`). `admin_audit_head` holds the last
 * seq and hash: writers lock it, which serializes appends on PostgreSQL. Triggers refuse
 * UPDATE and DELETE on the log in both dialects; the application has no such path either.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'admin_audit_log' )
				.addColumn( 'seq', 'integer', ( c ) => c.primaryKey() )
				.addColumn( 'id', 'text', ( c ) => c.notNull().unique() )
				.addColumn( 'user_id', 'text' )
				.addColumn( 'action', 'text', ( c ) => c.notNull() )
				.addColumn( 'resource_type', 'text', ( c ) => c.notNull() )
				.addColumn( 'resource_id', 'text' )
				.addColumn( 'details', t.json, ( c ) => c.notNull() )
				.addColumn( 'ip', 'text', ( c ) => c.notNull() )
				.addColumn( 'user_agent', 'text', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'prev_hash', 'text', ( c ) => c.notNull() )
				.addColumn( 'hash', 'text', ( c ) => c.notNull() )
				.execute();
			for ( const column of [ 'created_at', 'user_id', 'action' ] ) {
				await db.schema
					.createIndex( `admin_audit_log_${ column }_idx` )
					.on( 'admin_audit_log' )
					.column( column )
					.execute();
			}
			await db.schema
				.createTable( 'admin_audit_head' )
				.addColumn( 'id', 'integer', ( c ) => c.primaryKey() )
				.addColumn( 'last_seq', 'integer', ( c ) => c.notNull() )
				.addColumn( 'last_hash', 'text', ( c ) => c.notNull() )
				.execute();
			await db
				.insertInto( 'admin_audit_head' )
				.values( { id: 1, last_seq: 0, last_hash: '0'.repeat( 64 ) } )
				.execute();
			if ( dialect === 'sqlite' ) {
				for ( const event of [ 'update', 'delete' ] ) {
					await sql
						.raw(
							`create trigger admin_audit_log_no_${ event } before ${ event } on admin_audit_log
							begin select raise(abort, 'admin_audit_log is append-only'); end`
						)
						.execute( db );
				}
			} else {
				await sql`create function admin_audit_log_append_only() returns trigger language plpgsql as $$
					begin raise exception 'admin_audit_log is append-only'; end $$`.execute( db );
				await sql`create trigger admin_audit_log_append_only before update or delete on admin_audit_log
					for each row execute function admin_audit_log_append_only()`.execute( db );
			}
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'admin_audit_head' ).execute();
			await db.schema.dropTable( 'admin_audit_log' ).execute();
			if ( dialect === 'postgres' ) {
				await sql`drop function if exists admin_audit_log_append_only()`.execute(
					db
				);
			}
		},
	};
};

export default migration;
