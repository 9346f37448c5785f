/**
 * Whether a product's quote answers enough of a question: the particular property asked,
 * not a neighbouring one of the same kind ("packed size" is not the "Peak height"), or only
 * part of it.
 */
import { detectTextLanguage } from '../../platform/text';
import { contentWords, isCompoundOf, quantities, sameWord } from './analysis';
import { overlap, sentences, cognates } from './evidence-words';
import {
	askedDimensions,
	CAPACITY_WORDS,
	contentWordsWithAsking,
	DIMENSION_WORDS,
	GENERIC_SIZE_WORDS,
	namesUnit,
} from './evidence-dimensions';

/** Words that ask for a kind of quantity or property rather than name the fact. */
function asksKind( word: string ): boolean {
	return (
		CAPACITY_WORDS.has( word ) ||
		namesUnit( word ) ||
		GENERIC_SIZE_WORDS.has( word ) ||
		Object.values( DIMENSION_WORDS ).some( ( forms ) =>
			// A compound with a kind for its head names one property of that kind
			// ("Schneelast", "Grundfläche"): it is specific, not a kind.
			forms.some(
				( f ) => sameWord( f, word ) && ! isCompoundOf( f, word )
			)
		)
	);
}

/**
 * A word asking whether a thing has a property ("austauschbar", "removable", "waschbar",
 * "rechargeable", "wasserdicht", "kabellos"): a value of the thing's kind does not say it.
 */
const PROPERTY_WORD = /^\p{L}{3,}(bar|able|ible|fest|dicht|proof|los|less)$/u;

/**
 * Whether the question asks a property ("austauschbar", "waterproof") that the text does
 * not state.
 * @param asked the question's fact words
 * @param text  what is quoted, with the product's prose
 */
export function unsaidProperty( asked: string[], text: string ): boolean {
	return asked.some(
		( w ) => PROPERTY_WORD.test( w ) && coveredWords( [ w ], text ) === 0
	);
}

/**
 * Whether a quote answers ('fully') most of what is asked, and the particular thing asked, or only
 * part of it ('partly'): a
 * neighbouring property of the same kind is no answer ("packed size" is not the "Peak
 * height", "runtime in strobe mode" not the "Runtime"). A word the description's prose
 * uses refers to the product ("der Kessel") and counts as answered; one only its list of
 * specifications holds ("Packed weight: …") names another property and counts half; a
 * quantity of the question ("a 230 g canister") stated in the quote counts as answered.
 * @param question
 * @param asked
 * @param quote
 * @param description
 */
export function answersEnough(
	question: string,
	asked: string[],
	quote: string,
	description: string,
	ownKinds: string[]
): 'fully' | 'partly' | 'none' {
	const stated = quantities( quote );
	const sameQuantities = quantities( question ).filter( ( q ) =>
		stated.some(
			( s ) =>
				s.dimension === q.dimension &&
				Math.abs( s.base - q.base ) <= Math.abs( q.base ) * 0.01
		)
	).length;
	const total = asked.length + sameQuantities;
	if ( total === 0 ) {
		return 'fully';
	}
	const lines = sentences( description );
	const prose = lines
		.filter( ( line ) => ! SPEC_LINE.test( line ) )
		.join( ' ' );
	const specs = lines
		.filter( ( line ) => SPEC_LINE.test( line ) )
		.join( ' ' );
	// A word asking for a kind ("temp") is answered by a quantity of it ("650 °F").
	const statedKinds = new Set< string >( stated.map( ( q ) => q.dimension ) );
	const inQuote = asked.filter(
		( w ) =>
			coveredWords( [ w ], quote ) > 0 ||
			( asksKind( w ) &&
				askedDimensions( w ).some( ( kind ) =>
					statedKinds.has( kind )
				) )
	);
	const inProse = asked.filter(
		( w ) => ! inQuote.includes( w ) && coveredWords( [ w ], prose ) > 0
	);
	const inSpecs = asked.filter(
		( w ) =>
			! inQuote.includes( w ) &&
			! inProse.includes( w ) &&
			coveredWords( [ w ], specs ) > 0
	).length;
	const specific = asked.filter( ( w ) => ! asksKind( w ) );
	// An attribute that names the asked kind and states it ("Gewicht: 0,8 kg" for "how
	// much does it weigh? I carry it in my bag") answers, whatever else the question says,
	// unless a word qualifies the kind ("standby power", "packed weight").
	if (
		namesAskedKind( ownKinds, quote ) ||
		namesAskedMeasure( question, quote )
	) {
		const qualified = qualifiesKind(
			question,
			specific.filter( ( w ) => ! inQuote.includes( w ) )
		);
		if ( ! qualified ) {
			// "Ist der Akku austauschbar?": "Akku: Li-Ion 3.400 mAh" names the battery, not
			// whether it can be replaced; the quote is offered with a person.
			return unsaidProperty( specific, `${ quote } ${ prose }` )
				? 'partly'
				: 'fully';
		}
		// "floor area" against "Grundfläche: 8,0 m²": the qualifier may be the other
		// language's word for the attribute's, so the quote is offered with a person. In
		// the same language, "standby runtime" is not the "Runtime: 12 h".
		const quoteLang = detectTextLanguage( quote );
		const questionLang = detectTextLanguage( question );
		if ( quoteLang && questionLang && quoteLang !== questionLang ) {
			return 'partly';
		}
	}
	if (
		specific.length > 0 &&
		sameQuantities === 0 &&
		! specific.some( ( w ) => inQuote.includes( w ) ) &&
		specific.some( ( w ) => ! inProse.includes( w ) )
	) {
		return 'none';
	}
	const share =
		( inQuote.length + inProse.length + 0.5 * inSpecs + sameQuantities ) /
		total;
	if ( share > 0.5 ) {
		return 'fully';
	}
	// A specific word of the question in the quote ("USB-C port: Yes" for "einen
	// USB-Anschluss?"), but half of what is asked or less: the quote is what the shop says,
	// and a person may know the rest.
	return share >= 1 / 3 && specific.some( ( w ) => inQuote.includes( w ) )
		? 'partly'
		: 'none';
}

/**
 * Whether a quote is an attribute whose name names a kind the question asks for and whose
 * value states a quantity of it ("Max. Druck: 16 bar" for "what pressure").
 * @param kinds the kinds of quantity the question's own words ask for
 * @param quote
 */
function namesAskedKind( kinds: string[], quote: string ): boolean {
	const attributeName = /^([^:]{2,40}):\s/.exec( quote )?.[ 1 ];
	if ( ! attributeName ) {
		return false;
	}
	const stated = quantities( quote ).map( ( q ) => q.dimension as string );
	return kinds.some(
		( d ) => stated.includes( d ) && namesKind( d, attributeName )
	);
}

/** Words naming one measure of a thing, in both languages: "wie breit" is a "Breite". */
const MEASURES: string[][] = [
	[ 'breit', 'breite', 'wide', 'width' ],
	[ 'hoch', 'höhe', 'high', 'tall', 'height' ],
	[ 'tief', 'tiefe', 'deep', 'depth' ],
	// "How long" asks a time as often as a length: only the noun counts.
	[ 'länge', 'length' ],
	[ 'dick', 'dicke', 'thick', 'thickness' ],
	[ 'durchmesser', 'diameter' ],
];

/**
 * Whether the quote is an attribute named for the measure the question asks with its own
 * word, as the name or its last part ("Wie breit schneidet er?": "Schnittbreite: 42 cm",
 * "how tall": "Firsthöhe"), and states a quantity.
 * @param question
 * @param quote
 */
function namesAskedMeasure( question: string, quote: string ): boolean {
	const attributeName = /^([^:]{2,40}):\s/.exec( quote )?.[ 1 ];
	if ( ! attributeName || quantities( quote ).length === 0 ) {
		return false;
	}
	const asked = question.toLowerCase().match( /\p{L}+/gu ) ?? [];
	const named = attributeName.toLowerCase().match( /\p{L}+/gu ) ?? [];
	return MEASURES.some(
		( forms ) =>
			asked.some( ( word ) => forms.includes( word ) ) &&
			named.some( ( word ) =>
				forms.some(
					( form ) =>
						word === form ||
						( form.length >= 4 && word.endsWith( form ) )
				)
			)
	);
}

/**
 * Whether one of these words qualifies a word that asks for a kind: right before it
 * ("standby power") or in a phrase right after it ("runtime in strobe mode", "Laufzeit
 * im Eco-Modus").
 * @param question
 * @param words
 */
function qualifiesKind( question: string, words: string[] ): boolean {
	const tokens = question.toLowerCase().match( /[\p{L}\p{N}]+/gu ) ?? [];
	return tokens.some( ( token, i ) => {
		if ( ! asksKind( token ) ) {
			return false;
		}
		if ( i > 0 && words.includes( tokens[ i - 1 ]! ) ) {
			return true;
		}
		const phrase = tokens
			.slice( i + 1, i + 3 )
			.findIndex( ( t ) => QUALIFYING_PREPOSITIONS.has( t ) );
		return (
			phrase >= 0 &&
			tokens
				.slice( i + 2 + phrase, i + 5 + phrase )
				.some( ( t ) => words.includes( t ) )
		);
	} );
}

/** Words that open a phrase narrowing a property: "in strobe mode", "bei voller Leistung". */
const QUALIFYING_PREPOSITIONS = new Set( [
	'in',
	'im',
	'at',
	'on',
	'with',
	'when',
	'bei',
	'beim',
	'mit',
	'während',
	'ohne',
	'without',
	'excluding',
	'including',
	'inkl',
	'incl',
] );

/** A line of a list of specifications: "Heat output: 2.6 kW", "* Gewicht: 18 kg". */
const SPEC_LINE = /^\s*(?:[*•-]\s*)?[^:.!?]{2,40}:\s/u;

/**
 * Kinds of quantity whose units also measure other properties: a size and a waterproof
 * rating are both in mm, a weight and a maximum load both in kg.
 */
const SHARED_UNIT_KINDS = new Set( [ 'length', 'weight' ] );

/**
 * Whether a candidate holds a quantity of this kind that states some other property:
 * "Waterproof rating: 10,000 mm" does not say how big a jacket is. Only attributes name
 * what their value measures, and sentences for lengths (mm and cm measure ratings, heads,
 * …); a candidate that names the kind ("Packed size 45 x 15 cm", "Gewicht: 18 kg") does.
 * @param dimension
 * @param quote
 */
export function measuresSomethingElse(
	dimension: string,
	quote: string
): boolean {
	if ( ! SHARED_UNIT_KINDS.has( dimension ) ) {
		return false;
	}
	const attributeName = /^([^:]{2,40}):\s/.exec( quote )?.[ 1 ];
	if ( ! attributeName && dimension !== 'length' ) {
		return false;
	}
	return (
		! namesKind( dimension, attributeName ?? quote ) &&
		// What a pack holds is its weight or its volume ("Inhalt: 40 g", "Contents: 250 ml").
		! ( dimension === 'weight' && namesContents( attributeName ?? '' ) )
	);
}

/** Whether an attribute's name says what a pack holds ("Inhalt", "Füllmenge", "Net contents"). */
function namesContents( name: string ): boolean {
	return /\b(inhalt|füllmenge|nettofüllmenge|packungsinhalt|contents?|net weight|nettogewicht)\b/iu.test(
		name
	);
}

/** Whether a text names a kind of property ("Material", "weighs", "Breite") in either language. */
function namesKind( kind: string, text: string ): boolean {
	const forms = DIMENSION_WORDS[ kind as keyof typeof DIMENSION_WORDS ] ?? [];
	return contentWordsWithAsking( text ).some( ( w ) =>
		forms.some( ( f ) => sameWord( f, w ) )
	);
}

/** How many asked words a text answers: by word form, concept, or the kind of quantity they ask for. */
function coveredWords( asked: string[], text: string ): number {
	const found = quantities( text ).map( ( q ) => q.dimension as string );
	return asked.filter(
		( w ) =>
			overlap( [ w ], text, false, true ) > 0 ||
			// "Entwicklungsprozess" is answered by "Process: E-6".
			contentWords( text ).some( ( own ) => cognates( w, own ) ) ||
			// "Wie viele Bohnen passen …": a capacity is a volume or a weight.
			( CAPACITY_WORDS.has( w ) &&
				( found.includes( 'volume' ) ||
					found.includes( 'weight' ) ) ) ||
			Object.entries( DIMENSION_WORDS ).some(
				( [ d, forms ] ) =>
					forms.some( ( f ) => sameWord( f, w ) ) &&
					( found.includes( d ) ||
						( GENERIC_SIZE_WORDS.has( w ) && found.length > 0 ) ||
						// "What is it made of?" is answered by "Material: …", "what colour"
						// by "Farbe: …": the text names the property the word asks for.
						namesKind( d, text ) )
			)
	).length;
}
