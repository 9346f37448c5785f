/**
 * Prepared-statement reuse for SQLite. Kysely's SQLite driver calls `database.prepare(sql)`
 * for every query, and compiling the SQL again each time was a tenth of the sidecar's CPU on
 * the chat path (issue 12's profile). The driver only needs `prepare` and `close`, so it is
 * handed this wrapper: statements are kept per SQL text in a bounded least-recently-used map
 * (queries with IN lists of varying length produce many distinct texts; the bound keeps those
 * from growing without end). SQLite re-prepares a kept statement by itself after a schema
 * change, so migrations need no invalidation.
 */
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';

export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

export interface CachingSqliteDatabase {
	prepare: ( sql: string ) => Statement;
	close: () => void;
	/** Statements compiled so far (a reused one is not counted): for tests and benches. */
	readonly compiled: number;
}

export function withStatementCache(
	database: SqliteDatabase,
	size = DEFAULT_STATEMENT_CACHE_SIZE
): CachingSqliteDatabase {
	const statements = new Map< string, Statement >();
	let compiled = 0;
	return {
		prepare( sql ) {
			const kept = statements.get( sql );
			// A statement still iterating (a streamed select) cannot run a second query.
			if ( kept && ! kept.busy ) {
				// Re-insert: a Map iterates in insertion order, so the first key is the oldest.
				statements.delete( sql );
				statements.set( sql, kept );
				return kept;
			}
			const statement = database.prepare( sql );
			compiled++;
			if ( ! kept ) {
				statements.set( sql, statement );
				if ( statements.size > size ) {
					statements.delete( statements.keys().next().value! );
				}
			}
			return statement;
		},
		close() {
			statements.clear();
			database.close();
		},
		get compiled() {
			return compiled;
		},
	};
}
