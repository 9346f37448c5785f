import type {
	ColumnDataType,
	ColumnDefinitionBuilder,
	CreateTableBuilder,
	Kysely,
	Migration,
} from 'kysely';
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

/**
 * A column naming the row this one belongs to (`organization_id`, `user_id`, …): required,
 * and the row is deleted with it.
 * @param target the referenced column, `table.column`
 */
export const belongsTo =
	( target: string ) => ( column: ColumnDefinitionBuilder ) =>
		column.notNull().references( target ).onDelete( 'cascade' );

/**
 * A primary key that is another table's row: the table holds one row per site, per user, per
 * organization…, deleted with it.
 * @param target the referenced column, `table.column`
 */
export const oneRowPer =
	( target: string ) => ( column: ColumnDefinitionBuilder ) =>
		column.primaryKey().references( target ).onDelete( 'cascade' );

/** The tenant column: `organization_id`, deleted with its organization. */
export const organizationColumn = < C extends string >(
	table: CreateTableBuilder< string, C >
) =>
	table.addColumn(
		'organization_id',
		'text',
		belongsTo( 'organizations.id' )
	);

/** A site's data: `organization_id` and `site_id`, deleted with either. */
export const siteColumns = < C extends string >(
	table: CreateTableBuilder< string, C >
) =>
	organizationColumn( table ).addColumn(
		'site_id',
		'text',
		belongsTo( 'sites.id' )
	);

/** A row of a site's data: a text `id` (a UUID the repo makes), then `siteColumns`. */
export const siteRowColumns = < C extends string >(
	table: CreateTableBuilder< string, C >
) => siteColumns( table.addColumn( 'id', 'text', ( c ) => c.primaryKey() ) );

/**
 * An `id` the database counts up: bigserial on PostgreSQL, an autoincrement integer on
 * SQLite (the rowid an FTS5 index follows).
 * @param dialect
 */
export const serialIdColumn =
	( dialect: Dialect ) =>
	< C extends string >( table: CreateTableBuilder< string, C > ) =>
		table.addColumn(
			'id',
			dialect === 'postgres' ? 'bigserial' : 'integer',
			( c ) =>
				dialect === 'postgres'
					? c.primaryKey()
					: c.primaryKey().autoIncrement()
		);
