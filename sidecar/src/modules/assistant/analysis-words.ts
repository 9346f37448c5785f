/**
 * Question analysis, words and language: words, stop words and content words, word forms
 * without a dictionary (a shared beginning, German compounds), and the language a message
 * is in and the one to answer in.
 */
import {
	productWordLanguage,
	stem,
	vocabularyLanguage,
} from '../../platform/text';
import { langOfLocale, type Lang } from './messages';
import { EMAIL_GLOBAL } from './analysis-entities';
import { pairMemo, textMemo } from './memo';

/** Lower-case words, umlauts kept, digits kept. */
export function words( text: string ): string[] {
	return text.toLowerCase().match( /[\p{L}\p{N}]+/gu ) ?? [];
}

const STOP = new Set(
	// English
	(
		'a an the and or but if of to in on at by for with from into about as is are was were be been being am ' +
		'do does did doing have has had i me my mine we us our you your yours it its this that these those there here ' +
		'what which who whom whose when where why how can could would should will shall may might must please ' +
		'tell know want need get got any some also just so very too not no yes hi hello hey thanks thank one ' +
		'much many more most than then them they their he she his her like would ' +
		// German
		'der die das den dem des ein eine einer eines einem einen und oder aber wenn von zu im in am an auf bei mit ' +
		'aus nach für fur über um als ist sind war waren sein bin bist seid hat habe hab haben habt hatte ich mich mir mein meine ' +
		'meiner meinen meinem wir uns unser unsere ihr euch euer eure sie ihnen ihre ihren es er sein seine dies ' +
		'diese dieser dieses diesen hier da was welche welcher welches welchen welchem wer wie wo wann warum kann können ' +
		'könnt kannst könnte möchte möchten will wollen bitte gibt gib noch auch nur sehr nicht kein keine ja nein ' +
		'hallo danke viel viele mehr denn doch mal schon etwas euer eure du dir dich dein deine ' +
		// Question glue that is no fact: "wieviel", "ist … dabei", "vom", "gibts".
		"ne nen guys folks leute vom beim zum zur dabei daran darauf dazu davon damit wieviel wieviele wievielen gibts gibt's eigentlich überhaupt ungefähr etwa so"
	).split( ' ' )
);

export function isStopWord( word: string ): boolean {
	return STOP.has( word );
}

const contentMemo = textMemo< readonly string[] >();

/** The words that carry meaning: no stop words, no one-letter words (a fresh array). */
export function contentWords( text: string ): string[] {
	return contentMemo( text, contentWordsOf ).slice();
}

function contentWordsOf( text: string ): string[] {
	return [
		...new Set(
			words( text ).filter( ( w ) => w.length > 1 && ! STOP.has( w ) )
		),
	];
}

/**
 * Whether two words are forms of one another, in either language, without a dictionary:
 * a shared beginning covering most of the shorter word ("weigh"/"weight",
 * "versand"/"versandkosten", "deliveries"/"delivery"). Short words must be equal.
 */
export function sameWord( a: string, b: string ): boolean {
	return a === b || sameWordMemo( a, b, formsOfOneWord );
}

/**
 * Memory of formsOfOneWord (issue 12): the question's words meet the same dimension words,
 * product-name words and passage words on every message.
 */
const sameWordMemo = pairMemo< boolean >();

/** sameWord for two different words (a pure function of the two). */
function formsOfOneWord( a: string, b: string ): boolean {
	// Swiss German writes every ß as ss ("Masse", "Grösse", "weiss").
	if ( a.includes( 'ß' ) || b.includes( 'ß' ) ) {
		return sameWord( a.replace( /ß/g, 'ss' ), b.replace( /ß/g, 'ss' ) );
	}
	return (
		sharesForm( a, b ) ||
		isCompoundOf( a, b ) ||
		sameVerb( a, b ) ||
		sameDerivation( a, b ) ||
		sameWithoutGenericHead( a, b ) ||
		sameEnglishStem( a, b ) ||
		// A German plural with an umlaut ("Gartenhäuser" / "Gartenhaus"), as the index
		// stems it; not for compounds ("Garantiefällen" holds no "fallen"), nor for short
		// words, where it joins strangers ("Lager" / "Lägern").
		( ( UMLAUT.test( a ) || UMLAUT.test( b ) ) &&
			Math.min( a.length, b.length ) >= 6 &&
			// A plural's ending, not a further word: "wässern" is no "Wasserstein".
			Math.abs( a.length - b.length ) <= 3 &&
			sharesForm( plainVowels( a ), plainVowels( b ) ) )
	);
}

/**
 * English inflections a shared beginning misses because the stem is short: "chews" /
 * "chewing", "pulls" / "pulling" (the Snowball stemmer; stems of four letters or more, so
 * short words do not meet by accident).
 */
function sameEnglishStem( a: string, b: string ): boolean {
	if ( a.length < 4 || b.length < 4 ) {
		return false;
	}
	const stemmed = stem( a, 'en' );
	return stemmed.length >= 4 && stemmed === stem( b, 'en' );
}

/** A shared beginning with a short ending: "ship" / "ships", not "ware" / "warehouse". */
function sharesForm( a: string, b: string ): boolean {
	const shorter = Math.min( a.length, b.length );
	if ( shorter < 4 ) {
		// Only a plural of a three-letter word ("tag" / "tags", "box" / "boxes").
		const [ one, other ] = a.length < b.length ? [ a, b ] : [ b, a ];
		return (
			one.length === 3 &&
			( other === `${ one }s` || other === `${ one }es` )
		);
	}
	let common = 0;
	while ( common < shorter && a[ common ] === b[ common ] ) {
		common++;
	}
	const longer = Math.max( a.length, b.length );
	return (
		( common === shorter && ( shorter >= 5 || longer - shorter <= 3 ) ) ||
		( common >= 5 && common >= shorter - 2 )
	);
}

const UMLAUT = /[äöü]/;
const plainVowels = ( word: string ) =>
	word.replace( /ä/g, 'a' ).replace( /ö/g, 'o' ).replace( /ü/g, 'u' );

/**
 * A German verb's "ihr"/"er" form or its past participle and its infinitive: "baut" /
 * "bauen", "macht" / "machen", "gewässert" / "wässern", "geschliffen" is not derived (strong
 * verbs change their vowel).
 */
function sameVerb( a: string, b: string ): boolean {
	const [ finite, infinitive ] =
		/e?n$/.test( a ) && ! /e?n$/.test( b ) ? [ b, a ] : [ a, b ];
	const verbStem = infinitive.endsWith( 'en' )
		? infinitive.slice( 0, -2 )
		: infinitive.slice( 0, -1 );
	return (
		verbStem.length >= 3 &&
		/(?:en|[lr]n)$/.test( infinitive ) &&
		( finite === `${ verbStem }t` ||
			finite === `${ verbStem }st` ||
			finite === `ge${ verbStem }t` )
	);
}

/**
 * A German verb in "-ieren" and its noun: "montiert" / "Montage", "installieren" /
 * "Installation", "justiert" / "Justierung" — one stem of at least four letters, a verb's
 * ending on one side.
 */
function sameDerivation( a: string, b: string ): boolean {
	const VERB = /ier(?:t|en|e|st|te|ten)$/u;
	const NOUN = /(?:ierung(?:en)?|age|agen|ation(?:en)?)$/u;
	const stemOf = ( word: string ) =>
		word.replace( VERB, '' ).replace( NOUN, '' );
	return (
		( VERB.test( a ) || VERB.test( b ) ) &&
		a !== b &&
		stemOf( a ).length >= 4 &&
		stemOf( a ) === stemOf( b )
	);
}

/** Heads that say only "things" of what comes before: "Tiefkühlsachen", "Tiefkühlware". */
const GENERIC_HEAD = /(?:sachen|zeug|ware|waren|produkte|artikel|kram|dinge)$/u;

/** Two compounds of one first part and a head that only says "things": the same thing. */
function sameWithoutGenericHead( a: string, b: string ): boolean {
	const [ plainA, plainB ] = [
		a.replace( GENERIC_HEAD, '' ),
		b.replace( GENERIC_HEAD, '' ),
	];
	return (
		plainA !== a && plainB !== b && plainA.length >= 4 && plainA === plainB
	);
}

/** German compounds end in their head word: "expressversand" is a kind of "versand". */
export function isCompoundOf( a: string, b: string ): boolean {
	const [ head, whole ] = a.length < b.length ? [ a, b ] : [ b, a ];
	const modifier = whole.length - head.length;
	return (
		head.length >= 4 &&
		modifier > 0 &&
		whole.endsWith( head ) &&
		// A phrase is no compound: "send back" does not make every "back" a return.
		! /\s/.test( whole ) &&
		// A short head needs a real word before it: "Werktage" is days, "postage" and
		// "mistake" are no "tage" or "take".
		modifier >= ( head.length <= 4 ? 4 : 1 )
	);
}

/**
 * Whether `head` is the head of the compound `whole` with a word of its own before it:
 * "Übertopf" is a kind of "Topf", while a letter or two is no word ("L-mount").
 */
export function isHeadOfCompound( head: string, whole: string ): boolean {
	return whole.length >= head.length + 3 && isCompoundOf( whole, head );
}

/** Whether one word is the other plus a whole further word ("straße" / "straßenbahn"). */
export function beginsCompound( a: string, b: string ): boolean {
	const [ shorter, longer ] = a.length < b.length ? [ a, b ] : [ b, a ];
	return (
		longer.startsWith( shorter ) &&
		longer.length - shorter.length >= 4 &&
		// "Koffeingehalt" is the caffeine itself, "Akkulaufzeit" no other thing than the Akku's.
		! MEASURE_HEADS.has(
			longer
				.slice( shorter.length )
				.replace( /^(?:s|n|es)(?=\p{L}{4})/u, '' )
		)
	);
}

/** Heads that make a word the amount or measure of itself ("Koffein-gehalt", "Zucker-anteil"). */
const MEASURE_HEADS = new Set( [
	'gehalt',
	'anteil',
	'menge',
	'stufe',
	'wert',
	'level',
	'content',
] );

/**
 * Whether a name's word is a compound that only begins with the shopper's word: "Fahrrad"
 * is not a "Fahrradhelm" (a kind of helmet), "Schlauch" not a "Schlauchwechsel".
 * @param asked the shopper's word
 * @param named the product name's word
 */
export function anotherHead( asked: string, named: string ): boolean {
	let common = 0;
	while (
		common < asked.length &&
		common < named.length &&
		asked[ common ] === named[ common ]
	) {
		common++;
	}
	return (
		common >= 4 && asked.length - common <= 2 && named.length - common >= 4
	);
}

/** A word joined to another by a hyphen ("Hi-Fi", "Roll-Top-Rucksack"). */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

const DE_MARKERS = new Set(
	(
		'der die das den dem des ein eine einen und ist sind ich ihr sie wir mein meine meiner wie was wo wann ' +
		'welche welcher welches habt haben hat gibt es kann können könnt bitte danke nicht kein keine noch auch ' +
		'für mit bei auf von zu zum zur kostet kosten versand lieferung bestellung bestellnummer lieferbar ' +
		'vorrätig verfügbar lager rückgabe dauert lange wiegt schwer groß hallo guten tag morgen abend ' +
		'öffnungszeiten telefonnummer adresse rechnung preis passt gibts euch ausverkauft entworfen jahr welchem wurde ' +
		'kannst nennen angabe empfehlung suche habt euren eure finde bitte moin servus ware zahle teuer kaufen ' +
		'viel viele im braucht brauche unter ohne über vom beim am ans ins aus oder mir mich mein euer ihren ' +
		'wieviel wieviele weiß gern gerne hättet hätte möchte würde'
	).split( ' ' )
);
const EN_MARKERS = new Set(
	(
		'the a an and is are i you we my your how what where when which who do does did have has there this that ' +
		'it can could would please thanks thank hello hi of for with on stock price cost much many order ' +
		'shipping delivery return returns available sell long take weigh hold any ' +
		// Function words: a question naming a German product is still English ("Which year
		// was the Kaffeemühle … designed in?"). "was" is German too: it weighs for both and
		// decides nothing ("in" is left out: "In Schwarz?" must not read as English).
		// Short ones that English product names hold ("Bean-to-Cup", "Salt or Pepper") are
		// left out: a German question naming such a product stays German.
		'was were be been if me our us year made sold than less under below'
	).split( ' ' )
);

/**
 * 'de', 'en', or null when the message does not tell (a bare number, an e-mail address).
 * Marker words and German letters; enough for shop questions, which are short.
 */
export function guessLanguage( text: string ): Lang | null {
	// Hyphenated words are names ("Hi-Fi-Kopfhörer", "E-Bike-Akku"), not function words.
	const ws = words(
		text.replace( EMAIL_GLOBAL, ' ' ).replace( HYPHENATED, ' ' )
	);
	let de = 0;
	let en = 0;
	let onlyGerman = 0;
	for ( const w of ws ) {
		if ( DE_MARKERS.has( w ) ) {
			de++;
			onlyGerman += EN_MARKERS.has( w ) ? 0 : 1;
		}
		if ( EN_MARKERS.has( w ) ) {
			en++;
		}
	}
	// German letters tip the balance only next to a word that is German alone: product
	// names carry umlauts in questions of either language ("Siebträgermaschine Oro: power?",
	// "Which year was the Kaffeemühle … designed in?").
	if ( onlyGerman > 0 && /[äöüß]/i.test( text ) ) {
		de += 1.5;
	}
	if ( de === en ) {
		return vocabularyEvidence( text );
	}
	return de > en ? 'de' : 'en';
}

/**
 * On a tie, the shop vocabulary the shopper typed in lower case ("Milchaufschäumer Corso:
 * capacity?" is English), the concepts' words first, then the product words ("electric
 * knife sharpener?" is English): capitalised words may be the shop's product names, which are in
 * the shop's language whatever the shopper's.
 * @param text
 */
function vocabularyEvidence( text: string ): Lang | null {
	let de = 0;
	let en = 0;
	for ( const typed of text.match( /[\p{L}]+/gu ) ?? [] ) {
		if ( typed[ 0 ] !== typed[ 0 ]!.toLowerCase() ) {
			continue;
		}
		const lang =
			vocabularyLanguage( typed ) ?? productWordLanguage( typed );
		de += lang === 'de' ? 1 : 0;
		en += lang === 'en' ? 1 : 0;
	}
	if ( de === en ) {
		return null;
	}
	return de > en ? 'de' : 'en';
}

/**
 * The language to answer in: the shopper's when we speak it, else the language of their
 * earlier messages, else the shop's locale, else English.
 * @param text
 * @param locale
 * @param earlier
 * @param detect
 */
export function answerLanguage(
	text: string,
	locale: string,
	earlier: string[] = [],
	detect: ( text: string ) => Lang | null = guessLanguage
): Lang {
	for ( const message of [ text, ...[ ...earlier ].reverse() ] ) {
		const lang = detect( message );
		if ( lang ) {
			return lang;
		}
	}
	return langOfLocale( locale ) ?? 'en';
}

/** Particles a German separable verb leaves at the end of its clause ("Baut ihr … auf?"). */
export const SEPARATED_PARTICLE =
	/^(auf|ab|an|aus|ein|mit|nach|vor|zurück|weg|um|zusammen|durch|her|hin)$/;

/** Words at the head of a question that are not its verb. */
const NOT_A_VERB = new Set(
	'ihr sie du wir ich man es das der die den dem ein eine einen auch noch denn mal bitte ' +
		'wie was wo wann warum welche welcher welches wer hallo hi'.split( ' ' )
);

/**
 * The infinitives of German separable verbs a question splits: "Baut ihr auch
 * Gewächshäuser auf?" → "aufbauen", "Nehmt ihr alte Akkus zurück?" → "zurücknehmen". The
 * finite verb is the clause's first word that is not a question word or pronoun.
 * @param text
 */
export function separatedVerbs( text: string ): string[] {
	return text
		.toLowerCase()
		.split( /[.?!;,]+/ )
		.flatMap( ( clause ) => {
			const tokens = clause.match( /\p{L}+/gu ) ?? [];
			const particle = tokens[ tokens.length - 1 ];
			const verb = tokens
				.slice( 0, 3 )
				.find( ( w ) => ! NOT_A_VERB.has( w ) );
			if (
				tokens.length < 3 ||
				! particle ||
				! SEPARATED_PARTICLE.test( particle ) ||
				! verb ||
				verb === particle ||
				! /(?:t|st|e)$/.test( verb )
			) {
				return [];
			}
			return [ `${ particle }${ verb.replace( /(?:st|t|e)$/, '' ) }en` ];
		} );
}
