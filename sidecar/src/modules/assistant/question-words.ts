/**
 * The words of a shopper's question as the naming code reads them: meaning-bearing words
 * folded, the other-language forms of its product words, the money amounts it names, and
 * whether its topic words are only part of a product's kind. Split from product-naming.ts.
 */
import {
	findProductTerms,
	fold,
	formTokens,
	productWordAlternatives,
} from '../../platform/text';
import { contentWords, signalsOf, unicodeBoundaries } from './analysis';
import { textMemo } from './memo';

/** German "etwas machen lassen": a job the shop is asked to do. */
const HAVE_DONE = unicodeBoundaries( /\b\p{L}{4,}en (zu )?lassen\b/iu );

/**
 * Whether every topic word of the question is part of a kind of product it names
 * ("shipping box", "Garantieverlängerung"): then it asks about that product, not a page.
 * @param question
 */
export function topicOnlyInProductWords( question: string ): boolean {
	// "… schleifen zu lassen" has something done: a service, even where the verb is also
	// a product's plural ("Schleifen", ribbons).
	if ( HAVE_DONE.test( question ) ) {
		return false;
	}
	const tokens = formTokens( question );
	const inTerms = new Set(
		findProductTerms( tokens ).flatMap( ( term ) =>
			Array.from( { length: term.length }, ( _, i ) => term.start + i )
		)
	);
	const topical = tokens
		.map( ( token, index ) => ( { token, index } ) )
		.filter( ( { token } ) => {
			const found = signalsOf( token );
			return found.has( 'policy' ) || found.has( 'contact' );
		} );
	return (
		topical.length > 0 &&
		topical.every( ( { index } ) => inTerms.has( index ) )
	);
}

/** Meaning-bearing words, folded (ß → ss, no accents), so "Mühle" meets "muhle". */
const foldedMemo = textMemo< readonly string[] >();

export function foldedWords( value: string ): string[] {
	return foldedMemo( value, ( v ) => contentWords( v ).map( fold ) ).slice();
}

/**
 * The shopper's words (3+ letters, folded) and the other-language forms of the product
 * words among them ("kettle" → wasserkocher; "Kaffeemühle" → coffee, grinder).
 * @param question
 */
export function askedWords( question: string ): string[] {
	return [
		...new Set( [
			...foldedWords( question ).filter( ( w ) => w.length >= 3 ),
			...productWordAlternatives( question ).flatMap( ( form ) =>
				form.split( ' ' ).filter( ( w ) => w.length >= 3 )
			),
		] ),
	];
}

/** Money amounts written with a currency ("$100", "100 €", "100 Euro"), as numbers. */
export function moneyAmounts( value: string ): number[] {
	return [
		...value.matchAll(
			/[€$£]\s?(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s?(?:€|eur\b|euro|dollars?\b|usd\b|£)/giu
		),
	].map( ( m ) => Number( ( m[ 1 ] ?? m[ 2 ]! ).replace( ',', '.' ) ) );
}
