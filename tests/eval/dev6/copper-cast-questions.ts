/**
 * Helpers for the Copper & Cast dev questions (copper-cast-dev.ts): a question in English or
 * German, the equivalent forms of a dollar amount, and the answers an honest reply gives when
 * the shop does not sell something or its pages do not say.
 */
import { NOT_FOUND, PERSON } from '../phrases';
import type { EvalQuestion, Matcher } from '../types';

type Ask = (
	id: string,
	category: string,
	text: string,
	mustContain: Matcher[],
	mustNotContain?: Matcher[],
	before?: string[]
) => EvalQuestion;

const asker =
	( lang: 'en' | 'de' ): Ask =>
	( id, category, text, mustContain, mustNotContain = [], before ) => ( {
		id,
		category,
		lang,
		...( before ? { before } : {} ),
		text,
		mustContain,
		mustNotContain,
	} );

export const en = asker( 'en' );
export const de = asker( 'de' );

/** "46.95" → the shop's form and the German one ("46,95"); thousands in both orders. */
export function usd( amount: string ): string[] {
	const [ whole, cents ] = amount.split( '.' );
	const grouped = Number( whole ) >= 1000;
	const plain = grouped
		? whole!.replace( /\B(?=(\d{3})+(?!\d))/g, ',' )
		: whole!;
	return [
		`${ plain }.${ cents }`,
		`${ plain.replace( /,/g, '.' ) },${ cents }`,
		...( grouped ? [ plain, plain.replace( /,/g, '.' ) ] : [] ),
	];
}

const personWords = PERSON as string[];

/** The shop does not sell it: said plainly, or handed to a person. */
export const NOT_CARRIED = [
	...NOT_FOUND,
	...personWords,
	"don't sell",
	'do not sell',
	"don't carry",
	'do not carry',
	"don't have",
	'do not have',
	"don't stock",
	"don't offer",
	'not carry',
	'not sell',
	'no longer',
	'führen wir nicht',
	'führen keine',
	'führen leider',
	'haben wir nicht',
	'haben keine',
	'haben leider keine',
	'verkaufen keine',
	'verkaufen wir nicht',
	'nicht im sortiment',
	'nicht in unserem sortiment',
	'gibt es bei uns nicht',
	'bieten keine',
	'bieten wir nicht',
];

/** The pages do not say: admitted, or handed to a person. */
export const UNSURE = [
	...NOT_FOUND,
	...personWords,
	"don't know",
	'not sure',
	"doesn't say",
	'does not say',
	'not mentioned',
	'not listed',
	'not stated',
	"don't have information",
	"don't have details",
	'no details',
	'not specified',
	'weiß ich nicht',
	'nicht angegeben',
	'keine angabe',
	'keine details',
	'nicht bekannt',
	'nicht sicher',
	'nicht erwähnt',
	'nicht aufgeführt',
];
