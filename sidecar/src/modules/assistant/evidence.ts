/**
 * Evidence: which of the shop's own sentences, attributes and passages state what a
 * question asks. Scoring is by meaning-bearing words (both languages, word forms via a
 * shared beginning, concepts via the bilingual lexicon in analysis.ts) and by the kind of
 * quantity asked for ("how heavy" wants a weight, "15 bar" a pressure). Nothing here
 * makes up text: every result is a verbatim piece of the shop's data.
 */
import {
	detectTextLanguage,
	fold,
	productWordAlternatives,
} from '../../platform/text';
import type { ProductRecord } from '../commerce/repo';
import {
	conceptsOf,
	contentWords,
	guessLanguage,
	isCompoundOf,
	isStopWord,
	quantities,
	sameWord,
	signalsOf,
	unicodeBoundaries,
	type Dimension,
} from './analysis';

/** Words of a question that ask for a kind of quantity, in both languages. */
const DIMENSION_WORDS: Record< Dimension | 'material' | 'colour', string[] > = {
	weight: [
		'weigh',
		'weighs',
		'weight',
		'heavy',
		'wiegt',
		'gewicht',
		'schwer',
	],
	volume: [
		'hold',
		'holds',
		'capacity',
		'volume',
		'litre',
		'liter',
		'water',
		'fassungsvermögen',
		'tank',
		'wassertank',
		'reservoir',
		'behälter',
		'fasst',
		'passen',
		'inhalt',
		'volumen',
		'passt',
		'quart',
		'quarts',
		'gallon',
		'gallons',
	],
	length: [
		'long',
		'length',
		'wide',
		'width',
		'tall',
		'height',
		'high',
		'big',
		'large',
		'dimension',
		'dimensions',
		'size',
		'lang',
		'länge',
		'breit',
		'breite',
		'hoch',
		'höhe',
		'groß',
		'größe',
		'maße',
		'abmessungen',
		'durchmesser',
		'diameter',
		'thick',
		'thickness',
		'dicke',
		'deep',
		'depth',
		'tief',
		'tiefe',
	],
	pressure: [ 'pressure', 'druck', 'bar', 'psi' ],
	power: [
		'power',
		'watt',
		'watts',
		'wattage',
		'leistung',
		'powerful',
		'stark',
	],
	energy: [ 'battery', 'akku', 'capacity', 'kapazität' ],
	time: [
		'runtime',
		'battery',
		'laufzeit',
		'akkulaufzeit',
		'lasts',
		'last',
		'hours',
		'stunden',
	],
	material: [
		'material',
		'made',
		'fabric',
		'materials',
		'woraus',
		'stoff',
		'gefertigt',
		'hergestellt',
		'gemacht',
		'consist',
		'consists',
		'besteht',
		'bestehen',
	],
	colour: [ 'colour', 'color', 'colours', 'colors', 'farbe', 'farben' ],
};

/** Signals a word may carry and still name a fact ("Gewicht", "Material", "Garantie"). */
const FACT_SIGNALS = new Set( [ 'spec', 'policy', 'contact' ] );

/** Words that ask how much fits in: answered by a volume or a weight. */
const CAPACITY_WORDS = new Set( [
	'hold',
	'holds',
	'capacity',
	'fit',
	'fits',
	'passen',
	'passt',
	'fasst',
	'fassungsvermögen',
] );

/** Words that ask how big something is without saying in which dimension. */
const GENERIC_SIZE_WORDS = new Set( [
	'size',
	'big',
	'large',
	'groß',
	'größe',
] );

/** Words that ask, never answer: they must not count as overlap. */
const ASKING_WORDS = new Set(
	(
		'much many does do is are have has weigh weighs heavy long big large wide tall high ' +
		'wie viel viele hat haben ist sind wiegt schwer groß lang breit hoch welche welcher welches ' +
		'product produkt item artikel sell sells selling buy offer carry verkauft verkaufen kaufen führt führen anbieten ' +
		'tell give say show info information details detail about value spec specs data angabe angaben info infos ' +
		'nennen nenn sag sagen zeig zeigen wissen bitte gerne kannst könntest können beim bei von über zum zur shop ' +
		// "your return policy", "eure Regeln zur Rückgabe": the topic is the other word.
		'policy policies rules regeln richtlinie richtlinien ' +
		// "Which carrier do you use?": using is not what is asked about.
		'use uses used using verwenden verwendet nutzen nutzt benutzen benutzt'
	).split( ' ' )
);

export function askedDimensions( question: string ): string[] {
	const ws = contentWordsWithAsking( question );
	const named = Object.entries( DIMENSION_WORDS )
		.filter( ( [ , forms ] ) =>
			ws.some( ( w ) => forms.some( ( f ) => sameWord( f, w ) ) )
		)
		.map( ( [ d ] ) => d );
	const fromQuantities = quantities( question ).map( ( q ) => q.dimension );
	const all = [ ...new Set( [ ...named, ...fromQuantities ] ) ];
	// "size" / "groß" ask for a length only when nothing more specific is asked
	// ("the water tank size" is a volume).
	const genericLength = ws.every(
		( w ) =>
			! DIMENSION_WORDS.length.some( ( f ) => sameWord( f, w ) ) ||
			GENERIC_SIZE_WORDS.has( w )
	);
	return genericLength && all.length > 1
		? all.filter( ( d ) => d !== 'length' )
		: all;
}

function contentWordsWithAsking( text: string ): string[] {
	return ( text.toLowerCase().match( /[\p{L}\p{N}]+/gu ) ?? [] ).filter(
		( w ) => w.length > 1
	);
}

/** Sentences of a plain text, split after . ! ? (not inside numbers) and at line breaks. */
export function sentences( text: string ): string[] {
	return text
		.split(
			// After a full stop before a capital; at line breaks; and before each "Key: value"
			// of a run-on spec list ("Druck: 15 bar Wassertank: 2,0 l Leistung: …").
			/(?<=[.!?])\s+(?=[\p{Lu}\d„"(])|\n+|(?<=[\d€$£%)]|\b(?:Uhr|h|mm|cm|m|kg|g|l|ml|W|V|bar))\s+(?=\p{Lu}[\p{L}-]{2,}:\s)|(?<=[€$£])\s+(?=\p{Lu})/u
		)
		.map( ( s ) => s.trim() )
		.filter( ( s ) => s.length > 2 );
}

const productFormCache = new Map< string, string[] >();

/** The other forms (both languages, folded words) of a product word; memoised. */
function productForms( word: string ): string[] {
	let forms = productFormCache.get( word );
	if ( ! forms ) {
		forms = productWordAlternatives( word )
			.flatMap( ( form ) => form.split( ' ' ) )
			.filter( ( w ) => w.length >= 3 );
		if ( productFormCache.size > 20_000 ) {
			productFormCache.clear();
		}
		productFormCache.set( word, forms );
	}
	return forms;
}

/**
 * How many of the question's words (or their concepts) a text holds. A concept met in a
 * text of the other language counts almost as the word itself: a German question can
 * meet an English page only through its concepts ("kostenlos" is "free").
 * @param questionWords
 * @param text
 * @param crossLanguage the text is in another language than the question
 * @param productWords  product words meet their other-language forms (default: crossLanguage)
 */
export function overlap(
	questionWords: string[],
	text: string,
	crossLanguage = false,
	productWords = crossLanguage
): number {
	const own = contentWords( text );
	let hits = 0;
	for ( const q of questionWords ) {
		const forms = own.filter( ( w ) => sameWord( q, w ) );
		if ( forms.length > 0 ) {
			// A compound ("Versand" for "Expressversand") is less than the word itself.
			hits += forms.some( ( w ) => ! isCompoundOf( q, w ) ) ? 1 : 0.7;
			continue;
		}
		const concepts = conceptsOf( q );
		if (
			concepts.length > 0 &&
			own.some( ( w ) =>
				conceptsOf( w ).some( ( c ) => concepts.includes( c ) )
			)
		) {
			hits += crossLanguage ? 0.9 : 0.6;
			continue;
		}
		// A kind of product in the other language ("Fahrrad" on a page about bikes); in
		// the same language the word itself is the evidence ("Versandkarton" is no
		// question about shipping).
		const others = productWords ? productForms( q ) : [];
		if (
			others.length > 0 &&
			own.some( ( w ) =>
				others.some( ( f ) => sameWord( f, fold( w ) ) )
			)
		) {
			hits += 0.9;
		}
	}
	return hits;
}

function dimensionScore( dimensions: string[], text: string ): number {
	if ( dimensions.length === 0 ) {
		return 0;
	}
	const found = quantities( text ).map( ( q ) => q.dimension as string );
	const ws = contentWords( text );
	let score = 0;
	for ( const d of dimensions ) {
		if ( found.includes( d ) ) {
			score += 2;
		}
		const forms =
			DIMENSION_WORDS[ d as keyof typeof DIMENSION_WORDS ] ?? [];
		if ( ws.some( ( w ) => forms.some( ( f ) => sameWord( f, w ) ) ) ) {
			score += 1.5;
		}
	}
	return score;
}

export interface SpecEvidence {
	/** "Material: Edelstahl" or a sentence of the description, verbatim. */
	quote: string;
	score: number;
}

/**
 * The attribute or description sentence of a product that states what the question asks,
 * or null when none does. The product's own name words never count (every sentence of its
 * description is about it).
 * @param question
 * @param product
 * @param variations
 */
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
	const known = contentWords(
		[
			product.name,
			...product.categories,
			...product.tags,
			...variations.flatMap( ( v ) =>
				v.attributes.flatMap( ( a ) => a.options )
			),
		].join( ' ' )
	);
	return contentWords( question ).filter(
		( w ) =>
			! ASKING_WORDS.has( w ) &&
			! /^\d/.test( w ) &&
			! [ ...signalsOf( w ) ].some( ( s ) => ! FACT_SIGNALS.has( s ) ) &&
			! known.some( ( n ) => sameWord( n, w ) )
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
	return answersEnough( question, asked, best.quote, product.description )
		? best
		: null;
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
			forms.some( ( f ) => sameWord( f, word ) )
		)
	);
}

/**
 * Whether a quote answers most of what is asked, and the particular thing asked: a
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
	description: string
): boolean {
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
		return true;
	}
	const lines = sentences( description );
	const prose = lines
		.filter( ( line ) => ! SPEC_LINE.test( line ) )
		.join( ' ' );
	const specs = lines
		.filter( ( line ) => SPEC_LINE.test( line ) )
		.join( ' ' );
	const inQuote = asked.filter( ( w ) => coveredWords( [ w ], quote ) > 0 );
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
	if (
		specific.length > 0 &&
		sameQuantities === 0 &&
		! specific.some( ( w ) => inQuote.includes( w ) ) &&
		specific.some( ( w ) => ! inProse.includes( w ) )
	) {
		return false;
	}
	return (
		( inQuote.length + inProse.length + 0.5 * inSpecs + sameQuantities ) /
			total >
		0.5
	);
}

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

export interface Passage {
	title: string;
	url: string;
	heading: string;
	body: string;
	/** Increases in page order (the index's id); absent when unknown. */
	passageId?: number;
}

export interface RankedPassage extends Passage {
	/** Share of the question's meaning-bearing words the passage holds (0..1). */
	coverage: number;
	/** The sentences of the passage that answer, in their order. */
	quote: string;
}

/**
 * Ranks passages by how much of the question they cover (word forms and concepts in
 * both languages), and picks the sentences of each that carry the answer.
 * @param question
 * @param passages
 */
export function rankPassages(
	question: string,
	passages: Passage[]
): RankedPassage[] {
	// A phrase that names a concept stands for its words ("Geld zurück" is a refund,
	// its "zurück" alone no return).
	const phrases = conceptPhrases( question );
	const phraseWords = new Set(
		phrases.flatMap( ( [ , matched ] ) => contentWords( matched ) )
	);
	const asked = [
		...contentWords( question ).filter(
			( w ) => ! ASKING_WORDS.has( w ) && ! phraseWords.has( w )
		),
		...phrases.map( ( [ form ] ) => form ),
	];
	if ( asked.length === 0 ) {
		return [];
	}
	const procedure = asksForProcedure( question );
	const amount = asksForAmount( question );
	const answerKind = askedFigure( question );
	const topicWords = asked.filter( ( w ) =>
		conceptsOf( w ).some( ( c ) => ! ASPECT_CONCEPTS.has( c ) )
	);
	const dimensions = askedDimensions( question );
	// Filler words no retrieved passage holds ("Wie schicke ich …") do not count against a
	// passage; a question none of whose words any passage holds still scores 0.
	const texts = passages.map(
		( p ) => `${ p.title } ${ p.heading } ${ p.body }`
	);
	const known = asked.filter(
		( w ) =>
			conceptsOf( w ).length > 0 ||
			texts.some( ( t ) => overlap( [ w ], t ) > 0 )
	);
	const denominator = Math.max( known.length, Math.ceil( asked.length / 2 ) );
	const questionLang = guessLanguage( question );
	return passages
		.map( ( passage, index ) => {
			const whole = texts[ index ]!;
			const pageLang = detectTextLanguage( whole );
			const crossLanguage =
				questionLang !== null &&
				pageLang !== null &&
				pageLang !== questionLang;
			// The topic decides the page: a passage about delivery times does not answer how
			// long a return may take, however many duration words it shares.
			const topicsNamed = topicWords.filter(
				( w ) => overlap( [ w ], whole, crossLanguage ) > 0
			).length;
			const topicShare =
				topicWords.length === 0
					? 1
					: 0.5 + ( 0.5 * topicsNamed ) / topicWords.length;
			const coverage = Math.min(
				1,
				( overlap( asked, whole, crossLanguage ) / denominator ) *
					topicShare
			);
			const quote =
				// "How do I return …" wants every step of the passage, not one sentence.
				procedure && passage.body.length <= 700
					? passage.body.trim()
					: bestSentences(
							asked,
							dimensions,
							passage,
							amount,
							answerKind
						);
			return {
				...passage,
				// A passage that does not state the kind of figure asked ("how long": a
				// duration) answers less of the question than one that does.
				coverage:
					answerKind && ! FIGURE_PATTERNS[ answerKind ].test( quote )
						? coverage * 0.8
						: coverage,
				quote,
				headingHits: overlap( asked, passage.heading ),
			};
		} )
		.sort(
			( a, b ) =>
				b.coverage - a.coverage ||
				// A passage headed by the topic ("Payment methods") before one that mentions it.
				Number( b.headingHits > 0 ) - Number( a.headingHits > 0 ) ||
				// A rule states its figure ("within 60 days", "$19.95"): unless the steps are
				// asked, the passage whose answer holds one (of the asked kind) comes first.
				( procedure
					? 0
					: Number( statesFigure( b.quote, answerKind ) ) -
						Number( statesFigure( a.quote, answerKind ) ) ) ||
				b.headingHits - a.headingHits ||
				overlap( asked, b.quote ) - overlap( asked, a.quote ) ||
				// The same page's earlier section first: a policy page leads with its rule.
				( a.url === b.url
					? ( a.passageId ?? 0 ) - ( b.passageId ?? 0 )
					: 0 )
		)
		.map( ( { headingHits: _unused, ...rest } ) => rest );
}

/** "How do I …", "Wie kann ich …", "Wie schicke ich …": a question for the steps of something. */
export function asksForProcedure( question: string ): boolean {
	return unicodeBoundaries(
		/^\s*(how (do|can|should|would) (i|we|you)\b|how to\b|what (are the steps|do i (have to|need to))\b|wie (kann|muss|soll|könnte) (ich|man)\b|wie (gehe|schicke|sende|melde|bekomme|erhalte|storniere|ändere|reklamiere|tausche|bezahle|bestelle) ich\b|was muss ich)/i
	).test( question );
}

/** A figure: a number, an amount or a duration ("60", "19,95", "2–3"). */
const STATES_FIGURE = /\d/;

/**
 * "How much / how long / when / what does … cost / wie viel / wie lange / ab welchem …":
 * the answer is a figure, so the sentence stating one is worth more than one that only
 * shares the question's words (a table's header row "Zone Cost Delivery time").
 * @param question
 */
export function asksForAmount( question: string ): boolean {
	return unicodeBoundaries(
		/\b(how (much|long|many|soon|fast|quickly)|what (does|do|is|are|will)\b.*\b(cost|fee|fees|price|charge|minimum)|(cost|costs|fee|charge|charges|price) (of|for|to)|when|until|by when|minimum|wie (viel|viele|lange|schnell|teuer|hoch)|ab (welchem|wann|wie viel)|was kostet|kostet|kosten|gebühr\w*|bis wann|wann|innerhalb (welcher|wie)|mindest\w*)\b/i
	).test( question );
}

/** Concepts that say what about a topic is asked (how long, how much), not which topic. */
const ASPECT_CONCEPTS = new Set( [
	'duration',
	'cost',
	'free',
	'value',
	'order',
	'terms',
] );

/** The kind of figure a question wants: a duration, an amount of money, a time of day. */
export type FigureKind = 'duration' | 'money' | 'time';

const ASKED_FIGURE: Array< [ FigureKind, RegExp ] > = [
	[
		'time',
		unicodeBoundaries(
			/\b(what time|by what time|until what time|cut-?off|(order|ordered|orders) (before|by|until)|\d{1,2}\s?(am|pm)|um wie viel uhr|bis wie viel uhr|uhrzeit|bis \d{1,2}(:\d\d)? uhr|vor \d{1,2}(:\d\d)? uhr)\b/i
		),
	],
	[
		'duration',
		unicodeBoundaries(
			/\b(how long|how many (days|weeks|months|years|hours)|how soon|how quickly|how fast|within how|wie lange?|wie viele (tage|wochen|monate|jahre|stunden)|wie schnell|innerhalb welcher|bis wann|wann (bekomme|erhalte|kommt|kriege)|when (will|do|would) (i|we) (get|receive))\b/i
		),
	],
	[
		'money',
		unicodeBoundaries(
			/\b(how much|cost|costs|fee|fees|charge|charges|price|prices|was kostet|kostet|kosten|gebühr\w*|preis\w*|wie teuer|wie viel)\b/i
		),
	],
];

const FIGURE_PATTERNS: Record< FigureKind, RegExp > = {
	duration: unicodeBoundaries(
		/\d+\s*(?:[–-]\s*\d+\s*|bis\s+\d+\s*|to\s+\d+\s*)?(werktag\w*|arbeitstag\w*|tag\w*|days?|business days|working days|woche\w*|weeks?|monat\w*|months?|jahr\w*|years?|stunden?|hours?|minuten?|minutes?)\b/i
	),
	money: /[€$£]\s?\d|\d\s?(?:€|\$|eur\b|euro\b|usd\b|dollars?\b)/i,
	time: /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(uhr|am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu,
};

/** What kind of figure the question asks for, if any ("how long" a duration …). */
export function askedFigure( question: string ): FigureKind | null {
	return (
		ASKED_FIGURE.find( ( [ , pattern ] ) =>
			pattern.test( question )
		)?.[ 0 ] ?? null
	);
}

/** Whether a text states a figure, of the asked kind when one is asked. */
function statesFigure( text: string, kind: FigureKind | null ): boolean {
	return kind
		? FIGURE_PATTERNS[ kind ].test( text )
		: STATES_FIGURE.test( text );
}

/**
 * Concepts the question names with a phrase whose words apart mean something else:
 * "send it back" is a return, "money back" a refund ("Geld zurück").
 * @param question
 */
export function conceptPhrases(
	question: string
): Array< [ form: string, matched: string ] > {
	const lower = question.toLowerCase();
	return PHRASES.flatMap( ( [ form, pattern ] ) => {
		const found = pattern.exec( lower );
		return found ? [ [ form, found[ 0 ] ] as [ string, string ] ] : [];
	} );
}

const PHRASES: Array< [ string, RegExp ] > = [
	[ 'send back', /\b(send|ship|bring|take|give)\b(\s+\S+){0,2}\s+back\b/ ],
	[ 'money back', /\b(money|cash)\s+back\b/ ],
	[
		'geld zurück',
		unicodeBoundaries(
			/\b(geld|betrag|kaufpreis)\b(\s+\S+){0,2}\s+zurück\b/
		),
	],
];

/** The passage's sentences that hold the most of the question (ties kept, at most three). */
function bestSentences(
	asked: string[],
	dimensions: string[],
	passage: Passage,
	amount = false,
	answerKind: FigureKind | null = null
): string {
	const list = sentences( passage.body );
	if ( list.length <= 1 ) {
		return passage.body.trim();
	}
	const scored = list.map( ( s ) => ( {
		s,
		score:
			overlap( asked, s ) +
			dimensionScore( dimensions, s ) * 0.5 +
			( answerKind && FIGURE_PATTERNS[ answerKind ].test( s ) ? 1 : 0 ) +
			( amount && ! answerKind && STATES_FIGURE.test( s ) ? 0.75 : 0 ),
	} ) );
	const top = Math.max( ...scored.map( ( x ) => x.score ) );
	if ( top <= 0 ) {
		return passage.body.trim();
	}
	return scored
		.filter( ( x ) => x.score >= top - 0.25 )
		.slice( 0, 3 )
		.map( ( x ) => x.s )
		.join( ' ' );
}

export type ContactKind = 'phone' | 'email' | 'hours' | 'address';

const CONTACT_PATTERNS: Record< ContactKind, RegExp > = {
	// International, national with a leading 0, or North American ("(503) 555-0142").
	phone: /(?:\+|\b0)\d[\d ()/.-]{5,}\d|\(\d{3}\)\s?\d{3}[ .-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b/,
	email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/,
	// A time of day ("9:00", "18 Uhr", "9 am"), or a weekday said to be closed.
	hours: /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(uhr|am|pm)\b|\b(closed|geschlossen)\b/i,
	// German ("Hafenstraße 47", "80331 München") and English notation ("1127 SE Alder
	// Street", "Portland, OR 97214", "London SW1A 1AA").
	address:
		/\b\d{4,5}\s+\p{Lu}\p{L}+|\b\p{L}+(straße|strasse|str\.|weg|platz|allee|gasse|street|st\.|road|avenue|lane)\s*\d+|\b\d{1,5}\s+(?:[\p{Lu}][\p{L}.]*\s+){1,4}(?:street|st\.|road|rd\.|avenue|ave\.|lane|boulevard|blvd\.?|drive|way|place|square)\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/u,
};

/** Which contact detail a question asks for, if any (both languages). */
export function askedContactKinds( question: string ): ContactKind[] {
	const kinds: ContactKind[] = [];
	const q = question.toLowerCase();
	if (
		unicodeBoundaries(
			/\b(phone|call|telephone|ring|number|telefon\w*|anrufen|nummer|hotline)\b/
		).test( q )
	) {
		kinds.push( 'phone' );
	}
	if (
		unicodeBoundaries( /\b(e-?mail|mail|write to you|schreiben)\b/ ).test(
			q
		)
	) {
		kinds.push( 'email' );
	}
	if (
		unicodeBoundaries(
			/\b(hours|open|opening|closed|times|öffnungszeiten|geöffnet|offen|geschlossen|wann|when (can|could|do|should) (i|we) (call|phone|ring|reach|visit|come)|when are you)\b/
		).test( q )
	) {
		kinds.push( 'hours' );
	}
	if (
		unicodeBoundaries(
			/\b(address|where are you|located|location|visit|find you|where('s| is) (your|the) (store|shop|showroom|office|workshop)|adresse|anschrift|wo (seid|sind|finde|ist)|besuchen|standort|laden|geschäft)\b/
		).test( q )
	) {
		kinds.push( 'address' );
	}
	return kinds;
}

/**
 * Sentences of the passages that state a contact detail of this kind, verbatim, with their
 * page; the sentences naming one of the question's words (a weekday) first.
 */
export function contactSentences(
	kind: ContactKind,
	passages: Passage[],
	question = ''
): Array< { sentence: string; passage: Passage } > {
	const found: Array< { sentence: string; passage: Passage } > = [];
	for ( const passage of passages ) {
		for ( const sentence of sentences( passage.body ) ) {
			if ( CONTACT_PATTERNS[ kind ].test( sentence ) ) {
				found.push( { sentence, passage } );
			}
		}
	}
	const asked = contentWords( question );
	return found
		.map( ( entry, index ) => ( {
			entry,
			index,
			named: overlap( asked, entry.sentence ),
		} ) )
		.sort( ( a, b ) => b.named - a.named || a.index - b.index )
		.map( ( x ) => x.entry );
}
