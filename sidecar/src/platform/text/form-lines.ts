/**
 * The vocabularies written as text, one entry per line: forms " = " forms, each side a
 * comma-separated list ("kettle, electric kettle = Wasserkocher"). Products (English = German
 * forms), the needs a product serves (what a shopper says = what serves it) and places use it.
 */

/** The comma-separated forms of one side, trimmed, empty ones dropped. */
function formsOf( side: string ): string[] {
	return side
		.split( ',' )
		.map( ( form ) => form.trim() )
		.filter( Boolean );
}

/** Each non-empty line's two sides as lists of forms: [ left, right ]. */
export function formLines( text: string ): Array< [ string[], string[] ] > {
	return text
		.split( '\n' )
		.map( ( line ) => line.trim() )
		.filter( Boolean )
		.map( ( line ) => {
			const [ left = '', right = '' ] = line.split( ' = ' );
			return [ formsOf( left ), formsOf( right ) ];
		} );
}
