/**
 * Product words across languages: finds the kinds of products, materials, colours and
 * origins of the bilingual product vocabulary (products.ts) in a question's words and gives
 * the other forms that name the same thing, in both languages. "coffee grinder" →
 * kaffeemuhle, muhle, espressomuhle, grinder …; "Wasserkocher" → kettle, electric kettle.
 * A German compound that is not in the vocabulary is read by its head ("Espressomühle" is
 * a Mühle), the way German builds them.
 */
import { fold, stem } from './analyze';
import { STOP_WORDS, words, type Lang } from './language';
import { PRODUCT_VOCABULARY, type ProductTerm } from './products';

/** A form as the keyword search writes it: folded words, no English stop words, no one-letter words. */
export function formTokens( form: string ): string[] {
	return words( form )
		.map( fold )
		.filter( ( w ) => w.length > 1 && ! STOP_WORDS.en.has( w ) );
}

interface FormRef {
	entry: ProductTerm;
	/** The form as searchable words ("coffee grinder"). */
	text: string;
}

const MAX_SPAN = 4;

function stemKey( tokens: string[], lang: Lang ): string {
	return tokens.map( ( t ) => stem( t, lang ) ).join( ' ' );
}

/** Per language, the stem key of every form → the entries it names. */
const FORMS: Record< Lang, Map< string, FormRef[] > > = {
	en: new Map(),
	de: new Map(),
};
/** German single-word forms by stem, for reading an unknown compound by its head. */
const GERMAN_HEADS: Array< { head: string; entry: ProductTerm } > = [];

for ( const entry of PRODUCT_VOCABULARY ) {
	for ( const lang of [ 'en', 'de' ] as const ) {
		for ( const form of entry[ lang ] ) {
			const tokens = formTokens( form );
			if ( tokens.length === 0 || tokens.length > MAX_SPAN ) {
				continue;
			}
			const key = stemKey( tokens, lang );
			const list = FORMS[ lang ].get( key ) ?? [];
			list.push( { entry, text: tokens.join( ' ' ) } );
			FORMS[ lang ].set( key, list );
			if ( lang === 'de' && tokens.length === 1 && key.length >= 4 ) {
				GERMAN_HEADS.push( { head: key, entry } );
			}
		}
	}
}
GERMAN_HEADS.sort( ( a, b ) => b.head.length - a.head.length );

export interface ProductTermMatch {
	/** Index of the first matched token and how many tokens the match spans. */
	start: number;
	length: number;
	/** The matched words as written in the tokens. */
	matched: string;
	/** Every other form of the same thing, both languages, folded words ("bean to cup machine"). */
	alternatives: string[];
	/** The language the matched words were found in. */
	lang: Lang;
	/** False when an unknown German compound was read by its head ("Keramikmesser": knife). */
	exact: boolean;
}

/**
 * The other forms of the entries, folded, every word kept ("bean to cup machine": an index
 * phrase must hold the words the product name holds).
 */
function alternativesOf( entries: ProductTerm[], matched: string ): string[] {
	const forms = entries.flatMap( ( entry ) => [ ...entry.en, ...entry.de ] );
	return [
		...new Set(
			forms
				.filter(
					( form ) => formTokens( form ).join( ' ' ) !== matched
				)
				.map( ( form ) => words( form ).map( fold ).join( ' ' ) )
				.filter( Boolean )
		),
	];
}

function matchAt(
	tokens: string[],
	start: number,
	langs: readonly Lang[]
): ProductTermMatch | null {
	for (
		let length = Math.min( MAX_SPAN, tokens.length - start );
		length >= 1;
		length--
	) {
		const span = tokens.slice( start, start + length );
		for ( const lang of langs ) {
			const refs = FORMS[ lang ].get( stemKey( span, lang ) );
			if ( refs ) {
				const matched = span.join( ' ' );
				return {
					start,
					length,
					matched,
					alternatives: alternativesOf(
						refs.map( ( r ) => r.entry ),
						matched
					),
					lang,
					exact: true,
				};
			}
		}
	}
	const token = tokens[ start ]!;
	if ( langs.includes( 'de' ) && token.length >= 6 ) {
		const own = stem( token, 'de' );
		const head = GERMAN_HEADS.find(
			( h ) => own.length >= h.head.length + 3 && own.endsWith( h.head )
		);
		if ( head ) {
			return {
				start,
				length: 1,
				matched: token,
				alternatives: alternativesOf( [ head.entry ], token ),
				lang: 'de',
				exact: false,
			};
		}
	}
	return null;
}

/**
 * The product words of the vocabulary among these tokens (lower-case, folded, as the
 * keyword search makes them), longest match first, left to right, never overlapping.
 * @param tokens
 * @param lang   the question's language when known (null: both are tried)
 */
export function findProductTerms(
	tokens: string[],
	lang: Lang | null = null
): ProductTermMatch[] {
	// Copies: the kept matches stay as found.
	return termsMemoized( tokens, lang ).map( ( match ) => ( {
		...match,
		alternatives: match.alternatives.slice(),
	} ) );
}

// The product search and the chat's naming, spec and topic checks ask this of the same
// question's tokens several times per message (issue 12: 7% of the process's CPU in
// bench:answers); each answer stems every span and reads every matched entry's forms again.
const termsMemo = new Map< string, ProductTermMatch[] >();

function termsMemoized(
	tokens: string[],
	lang: Lang | null
): ProductTermMatch[] {
	const key = `${ lang ?? '' }\u0000${ tokens.join( '\u0000' ) }`;
	let found = termsMemo.get( key );
	if ( ! found ) {
		found = termsIn( tokens, lang );
		// Bounded: emptied when full, like alternativesMemo below.
		if ( termsMemo.size >= 20_000 ) {
			termsMemo.clear();
		}
		termsMemo.set( key, found );
	}
	return found;
}

function termsIn( tokens: string[], lang: Lang | null ): ProductTermMatch[] {
	const langs: readonly Lang[] = lang
		? [ lang, lang === 'en' ? 'de' : 'en' ]
		: [ 'en', 'de' ];
	const found: ProductTermMatch[] = [];
	for ( let i = 0; i < tokens.length; ) {
		const match = matchAt( tokens, i, langs );
		if ( match ) {
			found.push( match );
			i += match.length;
		} else {
			i++;
		}
	}
	return found;
}

// The chat asks this of every word of every found product's name on every message (issue
// 12); the answer depends on the text alone.
const alternativesMemo = new Map< string, string[] >();

/**
 * Every other-language and synonym form of the product words in a text, as searchable
 * words: what a product found through a translation may be named with.
 * @param text
 */
export function productWordAlternatives( text: string ): string[] {
	let found = alternativesMemo.get( text );
	if ( ! found ) {
		found = [
			...new Set(
				findProductTerms( formTokens( text ) ).flatMap(
					( m ) => m.alternatives
				)
			),
		];
		// Bounded: emptied when full (the catalog's words come straight back).
		if ( alternativesMemo.size >= 20_000 ) {
			alternativesMemo.clear();
		}
		alternativesMemo.set( text, found );
	}
	return found.slice();
}

/** Each word of the product vocabulary's forms, per language, lower case. */
const PRODUCT_WORDS: Record< Lang, ReadonlySet< string > > = {
	en: new Set(
		PRODUCT_VOCABULARY.flatMap( ( term ) =>
			term.en.flatMap( ( form ) => words( form.toLowerCase() ) )
		)
	),
	de: new Set(
		PRODUCT_VOCABULARY.flatMap( ( term ) =>
			term.de.flatMap( ( form ) => words( form.toLowerCase() ) )
		)
	),
};

/**
 * Which language a word of the product vocabulary belongs to ("sharpener" English,
 * "Schleifstein" German); null when both or neither: a question of product words only
 * ("electric knife sharpener?") is in their language.
 * @param word
 */
export function productWordLanguage( word: string ): Lang | null {
	const lower = word.toLowerCase();
	const en = PRODUCT_WORDS.en.has( lower );
	const de = PRODUCT_WORDS.de.has( lower );
	if ( en === de ) {
		return null;
	}
	return en ? 'en' : 'de';
}
