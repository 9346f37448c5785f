/**
 * Text analysis shared by the index and the questions: the same tokens on both sides, so a
 * word form in a question meets the same word in a page. Lower-case, umlauts and ß folded
 * (ä → a, ß → ss), stop words removed, Snowball-stemmed per language; German compounds also
 * yield the shop-vocabulary words they contain ("Versandkosten" → versandkost, versand, kost).
 */
import { newStemmer } from 'snowball-stemmers';
import { LEXICON } from './lexicon';
import { LANGS, STOP_WORDS, words, type Lang } from './language';

const STEMMERS = {
	en: newStemmer( 'english' ),
	de: newStemmer( 'german' ),
} as const;

/** Lower-case, ß → ss, accents and umlauts stripped: the one folding index and query share. */
export function fold( word: string ): string {
	return word
		.toLowerCase()
		.replace( /ß/g, 'ss' )
		.normalize( 'NFKD' )
		.replace( /[\u0300-\u036f]/g, '' );
}

// Snowball stemming was 9% of the chat path's CPU (docs/performance.md), mostly the same
// words again: product names, stop-word-free questions, the lexicon. Remembered per language;
// the memo is dropped whole when it grows past its bound (a catalog's vocabulary fits).
const STEM_MEMO_LIMIT = 100_000;
const stemMemo: Record< Lang, Map< string, string > > = {
	en: new Map(),
	de: new Map(),
};

/**
 * The stem of one word in a language, folded. German stems before folding (its stemmer
 * knows ä/ö/ü/ß); English folds first (its stemmer knows only ASCII).
 */
export function stem( word: string, lang: Lang ): string {
	const memo = stemMemo[ lang ];
	const known = memo.get( word );
	if ( known !== undefined ) {
		return known;
	}
	const stemmed = stemUncached( word, lang );
	if ( memo.size >= STEM_MEMO_LIMIT ) {
		memo.clear();
	}
	memo.set( word, stemmed );
	return stemmed;
}

function stemUncached( word: string, lang: Lang ): string {
	const lower = word.toLowerCase();
	if ( /^\p{N}/u.test( lower ) ) {
		return fold( lower );
	}
	return lang === 'de'
		? fold( STEMMERS.de.stem( lower ) )
		: STEMMERS.en.stem( fold( lower ) );
}

/**
 * German vocabulary stems a compound may start or end with. A root found at the start must
 * be 5+ letters, at the end 4+ (the head of a German compound is its last part), so short
 * roots do not match by accident.
 */
const COMPOUND_ROOTS: readonly string[] = [
	...new Set(
		Object.values( LEXICON ).flatMap( ( entry ) =>
			entry.de
				.filter( ( word ) => /^\p{Lu}/u.test( word ) )
				.map( ( word ) => stem( word, 'de' ) )
		)
	),
].filter( ( root ) => root.length >= 4 );

function compoundParts( token: string ): string[] {
	return COMPOUND_ROOTS.filter(
		( root ) =>
			token.length >= root.length + 3 &&
			( ( root.length >= 5 && token.startsWith( root ) ) ||
				token.endsWith( root ) )
	);
}

/** Splits "500ml" into "500" and "ml" (and keeps "500ml"), so quantities meet their units. */
function withNumberParts( word: string ): string[] {
	const parts = word.match( /\p{N}+|\p{L}+/gu ) ?? [];
	return parts.length > 1 ? [ word, ...parts ] : [ word ];
}

function isUseful( word: string ): boolean {
	return /^\p{N}+$/u.test( word ) || word.length > 1;
}

function analyzeOne( text: string, lang: Lang ): string[] {
	const tokens: string[] = [];
	for ( const raw of words( text ) ) {
		if ( STOP_WORDS[ lang ].has( raw ) ) {
			continue;
		}
		for ( const word of withNumberParts( raw ) ) {
			if ( ! isUseful( word ) ) {
				continue;
			}
			const token = stem( word, lang );
			tokens.push( token );
			if ( lang === 'de' ) {
				tokens.push( ...compoundParts( token ) );
			}
		}
	}
	return tokens;
}

/**
 * The search tokens of a text, in order, duplicates kept (term frequency matters to BM25).
 * With lang null (language unknown) the tokens of both languages are returned.
 */
export function analyze( text: string, lang: Lang | null ): string[] {
	if ( lang ) {
		return analyzeOne( text, lang );
	}
	const en = analyzeOne( text, 'en' );
	const de = analyzeOne( text, 'de' );
	return [ ...en, ...de.filter( ( token ) => ! en.includes( token ) ) ];
}

/** analyze() without duplicates: the terms of a query. */
export function queryTerms( text: string, lang: Lang | null ): string[] {
	return [ ...new Set( analyze( text, lang ) ) ];
}

export { LANGS };
