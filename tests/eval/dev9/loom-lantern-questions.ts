/**
 * Shared pieces of the Loom & Lantern dev set (tests/eval/dev9): a question's shape, euro
 * amounts in the shop's form and the German one, what a stock reply must say, and what a
 * reply about a missing product or an unanswered question must say.
 */
import { NOT_FOUND, PERSON, STATUS } from '../phrases';
import type { Matcher } from '../types';

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

/** The reply says the shop does not sell it, or hands over to a person. */
export const NOT_SOLD: Matcher = [
	...NOT_FOUND,
	"don't sell",
	'do not sell',
	"don't have",
	'do not have',
	"don't stock",
	'do not stock',
	"don't carry",
	'not something we',
	'führen wir nicht',
	'haben wir nicht',
	'nicht im sortiment',
	'leider kein',
	'leider nicht',
	...( PERSON as string[] ),
];

/** The reply owns up to not knowing, or hands over to a person. */
export const NOT_KNOWN: Matcher = [
	...( NOT_SOLD as string[] ),
	"don't know",
	'not sure',
	'no details',
	"isn't stated",
	'not stated',
	'not mentioned',
	'contact us',
	'get in touch',
	'weiß ich nicht',
	'keine angaben',
	'nicht angegeben',
	'kontaktieren',
	'wenden sie sich',
	'melden sie sich',
];

export { question as q } from '../question-kit';

export { backorder, inStock, soldOut } from '../phrases';
export const size = ( a: number, b: number ) =>
	new RegExp( `${ a }\\s*(x|×|by)\\s*${ b }`, 'i' );
export const delivered = ( ...more: string[] ) => [
	...STATUS.completed!,
	'delivered',
	'zugestellt',
	'geliefert',
	...more,
];
