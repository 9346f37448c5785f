/**
 * The Kysely instance: SQLite (better-sqlite3, WAL) by default, PostgreSQL when
 * DATABASE_URL is set. Same migrations and queries for both; where SQL must differ
 * (full-text search), the module's repo.ts branches on `dialect`.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
	Kysely,
	Migrator,
	PostgresDialect,
	SqliteDialect,
	sql,
	type LogEvent,
} from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import { migrationProvider } from './migrations';
import { withStatementCache } from './statement-cache';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
	kysely: Kysely< Database >;
	dialect: Dialect;
	close: () => Promise< void >;
}

// timestamptz / timestamp -> ISO strings, so both dialects hand the code the same values.
const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
pg.types.setTypeParser( TIMESTAMPTZ_OID, ( value ) =>
	new Date( value ).toISOString()
);
pg.types.setTypeParser( TIMESTAMP_OID, ( value ) =>
	new Date( `${ value }Z` ).toISOString()
);
// COUNT(*) is int8; counts here stay far below 2^53.
pg.types.setTypeParser( INT8_OID, ( value ) => Number( value ) );

/**
 * Told the SQL of every statement the sidecar sends, transaction control included (`begin`,
 * `commit`, `rollback`): tests count statements and transactions with it (issue 12).
 */
export type QueryObserver = ( sql: string ) => void;

/** How long a query waits for a pooled connection before it fails (then 503, never a hang). */
const CONNECTION_CHECKOUT_TIMEOUT_MS = 10_000;

export function openDatabase(
	database: Config[ 'database' ],
	onConnectionLost?: ( error: Error ) => void,
	observe?: QueryObserver
): Db {
	// Kysely logs through the connection, so `begin` and `commit` are seen too.
	const log = observe
		? ( event: LogEvent ) => observe( event.query.sql )
		: undefined;
	if ( database.kind === 'postgres' ) {
		const pool = new pg.Pool( {
			connectionString: database.url,
			max: 10,
			connectionTimeoutMillis: CONNECTION_CHECKOUT_TIMEOUT_MS,
			keepAlive: true,
		} );
		// A connection the server drops (restart, failover, pg_terminate_backend) emits 'error'
		// on its client. While the client is checked out — inside a transaction, between two
		// queries — nothing else listens, and an unheard 'error' event ends the process; so every
		// client gets a listener when it connects. Its next query fails (503 to the caller) and
		// the pool discards it on release, as it is no longer queryable.
		pool.on( 'connect', ( client ) => {
			client.on( 'error', ( error ) => onConnectionLost?.( error ) );
		} );
		// The pool re-emits the error of an idle client; the client's own listener reported it.
		pool.on( 'error', () => undefined );
		const kysely = new Kysely< Database >( {
			dialect: new PostgresDialect( { pool } ),
			log,
		} );
		return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
	}
	if ( database.file !== ':memory:' ) {
		fs.mkdirSync( path.dirname( database.file ), { recursive: true } );
	}
	const sqlite = new SQLite( database.file );
	sqlite.pragma( 'journal_mode = WAL' );
	sqlite.pragma( 'foreign_keys = ON' );
	sqlite.pragma( 'busy_timeout = 5000' );
	sqlite.pragma( 'synchronous = NORMAL' );
	const kysely = new Kysely< Database >( {
		dialect: new SqliteDialect( {
			database: withStatementCache( sqlite ),
		} ),
		log,
	} );
	return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest( db: Db ): Promise< string[] > {
	const migrator = new Migrator( {
		db: db.kysely,
		provider: migrationProvider( db.dialect ),
		// Migrations are dated when written, and work written in parallel lands in any
		// order: one dated before a migration a database already ran must still apply.
		// Each touches only its own module's tables, so their relative order is free.
		allowUnorderedMigrations: true,
	} );
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find( ( result ) => result.status === 'Error' );
	if ( error || failed ) {
		const cause =
			error instanceof Error ? error.message : String( error ?? '' );
		throw new Error(
			`Migration ${ failed?.migrationName ?? '' } failed: ${ cause }`
		);
	}
	return ( results ?? [] ).map( ( result ) => result.migrationName );
}

export async function pingDatabase( db: Db ): Promise< void > {
	await sql`select 1`.execute( db.kysely );
}
