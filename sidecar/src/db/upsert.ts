import type { InsertObject, Kysely, UpdateObject } from 'kysely';
import type { Database } from './schema';

/**
 * Writes a table's one row for a key (`site_id`, `model`…): inserted the first time, its
 * values replaced after that, in one statement, so two writers racing never both insert.
 * `key` holds the columns written only on insert (the key itself, its organization, a
 * `created_at`); `values` the columns every write sets. `conflictColumn` is the table's
 * unique column the row is found by.
 * @param db
 * @param table
 * @param conflictColumn
 * @param key
 * @param values
 */
export async function upsertRow<
	Table extends keyof Database & string,
	Values extends UpdateObject< Database, Table >,
>(
	db: Kysely< Database >,
	table: Table,
	conflictColumn: keyof Database[ Table ] & string,
	key: Partial< InsertObject< Database, Table > >,
	values: Values
): Promise< void > {
	await db
		.insertInto( table )
		.values( { ...key, ...values } as InsertObject< Database, Table > )
		.onConflict( ( oc ) =>
			oc.column( conflictColumn as never ).doUpdateSet( values as never )
		)
		.execute();
}
