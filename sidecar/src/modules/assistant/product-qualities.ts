/**
 * The qualities a list of found products is narrowed by ("aus Glas", "wireless", "from
 * Ethiopia"): which products hold what the question asks beyond a kind, in either
 * language. Split from product-naming.ts.
 */
import {
	findProductTerms,
	formTokens,
	productWordAlternatives,
} from '../../platform/text';
import type { ProductMatch } from '../commerce/service';
import {
	isHeadOfCompound,
	isStopWord,
	signalsOf,
	unicodeBoundaries,
} from './analysis';
import { describesOnly } from './product-absence';
import { foldedWords, wordMatches } from './product-naming';

/**
 * Products that have what the question asks beyond a kind ("aus Glas", "wireless") first;
 * when some have it, the others are left out.
 * @param found
 * @param question
 */
export function rankByQualities(
	found: ProductMatch[],
	question: string
): { matches: ProductMatch[]; best: number } {
	// Each quality with its other-language forms ("steel" is also "Edelstahl").
	const qualities = foldedWords( question )
		// Amounts and currencies are the price limit's business, not qualities.
		.filter(
			( w ) =>
				signalsOf( w ).size === 0 &&
				// "eine große Teekanne": big says nothing a product's data decides (and folds
				// to an attribute's name, "Größe").
				! describesOnly( w ) &&
				! /^\d/.test( w ) &&
				! /^(?:euros?|eur|dollars?|usd|pounds?|gbp)$/.test( w )
		)
		.map( ( w ) => [
			w,
			...productWordAlternatives( w ).flatMap( ( f ) => f.split( ' ' ) ),
		] )
		.filter(
			( forms ) =>
				! found.every( ( m ) =>
					forms.some( ( f ) =>
						wordMatches( foldedWords( m.product.name ), f )
					)
				)
		);
	if ( qualities.length === 0 || found.length === 0 ) {
		return { matches: found, best: 0 };
	}
	// A product word that is only the head of the asked compound does not have it: "mit
	// Topf" on a plant is no "Übertopf" (a letter before the head is no word: "L-mount").
	const holds = ( words: string[], forms: string[] ) =>
		forms.some( ( q ) =>
			words.some(
				( w ) => wordMatches( [ w ], q ) && ! isHeadOfCompound( w, q )
			)
		);
	// Beyond the name, the attribute a quality is a value of ("titanium": Material) decides
	// for a product that has it: its tags or prose may speak of another model (a
	// "titanium" tag on a steel pot).
	const deciding = qualities.map(
		( forms ) =>
			new Set(
				found.flatMap( ( m ) =>
					m.product.attributes
						.filter( ( a ) =>
							holds( foldedWords( a.options.join( ' ' ) ), forms )
						)
						.map( ( a ) => a.name.toLowerCase() )
				)
			)
	);
	const scored = found.map( ( match ) => {
		const own = foldedWords(
			[
				match.product.name,
				...match.product.attributes.flatMap( ( a ) => a.options ),
				...match.product.tags,
				match.product.description,
			].join( ' ' )
		);
		return {
			match,
			hits: qualities.filter( ( forms, i ) => {
				// The name says it first ("Portrait 160 Film" is a film, whatever its Format).
				if ( holds( foldedWords( match.product.name ), forms ) ) {
					return true;
				}
				const decider = match.product.attributes.filter( ( a ) =>
					deciding[ i ]!.has( a.name.toLowerCase() )
				);
				return decider.length > 0
					? holds(
							foldedWords(
								decider
									.flatMap( ( a ) => a.options )
									.join( ' ' )
							),
							forms
						)
					: holds( own, forms );
			} ).length,
		};
	} );
	const best = Math.max( ...scored.map( ( x ) => x.hits ) );
	return {
		matches: scored
			.filter( ( x ) => x.hits === best )
			.map( ( x ) => x.match ),
		best,
	};
}

/** Verbs that ask whether a shop has something; they name nothing a product holds. */
const OFFERING_WORDS = new Set(
	'offer offers provide provides anbieten bietet bieten habt haben gibt sell sells carry'.split(
		' '
	)
);

/**
 * Whether a product's own text (name, categories, tags, attributes, description) holds
 * most of the question's meaning-bearing words, each in either language.
 * @param match
 * @param question
 */
export function holdsMostOf( match: ProductMatch, question: string ): boolean {
	const asked = foldedWords( question ).filter(
		( w ) =>
			signalsOf( w ).size === 0 &&
			! OFFERING_WORDS.has( w ) &&
			// "the heaviest towel": a word any product may be, no word its text must hold.
			! describesOnly( w ) &&
			! /^\d/.test( w )
	);
	if ( asked.length === 0 ) {
		return true;
	}
	const own = foldedWords(
		[
			match.product.name,
			...match.product.categories,
			...match.product.tags,
			...match.product.attributes.flatMap( ( a ) => a.options ),
			match.product.description,
		].join( ' ' )
	);
	// A product phrase of the question the product names in another form ("leaf
	// blower" is a "Laubbläser") holds all of its words.
	const translated = new Set(
		findProductTerms( formTokens( question ) )
			.filter( ( term ) =>
				term.alternatives.some( ( form ) =>
					form
						.split( ' ' )
						.every( ( part ) => wordMatches( own, part ) )
				)
			)
			.flatMap( ( term ) => term.matched.split( ' ' ) )
	);
	const held = asked.filter(
		( w ) =>
			translated.has( w ) ||
			[
				w,
				...productWordAlternatives( w ).flatMap( ( f ) =>
					f.split( ' ' )
				),
			].some( ( form ) => wordMatches( own, form ) )
	);
	return held.length * 2 >= asked.length + 1;
}

/** rankByQualities; all of them when none has any of the asked qualities. */
export function byQualities(
	found: ProductMatch[],
	question: string
): ProductMatch[] {
	const ranked = rankByQualities( found, question );
	return ranked.best === 0 ? found : ranked.matches;
}

/** The products having the most of what the question asks beyond a kind; none when none has any of it. */
export function qualified(
	found: ProductMatch[],
	question: string
): ProductMatch[] {
	const ranked = rankByQualities( found, question );
	return ranked.best > 0 ? ranked.matches : [];
}

/**
 * "keinen Kräutertee", "no herbal tea", "but not decaf", "instead of plastic panels",
 * "statt Kunststoff": a kind the shopper rules out.
 */
const RULED_OUT = unicodeBoundaries(
	/\b(?:kein|keine|keinen|keinem|keiner|keines|no|but not|instead of|rather than|statt|anstatt|anstelle von)\s+((?:\p{L}[\p{L}-]*)(?:\s+\p{L}[\p{L}-]*)?)/giu
);

/**
 * The words of the kinds a question rules out ("Tee mit wenig Koffein, aber bitte keinen
 * Kräutertee": Kräutertee). Words that say nothing of a kind ("no more than", "not too
 * big") rule nothing out.
 * @param question
 */
export function ruledOut( question: string ): string[] {
	return [ ...question.matchAll( RULED_OUT ) ].flatMap( ( found ) => {
		const [ first, second ] = found[ 1 ]!.split( /\s+/ );
		// "no herbal tea": both words; "keinen Kräutertee, bitte": the noun alone.
		const named = [
			first!,
			...( second && ! isStopWord( second ) ? [ second ] : [] ),
		];
		return named.every( namesSomething ) ? [ named.join( ' ' ) ] : [];
	} );
}

const namesSomething = ( word: string ) =>
	// "AA" in "no AA batteries": a type code.
	( word.length >= 3 || /^\p{Lu}{2}$/u.test( word ) ) &&
	! isStopWord( word ) &&
	! describesOnly( word.toLowerCase() ) &&
	signalsOf( word ).size === 0;

/**
 * The found products without those the question rules out by name or category (in either
 * language: "no herbal tea" rules out the "Kräutertee" category).
 * @param found
 * @param question
 */
export function withoutRuledOut(
	found: ProductMatch[],
	question: string
): ProductMatch[] {
	const kinds = ruledOut( question );
	if ( kinds.length === 0 ) {
		return found;
	}
	return found.filter( ( match ) => {
		const own = foldedWords(
			[ match.product.name, ...match.product.categories ].join( ' ' )
		);
		return ! kinds.some( ( kind ) =>
			[ kind, ...productWordAlternatives( kind ) ].some( ( form ) =>
				foldedWords( form ).every( ( part ) =>
					wordMatches( own, part )
				)
			)
		);
	} );
}

/**
 * The question without the kinds it rules out, for the product search ("Tee mit wenig
 * Koffein, aber keinen Kräutertee" must not search for Kräutertee).
 * @param question
 */
export function withoutRuledOutWords( question: string ): string {
	return question.replace( RULED_OUT, ( whole ) =>
		ruledOut( whole ).length > 0 ? ' ' : whole
	);
}
