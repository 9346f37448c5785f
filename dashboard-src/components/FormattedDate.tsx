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
