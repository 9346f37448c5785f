/**
 * How the Loom & Lantern dev questions (loom-lantern-*-set.json) write a euro amount: the
 * shop's form and the German one. The questions themselves hold the forms written out;
 * loom-lantern-consistency.test.ts keeps this helper as their reference.
 */

/**
 * An amount as the shop writes it ("1,249.00", "49.95") or a German reply would ("1.249,00",
 * "49,95"), with the cents left off when they are 00.
 * @param value WooCommerce's decimal string, "1249.00".
 */
export function eur( value: string ): string[] {
	const [ whole, cents ] = value.split( '.' ) as [ string, string ];
	const group = ( sep: string ) =>
		whole.replace( /\B(?=(\d{3})+(?!\d))/g, sep );
	const forms = [
		`${ group( ',' ) }.${ cents }`,
		`${ group( '.' ) },${ cents }`,
	];
	if ( cents === '00' ) {
		forms.push( group( ',' ), group( '.' ) );
	}
	return [ ...new Set( forms ) ];
}
