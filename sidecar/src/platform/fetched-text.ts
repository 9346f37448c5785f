/**
 * Text the sidecar fetches from a shop (WordPress pages, WooCommerce products) is content it
 * indexes, not input it stores as sent: a NUL character in it (PostgreSQL cannot store one in
 * text, so a whole sync would fail on it) is dropped here, at the two places fetched JSON
 * enters. Requests are the other way round: NUL in request input is refused with 400
 * `invalid_text` (platform/http.ts).
 */

/**
 * A copy of parsed JSON with every NUL removed from its strings and keys. Iterative, so a
 * deeply nested answer cannot exhaust the stack.
 *
 * @param value Parsed JSON.
 * @return The same shape without NUL characters.
 */
export function withoutNul< T >( value: T ): T {
	const strip = ( text: string ) =>
		text.includes( '\u0000' ) ? text.replaceAll( '\u0000', '' ) : text;
	const root: { value: unknown } = { value };
	const pending: Array< {
		holder: Record< string, unknown > | unknown[];
		key: string | number;
	} > = [ { holder: root as Record< string, unknown >, key: 'value' } ];
	while ( pending.length > 0 ) {
		const { holder, key } = pending.pop()!;
		const current = ( holder as Record< string | number, unknown > )[ key ];
		if ( typeof current === 'string' ) {
			( holder as Record< string | number, unknown > )[ key ] =
				strip( current );
		} else if ( Array.isArray( current ) ) {
			const copy = [ ...current ];
			( holder as Record< string | number, unknown > )[ key ] = copy;
			copy.forEach( ( _item, index ) =>
				pending.push( { holder: copy, key: index } )
			);
		} else if ( current && typeof current === 'object' ) {
			const copy: Record< string, unknown > = {};
			for ( const [ name, child ] of Object.entries( current ) ) {
				copy[ strip( name ) ] = child;
			}
			( holder as Record< string | number, unknown > )[ key ] = copy;
			for ( const name of Object.keys( copy ) ) {
				pending.push( { holder: copy, key: name } );
			}
		}
	}
	return root.value as T;
}
