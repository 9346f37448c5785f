/**
 * Helpers of the Klangraum dev set (klangraum-dev.ts): a question in one line, the forms a
 * Swiss franc amount may take in a right reply, and the phrases of an honest "we don't
 * have that" or "that is not stated" answer.
 */
import { NOT_FOUND, PERSON } from '../phrases';
import type { Matcher } from '../types';

/**
 * A franc amount as a shopper accepts it: "CHF 1'249.00", "1’249", "1249", "1 249" for
 * thousands; "479" (also "479.00", "479.–") below; "70.50" / "70,50" with Rappen. The
 * German "1.249,00" is not accepted: a Swiss shopper reads it as a different number.
 * @param amount WooCommerce's decimal string, "1249.00"
 */
export function chf( amount: string ): string[] {
	const [ whole, cents ] = Number( amount ).toFixed( 2 ).split( '.' ) as [
		string,
		string,
	];
	if ( cents !== '00' ) {
		return [ `${ whole }.${ cents }`, `${ whole },${ cents }` ];
	}
	if ( whole.length < 4 ) {
		return [ whole ];
	}
	const grouped = whole.replace( /\B(?=(\d{3})+(?!\d))/g, "'" );
	return [
		grouped,
		grouped.replace( /'/g, '’' ),
		whole,
		grouped.replace( /'/g, ' ' ),
	];
}

const PERSON_WORDS = PERSON as string[];

/** An honest "the shop doesn't carry it" (or the offer of a person). */
export const HONEST_NO: Matcher = [
	...NOT_FOUND,
	...PERSON_WORDS,
	'führen wir nicht',
	'haben wir nicht',
	'verkaufen wir nicht',
	'nicht im sortiment',
	'nicht in unserem sortiment',
	'leider',
	'keine ',
	'kein ',
	"don't carry",
	"don't sell",
	'do not sell',
	'do not carry',
	"don't have",
	'do not have',
	"doesn't carry",
	'not in our range',
	'not part of our range',
	'unfortunately',
];

/** An honest "the shop's pages don't say" (or the offer of a person or of contact). */
export const UNSURE: Matcher = [
	...NOT_FOUND,
	...PERSON_WORDS,
	'nicht angegeben',
	'keine angabe',
	'nicht sagen',
	'nicht beantworten',
	'not stated',
	'not mentioned',
	"don't know",
	'do not know',
	'not sure',
	'kontaktieren',
	'contact',
	'anrufen',
	'call us',
	'rufen sie',
	'e-mail',
	'email',
];

export { question as q } from '../question-kit';
