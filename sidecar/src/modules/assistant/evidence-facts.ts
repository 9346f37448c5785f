/**
 * Evidence from a product's own data: the words a question asks about a product with, and
 * the attribute or description sentence that states it (by word, concept and the kind of
 * quantity asked), verbatim.
 */
import type { ProductMatch } from '../commerce/service';
import {
	detectTextLanguage,
	productWordAlternatives,
} from '../../platform/text';
import {
	contentWords,
	isCompoundOf,
	isStopWord,
	quantities,
	sameWord,
	signalsOf,
} from './analysis';
import {
	DIMENSION_WORDS,
	FACT_SIGNALS,
	CAPACITY_WORDS,
	GENERIC_SIZE_WORDS,
	ASKING_WORDS,
	askedDimensions,
	contentWordsWithAsking,
	sentences,
	overlap,
	dimensionScore,
} from './evidence-words';

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

/** Words that ask whether something is fine, not about what ("is it ok in the oven"). */
const FILLER_WORDS = new Set(
	// and the particles and contractions of spoken questions ("give out", "whats").
	'ok okay fine alright safe possible möglich geeignet darf dürfen darfst out whats thats hows wheres'.split(
		' '
	)
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
	// the other language.
	const known = contentWords(
		[
			product.name,
			...productWordAlternatives( product.name ),
			...product.categories,
			...product.tags,
			...variations.flatMap( ( v ) =>
				v.attributes.flatMap( ( a ) => a.options )
			),
		].join( ' ' )
	).map( withoutAccents );
	return contentWords( question ).filter(
		( w ) =>
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
			return { quote, score: 10 };
		}
	}
	const asked = factWords( question, product, variations );
	const dimensions = askedDimensions( question );
	let best: SpecEvidence | null = null;
	for ( const quote of candidates ) {
		// The shopper's own words ("water tank") weigh more than a kind of quantity ("size").
		// A product's attribute may be named in the other language ("bean hopper" is the
		// "Bohnenbehälter"): product words count in either language here.
		const words = 2 * overlap( asked, quote, false, true );
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
			best = { quote, score };
		}
	}
	// One meaning-bearing word or a matching kind of quantity is the least we quote on, and
	// most of what is asked must be there: "standby power" is not answered by "Power: 180 W".
	if ( ! best || best.score < 1.5 ) {
		return null;
	}
	// The kinds the shopper's own words ask for, not the product's name ("E-Bike-Akku").
	const nameWords = contentWords( product.name );
	const ownKinds = askedDimensions(
		( question.toLowerCase().match( /[\p{L}\p{N}]+/gu ) ?? [] )
			// "How big" names no one kind ("Länge" is no answer to it).
			.filter(
				( word ) =>
					! nameWords.includes( word ) &&
					! GENERIC_SIZE_WORDS.has( word )
			)
			.join( ' ' )
	);
	const answered = answersEnough(
		question,
		asked,
		best.quote,
		product.description,
		// Lengths are too many to tell apart by kind alone (Länge, Breite, Schlauchlänge …).
		ownKinds.filter( ( kind ) => kind !== 'length' )
	);
	if ( answered === 'none' ) {
		return null;
	}
	return answered === 'partly' ? { ...best, partial: true } : best;
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

/** Words that ask for a kind of quantity or property rather than name the fact. */
function asksKind( word: string ): boolean {
	return (
		CAPACITY_WORDS.has( word ) ||
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
function answersEnough(
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
			return 'fully';
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
function measuresSomethingElse( dimension: string, quote: string ): boolean {
	if ( ! SHARED_UNIT_KINDS.has( dimension ) ) {
		return false;
	}
	const attributeName = /^([^:]{2,40}):\s/.exec( quote )?.[ 1 ];
	if ( ! attributeName && dimension !== 'length' ) {
		return false;
	}
	return ! namesKind( dimension, attributeName ?? quote );
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
