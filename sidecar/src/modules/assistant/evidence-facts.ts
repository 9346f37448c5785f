/**
 * Evidence from a product's own data: the words a question asks about a product with, and
 * the attribute or description sentence that states it (by word, concept and the kind of
 * quantity asked), verbatim.
 */
import type { ProductMatch } from '../commerce/service';
import { datesNamed } from './option-dates';
import {
	findProductTerms,
	productWordAlternatives,
	type ProductTermMatch,
} from '../../platform/text';
import { formTokens } from '../../platform/text/translate';
import { contentWords, isStopWord, sameWord, signalsOf } from './analysis';
import {
	FACT_SIGNALS,
	ASKING_WORDS,
	sentences,
	overlap,
	cognates,
} from './evidence-words';
import {
	GENERIC_SIZE_WORDS,
	askedDimensions,
	dimensionScore,
} from './evidence-dimensions';
import {
	answersEnough,
	measuresSomethingElse,
	unsaidProperty,
} from './evidence-sufficiency';

/** A product or variation row, as commerce's service hands it out (its repo is private to it). */
type ProductRecord = ProductMatch[ 'product' ];

export interface SpecEvidence {
	/** "Material: Edelstahl" or a sentence of the description, verbatim. */
	quote: string;
	score: number;
	/** The quote holds part of what is asked only: the answer offers a person too. */
	partial?: boolean;
}

/**
 * The attribute or description sentence of a product that states what the question asks,
 * or null when none does. The product's own name words never count (every sentence of its
 * description is about it).
 * @param question
 * @param product
 * @param variations
 */
/** "é" → "e", umlauts kept (they tell German words apart). */
const withoutAccents = ( word: string ) =>
	word
		.replace( /[àáâ]/g, 'a' )
		.replace( /[èéêë]/g, 'e' )
		.replace( /[ìíîï]/g, 'i' )
		.replace( /[òóô]/g, 'o' )
		.replace( /[ùúû]/g, 'u' )
		.replace( /ç/g, 'c' );

/** Words for the date itself, which an option sold by date answers. */
const DATE_WORDS = new Set( [ 'date', 'dates', 'datum', 'termin', 'termine' ] );

/** Words that ask whether something is fine, not about what ("is it ok in the oven"). */
const FILLER_WORDS = new Set(
	// and the particles and contractions of spoken questions ("give out", "whats").
	(
		'ok okay fine alright safe possible möglich geeignet darf dürfen darfst out whats thats hows wheres ' +
		// "Welcher Prozess ist nötig?": needing is how it is asked, not what.
		'nötig notwendig erforderlich needed required necessary ' +
		// "Bis wie viel Nm geht …": up to is how much is asked, not of what.
		'bis ' +
		// "als 250-g-Packung", "the 1 kg pack": the pack names an option, it asks no fact.
		'packung packungen pack packs packet packets package ' +
		// "Muss man ihn wässern?", "Wie wird sie montiert?": modal and auxiliary verbs ask how.
		'muss müssen musst man wird werden wurde soll sollte sollen tun'
	).split( ' ' )
);

/**
 * The words a question asks about a product with: its content words without the
 * product's name and categories, the variation options it names, numbers, and words that
 * only ask ("price", "tell me", "Angabe"). Empty when it only names the product.
 * @param question
 * @param product
 * @param variations
 */
export function factWords(
	question: string,
	product: ProductRecord,
	variations: ProductRecord[] = []
): string[] {
	// Accents folded: "saute" names the "Sauté Pan"; so does "Pfanne", the name's word in
	// the other language. A category or other form of several words names the product only
	// when the question holds all of them: "Dutch Ovens" is named by "dutch oven", while
	// "ok in the oven" asks a fact of it.
	const questionWords = contentWords( question );
	const heldWhole = ( form: string ) => {
		const words = contentWords( form );
		return (
			words.length <= 1 ||
			words.every( ( w ) =>
				questionWords.some( ( q ) => sameWord( q, w ) )
			)
		);
	};
	const known = contentWords(
		[
			product.name,
			...productWordAlternatives( product.name ).filter( heldWhole ),
			...product.categories.filter( heldWhole ),
			...product.tags.filter( heldWhole ),
			...variations.flatMap( ( v ) =>
				v.attributes.flatMap( ( a ) => a.options )
			),
		].join( ' ' )
	).map( withoutAccents );
	// "the course in March", "the march date": a month names an option sold by date.
	const namesADate = datesNamed( question ).length > 0;
	return questionWords.filter(
		( w ) =>
			! (
				namesADate &&
				( datesNamed( w ).length > 0 || DATE_WORDS.has( w ) )
			) &&
			! ASKING_WORDS.has( w ) &&
			! FILLER_WORDS.has( w ) &&
			! /^\d/.test( w ) &&
			! [ ...signalsOf( w ) ].some( ( s ) => ! FACT_SIGNALS.has( s ) ) &&
			! known.some( ( n ) => sameWord( n, withoutAccents( w ) ) )
	);
}

export function findSpec(
	question: string,
	product: ProductRecord,
	variations: ProductRecord[] = []
): SpecEvidence | null {
	const candidates: string[] = [];
	const seenAttributes = new Set< string >();
	for ( const attribute of [
		...product.attributes,
		...variations.flatMap( ( v ) => v.attributes ),
	] ) {
		const key = attribute.name.toLowerCase();
		if ( seenAttributes.has( key ) ) {
			continue;
		}
		seenAttributes.add( key );
		const options =
			product.attributes.find( ( a ) => a.name.toLowerCase() === key )
				?.options ?? attribute.options;
		candidates.push( `${ attribute.name }: ${ options.join( ', ' ) }` );
	}
	candidates.push( ...sentences( product.description ) );
	// An attribute the question names as the shop writes it ("R-value", "EAN", "ISO
	// rating") is what is asked, whether or not its words mean anything to us.
	const named = namedAttribute( question, product, variations );
	if ( named ) {
		const quote = candidates.find( ( c ) =>
			c.toLowerCase().startsWith( `${ named }:` )
		);
		if ( quote ) {
			// "Ist der Akku austauschbar?" names the "Akku" and asks more than its value.
			const partly = unsaidProperty(
				factWords( question, product, variations ),
				`${ quote } ${ product.description }`
			);
			return partly
				? { quote, score: 10, partial: true }
				: { quote, score: 10 };
		}
	}
	const asked = factWords( question, product, variations );
	// The kinds of quantity the shopper's own words ask for, not the product's name
	// ("Aarklang" is no length, "E-Bike-Akku" no charge).
	const nameWords = contentWords( product.name ).filter(
		( word ) => ! /^\p{N}+$/u.test( word )
	);
	const ownQuestion = withoutWords( question, nameWords );
	const dimensions = askedDimensions( ownQuestion );
	const phrases = findProductTerms( formTokens( question ) ).filter(
		( term ) => term.length > 1
	);
	let best: ( SpecEvidence & { read: string } ) | null = null;
	for ( const quote of candidates ) {
		const read = withQuestionPhrases( quote, phrases );
		// The shopper's own words ("water tank") weigh more than a kind of quantity ("size").
		// A product's attribute may be named in the other language ("bean hopper" is the
		// "Bohnenbehälter"): product words count in either language here.
		const words =
			2 * overlap( asked, read, false, true ) +
			COGNATE_WEIGHT * cognatesIn( asked, read ) +
			sameLengthKind( question, read );
		const score =
			words +
			dimensionScore(
				dimensions.filter(
					( d ) => words > 0 || ! measuresSomethingElse( d, quote )
				),
				quote
			);
		// Ties go to the shorter quote: "Weight: 250 g" over "Weighing range: 2 kg".
		if (
			score > ( best?.score ?? 0 ) ||
			( best && score === best.score && quote.length < best.quote.length )
		) {
			best = { quote, score, read };
		}
	}
	// One meaning-bearing word or a matching kind of quantity is the least we quote on, and
	// most of what is asked must be there: "standby power" is not answered by "Power: 180 W".
	if ( ! best || best.score < 1.5 ) {
		return null;
	}
	// "How big" names no one kind ("Länge" is no answer to it).
	const ownKinds = askedDimensions(
		withoutWords( ownQuestion, [ ...GENERIC_SIZE_WORDS ] )
	);
	const answered = answersEnough(
		question,
		asked,
		best.read,
		product.description,
		// Lengths are too many to tell apart by kind alone (Länge, Breite, Schlauchlänge …).
		ownKinds.filter( ( kind ) => kind !== 'length' )
	);
	if ( answered === 'none' ) {
		return null;
	}
	const found = { quote: best.quote, score: best.score };
	return answered === 'partly' ? { ...found, partial: true } : found;
}

/**
 * The quote as the question's words would read it: a phrase of the product vocabulary the
 * question uses ("charge cycles") is added when the quote holds one of its other forms
 * ("700 Ladezyklen"), so a German sentence answers an English question word for word.
 * @param quote
 * @param phrases the question's multi-word vocabulary matches
 */
function withQuestionPhrases(
	quote: string,
	phrases: ProductTermMatch[]
): string {
	if ( phrases.length === 0 ) {
		return quote;
	}
	const own = formTokens( quote );
	const folded = ` ${ own.join( ' ' ) } `;
	const met = phrases.filter( ( phrase ) =>
		phrase.alternatives.some( ( form ) =>
			form.includes( ' ' )
				? folded.includes( ` ${ form } ` )
				: own.some(
						( word ) => word === form || sameWord( form, word )
					)
		)
	);
	return met.length === 0
		? quote
		: `${ quote } (${ met.map( ( phrase ) => phrase.matched ).join( ', ' ) })`;
}

/**
 * The kinds of length, each by its words in both languages: "wie hoch" asks the height,
 * not the pot's diameter, though both are lengths.
 */
const LENGTH_KINDS: string[][] = [
	[ 'tall', 'height', 'high', 'hoch', 'höhe', 'hohe', 'wuchshöhe' ],
	[ 'wide', 'width', 'breit', 'breite' ],
	[ 'deep', 'depth', 'tief', 'tiefe' ],
	[ 'diameter', 'durchmesser' ],
	[ 'long', 'length', 'lang', 'lange', 'länge' ],
	[ 'thick', 'thickness', 'dick', 'dicke', 'stärke' ],
];

/**
 * 1 when the question asks a kind of length the quote's attribute names ("wie hoch" and
 * "Höhe: 120 cm"; "Topfhöhe" holds "höhe"), else 0.
 * @param question
 * @param quote    an attribute line ("Name: value") or a sentence
 */
function sameLengthKind( question: string, quote: string ): number {
	const asked = contentWords( question );
	const name = quote.includes( ':' )
		? quote.slice( 0, quote.indexOf( ':' ) )
		: '';
	const named = contentWords( name );
	return LENGTH_KINDS.some(
		( forms ) =>
			asked.some( ( word ) => forms.includes( word ) ) &&
			named.some( ( word ) =>
				forms.some( ( form ) => word === form || word.endsWith( form ) )
			)
	)
		? 1
		: 0;
}

/** A word found only as its cognate ("Prozess" for "Process") counts a little less. */
const COGNATE_WEIGHT = 1.6;

/**
 * How many of the asked words a quote holds only as their other-language cognate (a German
 * question on an English product: "Welcher Entwicklungsprozess …" and "Process: E-6").
 * @param asked the question's fact words
 * @param quote
 */
function cognatesIn( asked: string[], quote: string ): number {
	const own = contentWords( quote );
	return asked.filter(
		( word ) =>
			overlap( [ word ], quote, false, true ) === 0 &&
			own.some( ( other ) => cognates( word, other ) )
	).length;
}

/**
 * The name of an attribute of the product (or its variations) the question holds as
 * written, lower-case; the longest when several do ("packed weight" over "weight").
 * Attributes the variations choose by (a size, a colour) are left to the variation.
 * @param question
 * @param product
 * @param variations
 */
export function namedAttribute(
	question: string,
	product: ProductRecord,
	variations: ProductRecord[] = []
): string | null {
	const text = question.toLowerCase();
	const choosing = new Set(
		variations.flatMap( ( v ) =>
			v.attributes.map( ( a ) => a.name.toLowerCase() )
		)
	);
	const names = product.attributes
		.map( ( a ) => a.name.toLowerCase().trim() )
		.filter( ( name ) => name.length >= 3 && ! choosing.has( name ) )
		.filter( ( name ) => {
			const found = new RegExp(
				`(?<![\\p{L}\\p{N}])${ name.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' ) }(?![\\p{L}\\p{N}])`,
				'u'
			).exec( text );
			if ( ! found ) {
				return false;
			}
			// Alone, not part of a longer name: "standby power" is no "Power", "packed
			// weight" no "Weight".
			const before = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(
				text.slice( 0, found.index )
			)?.[ 1 ];
			const after = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(
				text.slice( found.index + found[ 0 ].length )
			)?.[ 1 ];
			const free = ( word: string | undefined ) =>
				! word || isStopWord( word ) || ASKING_WORDS.has( word );
			return free( before ) && free( after );
		} )
		.sort( ( a, b ) => b.length - a.length );
	return names[ 0 ] ?? null;
}

/**
 * A text without some of its words (whole words, any case), the rest as written: its
 * figures and units ("78 U/min") stay for the kinds of quantity they name.
 * @param text
 * @param dropped lower-case words
 */
function withoutWords( text: string, dropped: string[] ): string {
	const drop = new Set( dropped );
	return drop.size === 0
		? text
		: text.replace( /[\p{L}\p{N}]+/gu, ( word ) =>
				drop.has( word.toLowerCase() ) ? ' ' : word
			);
}
