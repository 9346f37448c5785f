/**
 * Products found by what they are for: "what do you have for cutting bread?", "something
 * for herbs, like chives", "need something to keep my knives on the wall without drilling
 * holes", "Koch-Azubi braucht was zum Transport seiner Messer". The question names no
 * product; it says what the product must do, and a shop's own data says the same in its
 * own words: in a compound of the name ("Brot" → "Brotmesser", "Kräuter" →
 * "Kräuterschere"), in its categories and tags, or only in its description ("ohne Bohren",
 * "zum Filetieren von Fisch"). This is the general case of product-needs.ts's table: no
 * list of needs, only the question's words scored against each candidate's text, the name
 * counting most, the description least, and words every candidate shares (every product of a
 * knife shop says "Messer") counting little.
 */
import {
	everydayForms,
	fold,
	productWordAlternatives,
} from '../../platform/text';
import type { ProductMatch } from '../commerce/service';
import {
	beginsCompound,
	contentWords,
	isHeadOfCompound,
	sameWord,
	signalsOf,
	words,
} from './analysis';
import { ASKING_WORDS } from './evidence-words';
import { describesOnly } from './product-absence';
import { oppositeWords, SHOPPER_VERBS } from './product-naming';

/**
 * A question that asks for a thing by what it is for. Not "do you sell X" (that names the
 * thing) and not how to do something with a product it names.
 */
const ASKS_BY_PURPOSE =
	/\b(?:something|anything|stuff|what (?:do|should|can|could|would) (?:i|we) (?:use|need|get|buy)|what (?:do you have|have you got|would you recommend|do you recommend|do you suggest) (?:for|to)|womit|etwas (?:zum|zur|für|gegen|um)|was (?:zum|zur|für|gegen|um)\b|(?:brauch\p{L}*|such\p{L}*|hätte gern|will) (?:was|etwas)|was (?:habt ihr|haben sie|gibt es|gibts|hast du) (?:da )?(?:zum|zur|für|gegen)|habt ihr (?:da )?was|gibt es (?:da )?was|for \p{L}{3,}ing|zum \p{L}+ \p{L}{3,}en)\b/iu;

/** The words of the cue itself and of wanting, which say nothing of the purpose. */
const CUE_WORDS = new Set(
	(
		'something anything stuff thing things use using need needs needed get buy recommend suggest ' +
		'have got help idea ideas item items product products option options without whats ' +
		'etwas irgendwas was womit ding dinge sache sachen gern gerne hättet empfehlen empfehlt ohne ' +
		'brauch braucht brauchen brauche bräuchte benötige suche sucht suchen such hätte habt gibt gibts'
	).split( ' ' )
);

/** Words named as examples: "like chives", "such as", "e.g.", "z. B.", "wie etwa". */
const EXAMPLE =
	/\b(?:like|such as|e\.\s?g\.|for example|for instance|z\.\s?b\.|zum beispiel|wie etwa|etwa|beispielsweise)\s+([^,.;!?]+)/giu;

/** Words that join a kind to what it is for ("a knife FOR bread", "Messer ZUM Filetieren"). */
const PURPOSE_PREPOSITIONS = new Set( [
	'for',
	'to',
	'that',
	'zum',
	'zur',
	'für',
	'um',
] );

/** A possessive before the shopper's own thing ("my", "meinem", "seiner"). */
const POSSESSIVE =
	/^(?:my|our|his|her|their|your|(?:mein|dein|sein|ihr|unser|eur|euer)(?:e|er|es|em|en)?)$/u;

/** How much a purpose word held in each part of a product counts. */
const NAME_POINTS = 3;
const LABEL_POINTS = 2;
const ATTRIBUTE_POINTS = 1.5;
const DESCRIPTION_POINTS = 1;

/**
 * A verb of doing ("cutting", "filetieren") says less of the product than a thing does, and
 * so does an example ("for herbs, like chives").
 */
const MINOR_WEIGHT = 0.5;

/** The share of the purpose's weight a product must hold to be offered. */
const MIN_COVERAGE = 0.5;

/** Products offered at the most, and how close to the best one a product must score. */
const MAX_OFFERED = 4;
const CLOSE_TO_BEST = 0.6;

interface PurposeWord {
	/** The word and its other-language forms, folded. */
	forms: string[];
	/** The same as the search index spells them (not folded: "kräuter"). */
	searched: string[];
	verb: boolean;
	/** Named as an example of the purpose ("like chives", "z. B. Schnittlauch"). */
	example: boolean;
	/**
	 * The kind asked for, right before what it is for ("ein MESSER zum Gemüse schneiden"):
	 * held only as itself or a compound's head, never as a compound's first part (a
	 * "Messerblock" is no knife).
	 */
	kind: boolean;
	/**
	 * The shopper's own thing ("MY knives", "seiner Messer"): what the product is used on,
	 * so a product that is one (a knife) does not serve it; one made for it (a
	 * "Messerrolle") or describing it does.
	 */
	owned: boolean;
}

/**
 * The words saying what the shopper needs a product for, when the question asks for a thing
 * by its purpose; null when it does not, or says nothing but the cue.
 * @param question
 */
export function purposeOf( question: string ): PurposeWord[] | null {
	if ( ! ASKS_BY_PURPOSE.test( question ) ) {
		return null;
	}
	const tokens = words( question );
	const examples = new Set(
		[ ...question.matchAll( EXAMPLE ) ].flatMap( ( m ) => words( m[ 1 ]! ) )
	);
	const kinds = new Set(
		tokens.filter( ( token, i ) =>
			PURPOSE_PREPOSITIONS.has( tokens[ i + 1 ] ?? '' )
		)
	);
	const owned = new Set(
		tokens.filter( ( token, i ) =>
			POSSESSIVE.test( tokens[ i - 1 ] ?? '' )
		)
	);
	const purpose = contentWords( question ).filter(
		( word ) =>
			word.length >= 3 &&
			! /\d/.test( word ) &&
			! CUE_WORDS.has( word ) &&
			! ASKING_WORDS.has( word ) &&
			! SHOPPER_VERBS.has( word ) &&
			! describesOnly( word ) &&
			signalsOf( word ).size === 0
	);
	if ( purpose.length === 0 ) {
		return null;
	}
	return purpose.map( ( word ) => {
		// An everyday word's own forms; a product word's from the product vocabulary ("oyster
		// knife" is no form of "opens").
		const everyday = everydayForms( word );
		const other = everyday.length
			? everyday
			: productWordAlternatives( word );
		const searched = [
			...new Set(
				[ word, ...other ]
					.flatMap( ( form ) => words( form ) )
					.filter( ( form ) => form.length >= 3 )
			),
		];
		return {
			forms: [ ...new Set( searched.map( fold ) ) ],
			searched,
			verb: isVerbForm( word, tokens ),
			example: examples.has( word ),
			kind: kinds.has( word ),
			owned: owned.has( word ),
		};
	} );
}

/**
 * An English "-ing" form, or a German infinitive after "zu"/"zum"/"um" ("zum Filetieren",
 * "um … zu schärfen"): the doing, not the thing it is done to.
 * @param word
 * @param tokens the question's words in order
 */
function isVerbForm( word: string, tokens: string[] ): boolean {
	if ( /^\p{L}{3,}ing$/u.test( word ) ) {
		return true;
	}
	const at = tokens.indexOf( word );
	return (
		/en$/u.test( word ) &&
		at > 0 &&
		[ 'zu', 'zum' ].includes( tokens[ at - 1 ]! )
	);
}

/**
 * Whether a product's word is a purpose word's form: the same word, a compound it ends, or
 * — unless it is the kind asked for — a compound it begins.
 * @param productWords
 * @param word
 * @param naming       whether the words are the product's name or labels
 */
function holdsForm(
	productWords: string[],
	word: PurposeWord,
	naming: boolean
): boolean {
	// The shopper's own thing named by a product's name or labels is what the product is.
	const isIt = ! ( word.owned && naming );
	return productWords.some( ( productWord ) =>
		word.forms.some(
			( form ) =>
				// "rostfrei" says no "Rost".
				! oppositeWords( form, productWord ) &&
				( ( isIt && sameWord( productWord, form ) ) ||
					( ! word.kind &&
						form.length >= 4 &&
						productWord.startsWith( form ) &&
						beginsCompound( form, productWord ) ) ||
					( isIt && isHeadOfCompound( form, productWord ) ) )
		)
	);
}

/** A product's text in parts, as folded words, most telling first. */
function partsOf( match: ProductMatch ): Array< [ string[], number ] > {
	const { product } = match;
	const folded = ( text: string ) => words( text ).map( fold );
	return [
		[ folded( product.name ), NAME_POINTS ],
		[
			folded( [ ...product.categories, ...product.tags ].join( ' ' ) ),
			LABEL_POINTS,
		],
		[
			folded(
				product.attributes
					.flatMap( ( a ) => [ a.name, ...a.options ] )
					.join( ' ' )
			),
			ATTRIBUTE_POINTS,
		],
		[ folded( product.description ), DESCRIPTION_POINTS ],
	];
}

/**
 * The candidates that serve the purpose, best first: each holds at least half of the
 * purpose's weight, in its name or labels at least one thing (not only a verb) or, from its
 * description alone, at least two; the list stops at products scoring well below the best.
 * @param candidates products the purpose's words found
 * @param purpose
 */
export function servingPurpose(
	candidates: ProductMatch[],
	purpose: PurposeWord[]
): ProductMatch[] {
	const parts = candidates.map( partsOf );
	const weights = purpose.map( ( word ) =>
		word.verb || word.example ? MINOR_WEIGHT : 1
	);
	const total = weights.reduce( ( sum, w ) => sum + w, 0 );
	const scored = candidates.map( ( match, index ) => {
		let score = 0;
		let held = 0;
		let labelledThings = 0;
		let describedThings = 0;
		purpose.forEach( ( word, i ) => {
			const points = Math.max(
				0,
				...parts[ index ]!.filter( ( [ text, p ] ) =>
					holdsForm( text, word, p >= LABEL_POINTS )
				).map( ( [ , p ] ) => p )
			);
			if ( points === 0 ) {
				return;
			}
			score += points * weights[ i ]!;
			held += weights[ i ]!;
			if ( ! word.verb ) {
				if ( points >= LABEL_POINTS ) {
					labelledThings++;
				} else {
					describedThings++;
				}
			}
		} );
		const serves =
			total > 0 &&
			held / total >= MIN_COVERAGE &&
			( labelledThings > 0 || describedThings >= 2 );
		return { match, index, score, serves };
	} );
	const serving = scored.filter( ( s ) => s.serves );
	const best = Math.max( 0, ...serving.map( ( s ) => s.score ) );
	return serving
		.filter( ( s ) => s.score >= best * CLOSE_TO_BEST )
		.sort( ( a, b ) => b.score - a.score || a.index - b.index )
		.slice( 0, MAX_OFFERED )
		.map( ( s ) => s.match );
}

/**
 * The searches for a purpose's candidates: all its words in both languages, then each thing
 * it names alone (a long query ranks the products holding many of its words first, and may
 * leave out the one holding the kind).
 * @param purpose
 */
export function purposeQueries( purpose: PurposeWord[] ): string[] {
	const all = [ ...new Set( purpose.flatMap( ( word ) => word.searched ) ) ];
	return [
		all.join( ' ' ),
		...purpose
			.filter( ( word ) => ! word.verb && ! word.example )
			.map( ( word ) => word.searched.join( ' ' ) ),
	];
}

export type { PurposeWord };
