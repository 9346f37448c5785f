/**
 * Which products a question names, and which products have what it asks: product names
 * matched word by word (forms, typos, the other language's product words), SKUs, a kind
 * several products share, variation options in any notation, and the qualities ("aus
 * Glas", "steel", "from Ethiopia") a list is narrowed by. Pure functions over search
 * results; the embedded responder (embedded-responder.ts) decides with them.
 */
import {
	detectTextLanguage,
	fold,
	productWordAlternatives,
} from '../../platform/text';
import { allowedTypos, editDistance } from '../commerce/search';
import type { ProductMatch } from '../commerce/service';
import {
	anotherHead,
	contentWords,
	findSkus,
	guessLanguage,
	isStopWord,
	quantities,
	sameWord,
	signalsIn,
	unicodeBoundaries,
} from './analysis';
import { pairMemo, textMemo } from './memo';
import { datesNamed, namesOptionDate } from './option-dates';
import { foldedWords, moneyAmounts } from './question-words';

// The question's own words live in question-words.ts; these stay importable from here.
export {
	askedWords,
	foldedWords,
	topicOnlyInProductWords,
} from './question-words';

/**
 * The shopper's own verbs of wanting and looking ("Ich suche …", "need pans"): never a
 * misspelt product word ("suche" is no typo of the model "Buche").
 */
export const SHOPPER_VERBS = new Set(
	(
		'suche suchen sucht brauch brauche brauchen braucht bräuchte benötige möchte möchten hätte hätten will wollen ' +
		'want wants wanted need needs looking seeking find get buy kaufen bestellen order ' +
		'ordering recommend empfehlen empfehlt'
	).split( ' ' )
);

/**
 * Whether two words say a thing and its absence ("ungiftig" / "giftig", "glutenfrei" /
 * "gluten", "fragrance-free" / "fragrance"): a product that is the one is never matched
 * for the other, however alike they are written (a typo apart, a compound of it).
 * @param a
 * @param b
 */
export function oppositeWords( a: string, b: string ): boolean {
	const [ plainA, plainB ] = [ withoutNegation( a ), withoutNegation( b ) ];
	return (
		( plainA !== a ) !== ( plainB !== b ) &&
		( plainA.startsWith( plainB ) || plainB.startsWith( plainA ) )
	);
}

/** Memory of withoutNegation: the same name and question words come back on every message. */
const negationMemo = textMemo< string >();

/** A word without its negating prefix or suffix ("ungiftig" → "giftig", "glutenfrei" → "gluten"). */
function withoutNegation( word: string ): string {
	return negationMemo( word, ( w ) =>
		w
			.replace( /^(un|non-?)(?=\p{L}{4})/u, '' )
			.replace( /(?<=\p{L}{3})-?(frei|free|los|less)$/u, '' )
	);
}

/** Words a product name is matched on: exact, as a word form, or within the typo allowance. */
export function wordMatches( question: string[], word: string ): boolean {
	for ( const q of question ) {
		if ( wordMatchMemo( q, word, matchesWord ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Memory of matchesWord (issue 12): the found products' name words meet the same question
 * words several times per message (naming, kinds, contradictions) and again on the next.
 */
const wordMatchMemo = pairMemo< boolean >();

/** Whether one shopper's word matches one name word (a pure function of the two). */
function matchesWord( q: string, word: string ): boolean {
	return (
		! oppositeWords( q, word ) &&
		( ( sameWord( q, word ) && ! anotherHead( q, word ) ) ||
			( q.length >= 4 &&
				! SHOPPER_VERBS.has( q ) &&
				! isStopWord( q ) &&
				// A typo seldom hits the first letter: "work" is no "York".
				q[ 0 ] === word[ 0 ] &&
				editDistance( q, word, allowedTypos( word ) ) <=
					allowedTypos( word ) ) )
	);
}

function asksStockOrPrice( word: string ): boolean {
	const signals = signalsIn( word );
	return signals.has( 'stock' ) || signals.has( 'price' );
}

/**
 * How clearly the question names this product: the share of its name's words the
 * question holds (0..1), and whether any matched word is not a topic word (so "return"
 * alone does not name the "Return Tote").
 * @param match
 * @param question
 */
export function nameStrength(
	match: ProductMatch,
	question: string
): { share: number; plainShare: number; distinctive: boolean } {
	const measures = new Set(
		[ ...measureWords( match.product.name ) ].map( fold )
	);
	const all = foldedWords( match.product.name );
	// A size in the name ("Paketbox Lieferfix 150 l") is not a word a shopper must say.
	const named = all.filter(
		( w ) => ! /^\d/.test( w ) && ! measures.has( w )
	);
	const name = named.length > 0 ? named : all;
	if ( name.length === 0 ) {
		return { share: 0, plainShare: 0, distinctive: false };
	}
	if ( namesSku( match, question ) ) {
		return { share: 1, plainShare: 1, distinctive: true };
	}
	// The shopper's words and their other-language forms ("coffee grinder" names the
	// "Kaffeemühle Rondo" as well as "Kaffeemühle" does).
	const asked = namingWords( question );
	// A word that asks for stock or a price names a product only as itself: "an Lager"
	// does not name the "Vela Lägern".
	const asking = asked.filter( asksStockOrPrice );
	const naming = asked.filter( ( w ) => ! asksStockOrPrice( w ) );
	const hit = name.filter(
		( w ) => wordMatches( naming, w ) || asking.includes( w )
	);
	// The words that name no topic ("Delivery Day Treat Box" without "delivery"): beside a
	// question about delivery, only these name the product.
	const plain = name.filter( ( w ) => signalsIn( w ).size === 0 );
	return {
		share: hit.length / name.length,
		plainShare:
			plain.length === 0
				? hit.length / name.length
				: plain.filter( ( w ) => hit.includes( w ) ).length /
					plain.length,
		distinctive: hit.some(
			( w ) => signalsIn( w ).size === 0 && ! measures.has( w )
		),
	};
}

/**
 * Whether the words naming this product in the question also name another found product
 * ("tent" in "Basalt Tent" and "Cedar Tent"): the question names a kind, not this one.
 * @param match
 * @param found
 * @param question
 */
export function namesOnlyAKind(
	match: ProductMatch,
	found: ProductMatch[],
	question: string
): boolean {
	if ( namesSku( match, question ) ) {
		return false;
	}
	const asked = namingWords( question );
	const name = foldedWords( match.product.name );
	const hits = name.filter( ( w ) => wordMatches( asked, w ) );
	if ( hits.length === 0 || hits.length === name.length ) {
		return false;
	}
	return found.some(
		( other ) =>
			other.product.externalId !== match.product.externalId &&
			hits.every( ( w ) =>
				wordMatches( foldedWords( other.product.name ), w )
			)
	);
}

/**
 * Whether the question writes the product's (or one of its variations') SKU: a product
 * code names exactly one product, whatever else the question holds ("KW-1042 in stock?").
 * @param match
 * @param question
 */
export function namesSku( match: ProductMatch, question: string ): boolean {
	const codes = new Set(
		findSkus( question ).map( ( code ) => code.toLowerCase() )
	);
	return (
		codes.size > 0 &&
		[ match.product, ...match.variations ].some(
			( item ) =>
				item.sku.length >= 3 && codes.has( item.sku.toLowerCase() )
		)
	);
}

/**
 * The words of a product name that follow a number ("5 Jahre", "2 Liter"): a measure of
 * the product, which a question may hold for another reason ("Wie viele Jahre Garantie …").
 * @param name
 */
export function measureWords( name: string ): Set< string > {
	const tokens = name.toLowerCase().match( /[\p{L}\p{N}]+/gu ) ?? [];
	return new Set(
		tokens.filter( ( t, i ) => i > 0 && /^\d+$/.test( tokens[ i - 1 ]! ) )
	);
}

/**
 * The found product the question names best (most of its name), among those whose name
 * the question does not contradict: "Wasserkocher Lago" is not the "Wasserkocher Bella",
 * even when the search ranks that first.
 * @param found
 * @param question
 */
export function bestNamed(
	found: ProductMatch[],
	question: string
): ProductMatch | undefined {
	return (
		found
			.filter(
				( match ) =>
					! contradictsName( match, question, found.length === 1 )
			)
			.map( ( match, index ) => ( {
				match,
				index,
				share: nameStrength( match, question ).share,
				figures: figuresHeld( match, question ),
			} ) )
			// A product none of whose name words the question holds is not the one asked about.
			.filter( ( entry ) => entry.share > 0 )
			// Between names alike, the one whose figures the question holds ("Messerset
			// 5-teilig", not "3-teilig").
			.sort(
				( a, b ) =>
					b.share - a.share ||
					b.figures - a.figures ||
					a.index - b.index
			)[ 0 ]?.match
	);
}

/** How many of the figures in a product's name ("5-teilig", "23 cm") the question holds. */
function figuresHeld( match: ProductMatch, question: string ): number {
	const asked = new Set( question.match( /\d+(?:[.,]\d+)?/g ) ?? [] );
	return ( match.product.name.match( /\d+(?:[.,]\d+)?/g ) ?? [] ).filter(
		( figure ) => asked.has( figure )
	).length;
}

/**
 * Whether the question puts a capitalised word the product does not know right next to a
 * word of the product's name ("Kaffeemühle Alba" for the "Siebträgermaschine Alba"): the
 * shopper names another product of the same line or kind.
 * @param match
 * @param question
 * @param onlyOneFound the search found this product alone
 */
export function contradictsName(
	match: ProductMatch,
	question: string,
	onlyOneFound = false
): boolean {
	const name = contentWords( match.product.name );
	const own = contentWords(
		[
			match.product.name,
			match.product.sku,
			...match.product.categories,
			...match.product.tags,
			// "Bluetooth-Version" names the product's own attribute, not another product.
			...match.product.attributes.flatMap( ( a ) => [
				a.name,
				...a.options,
			] ),
			...match.variations.flatMap( ( v ) =>
				v.attributes.flatMap( ( a ) => [ a.name, ...a.options ] )
			),
		].join( ' ' )
	);
	const tokens = question.match( /[\p{L}\p{N}]+/gu ) ?? [];
	const inName = tokens.map( ( t ) => wordMatches( name, t.toLowerCase() ) );
	// The only product the search found, asked about in the other language than it is
	// written in: a word the vocabulary does not know may be its kind in that language
	// ("Paterson Entwicklungsdose" for the "Paterson Universal Developing Tank"), so only
	// a known word names another product. Beside other products, a stranger word is a
	// name ("Harris Paper Cat Litter" is not the "Thistle Paper Cat Litter").
	const askedLang = onlyOneFound ? guessLanguage( question ) : null;
	const ownLang = askedLang
		? detectTextLanguage(
				`${ match.product.name } ${ match.product.description }`
			)
		: null;
	const acrossLanguages =
		askedLang !== null && ownLang !== null && askedLang !== ownLang;
	return tokens.some( ( token, i ) => {
		const word = token.toLowerCase();
		const stranger =
			/^\p{Lu}/u.test( token ) &&
			! (
				acrossLanguages && productWordAlternatives( word ).length === 0
			) &&
			word.length >= 3 &&
			! isStopWord( word ) &&
			signalsIn( word ).size === 0 &&
			! wordMatches( own, word ) &&
			// The kind in the other language ("Kerze Recess" for the "Recess … Candle").
			! productWordAlternatives( word ).some( ( form ) =>
				contentWords( form ).every( ( w ) => wordMatches( own, w ) )
			);
		// Before a name word it names another product ("Kaffeemühle Alba"); after one, only
		// where the name goes on with a word the question does not hold ("Lindqvist Hallwil"
		// for the "Lindqvist Gurten"): after the name's last word a German noun is what the
		// product is used on ("mit dem Santoku Tiefkühlsachen schneiden").
		return (
			stranger &&
			( inName[ i + 1 ] ||
				( inName[ i - 1 ] &&
					nameGoesOnAfter( name, tokens[ i - 1 ]!, tokens ) ) )
		);
	} );
}

/**
 * Whether the product's name has a further word, not a figure, after the one the question
 * holds, which the question does not hold.
 * @param name     the name's content words
 * @param held     the question's word matching one of them
 * @param question the question's words
 */
function nameGoesOnAfter(
	name: string[],
	held: string,
	question: string[]
): boolean {
	const at = name.findIndex( ( w ) =>
		wordMatches( [ held.toLowerCase() ], w )
	);
	const next = at >= 0 ? name[ at + 1 ] : undefined;
	return (
		next !== undefined &&
		! /^\p{N}/u.test( next ) &&
		! question.some( ( q ) => wordMatches( [ q.toLowerCase() ], next ) )
	);
}

/**
 * The variations a question names, when the catalog search did not pick them (it was
 * searched with fewer words): those with the most options written in the question
 * ("500 ml", "blau"). Leaves the match alone when none is named.
 * @param match
 * @param question
 */
export function nameVariations( match: ProductMatch, question: string ): void {
	if ( match.namedVariations.length > 0 || match.variations.length === 0 ) {
		return;
	}
	const asked = quantities( question );
	const amounts = moneyAmounts( question );
	const packs = packCounts( question );
	const dates = datesNamed( question );
	// An option in the other language: "in Rot" names "Red", "in Schwarz" "Black".
	const questionWords = foldedWords( question );
	const translated = ( option: string ) =>
		contentWords( option ).some( ( word ) =>
			productWordAlternatives( word ).some( ( form ) =>
				questionWords.includes( fold( form ) )
			)
		);
	const written = ( option: string ) =>
		option.trim().length > 0 &&
		unicodeBoundaries(
			new RegExp(
				`\\b${ option.trim().replace( /[.*+?^${}()|[\]\\]/g, '\\$&' ) }\\b`,
				'i'
			)
		).test( question );
	// As written, or its part before or inside brackets ("120 cm (47 in)"), or the same
	// quantity in any notation ("1 L" is "1 l" is "1000 ml"), or the same money amount
	// ("the $100 gift card" names the option "$100").
	const named = ( option: string ) => {
		const parts = [ option, ...option.split( /[()]/ ) ];
		// "the course in January" names "Sa 16.01.2027".
		if (
			parts.some( written ) ||
			translated( option ) ||
			namesOptionDate( dates, option )
		) {
			return true;
		}
		const own = quantities( option );
		if (
			own.some( ( q ) =>
				asked.some(
					( a ) =>
						a.dimension === q.dimension &&
						Math.abs( a.base - q.base ) <= 1e-9 + q.base * 1e-6
				)
			)
		) {
			return true;
		}
		if (
			packs.length > 0 &&
			packCounts( option ).some( ( n ) => packs.includes( n ) )
		) {
			return true;
		}
		return (
			amounts.length > 0 &&
			moneyAmounts( option ).some( ( value ) =>
				amounts.includes( value )
			)
		);
	};
	const scored = match.variations.map( ( variation ) => ( {
		variation,
		hits: variation.attributes.filter( ( a ) => a.options.some( named ) )
			.length,
	} ) );
	const best = Math.max( 0, ...scored.map( ( x ) => x.hits ) );
	if ( best > 0 ) {
		match.namedVariations = scored
			.filter( ( x ) => x.hits === best )
			.map( ( x ) => x.variation );
	}
}

/** A pack by its count, however written: "5-pack", "5 pack", "pack of 5", "5er-Pack", "5er Packung". */
const PACK_OF_COUNT = unicodeBoundaries(
	/\b(?:(\d+|zweier|dreier|vierer|fünfer|sechser|zehner|zwölfer|doppel)\s*(?:er)?[-\s]?(?:pack|packs|packung|packungen|pck)|(?:pack|packung) (?:of |mit |à )?(\d+)|(single|einzel)(?:[-\s]?\p{L}+)?)\b/giu
);

/** German counting words before "-pack" ("Dreierpack"), and a single one. */
const COUNT_WORDS: Record< string, number > = {
	doppel: 2,
	zweier: 2,
	dreier: 3,
	vierer: 4,
	fünfer: 5,
	sechser: 6,
	zehner: 10,
	zwölfer: 12,
	single: 1,
	einzel: 1,
};

/**
 * The pack sizes a text names by count ("5er-Pack", "Fünferpack" and "5-pack" are all 5;
 * "Single roll" and "Einzelrolle" are 1).
 * @param text
 */
function packCounts( text: string ): number[] {
	return [ ...text.matchAll( PACK_OF_COUNT ) ].map( ( found ) => {
		const count = ( found[ 1 ] ?? found[ 2 ] ?? found[ 3 ] )!.toLowerCase();
		return COUNT_WORDS[ count ] ?? Number( count );
	} );
}

let lastNaming: { question: string; words: string[] } | null = null;

/** contentWords of the question, folded, plus the other forms of its product words (memoised per question). */
export function namingWords( question: string ): string[] {
	if ( lastNaming?.question !== question ) {
		lastNaming = {
			question,
			words: [
				...new Set( [
					...foldedWords( question ),
					// Single-word forms only: "espresso machine" must not make "espresso"
					// name the "Espressotassen-Set".
					...productWordAlternatives( question ).filter(
						( form ) => ! form.includes( ' ' ) && form.length >= 3
					),
				] ),
			],
		};
	}
	return lastNaming.words;
}
