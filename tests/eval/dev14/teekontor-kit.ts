/**
 * Shared pieces of the Teekontor Alster dev set (tests/eval/dev14): euro amounts in every
 * form a German or an English reply may write them (dev9's eur), what a stock reply must
 * say, and what a reply about a product the shop does not sell or a question its data does
 * not answer must say (dev9's phrases, plus this shop's own ways to reach a person).
 */
import type { Matcher } from '../types';
import {
	eur,
	NOT_KNOWN as UNKNOWN_BASE,
	NOT_SOLD as SOLD_BASE,
} from '../dev9/loom-lantern-questions';

export { eur };
export { numberedQuestions } from '../question-kit';

/** The shop's e-mail address and phone number, as a hand-over may quote them. */
export const REACH = [ 'kontor@teekontor-alster.example', '555 718 20' ];

/** The reply says the shop does not sell it (or hands over to a person). */
export const NOT_SOLD: Matcher = [
	...( SOLD_BASE as string[] ),
	'bieten wir nicht',
	'verkaufen wir nicht',
	'gibt es bei uns nicht',
	'nicht in unserem sortiment',
	'unfortunately',
	'we only',
	'nur losen',
	...REACH,
];

/** The reply owns up to not knowing (or hands over to a person). */
export const NOT_KNOWN: Matcher = [
	...( UNKNOWN_BASE as string[] ),
	'unfortunately',
	'leider',
	'keine information',
	...REACH,
];

export { backorder, inStock, soldOut } from '../phrases';

/** A temperature in °C as the shop writes it or a reply may ("80 °C", "80°C", "80 Grad"). */
export const celsius = ( value: string ): string[] => [
	`${ value } °C`,
	`${ value }°C`,
	`${ value } Grad`,
	`${ value } degrees`,
];

/** A range as the shop writes it ("3–5") or a reply may ("3-5", "3 bis 5", "3 to 5"). */
export const range = ( from: string, to: string ): string[] => [
	`${ from }–${ to }`,
	`${ from }-${ to }`,
	`${ from } – ${ to }`,
	`${ from } bis ${ to }`,
	`${ from } to ${ to }`,
	`${ from } and ${ to }`,
];
