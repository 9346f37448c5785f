/**
 * From a shopper's words to search terms: keywords, typo correction against the shop's
 * own vocabulary, and the shop's synonyms. Also picks the variation a question names
 * ("blue", "size M"). Database-free except through the small lookups it is handed.
 */
import { findProductTerms, STOP_WORDS } from '../../platform/text';
import { keywords } from '../knowledge/text';

/** Words that carry the question's intent but never name a product. */
const SHOPPING_WORDS = new Set(
	(
		'price prices cost costs much many buy sell sells selling stock stocked available availability ' +
		'left instock have has show find looking look recommend recommendation suggest cheap cheapest ' +
		'sale shop store item items product products size sizes colour color colours colors one ones ' +
		'still currently right now today there any which best good nice new order'
	).split( ' ' )
);

/** Generic stop words that are also product words ("down jacket"). */
const PRODUCT_WORDS_IN_STOP_LIST = new Set( [ 'down' ] );

export function productKeywords( text: string ): string[] {
	const kept = ( text.toLowerCase().match( /[\p{L}\p{N}]+/gu ) ?? [] ).filter(
		( word ) => PRODUCT_WORDS_IN_STOP_LIST.has( word )
	);
	return [ ...new Set( [ ...keywords( text ), ...kept ] ) ].filter(
		( word ) => ! SHOPPING_WORDS.has( word )
	);
}

/**
 * Whether a product is about what the shopper wrote: one of their words (3+ letters)
 * matches a word of its name, categories or tags exactly, as a prefix either way, or
 * within the typo allowance. Guards against answering with a product found only through
 * a typo-corrected attribute ("write" -> "white").
 * @param words
 * @param productText
 */
export function isRelevant( words: string[], productText: string ): boolean {
	const own = productText.toLowerCase().match( /[\p{L}\p{N}]{3,}/gu ) ?? [];
	return words
		.filter( ( word ) => word.length >= 3 )
		.some( ( word ) =>
			own.some(
				( term ) =>
					term.startsWith( word ) ||
					word.startsWith( term ) ||
					editDistance( word, term, allowedTypos( word ) ) <=
						allowedTypos( word )
			)
		);
}

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance( a: string, b: string, max: number ): number {
	if ( Math.abs( a.length - b.length ) > max ) {
		return max + 1;
	}
	const rows: number[][] = [];
	for ( let i = 0; i <= a.length; i++ ) {
		rows.push( [ i ] );
	}
	for ( let j = 1; j <= b.length; j++ ) {
		rows[ 0 ]![ j ] = j;
	}
	for ( let i = 1; i <= a.length; i++ ) {
		let rowMin = Infinity;
		for ( let j = 1; j <= b.length; j++ ) {
			const cost = a[ i - 1 ] === b[ j - 1 ] ? 0 : 1;
			let value = Math.min(
				rows[ i - 1 ]![ j ]! + 1,
				rows[ i ]![ j - 1 ]! + 1,
				rows[ i - 1 ]![ j - 1 ]! + cost
			);
			if (
				i > 1 &&
				j > 1 &&
				a[ i - 1 ] === b[ j - 2 ] &&
				a[ i - 2 ] === b[ j - 1 ]
			) {
				value = Math.min( value, rows[ i - 2 ]![ j - 2 ]! + 1 );
			}
			rows[ i ]![ j ] = value;
			rowMin = Math.min( rowMin, value );
		}
		if ( rowMin > max ) {
			return max + 1;
		}
	}
	return rows[ a.length ]![ b.length ]!;
}

/** Typos allowed: none under 4 letters (too many neighbours), one up to 7, two beyond. */
export function allowedTypos( word: string ): number {
	if ( word.length < 4 ) {
		return 0;
	}
	return word.length < 8 ? 1 : 2;
}

/** How many vocabulary words a prefix ("hood") expands to at most. */
export const COMPLETIONS_PER_WORD = 8;

/** The shop's own words, looked up in batches so a search costs few database round trips. */
export interface VocabularyLookup {
	/**
	 * Per word, the vocabulary words starting with it (the word itself first when the
	 * vocabulary holds it), at most COMPLETIONS_PER_WORD; words it has none for are absent.
	 */
	completions: ( words: string[] ) => Promise< Map< string, string[] > >;
	typoCandidates: (
		word: string,
		maxDistance: number
	) => Promise< string[] >;
	/** The shop's synonyms for those of the words it has synonyms for. */
	synonyms: ( words: string[] ) => Promise< Map< string, string[] > >;
	/**
	 * Optional: all three look-ups in one round trip, typo candidates fetched for every
	 * word that could need them (a client/server database pays per round trip more than
	 * for a few extra vocabulary rows). Used instead of the three above when present.
	 */
	lookUpAll?: (
		words: string[],
		typoWords: TypoRequest[]
	) => Promise< VocabularyAnswers >;
}

export interface TypoRequest {
	word: string;
	maxDistance: number;
}

export interface VocabularyAnswers {
	completions: Map< string, string[] >;
	synonyms: Map< string, string[] >;
	/** Per requested word, its typo candidates (see VocabularyLookup.typoCandidates). */
	typoCandidates: Map< string, string[] >;
}

const isDigits = ( word: string ) => /^\d+$/.test( word );
const isStopWord = ( word: string ) => STOP_WORDS.en.has( word );

/**
 * The vocabulary answers for these words: in one batched call when the lookup offers it,
 * else completions and synonyms in parallel, then typo candidates for the unknown words.
 */
async function lookUp(
	words: string[],
	vocabulary: VocabularyLookup
): Promise< VocabularyAnswers > {
	if ( vocabulary.lookUpAll ) {
		const typoWords = words
			.filter( ( word ) => ! isDigits( word ) )
			.map( ( word ) => ( { word, maxDistance: allowedTypos( word ) } ) )
			.filter( ( request ) => request.maxDistance > 0 );
		return vocabulary.lookUpAll( words, typoWords );
	}
	const [ completions, synonyms ] = await Promise.all( [
		vocabulary.completions( words ),
		vocabulary.synonyms( words ),
	] );
	const unknown = words.filter(
		( word ) =>
			! isDigits( word ) &&
			! completions.has( word ) &&
			allowedTypos( word ) > 0
	);
	// Independent look-ups: on a client/server database they travel in parallel.
	const candidates = await Promise.all(
		unknown.map( ( word ) =>
			vocabulary.typoCandidates( word, allowedTypos( word ) )
		)
	);
	return {
		completions,
		synonyms,
		typoCandidates: new Map(
			unknown.map( ( word, index ) => [ word, candidates[ index ]! ] )
		),
	};
}

/**
 * The terms a known word searches for: the word alone when the vocabulary holds it ("blue"
 * does not also mean "bluetooth"), else the vocabulary words it starts ("hood" -> "hoodie").
 * Whole words keep the index lookups exact, so a search never merges the postings of
 * every word sharing a prefix.
 */
/**
 * A vocabulary form as the shop's index may spell it: the product vocabulary's forms are
 * folded with "ß" as "ss" ("weisser tee"), the index keeps the "ß" of "Weißer Tee".
 * @param word
 */
function indexSpelling( word: string ): string {
	return word.replace( /ss/g, 'ß' );
}

function termsFor( word: string, completions: string[] ): string[] {
	return completions[ 0 ] === word ? [ word ] : completions;
}

/**
 * The closest vocabulary word within the allowed typos (ties: the more common spelling is
 * unknown, so the shorter), for a word the vocabulary does not know.
 */
export async function correctWord(
	word: string,
	vocabulary: Pick< VocabularyLookup, 'typoCandidates' >
): Promise< string | null > {
	const max = allowedTypos( word );
	if ( max === 0 ) {
		return null;
	}
	let best: { term: string; distance: number } | null = null;
	for ( const term of await vocabulary.typoCandidates( word, max ) ) {
		const distance = editDistance( word, term, max );
		if (
			distance <= max &&
			( ! best ||
				distance < best.distance ||
				( distance === best.distance &&
					term.length < best.term.length ) )
		) {
			best = { term, distance };
		}
	}
	return best?.term ?? null;
}

/**
 * Term groups for the full-text query: one group per known (or corrected) word, holding
 * the word and the shop's synonyms for it. Unknown words are dropped, so a stray word
 * ("please", a name) does not sink an otherwise good query. Typo correction runs only for
 * words the vocabulary does not know, even as a prefix. Terms are whole words (digits
 * excepted), matched exactly by the index.
 *
 * A kind of product, material, colour or origin the shop does not write the way the
 * shopper does ("coffee grinder" in a German shop, "Wasserkocher" in an English one) is
 * searched by the forms of the bilingual product vocabulary the shop's own words hold
 * (platform/text findProductTerms): one group for the whole phrase, before any typo
 * correction ("kettle" is no typo of anything, it is a "Wasserkocher").
 */
export async function queryGroups(
	text: string,
	vocabulary: VocabularyLookup
): Promise< string[][] > {
	const words = productKeywords( text );
	if ( words.length === 0 ) {
		return [];
	}
	const terms = findProductTerms( words );
	const alternativeWords = [
		...new Set(
			terms.flatMap( ( term ) =>
				term.alternatives.flatMap( ( form ) => form.split( ' ' ) )
			)
		),
	]
		.flatMap( ( word ) => [
			word,
			word.replace( /e?s$/, '' ),
			word.replace( /s$/, '' ),
			indexSpelling( word ),
		] )
		.filter(
			( word, index, all ) =>
				all.indexOf( word ) === index &&
				word.length >= 3 &&
				! isStopWord( word ) &&
				! words.includes( word )
		);
	const [
		{ completions, synonyms, typoCandidates },
		alternativeCompletions,
	] = await Promise.all( [
		lookUp( words, vocabulary ),
		alternativeWords.length > 0
			? vocabulary.completions( alternativeWords )
			: Promise.resolve( new Map< string, string[] >() ),
	] );
	// Per matched product phrase the shop does not know as written: the forms it does know.
	const translated = new Map< number, { length: number; forms: string[] } >();
	for ( const term of terms ) {
		const span = words.slice( term.start, term.start + term.length );
		if ( span.every( ( word ) => completions.has( word ) ) ) {
			continue; // the shop writes it the shopper's way
		}
		const forms = term.alternatives.flatMap( ( form ) => {
			const parts = form.split( ' ' );
			if ( parts.length > 1 ) {
				// A phrase counts when the shop holds each of its words as written (short
				// and stop words are not in the vocabulary; the phrase search checks them).
				// A plural the shop writes in the singular counts as that ("hiking boots").
				const known = ( part: string ) =>
					( alternativeCompletions.get( part ) ??
						completions.get( part ) )?.[ 0 ] === part;
				const written = parts.map( ( part ) =>
					part.length < 3 || isStopWord( part ) || known( part )
						? part
						: ( [
								part.replace( /e?s$/, '' ),
								part.replace( /s$/, '' ),
								indexSpelling( part ),
							].find(
								( other ) => other !== part && known( other )
							) ?? null )
				);
				return written.every( ( part ) => part !== null )
					? [ written.join( ' ' ) ]
					: [];
			}
			const spelled = [ form, indexSpelling( form ) ].find( ( w ) =>
				alternativeCompletions.has( w )
			);
			return spelled
				? termsFor( spelled, alternativeCompletions.get( spelled )! )
				: [];
		} );
		if ( forms.length > 0 ) {
			translated.set( term.start, {
				length: term.length,
				forms: [ ...new Set( forms ) ],
			} );
		}
	}
	const covered = new Set(
		[ ...translated ].flatMap( ( [ start, { length } ] ) =>
			Array.from( { length: length - 1 }, ( _, i ) => start + 1 + i )
		)
	);
	// The shop's forms of a word: the word itself or the vocabulary words it begins, else
	// the closest word within the allowed typos.
	const asWritten = async ( word: string ): Promise< string[] > => {
		const known = completions.get( word );
		if ( known ) {
			return termsFor( word, known );
		}
		const corrected = await correctWord( word, {
			typoCandidates: async () => typoCandidates.get( word ) ?? [],
		} );
		return corrected ? [ corrected ] : [];
	};
	const owns = await Promise.all(
		words.map( async ( word, index ) => {
			if ( covered.has( index ) ) {
				return [];
			}
			const translation = translated.get( index );
			if ( translation ) {
				// The word as the shop writes it too, when it is one word ("pflanzenlampen" is
				// the shop's "Pflanzenlampe", whatever "lamp" translates to).
				return [
					...( translation.length === 1
						? await asWritten( word )
						: [] ),
					...translation.forms,
				];
			}
			if ( isDigits( word ) ) {
				return [ word ]; // SKU and id fragments: matched as prefixes by the repo
			}
			return asWritten( word );
		} )
	);
	return words
		.map( ( word, index ) => [
			...new Set( [
				...owns[ index ]!,
				...( covered.has( index )
					? []
					: ( synonyms.get( word ) ?? [] ) ),
			] ),
		] )
		.filter( ( group ) => group.length > 0 );
}
