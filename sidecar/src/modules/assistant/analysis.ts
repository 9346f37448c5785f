/**
 * Question analysis: what a shopper's message holds before anything is searched. The
 * language to answer in, the entities (order numbers of any length, e-mail addresses,
 * SKUs, quantities with units, price limits) and the signals of what is asked (price,
 * stock, a specification, a policy, contact details, an order …), in English and German.
 * Signals are not the decision: the responder weighs them against what retrieval finds
 * (a product named in the question beats a policy word in its name).
 */
import {
	conceptsOf as lexiconConcepts,
	conceptWords,
	LANGS,
	stem as stemWord,
	type Concept as LexiconConcept,
} from '../../platform/text';
import { langOfLocale, type Lang } from './messages';

// ---------------------------------------------------------------- words

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
		'aus für fur über um ist sind war waren sein bin bist seid hat habe hab haben habt hatte ich mich mir mein meine ' +
		'meiner meinen meinem wir uns unser unsere ihr euch euer eure sie ihnen ihre ihren es er sein seine dies ' +
		'diese dieser dieses diesen hier da was welche welcher welches welchen welchem wer wie wo wann warum kann können ' +
		'könnt kannst könnte möchte möchten will wollen bitte gibt gib noch auch nur sehr nicht kein keine ja nein ' +
		'hallo danke viel viele mehr denn doch mal schon etwas euer eure du dir dich dein deine'
	).split( ' ' )
);

export function isStopWord( word: string ): boolean {
	return STOP.has( word );
}

/** The words that carry meaning: no stop words, no one-letter words. */
export function contentWords( text: string ): string[] {
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
	if ( a === b ) {
		return true;
	}
	const shorter = Math.min( a.length, b.length );
	if ( shorter < 4 ) {
		return false;
	}
	let common = 0;
	while ( common < shorter && a[ common ] === b[ common ] ) {
		common++;
	}
	const longer = Math.max( a.length, b.length );
	// A short word is a form of a longer one only with a short ending ("ship"/"ships",
	// not "ware"/"warehouse").
	if (
		( common === shorter && ( shorter >= 5 || longer - shorter <= 3 ) ) ||
		( common >= 5 && common >= shorter - 2 )
	) {
		return true;
	}
	return isCompoundOf( a, b );
}

/** German compounds end in their head word: "expressversand" is a kind of "versand". */
export function isCompoundOf( a: string, b: string ): boolean {
	return (
		Math.min( a.length, b.length ) >= 4 &&
		a !== b &&
		( a.endsWith( b ) || b.endsWith( a ) )
	);
}

// ---------------------------------------------------------------- concepts

/**
 * Concepts a question asks about, with their forms in both languages: a question in one
 * language finds a fact written in the other by searching every form of its concepts.
 */
export const CONCEPTS: Record< string, string[] > = {
	shipping: [
		'shipping',
		'ship',
		'ships',
		'shipped',
		'delivery',
		'deliver',
		'delivered',
		'dispatch',
		'versand',
		'versenden',
		'versendet',
		'lieferung',
		'liefern',
		'liefert',
		'lieferzeit',
		'zustellung',
		'porto',
		'schicken',
		'verschicken',
	],
	duration: [
		'long',
		'take',
		'takes',
		'time',
		'days',
		'dauer',
		'dauert',
		'lange',
		'tage',
		'werktage',
		'lieferzeit',
		'years',
		'months',
		'weeks',
		'jahre',
		'monate',
		'wochen',
	],
	returns: [
		'return',
		'returns',
		'send back',
		'exchange',
		'withdrawal',
		'rückgabe',
		'zurückgeben',
		'zurücksenden',
		'zurückschicken',
		'retoure',
		'umtausch',
		'umtauschen',
		'widerruf',
		'rücksendung',
	],
	refund: [
		'refund',
		'refunds',
		'refunded',
		'money back',
		'erstattung',
		'erstatten',
		'rückerstattung',
		'geld zurück',
	],
	warranty: [
		'warranty',
		'guarantee',
		'manufacturer',
		'hersteller',
		'herstellergarantie',
		'garantie',
		'gewährleistung',
		'defect',
		'defekt',
	],
	payment: [
		'payment',
		'pay',
		'paypal',
		'klarna',
		'invoice',
		'zahlung',
		'zahlungsarten',
		'bezahlen',
		'zahlen',
		'rechnung',
		'kreditkarte',
		'credit',
	],
	privacy: [
		'privacy',
		'personal',
		'data',
		'cookies',
		'datenschutz',
		'daten',
		'personenbezogene',
	],
	customs: [ 'customs', 'duties', 'duty', 'zoll', 'zölle', 'einfuhr' ],
	international: [
		'international',
		'internationally',
		'abroad',
		'countries',
		'ausland',
		'international',
		'länder',
		'eu',
	],
	free: [
		'free',
		'kostenlos',
		'gratis',
		'versandkostenfrei',
		'kostenfrei',
		'portofrei',
	],
	value: [
		'value',
		'minimum',
		'bestellwert',
		'warenwert',
		'mindestbestellwert',
		'wert',
	],
	cost: [
		'cost',
		'costs',
		'price',
		'fee',
		'kosten',
		'kostet',
		'gebühr',
		'preis',
	],
	phone: [ 'phone', 'call', 'telephone', 'telefon', 'anrufen', 'hotline' ],
	email: [ 'email', 'mail', 'e-mail', 'write', 'schreiben' ],
	hours: [
		'hours',
		'open',
		'opening',
		'closed',
		'öffnungszeiten',
		'geöffnet',
		'offen',
		'geschlossen',
		// Opening hours are stated with weekdays and "Uhr": search for those too.
		'monday',
		'friday',
		'saturday',
		'sunday',
		'montag',
		'freitag',
		'samstag',
		'sonntag',
		'uhr',
	],
	address: [
		'address',
		'visit',
		'located',
		'location',
		'store',
		'adresse',
		'anschrift',
		'besuchen',
		'filiale',
		'laden',
		'ladengeschäft',
		'standort',
		'impressum',
		'imprint',
		'straße',
		'street',
	],
	contact: [
		'contact',
		'reach',
		'service',
		'support',
		'kontakt',
		'kontaktieren',
		'erreichen',
		'kundenservice',
		'kundendienst',
	],
	service: [
		'service',
		'services',
		'repair',
		'repairs',
		'reparatur',
		'reparieren',
		'installation',
		'install',
		'assembly',
		'montage',
		'dienstleistung',
		'dienstleistungen',
		'aufbau',
		'einbau',
		'cleaning',
		'reinigung',
		'maintenance',
		'wartung',
	],
	rental: [
		'rent',
		'rental',
		'rentals',
		'hire',
		'lease',
		'mieten',
		'miete',
		'leihen',
		'verleih',
		'ausleihen',
		'vermietung',
	],
	installments: [
		'installments',
		'instalments',
		'financing',
		'finance',
		'raten',
		'ratenzahlung',
		'finanzierung',
		'ratenkauf',
	],
	descaling: [
		'descaling',
		'descale',
		'entkalkung',
		'entkalken',
		'entkalker',
	],
	gift: [ 'gift', 'wrap', 'wrapping', 'geschenk', 'geschenkverpackung' ],
	tracking: [
		'tracking',
		'track',
		'carrier',
		'sendungsverfolgung',
		'sendungsnummer',
		'dhl',
		'dpd',
		'ups',
	],
};

/**
 * Concepts of the shared lexicon (platform/text) that name a topic of the shop's pages; its
 * product properties (size, weight, colour …) are left to the product evidence.
 */
const LEXICON_TOPICS = new Set< LexiconConcept >( [
	'returns',
	'refund',
	'shipping',
	'duration',
	'cost',
	'free',
	'warranty',
	'contact',
	'phone',
	'email',
	'address',
	'hours',
	'payment',
	'invoice',
	'tracking',
	'cancel',
	'privacy',
	'terms',
	'imprint',
	'service',
	'account',
	'care',
	'international',
	'pickup',
] );

/**
 * The topic concepts of the shared lexicon a word names, by its whole-word stem in each
 * language (no compound parts: "Deutschland" holds no "Land" here).
 */
function lexiconTopics( word: string ): string[] {
	return LANGS.flatMap( ( lang ) =>
		lexiconConcepts( [ stemWord( word, lang ) ], lang )
	).filter( ( concept ) => LEXICON_TOPICS.has( concept ) );
}

/** Every form of a concept: this module's list and the shared lexicon's words, lower-case. */
export function conceptForms( concept: string ): string[] {
	const lexicon = LEXICON_TOPICS.has( concept as LexiconConcept )
		? LANGS.flatMap( ( lang ) =>
				conceptWords( concept as LexiconConcept, lang )
			).map( ( w ) => w.toLowerCase() )
		: [];
	return [ ...new Set( [ ...( CONCEPTS[ concept ] ?? [] ), ...lexicon ] ) ];
}

const conceptCache = new Map< string, string[] >();

/** The concepts a word belongs to (memoised: the same words recur in every passage). */
export function conceptsOf( word: string ): string[] {
	const known = conceptCache.get( word );
	if ( known ) {
		return known;
	}
	// A German separable verb's zu-infinitive is the verb: "zurückzugeben" is "zurückgeben".
	const plain = word.replace(
		/^(ab|an|auf|aus|ein|mit|nach|vor|zurück|weg|um|durch|los|her|hin)zu(?=\p{L}{3})/u,
		'$1'
	);
	const matching = ( loose: boolean ) =>
		Object.entries( CONCEPTS )
			.filter( ( [ , forms ] ) =>
				forms.some( ( f ) =>
					[ word, plain ].some(
						( w ) =>
							sameWord( f, w ) &&
							( loose ||
								f === w ||
								( ! isCompoundOf( f, w ) &&
									! (
										f.startsWith( w ) &&
										f.length - w.length > 3
									) ) )
					)
				)
			)
			.map( ( [ name ] ) => name );
	// A word that is a form of a concept itself ("zurückschicken": returns) is not also
	// read as a compound of another's form ("schicken": shipping), nor as the start of
	// one ("versand" is no "versandkostenfrei": free).
	const exact = matching( false );
	const found = exact.length > 0 ? exact : matching( true );
	// The shared lexicon speaks for the words this list does not know ("Gutschein",
	// "Abholung", "stornieren"); a word it knows keeps its own concepts here.
	if ( found.length === 0 ) {
		found.push( ...lexiconTopics( plain ) );
	}
	if ( conceptCache.size > 50_000 ) {
		conceptCache.clear();
	}
	conceptCache.set( word, found );
	return found;
}

/** A question's words plus every form (both languages) of the concepts they name, for retrieval. */
export function expandForSearch( text: string ): string {
	return searchQueries( text ).join( ' ' );
}

/** Search terms the content search takes at most per query (knowledge keywords()). */
const TERMS_PER_QUERY = 16;

/**
 * The retrieval queries for a question: its own words, then one query per concept it names
 * with that concept's forms in both languages, each short enough that no form is cut off.
 * @param text
 */
export function searchQueries( text: string ): string[] {
	const own = contentWords( text ).slice( 0, 8 );
	const concepts = [ ...new Set( own.flatMap( conceptsOf ) ) ];
	if ( concepts.length === 0 ) {
		return [ own.join( ' ' ) ];
	}
	return concepts.map( ( concept ) =>
		[
			...new Set( [
				...own,
				...conceptForms( concept ).filter(
					( w ) => ! w.includes( ' ' )
				),
			] ),
		]
			.slice( 0, TERMS_PER_QUERY )
			.join( ' ' )
	);
}

// ---------------------------------------------------------------- language

const DE_MARKERS = new Set(
	(
		'der die das den dem des ein eine einen und ist sind ich ihr sie wir mein meine meiner wie was wo wann ' +
		'welche welcher welches habt haben hat gibt es kann können könnt bitte danke nicht kein keine noch auch ' +
		'für mit bei auf von zu zum zur kostet kosten versand lieferung bestellung bestellnummer lieferbar ' +
		'vorrätig verfügbar lager rückgabe dauert lange wiegt schwer groß hallo guten tag morgen abend ' +
		'öffnungszeiten telefonnummer adresse rechnung preis passt gibts euch ausverkauft entworfen jahr welchem wurde ' +
		'kannst nennen angabe empfehlung suche habt euren eure finde bitte moin servus ware zahle teuer kaufen ' +
		'viel viele im braucht brauche unter ohne über'
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
	const ws = words( text.replace( EMAIL_GLOBAL, ' ' ) );
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

// ---------------------------------------------------------------- entities

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const EMAIL_GLOBAL = new RegExp( EMAIL.source, 'g' );

export function findEmail( text: string ): string | null {
	return EMAIL.exec( text )?.[ 0 ] ?? null;
}

/** The text with e-mail addresses removed: an address is never a search term. */
export function withoutEmails( text: string ): string {
	return text.replace( EMAIL_GLOBAL, ' ' );
}

const ORDER_WORD =
	'(?:order|orders|bestellung|bestellungen|bestell|auftrag|auftrags)';
const NUMBER_WORD = '(?:number|no|nr|num|nummer|#|id)';
const LABELLED_ORDER = new RegExp(
	`(?:\\b${ ORDER_WORD }\\s*-?\\s*(?:${ NUMBER_WORD }\\.?\\s*)?|#\\s*)[:.]?\\s*#?(\\d{1,10})(?![.,]\\d|\\d)(?!\\s*(?:%|x\\b|stk|stück|pcs|pieces|items|artikel|mal\\b|times))`,
	'iu'
);

/**
 * An order number, of any length: after an order word ("order 12", "Bestellung 7",
 * "Bestellnummer 3", "order no. 7") or a "#" ("#12"); a bare number ("12", "it's 12")
 * only when the assistant has just asked for it.
 * @param text
 * @param askedForNumber
 */
export function findOrderNumber(
	text: string,
	askedForNumber = false
): string | null {
	const clean = withoutEmails( text );
	const labelled = LABELLED_ORDER.exec( clean );
	// "order 2 kg of coffee" orders a quantity, it names no order.
	if (
		labelled &&
		quantities(
			clean.slice(
				labelled.index + labelled[ 0 ].length - labelled[ 1 ]!.length
			)
		)[ 0 ]?.value !== Number( labelled[ 1 ] )
	) {
		return labelled[ 1 ]!;
	}
	if ( ! askedForNumber ) {
		return null;
	}
	const bare = clean.match( /(?:^|[\s,:(])#?(\d{1,10})(?=$|[\s.,!?)])/g );
	if ( bare && bare.length === 1 && quantities( clean ).length === 0 ) {
		return bare[ 0 ]!.replace( /\D/g, '' );
	}
	return null;
}

/** Product codes: letters and digits mixed, often with dashes ("WM-2044", "AB123X"). */
export function findSkus( text: string ): string[] {
	return (
		withoutEmails( text ).match(
			/\b(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b|\b(?=[A-Z]*\d)[A-Z]{2,}\d{2,}[A-Z0-9]*\b/g
		) ?? []
	).filter( ( sku ) => quantities( sku.replace( /-/g, ' ' ) ).length === 0 );
}

export type Dimension =
	'length' | 'volume' | 'weight' | 'pressure' | 'power' | 'energy' | 'time';

export interface Quantity {
	value: number;
	unit: string;
	dimension: Dimension;
	/** In the base unit of its dimension: m, l, kg, bar, W, Wh, h. */
	base: number;
}

/** Unit spellings -> dimension and factor to the base unit. */
const UNITS: Array< [ RegExp, Dimension, number ] > = [
	[ /^(mm|millimet(?:er|re)s?)$/, 'length', 0.001 ],
	[ /^(cm|zentimeter|centimet(?:er|re)s?)$/, 'length', 0.01 ],
	[ /^(m|meter|metre|meters|metres)$/, 'length', 1 ],
	[ /^(km|kilomet(?:er|re)s?)$/, 'length', 1000 ],
	[ /^(in|inch|inches|zoll|")$/, 'length', 0.0254 ],
	[ /^(ft|foot|feet|fuß)$/, 'length', 0.3048 ],
	[ /^(ml|milliliter|millilitres?|milliliters)$/, 'volume', 0.001 ],
	[ /^(cl)$/, 'volume', 0.01 ],
	[ /^(l|liter|litre|liters|litres)$/, 'volume', 1 ],
	[ /^(gal|gallons?)$/, 'volume', 3.785 ],
	[ /^(qt|quarts?)$/, 'volume', 0.9464 ],
	[ /^(fl\.? ?oz)$/, 'volume', 0.0296 ],
	[ /^(mg)$/, 'weight', 0.000001 ],
	[ /^(g|gr|gramm|grams?|grammes?)$/, 'weight', 0.001 ],
	[ /^(kg|kilo|kilos|kilogramm|kilograms?)$/, 'weight', 1 ],
	[ /^(lb|lbs|pounds?|pfund)$/, 'weight', 0.4536 ],
	[ /^(oz|ounces?|unzen?)$/, 'weight', 0.02835 ],
	[ /^(bar)$/, 'pressure', 1 ],
	[ /^(mbar)$/, 'pressure', 0.001 ],
	[ /^(psi)$/, 'pressure', 0.06895 ],
	[ /^(kpa)$/, 'pressure', 0.01 ],
	[ /^(w|watt|watts)$/, 'power', 1 ],
	[ /^(kw|kilowatt)$/, 'power', 1000 ],
	[ /^(ps|hp|horsepower)$/, 'power', 735.5 ],
	[ /^(wh)$/, 'energy', 1 ],
	[ /^(kwh)$/, 'energy', 1000 ],
	[ /^(mah)$/, 'energy', 0.0037 ],
	[ /^(h|hrs?|hours?|std|stunden?)$/, 'time', 1 ],
	[ /^(min|mins|minutes?|minuten?)$/, 'time', 1 / 60 ],
];

export function unitOf( raw: string ): [ Dimension, number ] | null {
	const unit = raw.toLowerCase().replace( /\s+/g, ' ' );
	for ( const [ pattern, dimension, factor ] of UNITS ) {
		if ( pattern.test( unit ) ) {
			return [ dimension, factor ];
		}
	}
	return null;
}

/**
 * A number as shoppers write it: "1.000" and "1,500" are thousands (a group of exactly three
 * digits after the separator), "19,90" and "1.5" are decimals, "1.299,50" and "1,299.50" both.
 */
export const AMOUNT = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?`;

export function parseAmount( raw: string ): number {
	const decimals = /[.,](\d{1,2})$/.exec( raw );
	const whole = decimals ? raw.slice( 0, decimals.index ) : raw;
	const integer = whole.replace( /[.,](?=\d{3}(?:[.,]|$))/g, '' );
	if ( /[.,]/.test( integer ) ) {
		// Not thousands groups after all ("1.2345"): a plain decimal number.
		return Number( raw.replace( ',', '.' ) );
	}
	return Number( decimals ? `${ integer }.${ decimals[ 1 ] }` : integer );
}

/** Numbers with units in a text: "15 bar", "1,5 l", "2kg", "12 inch", "12\"", "1200 W". */
export function quantities( text: string ): Quantity[] {
	const found: Quantity[] = [];
	const pattern = new RegExp(
		`(${ AMOUNT })\\s*(fl\\.? ?oz|[a-zA-ZäöüßÄÖÜ]+|")(?![\\p{L}])`,
		'gu'
	);
	for ( const m of text.matchAll( pattern ) ) {
		const unit = unitOf( m[ 2 ]! );
		if ( ! unit ) {
			continue;
		}
		const value = parseAmount( m[ 1 ]! );
		found.push( {
			value,
			unit: m[ 2 ]!,
			dimension: unit[ 0 ],
			base: value * unit[ 1 ],
		} );
	}
	return found;
}

/** "under €100", "unter 50 €", "bis 30 Euro", "less than $30" -> the limit in major units. */
export function findPriceLimit( text: string ): number | null {
	const match = new RegExp(
		`\\b(?:under|below|less than|cheaper than|max(?:imum|imal)?|up to|at most|within|unter|bis(?: zu)?|höchstens|weniger als|günstiger als|billiger als|nicht mehr als)\\s*(?:[€$£]|eur|euro|usd|gbp)?\\s*(${ AMOUNT })\\s*(?:[€$£]|eur\\b|euro\\b|dollars?\\b|pounds?\\b)?`,
		'i'
	).exec( text );
	if ( ! match ) {
		return null;
	}
	// "bis 30" without any money sign could be a size ("bis Größe 30"): require money around it.
	const money = /[€$£]|eur|euro|dollar|pound|price|preis|cost|kost/i.test(
		text
	);
	return money || ! /^bis/i.test( match[ 0 ] )
		? parseAmount( match[ 1 ]! )
		: null;
}

/** Whether the shopper points at the product on the page ("this", "it", "dieses", "das hier"). */
export function refersToPage( text: string ): boolean {
	return /\b(this|it|that one|this one|this item|this product|dies|diese|dieser|dieses|diesen|das hier|der hier|die hier|den hier|es)\b/i.test(
		text
	);
}

// ---------------------------------------------------------------- signals

export type Signal =
	| 'greeting'
	| 'thanks'
	| 'handoff'
	| 'order'
	| 'contact'
	| 'policy'
	| 'price'
	| 'stock'
	| 'spec'
	| 'search';

const SIGNALS: Record< Signal, RegExp > = {
	greeting:
		/^\s*(hi|hello|hey|good (morning|afternoon|evening)|hiya|howdy|hallo|moin|servus|guten (morgen|tag|abend)|grüß gott|hi zusammen)( there| zusammen)?\b[\s!.,?]*$/i,
	thanks: /^\s*(thanks?( you)?( so much| a lot)?|thx|cheers|great,? thanks?|perfect,? thanks?|ok(ay)?,? thanks?|danke( schön| sehr)?|vielen dank|super,? danke|ok,? danke)\b[\s!.,]*$/i,
	handoff:
		/\b(human|real person|live agent|an agent|an operator|representative|staff member|(talk|speak|chat) (to|with) (a |an |the |your )?(person|someone|somebody|agent|operator|staff|team|human|you|people)|mit (einem|einer) (menschen|mitarbeiter(in)?|person)|(einen|einem) menschen|echten menschen|mitarbeiter sprechen|jemandem sprechen|connect me (with|to)|put me through|verbinde(n sie)? mich|someone (i|we) (can|could) (talk|speak|chat) (to|with)|(talk|speak) to someone|jemand(en)?,? (mit dem|der|die) ich (reden|sprechen)|(reden|sprechen) (kann|könnte)|ansprechpartner\w*|echten? (menschen|person|mitarbeiter)|(call|ring|phone) me( back)?|call-?back|rückruf\w*|(ruft|rufen sie|ruf) mich( bitte)? (zurück|an)|complain\w*|beschwer\w*|manager|supervisor|vorgesetzt\w*|escalate|(ein|eine|einen|einem) (mitarbeiter(in)?|berater(in)?|kundenberater(in)?)|(talk|speak|chat) (to|with) (customer service|support|sales|your team|the team)|(kundenservice|kundendienst|support|team) (sprechen|reden)|persönlich\w* (beratung|sprechen|reden)|not (a|with a|to a) (bot|robot|machine)|kein(en|e)? (bot|roboter|maschine))\b/i,
	order: /\b(my order|my orders|order (number|no\.?|#|status|nr)|order\s*#?\s*\d+|where('?s| is) my (order|parcel|package|delivery)|track(ing)? (my )?(order|parcel|package)|has my order|bestellung|bestellnummer|bestellstatus|meine lieferung|mein paket|wo bleibt|sendungsverfolgung|auftragsnummer)\b/i,
	contact:
		/\b(contact|phone( number)?|telephone|call you|e-?mail (address|you)|your e-?mail|opening hours|open(ing)? (on|at|times)|are you open|business hours|hours|address|visit your (shop|store)|customer service|reach you|get in touch|kontakt|telefon\w*|anrufen|erreiche\w*|öffnungszeiten|geöffnet|offen|adresse|anschrift|e-?mail-adresse|kundenservice|kundendienst|located|location|where are you|find you|wo seid ihr|wo (finde|findet) (ich|man) (euch|euren|eure|den|das|ihren|ihr)|standort|sonntags?|samstags?)\b/i,
	policy: /\b(ship\w*|deliver\w*|return\w*|refund\w*|exchange\w*|privacy|personal data|terms|conditions|warranty|guarantee|payment( methods?)?|pay with|pay by|paypal|klarna|customs|international\w*|abroad|gift wrap\w*|versand\w*|versend\w*|liefer\w*|rückgabe\w*|zurück\w*|retoure\w*|umtausch\w*|erstatt\w*|widerruf\w*|datenschutz|agb|garantie\w*|gewährleistung\w*|zahlung\w*|bezahl\w*|zoll|ausland|geschenk\w*|porto|service\w*|dienstleistung\w*|montage|installation|reparatur\w*|rent|rental\w*|hire|mieten|miete|leihen|verleih\w*|vermietung|ratenzahlung|finanzierung|financing|installments?)\b/i,
	price: /\b(price|prices|priced|cost|costs|how much (is|are|for|would|will|does|do)\b(?!.*\b(weigh|hold|fit|last|take|contain|draw|use)\w*)|expensive|cheap(er|est)?|on sale|discount(ed)?|was kostet|kostet|kosten|preis\w*|zahlen|zahle|kostenpunkt|(pay|paying) for|wie teuer|teuer|günstig\w*|billig\w*|im angebot|reduziert)\b/i,
	stock: /\b(in stock|stock|available|availability|sold out|do you have .* in|left|back ?order|(habt|haben) (ihr|sie) .*\bda|can i (buy|order|get) .*(now|today|right now)|(can|could) i (still )?(buy|order)|kann ich .*(kaufen|bestellen)|gibt es .* noch|noch (zu haben|erhältlich|lieferbar)|vorrätig|lieferbar|verfügbar\w*|auf lager|lager|ausverkauft|noch da|vorhanden|erhältlich|nachbestell\w*)\b/i,
	spec: /\b(weigh\w*|heavy|weight|how (big|large|long|wide|tall|high|heavy|loud|strong|powerful|fast)|dimensions?|size of|measure\w*|capacity|volume|hold|holds|material|made (of|from)|fabric|battery|wattage|watts?|power|pressure|voltage|does it (have|come|fit|work|include)|is it (made|waterproof|compatible|suitable|dishwasher)|compatible|suitable|feature\w*|specs?|specification\w*|how (much|many) (?!is\b|are\b|does\b|do\b|for\b|would\b|will\b|it\b|that\b|this\b)\w+|wiegt|gewicht|wie (schwer|groß|lang|breit|hoch|laut|stark)|wie viele? (?!kostet|kosten)\w+|maße|abmessung\w*|fassungsvermögen|fasst|inhalt|material\w*|aus welchem|woraus|akku\w*|leistung|druck|spannung|passt|geeignet|kompatibel|passen|diameter|durchmesser|hat (es|er|sie) )\b/i,
	search: /\b(recommend\w*|suggest\w*|looking for|show me|something (for|made|from|with|under|in)|anything (for|made|from|with|under|in)|etwas (für|aus|mit|unter)|irgendwas|was für|do you (sell|have|carry|stock)|what .* do you have|gift for|need an?|want an?|searching for|any .*\?|habt ihr|haben sie|gibt es|führt ihr|führen sie|verkauft ihr|verkaufen sie|ich suche|suche (ein|eine|einen|nach)|empfehl\w*|zeig\w*|welche \w+ habt)\b/i,
};

export interface Analysis {
	text: string;
	/** The message without e-mail addresses: what retrieval sees. */
	searchText: string;
	lang: Lang;
	email: string | null;
	orderNumber: string | null;
	skus: string[];
	quantities: Quantity[];
	priceLimit: number | null;
	refersToPage: boolean;
	signals: Set< Signal >;
}

export interface AnalysisContext {
	locale: string;
	/** Earlier shopper messages, oldest first. */
	earlier?: string[];
	/** The assistant's last message asked for an order number. */
	askedForOrderNumber?: boolean;
	detectLanguage?: ( text: string ) => Lang | null;
}

/**
 * A pattern whose \b word boundaries and \w letters also know letters beyond ASCII:
 * JavaScript's \b sees no boundary before "öffnungszeiten", \w stops at the "ü" of
 * "versandgebühr".
 * @param pattern
 */
export function unicodeBoundaries( pattern: RegExp ): RegExp {
	return new RegExp(
		pattern.source
			.replace( /\\w/g, '[\\p{L}\\p{N}_]' )
			.replace(
				/\\b/g,
				'(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))'
			),
		pattern.flags.includes( 'u' ) ? pattern.flags : `${ pattern.flags }u`
	);
}

const UNICODE_SIGNALS = Object.entries( SIGNALS ).map(
	( [ signal, pattern ] ) =>
		[ signal as Signal, unicodeBoundaries( pattern ) ] as const
);

/**
 * Someone of the shop's people ("someone", "a human", "ein Mitarbeiter", "der Chef") next to
 * a verb that asks them to act ("talk to", "contact me", "anrufen", "weiterleiten"): a
 * request for a person however it is worded. "Can I call you?" names no person: contact.
 */
const PERSON_WORDS = unicodeBoundaries(
	/\b(someone|somebody|anyone|anybody|a person|real person|human|humans|employee|employees|staff|agent|team|colleague|manager|boss|owner|customer (service|support|care)|support team|jemand\w*|mensch\w*|mitarbeiter\w*|kolleg\w*|chef\w*|inhaber\w*|berater\w*|kundenservice|kundendienst|servicemitarbeiter\w*)\b/i
);
const PERSON_VERBS = unicodeBoundaries(
	/\b(talk|speak|chat|contact|call|ring|phone|email|e-mail|write|reach|help|assist|answer|get|connect|forward|pass|transfer|escalate|sprechen|reden|anrufen|zurückrufen|melden|kontaktieren|schreiben|helfen|weiterleiten|weitergeben|verbinden|erreichen|kümmern)\b/i
);
/** The shopper asks to be contacted: "contact me", "get back to me", "melden Sie sich bei mir". */
const CONTACT_ME = unicodeBoundaries(
	/\b((contact|call|ring|phone|email|e-mail|text) me|get back to me|reach out to me|melde[nt]?( sie| du)? (sich|dich) (bitte )?bei mir|kontaktieren sie mich|schreiben sie mir|ruft mich|mich( [\p{L}-]+){0,5} (an|zurück)rufen)\b/iu
);
/** A person asked for in a word or two: "agent please", "Mitarbeiter bitte!". */
const PERSON_ONLY = unicodeBoundaries(
	/^\s*(an? |the |einen? )?(agent|human|person|operator|representative|staff|support|mitarbeiter(in)?|mensch(en)?|berater(in)?|kundenservice|kundendienst)( please| pls| bitte| now| jetzt| sofort)*[\s!.?]*$/i
);
/** A complaint or anger whatever else is said: a person should take it over. */
const COMPLAINT = unicodeBoundaries(
	/\b(complain\w*|ridiculous|unacceptable|outrageous|useless|scam|rip-?off|fed up|nobody (helps|answers|cares)|no one (helps|answers|cares)|reklamation\w*|reklamier\w*|beschwer\w*|frechheit|unverschämt\w*|unzumutbar|inakzeptabel|nutzlos|abzocke|skandal\w*|niemand (hilft|antwortet|meldet))\b/i
);
/** Displeasure: a person when the message asks nothing else (no product, order or policy). */
const DISPLEASURE = unicodeBoundaries(
	/\b(angry|furious|annoyed|upset|unhappy|disappointed|frustrat\w*|terrible|awful|horrible|disgusted|sauer|wütend|verärgert|ärgerlich|enttäuscht|frustriert|schrecklich|furchtbar|katastrophal|unmöglich)\b/i
);

/** Whether the message asks for a person (or complains), in words the handoff pattern misses. */
function asksForPerson( text: string, found: Set< Signal > ): boolean {
	if (
		COMPLAINT.test( text ) ||
		CONTACT_ME.test( text ) ||
		PERSON_ONLY.test( text )
	) {
		return true;
	}
	// "Does someone answer the phone on Saturdays?" asks a contact detail; "can someone
	// help me with order 12" is the order flow.
	if (
		PERSON_WORDS.test( text ) &&
		PERSON_VERBS.test( text ) &&
		! found.has( 'contact' ) &&
		! found.has( 'order' )
	) {
		return true;
	}
	const asksSomething = [
		'order',
		'policy',
		'price',
		'stock',
		'spec',
		'search',
		'contact',
	].some( ( s ) => found.has( s as Signal ) );
	return DISPLEASURE.test( text ) && ! asksSomething;
}

export function signalsOf( text: string ): Set< Signal > {
	const found = new Set< Signal >();
	for ( const [ signal, pattern ] of UNICODE_SIGNALS ) {
		if ( pattern.test( text ) ) {
			found.add( signal );
		}
	}
	if ( ! found.has( 'handoff' ) && asksForPerson( text, found ) ) {
		found.add( 'handoff' );
	}
	return found;
}

export function analyze( text: string, context: AnalysisContext ): Analysis {
	const searchText = withoutEmails( text ).replace( /\s+/g, ' ' ).trim();
	const signals = signalsOf( searchText );
	const orderNumber = findOrderNumber(
		text,
		context.askedForOrderNumber ?? false
	);
	if ( orderNumber && LABELLED_ORDER.test( withoutEmails( text ) ) ) {
		signals.add( 'order' );
	}
	return {
		text,
		searchText,
		lang: answerLanguage(
			text,
			context.locale,
			context.earlier ?? [],
			context.detectLanguage
		),
		email: findEmail( text ),
		orderNumber,
		skus: findSkus( text ),
		quantities: quantities( searchText ),
		priceLimit: findPriceLimit( searchText ),
		refersToPage: refersToPage( searchText ),
		signals,
	};
}
