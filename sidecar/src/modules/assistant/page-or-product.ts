/**
 * Whether a question that touches a product is about the product or about a page: the
 * price of a job the shop does to it (a price list), or a topic word that is only part of
 * its name ("Return Tote").
 */
import type { ProductMatch } from '../commerce/service';
import { contentWords, sameWord, signalsOf, type Analysis } from './analysis';
import { passageNamesMore, statesMoney, type RankedPassage } from './evidence';

/**
 * A price the pages state for something no product found is called ("Was kostet das
 * Laufrad zentrieren?": the workshop's price list, not the wheels).
 * @param analysis
 * @param found
 * @param passage
 */
export function serviceOnPage(
	analysis: Analysis,
	found: ProductMatch[],
	passage: RankedPassage | null
): passage is RankedPassage {
	return (
		passage !== null &&
		analysis.signals.has( 'price' ) &&
		statesMoney( passage.quote ) &&
		passageNamesMore(
			analysis.searchText,
			passage,
			found.map( ( match ) => match.product.name )
		)
	);
}

/** Whether every topic word of the question is a word of the product's name ("Return Tote"). */
export function topicWordsInName(
	question: string,
	match: ProductMatch
): boolean {
	const name = contentWords( match.product.name );
	const topicWords = contentWords( question ).filter(
		( w ) =>
			signalsOf( w ).has( 'policy' ) || signalsOf( w ).has( 'contact' )
	);
	return (
		topicWords.length > 0 &&
		topicWords.every( ( w ) => name.some( ( n ) => sameWord( n, w ) ) )
	);
}
