/** Escaping for the few HTML pages the sidecar renders itself. */
export function escapeHtml( value: string ): string {
	return value.replace( /[&<>"']/g, ( ch ) => `&#${ ch.charCodeAt( 0 ) };` );
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so no value can close
 * the script element, and U+2028/2029 so the text is also valid JavaScript.
 * @param value
 */
export function jsonForScript( value: unknown ): string {
	return JSON.stringify( value )
		.replace( /</g, '\\u003c' )
		.replace( /\u2028/g, '\\u2028' )
		.replace( /\u2029/g, '\\u2029' );
}
