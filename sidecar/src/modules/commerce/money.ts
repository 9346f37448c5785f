/** Prices as WooCommerce sends them ("19.99") to integer minor units, without floating-point error. */

/**
 * `compute`, with its answers kept per currency code. Building an Intl.NumberFormat costs
 * far more than using one, and every price on every chat answer asked again (issue 12's
 * profile).
 *
 * @param compute What to ask ICU for one currency code.
 */
function perCurrency< T >(
	compute: ( currency: string ) => T
): ( currency: string ) => T {
	const answers = new Map< string, T >();
	return ( currency ) => {
		let answer = answers.get( currency );
		if ( answer === undefined ) {
			answer = compute( currency );
			// Bounded: a currency code is three letters, but it comes from the shop.
			if ( answers.size < 1000 ) {
				answers.set( currency, answer );
			}
		}
		return answer;
	};
}

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY), from the runtime's ICU data. */
export const currencyExponent = perCurrency( exponentOf );

function exponentOf( currency: string ): number {
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

/**
 * How a shop prints prices: WooCommerce's Settings → General → Currency options
 * (woocommerce_currency_pos, _price_thousand_sep, _price_decimal_sep, _price_num_decimals).
 */
export interface PriceFormat {
	currencyPosition: 'left' | 'right' | 'left_space' | 'right_space';
	thousandSeparator: string;
	decimalSeparator: string;
	decimals: number;
}

/** WooCommerce's defaults (class-wc-settings-general.php): "$1,234.56". */
export const DEFAULT_PRICE_FORMAT: PriceFormat = Object.freeze( {
	currencyPosition: 'left',
	thousandSeparator: ',',
	decimalSeparator: '.',
	decimals: 2,
} );

/** The currency's symbol as shops show it ("€", "£", "$", "CHF"), from ICU data. */
export const currencySymbol = perCurrency( symbolOf );

function symbolOf( currency: string ): string {
	try {
		return (
			new Intl.NumberFormat( 'en', {
				style: 'currency',
				currency,
				currencyDisplay: 'narrowSymbol',
			} )
				.formatToParts( 0 )
				.find( ( part ) => part.type === 'currency' )?.value ?? currency
		);
	} catch {
		return currency;
	}
}

/** number_format(): groups of three joined by the thousand separator, fixed decimals. */
function numberFormat( value: number, format: PriceFormat ): string {
	const fixed = Math.abs( value ).toFixed( format.decimals );
	const [ whole = '0', fraction ] = fixed.split( '.' );
	const grouped = whole.replace(
		/\B(?=(\d{3})+(?!\d))/g,
		format.thousandSeparator
	);
	return fraction
		? `${ grouped }${ format.decimalSeparator }${ fraction }`
		: grouped;
}

/** A shop's price as WooCommerce's wc_price() prints it (a plain space where it puts &nbsp;). */
function formatWithShopFormat(
	minor: number,
	currency: string,
	format: PriceFormat
): string {
	const amount = numberFormat(
		minor / 10 ** currencyExponent( currency ),
		format
	);
	const symbol = currencySymbol( currency );
	const sign = minor < 0 ? '-' : '';
	switch ( format.currencyPosition ) {
		case 'right':
			return `${ sign }${ amount }${ symbol }`;
		case 'left_space':
			return `${ sign }${ symbol } ${ amount }`;
		case 'right_space':
			return `${ sign }${ amount } ${ symbol }`;
		default:
			return `${ sign }${ symbol }${ amount }`;
	}
}

/**
 * 1999, EUR -> a price for the shopper. With the shop's PriceFormat: exactly as the shop
 * prints it ("19,99 €" for a German shop); with a locale string: that locale's currency
 * format ("€19.99" for 'en'). Only ever called with a price from the shop's data.
 */
export function formatMoney(
	minor: number,
	currency: string,
	formatOrLocale: PriceFormat | string = 'en'
): string {
	if ( typeof formatOrLocale === 'object' ) {
		return formatWithShopFormat( minor, currency, formatOrLocale );
	}
	const exponent = currencyExponent( currency );
	const formatter = currencyFormatter( formatOrLocale, currency );
	return formatter
		? formatter.format( minor / 10 ** exponent )
		: `${ ( minor / 10 ** exponent ).toFixed( exponent ) } ${ currency }`;
}

/**
 * Intl.NumberFormat per locale and currency, built once (issue 12: formatMoney built one
 * for every price of every card on every chat answer, 6% of the responder's profile); null
 * where ICU refuses the pair. Bounded like perCurrency: both come from the shop and the
 * shopper.
 */
const currencyFormatters = new Map< string, Intl.NumberFormat | null >();

function currencyFormatter(
	locale: string,
	currency: string
): Intl.NumberFormat | null {
	const key = `${ locale } ${ currency }`;
	let formatter = currencyFormatters.get( key );
	if ( formatter === undefined ) {
		try {
			formatter = new Intl.NumberFormat( locale, {
				style: 'currency',
				currency,
			} );
		} catch {
			formatter = null;
		}
		if ( currencyFormatters.size < 1000 ) {
			currencyFormatters.set( key, formatter );
		}
	}
	return formatter;
}
