import type { ColumnDataType, Kysely, Migration } from 'kysely';
import type { Dialect } from '../index';

/** A migration written once for both dialects; `dialect` is there for the few places SQL differs. */
export type DialectMigration = ( dialect: Dialect ) => Migration;

export interface ColumnTypes {
	/** UTC timestamp: timestamptz on PostgreSQL, ISO-8601 text on SQLite. */
	timestamp: ColumnDataType;
	/** JSON document stored as text on both (parsed by the owning repo). */
	json: ColumnDataType;
}

export function columnTypes( dialect: Dialect ): ColumnTypes {
	return {
		timestamp: dialect === 'postgres' ? 'timestamptz' : 'text',
		json: 'text',
	};
}

export type AnyDb = Kysely< any >;
