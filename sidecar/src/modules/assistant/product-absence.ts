/**
 * Whether the products a search found are the kind asked for but not the thing: "a
 * nonstick teflon pan" finds pans, "XLR Kabel" finds cables, "Bose QuietComfort
 * headphones" finds headphones — none of them nonstick, XLR or Bose. Listing them would
 * answer a question the shopper did not ask; the honest answer is that the shop has no
 * such product.
 */
import type { ProductMatch } from '../commerce/service';
import {
	findProductTerms,
	fold,
	formTokens,
	productWordAlternatives,
} from '../../platform/text';
import { isHeadOfCompound, isStopWord, signalsOf, words } from './analysis';
import { ASKING_WORDS } from './evidence-words';
import { SHOPPER_VERBS, nameStrength, wordMatches } from './product-naming';

/**
 * Words that describe any product without naming what it is ("a good pan", "eine
 * günstige Pfanne"), and verbs of wanting one: a catalog need not say them for its
 * products to be meant. Not "new" or "used": a shop may sell both, and then the word decides.
 */
const PLAIN_DESCRIPTIONS = new Set(
	(
		'good great nice best better cheap cheaper affordable decent quality small big ' +
		'large little light heavy simple basic real proper solid sturdy cool cute pretty any some ' +
		'another other second spare whole complete entire few many several single double ' +
		'heaviest lightest biggest largest smallest thinnest thickest longest shortest ' +
		'strongest cheapest warmest softest finest ' +
		'gut gute guter gutes guten schön schöne schönen beste besten günstig günstige günstigen ' +
		'billig billige kleine kleinen kleiner große großen grosse grossen großer ' +
		'leichte leichten schwere schweren einfache einfachen solide stabile stabilen andere ' +
		'anderen weitere weiteren zweite zweiten einzelne einzelnen ganze ganzen'
	).split( ' ' )
);

/** A word that describes, or the shopper's own verb ("Ich suche Over-Ear-Kopfhörer"). */
export const describesOnly = ( word: string ) =>
	PLAIN_DESCRIPTIONS.has( word ) || SHOPPER_VERBS.has( word );

/** Every word a found product's data holds: name, categories, tags, attributes, description. */
function catalogWords( found: ProductMatch[] ): string[] {
	const text = found
		.flatMap( ( { product, variations } ) => [
			product.name,
			...product.categories,
			...product.tags,
			...[ product, ...variations ].flatMap( ( item ) =>
				item.attributes.flatMap( ( a ) => [ a.name, ...a.options ] )
			),
			product.description,
		] )
		.join( ' ' );
	return [ ...new Set( words( text ).map( fold ) ) ];
}

/**
 * A word right before a word that names the found products' kind, which none of them
 * holds anywhere in their data ("teflon" in "teflon pan"); null when every such word is
 * the catalog's own or says nothing of what the product is.
 * @param question
 * @param found
 */
export function missingModifier(
	question: string,
	found: ProductMatch[],
	known: string[] = catalogWords( found )
): string | null {
	if ( found.length === 0 ) {
		return null;
	}
	const tokens = words( question );
	// A word of a kind the vocabulary knows ("leaf blower", "bike locks") is that kind,
	// whichever language the catalog names it in.
	const terms = formTokens( question );
	const inTerms = new Set(
		findProductTerms( terms )
			.filter( ( term ) => term.exact )
			.flatMap( ( term ) =>
				terms.slice( term.start, term.start + term.length )
			)
	);
	for ( let i = 0; i + 1 < tokens.length; i++ ) {
		const modifier = tokens[ i ]!;
		if (
			modifier.length < 2 ||
			/\d/.test( modifier ) ||
			isStopWord( modifier ) ||
			ASKING_WORDS.has( modifier ) ||
			describesOnly( modifier ) ||
			inTerms.has( fold( modifier ) ) ||
			signalsOf( modifier ).size > 0
		) {
			continue;
		}
		const kind = tokens[ i + 1 ]!;
		if ( isStopWord( kind ) ) {
			continue;
		}
		// Only the products of that kind must hold it: a titanium spork found beside the
		// cook pots makes no cook pot titanium.
		const ofKind = found.filter(
			( match ) => nameStrength( match, kind ).share > 0
		);
		if (
			ofKind.length > 0 &&
			! wordMatches(
				ofKind.length === found.length ? known : catalogWords( ofKind ),
				fold( modifier )
			)
		) {
			return modifier;
		}
	}
	return null;
}

/**
 * The kind of product the question asks for first ("rugs" in "do ye sell rugs? looking
 * for a big wool rug"), when none of the found products' data holds it in any of its
 * forms, either language ("curtain pole" finds duvet covers by other words): the shop has
 * no such product. Null when the first product word of the vocabulary is held, or the
 * question names none.
 * @param question
 * @param found
 */
export function missingKind(
	question: string,
	found: ProductMatch[],
	known: string[] = catalogWords( found )
): string | null {
	if ( found.length === 0 ) {
		return null;
	}
	// The first word of the vocabulary that is a word of its own ("hat" in "Was für eine
	// Fassung hat …" is a verb); one read by its head only ("Kettenschlösser") is too
	// uncertain to say the shop lacks it.
	const [ first ] = findProductTerms( formTokens( question ) ).filter(
		( term ) => term.matched.length >= 4 && ! isStopWord( term.matched )
	);
	if ( ! first?.exact ) {
		return null;
	}
	// A catalog word that is only the head of the asked compound ("Messer" for
	// "Keramikmesser") holds the general kind, not the one asked for.
	const held = [ first.matched, ...first.alternatives ].some( ( form ) =>
		words( form )
			.map( fold )
			.every( ( word ) =>
				wordMatches(
					known.filter( ( w ) => ! isHeadOfCompound( w, word ) ),
					word
				)
			)
	);
	return held ? null : first.matched;
}

/**
 * What the question asks for that the found products are not — a modifier, else the kind
 * itself — reading the products' words once for both checks.
 * @param question
 * @param found
 */
export function missingFromCatalog(
	question: string,
	found: ProductMatch[]
): string | null {
	if ( found.length === 0 ) {
		return null;
	}
	const known = catalogWords( found );
	return (
		missingModifier( question, found, known ) ??
		missingKind( question, found, known )
	);
}

/**
 * A word of the question that names something the shop does not sell: none of the found
 * products holds it, in either language, and the catalog finds nothing by it alone
 * ("insurance" in "do you sell insurance for pets?" finds pet carriers by "pets"; "Sonos"
 * in "Do you have the Sonos Era 100?" finds speakers). Null when every naming word is the
 * shop's own. Short words, figures, question glue and words that only describe are no names.
 * @param question
 * @param found           the products the question found
 * @param searchWordAlone the catalog search for one word
 */
export async function nameTheShopLacks(
	question: string,
	found: ProductMatch[],
	searchWordAlone: ( word: string ) => Promise< ProductMatch[] >
): Promise< string | null > {
	const asked = askedToExist( question );
	if ( found.length === 0 || ! asked ) {
		return null;
	}
	const known = catalogWords( found );
	const holds = ( catalog: string[], word: string ) =>
		[ word, ...productWordAlternatives( word ) ].some( ( form ) =>
			words( form )
				.map( fold )
				.every( ( part ) => wordMatches( catalog, part ) )
		);
	const terms = formTokens( asked );
	const termWords = new Set(
		findProductTerms( terms ).flatMap( ( term ) =>
			terms.slice( term.start, term.start + term.length )
		)
	);
	const candidates = [ ...new Set( words( asked ) ) ].filter(
		( word ) =>
			word.length >= 4 &&
			! /\d/.test( word ) &&
			! isStopWord( word ) &&
			! POINTING_BACK.test( word ) &&
			! ASKING_WORDS.has( word ) &&
			! describesOnly( word ) &&
			signalsOf( word ).size === 0 &&
			// A kind the vocabulary knows is missingKind's to judge.
			! termWords.has( fold( word ) ) &&
			! holds( known, fold( word ) )
	);
	for ( const word of candidates.slice( 0, MAX_NAME_PROBES ) ) {
		const alone = await searchWordAlone( word );
		if (
			! alone.length ||
			! holds( catalogWords( alone ), fold( word ) )
		) {
			return word;
		}
	}
	return null;
}

/**
 * What a question asks the shop to have, up to the first preposition or the end of the
 * sentence: "Sonos Era 100" in "Do you have the Sonos Era 100?", "Schallplatten" in
 * "Verkauft ihr auch Schallplatten? Suche was von Pink Floyd". Null when it asks nothing of
 * the kind.
 * @param question
 */
function askedToExist( question: string ): string | null {
	const found = EXISTENCE.exec( question );
	return found ? found[ 1 ]!.trim() : null;
}

const EXISTENCE =
	/\b(?:(?:do|do ye|does) (?:you|ye|the shop) (?:also |even |still )?(?:sell|have|carry|stock|offer)|have you got|habt ihr|haben sie|verkauft ihr|verkaufen sie|führt ihr|führen sie|gibt es bei euch|gibt's bei euch)\s+(?:(?:also|even|still|auch|noch|got|any|a|an|the|some|eigentlich|überhaupt|ein|eine|einen)\s+)*([^?!.,;]*?)(?=\s*\b(?:for|with|from|in|by|to|that|which|under|below|over|above|up|around|about|max|mit|für|fürs|von|aus|im|in|zum|zur|die|das|der|oder|or|and|und|unter|über|bis|ab|mindestens|höchstens|maximal|um|so|wie)\b|\s*\d|[?!.,;]|$)/iu;

/**
 * A German word pointing back at what was said ("welche Gewürze habt ihr dafür?", "davon",
 * "damit"): it names nothing the shop could lack.
 */
const POINTING_BACK =
	/^(?:da|wo)r?(?:für|von|mit|zu|auf|an|in|bei|über|unter|um|nach|aus|gegen|durch|neben|vor|hinter|zwischen)$/u;

/** The most words of one question looked up alone in the catalog. */
const MAX_NAME_PROBES = 3;
