/**
 * Rows as the code names things: a selected row's snake_case columns become camelCase
 * fields, and its type follows (ADR 0033). Repos select the columns they hand out, name
 * them as the table does (or alias them, `users.id as user_id`), and map the row with
 * `camelRow` instead of copying each field by hand. Conversions of a value (0/1 to a
 * boolean, JSON text to an object) stay in the repo, after the mapping. A write of a row typed
 * as the table's goes the other way with `snakeRow`.
 */

/** `organization_id` → `organizationId`, as a type. */
export type CamelName< Name extends string > =
	Name extends `${ infer Head }_${ infer Tail }`
		? `${ Head }${ Capitalize< CamelName< Tail > > }`
		: Name;

/** A row type with its snake_case keys in camelCase, each value's type kept. */
export type CamelRow< Row > = {
	[
		Key in keyof Row as Key extends string ? CamelName< Key > : Key
	]: Row[ Key ];
};

/** Column names seen so far and their field names (a process sees a few hundred at most). */
const fieldNames = new Map< string, string >();

function fieldName( column: string ): string {
	let name = fieldNames.get( column );
	if ( name === undefined ) {
		name = column.replace( /_([a-z0-9])/g, ( _, letter: string ) =>
			letter.toUpperCase()
		);
		fieldNames.set( column, name );
	}
	return name;
}

/** One row with camelCase fields, in the order the query selected them. */
export function camelRow< Row extends object >( row: Row ): CamelRow< Row > {
	const result: Record< string, unknown > = {};
	for ( const [ column, value ] of Object.entries( row ) ) {
		result[ fieldName( column ) ] = value;
	}
	return result as CamelRow< Row >;
}

/** `camelRow` over a query's rows (`.execute().then( camelRows )`). */
export function camelRows< Row extends object >(
	rows: readonly Row[]
): Array< CamelRow< Row > > {
	return rows.map( camelRow );
}

/** `organizationId` → `organization_id`, as a type. */
export type SnakeName< Name extends string > =
	Name extends `${ infer Head }${ infer Tail }`
		? `${ Head extends Lowercase< Head >
				? Head
				: `_${ Lowercase< Head > }` }${ SnakeName< Tail > }`
		: Name;

/** A row type with its camelCase keys in snake_case, each value's type kept. */
export type SnakeRow< Row > = {
	[
		Key in keyof Row as Key extends string ? SnakeName< Key > : Key
	]: Row[ Key ];
};

/**
 * The way back for a write: a row the code built, with its fields named as the table's
 * columns, in the same order (`insertInto( table ).values( snakeRow( row ) )`). Every field
 * of the row becomes a column, so hand it rows typed as the table's, not wider objects.
 * @param row
 */
export function snakeRow< Row extends object >( row: Row ): SnakeRow< Row > {
	const result: Record< string, unknown > = {};
	for ( const [ field, value ] of Object.entries( row ) ) {
		result[ field.replace( /[A-Z]/g, ( c ) => `_${ c.toLowerCase() }` ) ] =
			value;
	}
	return result as SnakeRow< Row >;
}
