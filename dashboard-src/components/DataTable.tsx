import type { ReactNode } from 'react';

export interface Column< Row > {
	header: string;
	render: ( row: Row ) => ReactNode;
	/** Extra class on the column's cells, e.g. for monospace values. */
	className?: string;
}

interface DataTableBaseProps< Row > {
	/** The table's accessible name (a visually hidden caption). */
	label: string;
	columns: Array< Column< Row > >;
	rows: Row[];
}

/** Each row's React key: rows with an `id` are keyed by it unless `rowKey` says otherwise. */
type RowKeyProp< Row > = Row extends { id: string }
	? { rowKey?: ( row: Row ) => string }
	: { rowKey: ( row: Row ) => string };

export type DataTableProps< Row > = DataTableBaseProps< Row > &
	RowKeyProp< Row >;

const keyById = ( row: unknown ) => ( row as { id: string } ).id;

/**
 * A plain data table. On narrow screens CSS stacks each row into a card and shows the
 * column header beside each value (from `data-label`).
 *
 * @param props Table props.
 */
export function DataTable< Row >( props: DataTableProps< Row > ) {
	const { label, columns, rows } = props;
	const rowKey: ( row: Row ) => string = props.rowKey ?? keyById;
	return (
		<table className="data-table">
			<caption className="visually-hidden">{ label }</caption>
			<thead>
				<tr>
					{ columns.map( ( column ) => (
						<th key={ column.header } scope="col">
							{ column.header }
						</th>
					) ) }
				</tr>
			</thead>
			<tbody>
				{ rows.map( ( row ) => (
					<tr key={ rowKey( row ) }>
						{ columns.map( ( column ) => (
							<td
								key={ column.header }
								data-label={ column.header }
								className={ column.className }
							>
								{ column.render( row ) }
							</td>
						) ) }
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
