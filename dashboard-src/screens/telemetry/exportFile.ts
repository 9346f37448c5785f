/**
 * CSV and JSON exports of what a table shows: built in the browser from the rows already
 * on screen, so a file holds exactly the filtered set the user sees.
 */

/**
 * RFC 4180 CSV: quotes every field that needs it; a leading =, +, - or @ is prefixed with
 * an apostrophe so a spreadsheet does not run shop-supplied text as a formula.
 *
 * @param header Column names.
 * @param rows   Values per row, in header order.
 */
export function toCsv(
	header: readonly string[],
	rows: ReadonlyArray< ReadonlyArray< string | number | null > >
): string {
	const field = ( value: string | number | null ) => {
		let text = value === null ? '' : String( value );
		if ( typeof value === 'string' && /^[=+\-@]/.test( text ) ) {
			text = `'${ text }`;
		}
		return /[",\r\n]/.test( text )
			? `"${ text.replace( /"/g, '""' ) }"`
			: text;
	};
	return [ header, ...rows ]
		.map( ( row ) => row.map( field ).join( ',' ) )
		.join( '\r\n' )
		.concat( '\r\n' );
}

/**
 * Makes the browser save `content` as a file.
 *
 * @param name    File name.
 * @param type    MIME type.
 * @param content File content.
 */
export function downloadFile( name: string, type: string, content: string ) {
	const url = URL.createObjectURL( new Blob( [ content ], { type } ) );
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = name;
	document.body.append( link );
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the URL goes.
	setTimeout( () => URL.revokeObjectURL( url ), 1_000 );
}
