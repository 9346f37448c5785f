/**
 * How a page and a question become index terms (ADR 0023). The page's language is detected
 * from its own text (the shop's language where undecided; both stemmings when that is
 * unknown too); its passages are stored with analysed title, heading and body tokens, each
 * with the concept tokens of the shop vocabulary, so an English question meets a German
 * page through "conceptreturns" and a German question meets it through its stems as well.
 */
import {
	analyzeWithConcepts,
	detectTextLanguage,
	queryTerms,
	type Concept,
	type Lang,
	analyze,
	conceptsOf,
	conceptToken,
	words,
} from '../../platform/text';
import type { AnalysedPassage } from './repo';
import type { Passage } from './text';

/**
 * Bump when the analysis changes (the lexicon too: its concepts are index tokens):
 * knowledge.reanalyze re-tokenises older passages. 2: the arrangements (subscriptions,
 * damage, appointments …) joined the lexicon.
 */
export const ANALYSIS_VERSION = 2;

/** The language of a page: detected from its text, else the shop's, else unknown (null). */
export function pageLanguage(
	text: string,
	shopLang: Lang | null
): Lang | null {
	return detectTextLanguage( text.slice( 0, 4000 ) ) ?? shopLang;
}

function indexTokens( text: string, lang: Lang | null ): string {
	return analyzeWithConcepts( text, lang ).indexTokens.join( ' ' );
}

export function analysePassage(
	title: string,
	passage: Passage,
	lang: Lang | null
): AnalysedPassage {
	return {
		...passage,
		termsTitle: indexTokens( title, lang ),
		termsHeading:
			passage.heading === title
				? ''
				: indexTokens( passage.heading, lang ),
		termsBody: indexTokens( passage.body, lang ),
	};
}

/**
 * One meaningful word of a question with every index term that would answer it: its stem
 * (in the question's language, or both), compound parts, and the tokens of its concepts.
 */
export interface AskedWord {
	word: string;
	alternatives: string[];
}

export interface AnalysedQuestion {
	lang: Lang | null;
	words: AskedWord[];
	concepts: Concept[];
	/** Everything to look up in the index. */
	terms: string[];
}

export function analyseQuestion(
	question: string,
	lang: Lang | null
): AnalysedQuestion {
	const asked: AskedWord[] = [];
	for ( const word of new Set( words( question ) ) ) {
		const stems = analyze( word, lang );
		if ( stems.length === 0 ) {
			continue;
		}
		const concepts = conceptsOf( stems, lang ).map( conceptToken );
		asked.push( {
			word,
			alternatives: [ ...new Set( [ ...stems, ...concepts ] ) ],
		} );
	}
	const whole = analyzeWithConcepts( question, lang );
	return {
		lang,
		words: asked,
		concepts: whole.concepts,
		terms: [
			...new Set( [
				...queryTerms( question, lang ),
				...whole.indexTokens,
			] ),
		],
	};
}

/** Share of the question's words the passage answers (by stem, compound part or concept), 0..1. */
export function coverageOf(
	question: AnalysedQuestion,
	passageTerms: string
): number {
	if ( question.words.length === 0 ) {
		return 0;
	}
	const present = new Set( passageTerms.split( ' ' ) );
	const answered = question.words.filter( ( w ) =>
		w.alternatives.some( ( term ) => present.has( term ) )
	).length;
	return answered / question.words.length;
}
