/**
 * Which product each part of a comparison names. A part is scored against the products
 * found for the question; two parts never name the same product, a tie goes to the product
 * of the other part's kind, and a part that names only what tells two products apart
 * ("Pendel 35 W oder 50 W") names the first product's sibling.
 */
import type { ProductMatch } from '../commerce/service';
import { contentWords, sameWord } from './analysis';
import { contradictsName, nameStrength } from './product-naming';

export interface Candidate {
	match: ProductMatch;
	/** How much of the product's name the part holds. */
	part: number;
	/** Part share plus how much of its name the whole question holds. */
	score: number;
}

/** Scores this close are a tie. */
const TIE = 1e-9;

/**
 * The products a part names, best first: each named by a distinctive word of the part; none
 * when the best is not half named by the whole question.
 * @param pool     the products found for the question and its parts
 * @param part
 * @param question
 */
export function rankedOfPart(
	pool: Map< string, ProductMatch >,
	part: string,
	question: string
): Candidate[] {
	const ranked = [ ...pool.values() ]
		.filter( ( match ) => ! contradictsName( match, part ) )
		.map( ( match ) => ( {
			match,
			strength: nameStrength( match, part ),
			whole: nameStrength( match, question ).share,
		} ) )
		.filter( ( x ) => x.strength.distinctive && x.strength.share > 0 )
		.map( ( x ) => ( {
			match: x.match,
			part: x.strength.share,
			score: x.strength.share + x.whole,
			whole: x.whole,
		} ) )
		.sort( ( a, b ) => b.score - a.score || b.part - a.part );
	if ( ! ranked[ 0 ] || ranked[ 0 ].whole < 0.5 ) {
		return [];
	}
	return ranked
		.filter( ( x ) => x.whole >= 0.5 )
		.map( ( { match, part: share, score } ) => ( {
			match,
			part: share,
			score,
		} ) );
}

/**
 * Whether a part's product is of another product's kind: a word of its name the part
 * does not say is also a word of the other one's ("Irwell Carbon Travel Tripod" beside the
 * "Altrincham Carbon Travel Tripod").
 * @param choice the part's product, if any
 * @param model  the other product
 * @param part
 */
export function sharesKind(
	choice: ProductMatch | null,
	model: ProductMatch,
	part: string
): boolean {
	if ( ! choice ) {
		return false;
	}
	const said = contentWords( part );
	const modelWords = contentWords( model.product.name );
	return contentWords( choice.product.name ).some(
		( word ) =>
			! said.some( ( own ) => sameWord( own, word ) ) &&
			modelWords.some( ( other ) => sameWord( other, word ) )
	);
}

const idOf = ( match: ProductMatch | null | undefined ) =>
	match?.product.externalId;

/**
 * Each part's product from its ranking. Of products the part names equally well, the one
 * of another part's kind ("Lindqvist Moléson vs Lindqvist Gurten headphones": the Moléson
 * headphones, not the Moléson amplifier). Two parts never name one product: the part that
 * loses least by its next best takes that ("Sansevieria trifasciata oder cylindrica": the
 * first part names the trifasciata, though the whole question names the cylindrica fully).
 * @param parts
 * @param rankings each part's candidates, best first
 */
export function settleChoices(
	parts: string[],
	rankings: Candidate[][]
): Array< ProductMatch | null > {
	const choices = rankings.map( ( ranked ) => ranked[ 0 ]?.match ?? null );
	rankings.forEach( ( ranked, index ) => {
		const top = ranked[ 0 ];
		if ( ! top ) {
			return;
		}
		const kinOf = ( match: ProductMatch ) =>
			kinship( match, choices, index, parts[ index ] ?? '' );
		// A tie: the part names the other product by every word it names the best one by
		// ("Lindqvist Moléson": the amplifier and the headphones alike).
		const part = parts[ index ] ?? '';
		const topHits = hits( part, top.match );
		const kin = ranked
			.filter(
				( x ) =>
					top.score - x.score < TIE ||
					topHits.every( ( word ) =>
						hits( part, x.match ).includes( word )
					)
			)
			.sort( ( a, b ) => kinOf( b.match ) - kinOf( a.match ) )[ 0 ];
		if ( kin && kinOf( kin.match ) > kinOf( top.match ) ) {
			choices[ index ] = kin.match;
		}
	} );
	for ( let a = 0; a < choices.length; a++ ) {
		for ( let b = a + 1; b < choices.length; b++ ) {
			if (
				! choices[ a ] ||
				idOf( choices[ a ] ) !== idOf( choices[ b ] )
			) {
				continue;
			}
			const next = ( index: number ) => {
				const ranked = rankings[ index ] ?? [];
				const own = ranked.find(
					( x ) => idOf( x.match ) === idOf( choices[ index ] )
				);
				// The next best, if the part names it by a word as written that the taken
				// product lacks: a part naming only the kind ("which kettle") names none.
				const taken = exactHits(
					parts[ index ] ?? '',
					choices[ index ]
				);
				const other = ranked.find(
					( x ) =>
						! choices.some(
							( c ) => idOf( c ) === idOf( x.match )
						) &&
						exactHits( parts[ index ] ?? '', x.match ).some(
							( word ) => ! taken.includes( word )
						)
				);
				return {
					other,
					loss: own && other ? own.score - other.score : Infinity,
				};
			};
			const [ first, second ] = [ next( a ), next( b ) ];
			if ( first.other && first.loss <= second.loss ) {
				choices[ a ] = first.other.match;
			} else if ( second.other ) {
				choices[ b ] = second.other.match;
			}
		}
	}
	return choices;
}

/**
 * The words of a part a product's name holds.
 * @param part
 * @param match
 */
function hits( part: string, match: ProductMatch ): string[] {
	const name = contentWords( match.product.name );
	return contentWords( part ).filter( ( word ) =>
		name.some( ( n ) => sameWord( n, word ) )
	);
}

/**
 * The words of a part a product's name holds as written.
 * @param part
 * @param match
 */
function exactHits(
	part: string,
	match: ProductMatch | null | undefined
): string[] {
	const name = match ? contentWords( match.product.name ) : [];
	return contentWords( part ).filter( ( word ) => name.includes( word ) );
}

/**
 * How many words of a product's name the part does not say are words, as written, of
 * another part's product ("Hi-Fi-Kopfhörer" beside the "Hi-Fi-Kopfhörer Lindqvist Gurten").
 * @param match
 * @param choices the products the parts name
 * @param index   the part the product is weighed for
 * @param part
 */
function kinship(
	match: ProductMatch,
	choices: Array< ProductMatch | null >,
	index: number,
	part: string
): number {
	const said = contentWords( part );
	const others = choices
		.filter(
			( other, at ) =>
				at !== index && other && idOf( other ) !== idOf( match )
		)
		.flatMap( ( other ) => contentWords( other!.product.name ) );
	return contentWords( match.product.name ).filter(
		( word ) =>
			! said.some( ( own ) => sameWord( own, word ) ) &&
			others.includes( word )
	).length;
}

/**
 * The product of a part that names only what tells it from the model ("50 W" beside the
 * "Pflanzenleuchte Pendel 35 W"): another product of the model's kind whose name holds
 * every word of the part, the one the question names most of.
 * @param pool
 * @param part
 * @param model
 * @param question
 */
export function siblingOfPart(
	pool: Map< string, ProductMatch >,
	part: string,
	model: ProductMatch,
	question: string
): ProductMatch | null {
	const own = contentWords( part );
	if ( own.length === 0 ) {
		return null;
	}
	return (
		[ ...pool.values() ]
			.filter( ( match ) => idOf( match ) !== idOf( model ) )
			.filter( ( match ) => {
				const name = contentWords( match.product.name );
				return own.every( ( word ) =>
					name.some( ( n ) => n === word || sameWord( n, word ) )
				);
			} )
			.filter( ( match ) => sharesKind( match, model, part ) )
			.map( ( match ) => ( {
				match,
				whole: nameStrength( match, question ).share,
			} ) )
			.sort( ( a, b ) => b.whole - a.whole )[ 0 ]?.match ?? null
	);
}
