/**
 * How a comparison is put to the shopper: its frame says when the quoted product
 * information is in the other language (a German shopper comparing two products of an
 * English shop reads English attribute lines; the frame tells why).
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
