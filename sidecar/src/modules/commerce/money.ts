/** Prices as WooCommerce sends them ("19.99") to integer minor units, without floating-point error. */

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY), from the runtime's ICU data. */
export function currencyExponent( currency: string ): number {
	try {
		return (
			new Intl.NumberFormat( 'en', {
				style: 'currency',
				currency,
			} ).resolvedOptions().maximumFractionDigits ?? 2
		);
	} catch {
		return 2;
	}
}

/** "19.99" -> 1999 (EUR); "" or garbage -> null (the shop shows no price). */
export function toMinorUnits(
	amount: string,
	currency: string
): number | null {
	const match = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/.exec( amount );
	if ( ! match ) {
		return null;
	}
	const exponent = currencyExponent( currency );
	const fraction = ( match[ 3 ] ?? '' )
		.padEnd( exponent, '0' )
		.slice( 0, exponent );
	const minor = Number( `${ match[ 2 ] }${ fraction }` );
	return match[ 1 ] ? -minor : minor;
}

/** 1999, EUR -> "€19.99" in the shopper's locale. Only ever called with a price from the shop's data. */
export function formatMoney(
	minor: number,
	currency: string,
	locale = 'en'
): string {
	const exponent = currencyExponent( currency );
	try {
		return new Intl.NumberFormat( locale, {
			style: 'currency',
			currency,
		} ).format( minor / 10 ** exponent );
	} catch {
		return `${ ( minor / 10 ** exponent ).toFixed( exponent ) } ${ currency }`;
	}
}
