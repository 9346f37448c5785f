/**
 * Concepts: language-independent names for the shop vocabulary (see lexicon.ts). The index
 * stores a passage's concepts as extra tokens and a question adds its own, so "return
 * policy" meets "Widerrufsrecht" and "Versandkosten" meets "shipping costs".
 */
import { stem } from './analyze';
import { detectLanguage, LANGS, words, type Lang } from './language';
import { LEXICON, type Concept } from './lexicon';

type StemIndex = ReadonlyMap< string, Concept[] >;

function buildStemIndex( lang: Lang ): StemIndex {
	const index = new Map< string, Concept[] >();
	for ( const [ concept, entry ] of Object.entries( LEXICON ) as Array<
		[ Concept, ( typeof LEXICON )[ Concept ] ]
	> ) {
		for ( const word of entry[ lang ] ) {
			const key = stem( word, lang );
			const list = index.get( key ) ?? [];
			if ( ! list.includes( concept ) ) {
				list.push( concept );
			}
			index.set( key, list );
		}
	}
	return index;
}

const STEM_INDEX: Record< Lang, StemIndex > = {
	en: buildStemIndex( 'en' ),
	de: buildStemIndex( 'de' ),
};

/** Surface words of the lexicon, folded, per language: evidence for detectLanguage. */
const SURFACE: Record< Lang, ReadonlySet< string > > = {
	en: new Set(
		Object.values( LEXICON ).flatMap( ( entry ) =>
			entry.en.map( ( w ) => w.toLowerCase() )
		)
	),
	de: new Set(
		Object.values( LEXICON ).flatMap( ( entry ) =>
			entry.de.map( ( w ) => w.toLowerCase() )
		)
	),
};

/** Which language a word of the shop vocabulary belongs to (null when both or neither). */
export function vocabularyLanguage( word: string ): Lang | null {
	const en = SURFACE.en.has( word );
	const de = SURFACE.de.has( word );
	if ( en === de ) {
		return null;
	}
	return en ? 'en' : 'de';
}

// The responder asks the language of each retrieved passage again on every message (issue
// 12); the answer depends on the text alone. Bounded in entries and in text length (memory).
const languageMemo = new Map< string, Lang | null >();
const LANGUAGE_MEMO_TEXT_AT_MOST = 20_000;

/**
 * The language of a text (question or page): stop words, German letters and the shop
 * vocabulary as evidence. Null when undecided; callers fall back to the shop's language.
 */
export function detectTextLanguage( text: string ): Lang | null {
	if ( text.length > LANGUAGE_MEMO_TEXT_AT_MOST ) {
		return detectLanguage( text, vocabularyLanguage );
	}
	let lang = languageMemo.get( text );
	if ( lang === undefined ) {
		lang = detectLanguage( text, vocabularyLanguage );
		if ( languageMemo.size >= 2000 ) {
			languageMemo.clear();
		}
		languageMemo.set( text, lang );
	}
	return lang;
}

/** The concepts named by analysed tokens (from analyze() in the same language; null = both). */
export function conceptsOf( tokens: string[], lang: Lang | null ): Concept[] {
	const found = new Set< Concept >();
	for ( const language of lang ? [ lang ] : LANGS ) {
		for ( const token of tokens ) {
			for ( const concept of STEM_INDEX[ language ].get( token ) ?? [] ) {
				found.add( concept );
			}
		}
	}
	return [ ...found ];
}

const CONCEPT_TOKEN_PREFIX = 'concept';

/** The index token standing for a concept ("conceptreturns"); no real word looks like it. */
export function conceptToken( concept: Concept ): string {
	return `${ CONCEPT_TOKEN_PREFIX }${ concept }`;
}

/**
 * The words that name a concept in a language, as written (for highlighting or for finding
 * the sentence that states the asked fact in a passage of the other language).
 */
export function conceptWords(
	concept: Concept,
	lang: Lang
): readonly string[] {
	return LEXICON[ concept ][ lang ];
}

/** The stems that name a concept in a language (what analyze() produces for them). */
export function conceptStems( concept: Concept, lang: Lang ): string[] {
	return [
		...new Set(
			conceptWords( concept, lang ).map( ( w ) => stem( w, lang ) )
		),
	];
}

/**
 * Whether a text (a sentence) names a concept in either language: lets a caller pick the
 * sentence of a passage that states the asked fact.
 */
export function textNamesConcept( text: string, concept: Concept ): boolean {
	return LANGS.some( ( lang ) => {
		const stems = new Set( conceptStems( concept, lang ) );
		return words( text ).some( ( word ) =>
			stems.has( stem( word, lang ) )
		);
	} );
}

export type { Concept };
