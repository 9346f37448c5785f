/**
 * Text analysis shared by the knowledge index, product search and the responder's question
 * reading. The API (keep it stable, other modules build on it):
 *
 * - detectTextLanguage(text) → 'de' | 'en' | null — works on one short question.
 * - analyze(text, lang) → stemmed, folded tokens without stop words (lang null = both).
 * - queryTerms(text, lang) → analyze() without duplicates.
 * - stem(word, lang), fold(word).
 * - conceptsOf(tokens, lang) → language-independent concepts (returns, shipping, warranty …);
 *   conceptToken(concept) is how the index stores one; expandQuery() does both at once.
 * - langOfLocale('de_DE') → 'de'; words(text) → lower-case words (e-mails and URLs removed).
 */
import { analyze } from './analyze';
import { conceptsOf, conceptToken, type Concept } from './concepts';
import type { Lang } from './language';

export { analyze, fold, queryTerms, stem } from './analyze';
export { everydayForms } from './everyday-words';
export { formLines } from './form-lines';
export {
	conceptStems,
	conceptsOf,
	conceptToken,
	conceptWords,
	detectTextLanguage,
	textNamesConcept,
	vocabularyLanguage,
} from './concepts';
export {
	detectLanguage,
	langOfLocale,
	STOP_WORDS,
	LANGS,
	words,
} from './language';
export type { Lang } from './language';
export {
	findProductTerms,
	formTokens,
	productWordAlternatives,
	productWordLanguage,
	type ProductTermMatch,
} from './translate';
export type { Concept } from './lexicon';
export { ARRANGEMENT_CONCEPTS } from './lexicon-arrangements';

export interface AnalyzedText {
	/** Stemmed tokens, duplicates kept. */
	tokens: string[];
	/** Concepts the text names, in any of its languages. */
	concepts: Concept[];
	/** tokens plus one conceptToken() per concept: what goes into (or is looked up in) the index. */
	indexTokens: string[];
}

/**
 * A text ready for the index or a query: its tokens, its concepts, and both together. A
 * question is analysed in its own language; a page in the shop's (null = both).
 */
export function analyzeWithConcepts(
	text: string,
	lang: Lang | null
): AnalyzedText {
	const tokens = analyze( text, lang );
	const concepts = conceptsOf( tokens, lang );
	return {
		tokens,
		concepts,
		indexTokens: [ ...tokens, ...concepts.map( conceptToken ) ],
	};
}

/** The distinct terms to look up for a question: its stems and its concepts' tokens. */
export function expandQuery( text: string, lang: Lang | null ): string[] {
	return [ ...new Set( analyzeWithConcepts( text, lang ).indexTokens ) ];
}
