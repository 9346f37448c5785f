/**
 * How quoted product information is put to the shopper, in a comparison or as a product's
 * specification: the frame says when it is in the other language (a German shopper asking
 * about a product of an English shop reads English attribute lines; the frame tells why).
 */
import { guessLanguage } from './analysis';
import { messages, type Lang } from './messages';

/**
 * The language the products' own information is written in: their quoted lines' when they
 * tell, else their descriptions' (attribute lines alone are often only names and figures).
 * @param shown        the attribute lines or sentences the answer quotes
 * @param descriptions the products' descriptions (HTML)
 */
export function dataLanguage(
	shown: string[],
	descriptions: string[]
): Lang | null {
	return (
		guessLanguage( shown.join( '\n' ) ) ??
		guessLanguage(
			descriptions.join( ' ' ).replace( /<[^>]*>|&[#\w]+;/g, ' ' )
		)
	);
}

/**
 * The sentence a comparison opens with, in the shopper's language; it says so when the
 * quoted lines are in the other one.
 * @param lang         the shopper's language
 * @param shown        the quoted lines
 * @param descriptions the products' descriptions
 */
export function comparedFrame(
	lang: Lang,
	shown: string[],
	descriptions: string[]
): string {
	const m = messages( lang );
	if ( shown.length === 0 ) {
		return m.compared;
	}
	const written = dataLanguage( shown, descriptions );
	return written && written !== lang ? m.comparedOtherLanguage : m.compared;
}

/**
 * The sentence a product's quoted specification opens with, in the shopper's language; it
 * says so when the quoted lines are in the other one.
 * @param lang        the shopper's language
 * @param name        the product's name
 * @param shown       the quoted lines
 * @param description the product's description (HTML)
 */
export function specFrame(
	lang: Lang,
	name: string,
	shown: string[],
	description: string
): string {
	const m = messages( lang );
	const written = dataLanguage( shown, [ description ] );
	return written && written !== lang
		? m.specFoundOtherLanguage( name )
		: m.specFound( name );
}
