/**
 * Evidence's words and scores: the words that only ask, the sentences of a text, and how
 * much of a question a text holds (word forms, concepts, phrases and other-language product
 * words). The kinds of quantity asked are evidence-dimensions.ts.
 */
import { fold, productWordAlternatives } from '../../platform/text';
import { editDistance } from '../commerce/search';
import {
	beginsCompound,
	conceptsOf,
	contentWords,
	isCompoundOf,
	sameWord,
	unicodeBoundaries,
} from './analysis';
import { SEPARATED_PARTICLE } from './analysis-words';

/** Signals a word may carry and still name a fact ("Gewicht", "Material", "Garantie"). */
export const FACT_SIGNALS = new Set( [ 'spec', 'policy', 'contact' ] );

/** Words that ask, never answer: they must not count as overlap. */
export const ASKING_WORDS = new Set(
	(
		'much many does do is are have has weigh weighs heavy long big large wide tall high ' +
		'wie viel viele hat haben ist sind wiegt schwer groß lang breit hoch welche welcher welches ' +
		'product produkt item artikel sell sells selling buy offer carry verkauft verkaufen kaufen führt führen anbieten ' +
		// "Can I collect my order in the shop?": the shopper's order is no topic of a page.
		'order orders bestellung bestellungen ' +
		'tell give say show info information details detail about value spec specs data angabe angaben info infos ' +
		'nennen nenn sag sagen zeig zeigen wissen bitte gerne kannst könntest können beim bei von über zum zur shop ' +
		// "your return policy", "eure Regeln zur Rückgabe": the topic is the other word.
		'policy policies rules regeln richtlinie richtlinien ' +
		// "What payment methods do you accept?", "Welche Zahlungsmöglichkeiten akzeptiert
		// ihr?": accepting and the ways are how it is asked, payment is the topic.
		'accept accepts accepted akzeptiert akzeptieren akzeptierst annehmen nehmt ' +
		'method methods way ways option options möglichkeit möglichkeiten ' +
		// "Which carrier do you use?": using is not what is asked about.
		'use uses used using verwenden verwendet nutzen nutzt benutzen benutzt ' +
		// Verbs a question asks with ("What voltage does it run on?", "Wieviel bar schafft
		// er?", "Welche Last hält es aus?"): the fact is the noun beside them.
		'run runs go goes come comes get gets handle handles manage manages work works ' +
		'schafft schaffen hält halten aushalten läuft laufen komm komme kommst kommt kommen geht gehen liegt liegen ' +
		'funktioniert macht machen kriegt kriege bekomme bekommt ' +
		// Asking about the asking ("Kannst du mir auf Deutsch erklären, wie …", "explain in
		// English"): the language and the explaining are not the topic.
		'erklären erkläre erklärt erklärst explain explains explained deutsch englisch german english beschreiben describe'
	).split( ' ' )
);

/** Sentences of a plain text, split after . ! ? (not inside numbers) and at line breaks. */
export function sentences( text: string ): string[] {
	return text
		.split( /\n+/ )
		.flatMap( ( line ) =>
			line.split(
				// Several "Key: value" pairs on one line are a run-on spec list, split
				// before each key; one pair is one fact ("Pflanzen bis 17 cm Topf: 8,00 €").
				( line.match( SPEC_KEY ) ?? [] ).length > 1
					? SENTENCE_OR_KEY_END
					: SENTENCE_END
			)
		)
		.map( ( s ) => s.trim() )
		.filter( ( s ) => s.length > 2 );
}

// After a full stop before a capital. Not after
// an abbreviation ("inkl. Bremsen", "ca. 3 Tage", "z. B. Ketten"), nor inside a German date
// ("ab 15. Januar").
const SENTENCE_END_SOURCE =
	/(?<=[.!?])(?<!\b(?:inkl|incl|ca|bzw|zzgl|evtl|ggf|usw|etc|vgl|approx|Nr|No|Tel|Str|max|min|Min|Max|Mo|Di|Mi|Do|Fr|Sa|So|St|Dr|z\.\s?B|u\.\s?a|d\.\s?h)\.)\s+(?=[\p{Lu}\d„"(])(?!(?<=\d\.\s*)(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)/u
		.source;
const SENTENCE_END = new RegExp( SENTENCE_END_SOURCE, 'u' );
// Before each "Key: value" of a run-on spec list ("Druck: 15 bar Wassertank: 2,0 l …").
const SENTENCE_OR_KEY_END = new RegExp(
	`${ SENTENCE_END_SOURCE }|(?<=[\\d€$£%)]|\\b(?:Uhr|h|mm|cm|m|kg|g|l|ml|W|V|bar))\\s+(?=\\p{Lu}[\\p{L}-]{2,}:\\s)`,
	'u'
);
const SPEC_KEY = /(?:^|\s)\p{Lu}[\p{L}-]{2,}:\s/gu;

const productFormCache = new Map< string, string[] >();

/** The other forms (both languages, folded words) of a product word; memoised. */
function productForms( word: string ): string[] {
	let forms = productFormCache.get( word );
	if ( ! forms ) {
		forms = [ ...productWordAlternatives( word ), ...modifierForms( word ) ]
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
 * The other language's forms of a compound's first part, when both parts are words of the
 * product vocabulary: "Kupfertöpfe" are copper pots, so a page's "Copper" row speaks of them
 * (the vocabulary itself reads a compound by its head: "pot").
 * @param word
 */
function modifierForms( word: string ): string[] {
	for ( let at = word.length - 3; at >= 4; at-- ) {
		const head = productWordAlternatives( word.slice( at ) );
		if ( head.length === 0 ) {
			continue;
		}
		const modifier = productWordAlternatives( word.slice( 0, at ) );
		if ( modifier.length > 0 ) {
			return modifier;
		}
	}
	return [];
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
/**
 * Whether a word is the question's word made a property ("spülmaschinenfest",
 * "ofenfest", "frostsicher", "wasserdicht" for "Spülmaschine", "Ofen", "Frost", "Wasser"):
 * the compound says the very thing asked, not something else of the same name.
 * @param asked
 * @param word
 */
function namesItsProperty( asked: string, word: string ): boolean {
	return (
		word.startsWith( asked ) &&
		/^(?:n|s|en|es)?(?:fest|sicher|geeignet|tauglich|beständig|bestaendig|dicht|resistent|fähig|faehig)$/u.test(
			word.slice( asked.length )
		)
	);
}

export function overlap(
	questionWords: string[],
	text: string,
	crossLanguage = false,
	productWords = crossLanguage
): number {
	const own = contentWords( text );
	// The concepts of the text's phrases ("send it back": returns), read once when needed.
	let textPhrases: string[] | undefined;
	let hits = 0;
	for ( const q of questionWords ) {
		// A separable verb's particle is that verb only beside it: "schicken Sie … zurück"
		// is "zurückschicken", "halten … zurück" is not.
		const plainQ = withoutZu( q );
		const forms = own.filter(
			( w ) =>
				( sameWord( q, w ) || sameWord( plainQ, withoutZu( w ) ) ) &&
				( w === q ||
					! SEPARATED_PARTICLE.test( w ) ||
					verbBesideParticle( q, w, own ) ||
					conceptsOf( q ).some( ( c ) =>
						( textPhrases ??= phraseConcepts( text ) ).includes( c )
					) )
		);
		if ( forms.length > 0 ) {
			// A compound ("Versand" for "Expressversand") is less than the word itself.
			// So is a word that only begins another ("Straße" in "Straßenbahn"), unless the
			// text also holds the rest ("Standardversand": "Standard shipping").
			hits += forms.some(
				( w ) =>
					! isCompoundOf( q, w ) &&
					( ! beginsCompound( q, w ) ||
						holdsHead( q, w, own ) ||
						namesItsProperty( q, w ) )
			)
				? 1
				: 0.7;
			continue;
		}
		const concepts = conceptsOf( q );
		if (
			concepts.length > 0 &&
			( own.some( ( w ) =>
				conceptsOf( w ).some( ( c ) => concepts.includes( c ) )
			) ||
				( textPhrases ??= phraseConcepts( text ) ).some( ( c ) =>
					concepts.includes( c )
				) )
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

/**
 * A German separable verb's zu-infinitive as its infinitive: "zurückzuschicken" is
 * "zurückschicken", "abzuholen" is "abholen" (the word form a page and a question share).
 * @param word
 */
function withoutZu( word: string ): string {
	return word.replace( ZU_INFINITIVE, '$1' );
}

const ZU_INFINITIVE =
	/^(ab|an|auf|aus|ein|mit|nach|vor|zurück|weg|um|durch|los|her|hin|zu)zu(?=\p{L}{4})/u;

/**
 * Whether a text that leaves a particle alone ("zurück") also holds the verb the question
 * joins to it ("zurück-schicken": "schicken", "schickt"; "zurück-nehmen": "nimmt").
 * @param asked    the question's verb ("zurückschicken", "zurückzunehmen")
 * @param particle the text's particle
 * @param own      the text's words
 */
function verbBesideParticle(
	asked: string,
	particle: string,
	own: string[]
): boolean {
	const verb = asked
		.slice( particle.length )
		.replace( /^zu(?=\p{L}{4})/u, '' );
	const stem = verb.replace( /e?n$/, '' );
	if ( ! asked.startsWith( particle ) || stem.length < 3 ) {
		return false;
	}
	const forms = [ stem, ...( IRREGULAR_STEMS[ stem ] ?? [] ) ];
	return own.some( ( w ) => forms.some( ( f ) => w.startsWith( f ) ) );
}

/** Present-tense stems of strong verbs that particles take ("gibt … zurück", "nimmt … an"). */
const IRREGULAR_STEMS: Record< string, string[] > = {
	geb: [ 'gib' ],
	nehm: [ 'nimm', 'nimmt' ],
	trag: [ 'träg' ],
	lass: [ 'läss' ],
};

/**
 * Whether a text holds the rest of a compound the question wrote ("versand" of
 * "standardversand" after "standard"), as a word form or by concept (English "shipping").
 * @param asked the question's word
 * @param found the text's word it begins with
 * @param own   the text's words
 */
function holdsHead( asked: string, found: string, own: string[] ): boolean {
	if ( asked.length <= found.length ) {
		return false;
	}
	// Linking letters between the parts: "Straße-n-bahn", "Arbeit-s-zeit".
	const head = asked
		.slice( found.length )
		.replace( /^(?:en|es|n|s)(?=\p{L}{3})/u, '' );
	const concepts = conceptsOf( head );
	return own.some(
		( w ) =>
			sameWord( head, w ) ||
			( concepts.length > 0 &&
				conceptsOf( w ).some( ( c ) => concepts.includes( c ) ) )
	);
}

/**
 * A word folded to what German and English cognates share: "Prozess" and "process",
 * "fokussieren" and "focus", "Kapazität" and "capacity", "Temperatur" and "temperature".
 * @param word
 */
function cognateForm( word: string ): string {
	return word
		.toLowerCase()
		.replace( /ä/g, 'a' )
		.replace( /ö/g, 'o' )
		.replace( /ü/g, 'u' )
		.replace( /ß/g, 's' )
		.replace( /(ieren|iert|ierung)$/, '' )
		.replace( /itat$/, 'ity' )
		.replace( /isch$/, 'ic' )
		.replace( /ph/g, 'f' )
		.replace( /th/g, 't' )
		.replace( /[kz]/g, 'c' )
		.replace( /(\p{L})\1/gu, '$1' )
		.replace( /e$/, '' );
}

/** The shortest word compared as a cognate: shorter ones are too often false friends. */
const MIN_COGNATE = 5;

/**
 * Whether a question's word and a text's word are the same word in German and English by
 * their spelling ("Entwicklungsprozess" ends in "process"), within one letter.
 * @param asked the question's word
 * @param own   the text's word
 */
export function cognates( asked: string, own: string ): boolean {
	if ( asked.length < MIN_COGNATE || own.length < MIN_COGNATE ) {
		return false;
	}
	const a = cognateForm( asked );
	const b = cognateForm( own );
	if ( a === b ) {
		return true;
	}
	// A German compound ends in the English word ("Entwicklungsprozess": process).
	const tail = a.length > b.length + 3 ? a.slice( a.length - b.length ) : a;
	return editDistance( tail, b, 1 ) <= 1;
}

/**
 * Concepts a question or text names with a phrase whose words apart mean something else:
 * "send it back" is a return, "money back" a refund ("Geld zurück"), "pick it up" a
 * collection.
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
	// "Schicken Sie die Ware an uns zurück", "zurück schicken": the verb stands for the
	// return, the words between keep their own meaning ("Nehmt ihr alte Akkus zurück?").
	[
		'zurücksenden',
		unicodeBoundaries(
			/\b((schick|send|geb|gib|bring|nehm|nimm|tausch)\p{L}*(?=(\s+\S+){0,5}\s+zurück\b)|zurück\s+(zu\s+)?(schick|send|geb|bring|nehm|tausch)\p{L}*\b)/u
		),
	],
	[ 'pickup', /\bpick(ing)?\b(\s+\S+){0,2}\s+up\b/ ],
	// "Pay over time", "split your order into monthly payments": paying in instalments.
	[
		'installments',
		/\b(pay over time|monthly payments|split\b(\s+\S+){0,4}\s+(into|in)\s+(\S+\s+)?payments)\b/,
	],
	[
		'express',
		unicodeBoundaries(
			/\bnext[- ]?(working |business )?day\b|\bnächste[nrm]?\s+(werk|arbeits)?tag\b/
		),
	],
	[
		'geld zurück',
		unicodeBoundaries(
			/\b(geld|betrag|kaufpreis)\b(\s+\S+){0,2}\s+zurück\b/
		),
	],
];

/** The concepts a text names with its phrases ("send it back": returns). */
function phraseConcepts( text: string ): string[] {
	return conceptPhrases( text ).flatMap( ( [ form ] ) => conceptsOf( form ) );
}
