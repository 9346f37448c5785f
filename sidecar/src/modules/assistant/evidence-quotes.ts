/**
 * The sentences of a page passage that answer: the best-scoring ones (a figure of the asked
 * kind, the question's words, the EU for a member state), those naming a word the best ones
 * lack, whole lists, joined as the page writes them.
 */
import { conceptsOf, contentWords } from './analysis';
import { sameWord } from './analysis-words';
import { overlap, sentences } from './evidence-words';
import { dimensionScore } from './evidence-dimensions';
import {
	FIGURE_PATTERNS,
	STATES_FIGURE,
	type FigureKind,
} from './evidence-figures';
import { speaksOfEu } from './places';

/**
 * The passage's sentences that hold the most of the question (ties kept, at most three),
 * and for each kind of figure asked that they lack, the passage's best sentence stating it.
 */
export function bestSentences(
	asked: string[],
	dimensions: string[],
	body: string,
	{
		amount = false,
		answerKind = null,
		crossLanguage = false,
		quoteOneSentence = crossLanguage,
		euAsked = false,
		figureKinds = answerKind ? [ answerKind ] : [],
	}: {
		amount?: boolean;
		answerKind?: FigureKind | null;
		/** Every kind of figure asked: a quote that answers states each one it can. */
		figureKinds?: FigureKind[];
		crossLanguage?: boolean;
		/** Only the best sentence: a page in another language than the reply's. */
		quoteOneSentence?: boolean;
		euAsked?: boolean;
	} = {}
): string {
	const list = sentences( body );
	if ( list.length <= 1 ) {
		return body.trim();
	}
	const scored = list.map( ( s ) => ( {
		s,
		score:
			overlap( asked, s, crossLanguage ) +
			dimensionScore( dimensions, s ) * 0.5 +
			( answerKind && FIGURE_PATTERNS[ answerKind ].test( s ) ? 1 : 0 ) +
			( amount && ! answerKind && STATES_FIGURE.test( s ) ? 0.75 : 0 ) +
			( euAsked && speaksOfEu( s ) ? 1 : 0 ),
	} ) );
	const top = Math.max( ...scored.map( ( x ) => x.score ) );
	if ( top <= 0 ) {
		return body.trim();
	}
	// The three best near the top, quoted in the page's order (a table's header row must
	// not push out the row that answers).
	const chosen = new Set(
		scored
			.filter( ( x ) => x.score >= top - 0.25 )
			.sort( ( a, b ) => b.score - a.score )
			// In the other language, the one that answers best: the reply stays the shopper's.
			.slice( 0, quoteOneSentence ? 1 : 3 )
	);
	if ( ! quoteOneSentence ) {
		addCoveringSentences( asked, scored, chosen, top, crossLanguage );
		// "How much is shipping?" asks the rate: the amount a sentence about free shipping
		// states is a threshold, not the price asked, unless the question asks when it is free.
		const freeAsked = asked.some( ( w ) =>
			conceptsOf( w ).includes( 'free' )
		);
		addStatedFigures( figureKinds, scored, chosen, ( kind, sentence ) =>
			kind === 'money' && ! freeAsked ? ! speaksOfFree( sentence ) : true
		);
	}
	const picked = scored
		.filter( ( x ) => chosen.has( x ) )
		.map( ( x ) => x.s );
	// In the other language only what answers is quoted: the reply stays the shopper's.
	return joinAsWritten(
		body,
		quoteOneSentence ? picked : wholeLists( list, picked )
	);
}

/** Whether a sentence is about something being free ("Free shipping on orders over $99"). */
function speaksOfFree( sentence: string ): boolean {
	return contentWords( sentence ).some( ( w ) =>
		conceptsOf( w ).includes( 'free' )
	);
}

/** The most sentences a passage's quote holds. */
const MAX_QUOTED = 3;

/**
 * Adds to the chosen sentences those that hold a word of the question none of them holds:
 * "what payment methods do you take? klarna?" is answered by "We take payment when you
 * order" and by the list item naming Klarna, not by the first alone. Only sentences that
 * answer at least half as well as the best are added, the best-scored first.
 * @param asked         the question's meaning-bearing words
 * @param scored        the passage's sentences with their scores, in page order
 * @param chosen        the sentences chosen so far (added to)
 * @param top           the best score
 * @param crossLanguage the page is in the other language
 */
function addCoveringSentences(
	asked: string[],
	scored: Array< { s: string; score: number } >,
	chosen: Set< { s: string; score: number } >,
	top: number,
	crossLanguage: boolean
): void {
	// The word itself, not a related one: "We take payment" does not name Klarna. On a
	// page in the other language, its form there ("Switzerland": "Schweiz").
	const holds = ( word: string, sentence: string ) =>
		crossLanguage
			? overlap( [ word ], sentence, true ) > 0
			: contentWords( sentence ).some( ( own ) => sameWord( word, own ) );
	let uncovered = asked.filter(
		( word ) => ! [ ...chosen ].some( ( x ) => holds( word, x.s ) )
	);
	const candidates = scored
		.filter( ( x ) => ! chosen.has( x ) && x.score >= top / 2 )
		.sort( ( a, b ) => b.score - a.score );
	for ( const candidate of candidates ) {
		if ( chosen.size >= MAX_QUOTED || uncovered.length === 0 ) {
			return;
		}
		const adds = uncovered.filter( ( word ) => holds( word, candidate.s ) );
		if ( adds.length > 0 ) {
			chosen.add( candidate );
			uncovered = uncovered.filter( ( word ) => ! adds.includes( word ) );
		}
	}
}

/**
 * Adds, for each kind of figure asked that no chosen sentence states, the best sentence of
 * the passage that states it: "Do you ship to Switzerland, what does it cost, and is there
 * customs?" wants the price line beside the customs rule.
 * @param kinds   the kinds of figure asked
 * @param scored  the passage's sentences with their scores, in page order
 * @param chosen  the sentences chosen so far (added to)
 * @param answers whether a sentence's figure of that kind is the one asked
 */
function addStatedFigures(
	kinds: FigureKind[],
	scored: Array< { s: string; score: number } >,
	chosen: Set< { s: string; score: number } >,
	answers: ( kind: FigureKind, sentence: string ) => boolean
): void {
	for ( const kind of kinds ) {
		const states = ( x: { s: string } ) =>
			FIGURE_PATTERNS[ kind ].test( x.s ) && answers( kind, x.s );
		if ( [ ...chosen ].some( states ) ) {
			continue;
		}
		const [ best ] = scored
			.filter( ( x ) => ! chosen.has( x ) && x.score > 0 && states( x ) )
			.sort( ( a, b ) => b.score - a.score );
		if ( best ) {
			chosen.add( best );
		}
	}
}

/** A list item as html-to-text writes one ("* PayPal"). */
const LIST_ITEM = /^[*•-]\s/;

/** Lists short enough to quote whole. */
const MAX_LIST_ITEMS = 10;

/**
 * The chosen sentences with every item of a short list one of them belongs to, and the
 * line that leads into it ("Im Onlineshop können Sie so bezahlen:"): two of six payment
 * methods quoted alone would say the shop takes only those.
 * @param list   the passage's sentences, in order
 * @param chosen the chosen ones, in order
 */
function wholeLists( list: string[], chosen: string[] ): string[] {
	const keep = new Set( chosen );
	for ( const sentence of chosen ) {
		const at = list.indexOf( sentence );
		if ( at < 0 || ! LIST_ITEM.test( sentence ) ) {
			continue;
		}
		let start = at;
		while ( start > 0 && LIST_ITEM.test( list[ start - 1 ]! ) ) {
			start--;
		}
		let end = at;
		while ( end + 1 < list.length && LIST_ITEM.test( list[ end + 1 ]! ) ) {
			end++;
		}
		if ( end - start + 1 > MAX_LIST_ITEMS ) {
			continue;
		}
		const leadIn = start > 0 && /:$/.test( list[ start - 1 ]! ) ? 1 : 0;
		list.slice( start - leadIn, end + 1 ).forEach( ( item ) =>
			keep.add( item )
		);
	}
	return list.filter( ( sentence ) => keep.has( sentence ) );
}

/**
 * Sentences of a text joined as the text has them: on one line where they ran on, on their
 * own lines where they stood on their own (a table's rows, a list's items).
 * @param text
 * @param parts sentences of the text, in its order
 */
function joinAsWritten( text: string, parts: string[] ): string {
	let from = 0;
	let joined = '';
	for ( const part of parts ) {
		const at = text.indexOf( part, from );
		if ( joined ) {
			joined += /\n/.test( text.slice( from, at ) ) ? '\n' : ' ';
		}
		joined += part;
		from = at < 0 ? from : at + part.length;
	}
	return joined;
}
