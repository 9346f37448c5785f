/**
 * Evidence from the shop's pages: passages ranked by how much of the question they cover,
 * with the sentences of each that answer (evidence-quotes.ts) and the words of the question
 * a passage does or does not name. The figures asked and stated are evidence-figures.ts.
 */
import { detectTextLanguage } from '../../platform/text';
import {
	conceptsOf,
	contentWords,
	guessLanguage,
	signalsOf,
	unicodeBoundaries,
} from './analysis';
import {
	countriesAlsoIn,
	countriesNamed,
	countriesNotIn,
	namesEuMember,
	speaksOfEu,
} from './places';
import { ASKING_WORDS, conceptPhrases, overlap } from './evidence-words';
import { askedDimensions } from './evidence-dimensions';
import {
	askedFigure,
	askedFigures,
	asksForAmount,
	FIGURE_PATTERNS,
	statesFigure,
	statesMoney,
} from './evidence-figures';
import { bestSentences } from './evidence-quotes';

/**
 * A passage up to this long is quoted whole. The index cuts pages into passages of at most
 * 700 characters (knowledge/text.ts); only a single longer block keeps its best sentences.
 */
const WHOLE_PASSAGE_CHARS = 800;

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
	const figureKinds = askedFigures( question );
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
	// "EU countries: €12.95" answers a question about an EU member the row does not name.
	const euAsked = namesEuMember( question );
	// Where something is sent decides the passage; where the shopper lives may not
	// ("pay by invoice if I live in Germany?").
	const placesAsked =
		countriesNamed( question ).length > 0 &&
		asked.some( ( w ) =>
			conceptsOf( w ).some( ( c ) => SENDING_CONCEPTS.has( c ) )
		);
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
				( ( overlap( asked, whole, crossLanguage ) +
					impliedWords(
						asked,
						whole,
						crossLanguage,
						euAsked && placesAsked
					) ) /
					denominator ) *
					topicShare
			);
			// A German reply quoting an English page stays one sentence (its frame says so).
			const quoteOneSentence = crossLanguage && questionLang !== 'en';
			const said =
				// "How do I return …" wants every step of the passage, not one sentence; and a
				// section of a page is quoted whole: the sentence that shares the most words
				// with the question is often not the one with the answer (the fee is in the
				// next sentence, the exception in the list below the rule).
				( procedure && passage.body.length <= 700 ) ||
				( ! quoteOneSentence &&
					passage.body.length <= WHOLE_PASSAGE_CHARS )
					? passage.body.trim()
					: bestSentences( asked, dimensions, passage.body, {
							amount,
							answerKind,
							crossLanguage,
							quoteOneSentence,
							euAsked,
							figureKinds,
						} );
			const quote = placedUnderHeading( question, passage.heading, said );
			// A passage that does not state the kind of figure asked ("how long": a
			// duration) answers less of the question than one that does; so does one that
			// does not name the country asked about ("to the US?").
			const figureShare =
				answerKind && ! FIGURE_PATTERNS[ answerKind ].test( quote )
					? 0.8
					: 1;
			const placeShare =
				placesAsked && countriesNotIn( question, whole ).length > 0
					? 0.7
					: 1;
			// A page or section whose title names the topic ("Returns & Exchanges") is about
			// it; one that mentions it in passing (a gift card "can't be returned", the
			// sharpening service "sends the knives back") is about something else.
			const titled =
				topicWords.length === 0 ||
				topicWords.some(
					( w ) =>
						overlap(
							[ w ],
							`${ passage.title } ${ passage.heading }`,
							crossLanguage
						) > 0
				);
			const scored = coverage * figureShare * placeShare;
			return {
				...passage,
				coverage: scored,
				quote,
				headingHits: overlap( asked, passage.heading ),
				rank: titled ? scored : scored * UNTITLED_TOPIC,
			};
		} )
		.sort(
			( a, b ) =>
				// A passage covering enough to be quoted before one that does not; among
				// them, one titled by the topic before one that mentions it.
				Number( b.coverage >= QUOTABLE ) -
					Number( a.coverage >= QUOTABLE ) ||
				b.rank - a.rank ||
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
		.map( ( { headingHits: _unused, rank: _rank, ...rest } ) => rest );
}

/**
 * A quote under the heading that names the place asked about, the heading first when the
 * quote does not name it ("European Union: An Post International or DPD, €12.95" for
 * "Versand nach Deutschland?").
 * @param question
 * @param heading
 * @param quote
 */
function placedUnderHeading(
	question: string,
	heading: string,
	quote: string
): string {
	const headed =
		heading.trim() !== '' &&
		countriesNamed( question ).length > 0 &&
		countriesNotIn( question, heading ).length === 0 &&
		countriesNotIn( question, quote ).length > 0;
	return headed ? `${ heading.trim() }: ${ quote }` : quote;
}

/**
 * Asked words a passage answers without writing them: a price ("€12.95") is the cost asked
 * for, and a row for the EU covers the member state asked about ("Versand nach
 * Deutschland?" on an Irish shop's "European Union: €12.95").
 * @param asked
 * @param text
 * @param crossLanguage
 * @param euAsked       an EU member is named as where something is sent
 */
function impliedWords(
	asked: string[],
	text: string,
	crossLanguage: boolean,
	euAsked: boolean
): number {
	const money = statesMoney( text );
	const eu = euAsked && speaksOfEu( text );
	if ( ! money && ! eu ) {
		return 0;
	}
	// A member of the EU covered by an "EU countries" row counts less than a row that
	// names the country itself ("Deutschland: 4,90 €" before "Übrige EU-Länder: 11,90 €").
	const implied = ( word: string ) => {
		if ( overlap( [ word ], text, crossLanguage ) > 0 ) {
			return 0;
		}
		if ( money && conceptsOf( word ).includes( 'cost' ) ) {
			return 1;
		}
		return eu && namesEuMember( word ) ? 0.8 : 0;
	};
	return asked.reduce( ( sum, word ) => sum + implied( word ), 0 );
}

/** "How do I …", "Wie kann ich …", "Wie schicke ich …": a question for the steps of something. */
export function asksForProcedure( question: string ): boolean {
	return unicodeBoundaries(
		/^\s*(how (do|can|should|would) (i|we|you)\b|how to\b|what (are the steps|do i (have to|need to))\b|wie (kann|muss|soll|könnte) (ich|man)\b|wie (gehe|schicke|sende|melde|bekomme|erhalte|storniere|ändere|reklamiere|tausche|bezahle|bestelle) ich\b|was muss ich)/i
	).test( question );
}

/** The share of the question a passage covers to be quoted (the responder's MIN_COVERAGE). */
const QUOTABLE = 0.5;

/** What a passage whose page and heading do not name the asked topic keeps of its rank. */
const UNTITLED_TOPIC = 0.6;

/** Concepts of sending something somewhere: the country asked about picks the passage. */
const SENDING_CONCEPTS = new Set( [
	'shipping',
	'international',
	'customs',
	'returns',
] );

/** Concepts that say what about a topic is asked (how long, how much), not which topic. */
const ASPECT_CONCEPTS = new Set( [
	'duration',
	'cost',
	'free',
	'value',
	'order',
	'terms',
] );

/**
 * Whether a passage names something the question asks about that none of the products
 * found for it does: "resole" in "How much do you charge to resole hiking boots?" is on
 * the repairs page ("Boot resoling: $95.00"), not in any boot's name, so the page answers
 * and a list of boots would not.
 * @param question
 * @param passage
 * @param productNames
 */
export function passageNamesMore(
	question: string,
	passage: Passage,
	productNames: string[]
): boolean {
	const text = `${ passage.heading } ${ passage.body }`;
	const questionLang = guessLanguage( question );
	const pageLang = detectTextLanguage( text );
	// A question in one language names the page's things by their concepts ("subscription"
	// for "Abo").
	const crossLanguage =
		questionLang !== null && pageLang !== null && pageLang !== questionLang;
	return contentWords( question ).some( ( word ) => {
		const concepts = conceptsOf( word );
		const aspectOnly =
			concepts.length > 0 &&
			concepts.every( ( c ) => ASPECT_CONCEPTS.has( c ) );
		// "lieferbar" asks whether the product can be had, not about delivery.
		return (
			! ASKING_WORDS.has( word ) &&
			! aspectOnly &&
			! signalsOf( word ).has( 'stock' ) &&
			overlap( [ word ], text, crossLanguage ) >= 0.7 &&
			productNames.every( ( name ) => overlap( [ word ], name ) === 0 )
		);
	} );
}

/**
 * The question's own words that name a thing the passage says nothing of, as written in
 * the question: "student" in "Do you have a student discount?" against a shipping page
 * that mentions discounts, "calories" against a returns page listing freeze-dried meals. Such
 * a passage is near the question, not its answer, so the reply says what it does not mention
 * and offers a person. Asking words, words that name nothing (UNSPECIFIC_WORDS), aspects
 * (cost, duration), short words and figures are left out.
 * @param question
 * @param passage
 * @param productNames the names of the products found for the question
 */
export function wordsNotIn(
	question: string,
	passage: Passage,
	productNames: string[] = []
): string[] {
	const whole = `${ passage.title } ${ passage.heading } ${ passage.body }`;
	const names = productNames.join( ' ' );
	// A phrase's words stand for its concept ("pick it up": collection), not for themselves.
	const phraseWords = new Set(
		conceptPhrases( question ).flatMap( ( [ form, matched ] ) =>
			overlap( [ form ], whole, true ) > 0 ? contentWords( matched ) : []
		)
	);
	// A country the passage names in the other language ("Kanada": "Canada") is named.
	const placesNamed = countriesAlsoIn( question, whole ).flatMap( ( place ) =>
		contentWords( place )
	);
	const unnamed = contentWords( question ).filter( ( word ) => {
		const concepts = conceptsOf( word );
		return (
			! placesNamed.includes( word ) &&
			word.length >= 4 &&
			! phraseWords.has( word ) &&
			! /\d/.test( word ) &&
			! ASKING_WORDS.has( word ) &&
			! UNSPECIFIC_WORDS.has( word ) &&
			! (
				concepts.length > 0 &&
				concepts.every( ( c ) => ASPECT_CONCEPTS.has( c ) )
			) &&
			overlap( [ word ], whole, true ) === 0 &&
			// The products the question names are not what the page should mention.
			overlap( [ word ], names ) === 0
		);
	} );
	// As the shopper wrote it ("Knaresborough", not the folded form).
	return unnamed.map(
		( word ) =>
			new RegExp( `[\\p{L}\\p{N}]*${ word }[\\p{L}\\p{N}]*`, 'iu' ).exec(
				question
			)?.[ 0 ] ?? word
	);
}

/** Words of a question that name no thing: they ask, qualify or talk ("actually", "eigentlich"). */
const UNSPECIFIC_WORDS = new Set(
	(
		'actually really still right also even ever already again else maybe perhaps usually normally ' +
		'exactly quite pretty something anything everything thing things stuff someone anyone ' +
		'possible able okay fine good great nice best better would could should please thanks ' +
		'method methods option options ways möglichkeit möglichkeiten amount betrag ' +
		'instead statt stattdessen anstatt within inside innerhalb ' +
		// When and getting: "until I get my money back after you receive it".
		'until till after before once since while receive receives received getting now ' +
		'nachdem bevor sobald während erhalte erhalten bekomme bekommen kriege jetzt nun ' +
		'wondering wonder curious question questions asking quick just wanted want wants need needs ' +
		'eigentlich wirklich immer schon wieder vielleicht normalerweise genau ganz ziemlich etwas ' +
		'irgendwas alles sachen ding dinge jemand möglich okay frage fragen kurze kurz wollte wollen ' +
		'brauche brauchen bräuchte gerne gern könntet würde würdet sollte ' +
		// Modal verbs and where the shopper lives ("Muss ich …", "ich wohne in Wien"): the
		// place is a country a page may name, the living is no topic.
		'muss müssen musst darf dürfen soll sollen must wohne wohnen wohnt live ' +
		// Greetings.
		'hello hallo servus grüß gott moin morning evening guten'
	).split( ' ' )
);
