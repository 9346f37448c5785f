import type { Column } from './DataTable';
const formatter = new Intl.DateTimeFormat( undefined, {
	dateStyle: 'medium',
	timeStyle: 'short',
} );

export interface FormattedDateProps {
	/** UTC ISO-8601 timestamp. */
	value: string;
}

/**
 * A timestamp in the reader's locale and time zone, with the exact value kept in
 * `dateTime` (and as a tooltip).
 *
 * @param props Date props.
 */
export function FormattedDate( props: FormattedDateProps ) {
	const { value } = props;
	const date = new Date( value );
	if ( Number.isNaN( date.getTime() ) ) {
		return <>{ value }</>;
	}
	return (
		<time dateTime={ value } title={ value }>
			{ formatter.format( date ) }
		</time>
	);
}

/**
 * A table column showing a row's timestamp as a FormattedDate, or `missing` when it has none.
 *
 * @param header  The column's header.
 * @param time    The row's timestamp (UTC ISO-8601), or null.
 * @param missing Shown when there is no timestamp.
 */
export function dateColumn< Row >(
	header: string,
	time: ( row: Row ) => string | null,
	missing = '—'
): Column< Row > {
	return {
		header,
		render: ( row ) => {
			const value = time( row );
			return value ? <FormattedDate value={ value } /> : missing;
		},
	};
}
