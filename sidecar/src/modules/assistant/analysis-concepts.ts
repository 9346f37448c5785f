/**
 * Question analysis, concepts: what a question asks about with its forms in both languages
 * (this module's list and the shared lexicon's topics), and the retrieval queries built
 * from them.
 */
import {
	ARRANGEMENT_CONCEPTS,
	conceptsOf as lexiconConcepts,
	conceptWords,
	LANGS,
	stem as stemWord,
	type Concept as LexiconConcept,
} from '../../platform/text';
import {
	contentWords,
	sameWord,
	isCompoundOf,
	SEPARATED_PARTICLE,
} from './analysis-words';

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
		// "Wie lange hab ich Zeit …": time is a duration, not the delivery time it ends.
		'zeit',
		'frist',
		'bearbeitungszeit',
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
		// Card schemes and wallets a shopper names instead of "payment" ("Do you take Amex?").
		'visa',
		'mastercard',
		'amex',
		'maestro',
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
	// Gift wrapping is its own arrangement (the lexicon's "wrapping"): a gift card page does
	// not answer it.
	gift: [ 'gift', 'geschenk' ],
	// "next day" and "nächster Werktag" are phrases (evidence-words.ts).
	express: [
		'express',
		'expressversand',
		'expresslieferung',
		'overnight',
		'eilversand',
		'eilzustellung',
	],
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
 * Concepts of the shared lexicon (platform/text) that name a topic of the shop's pages, and
 * every arrangement it lists (subscriptions, damage, appointments …); its product
 * properties (size, weight, colour …) are left to the product evidence.
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
	'management',
	'transport',
	'parking',
	'frost',
	'samples',
	'loyalty',
	'teachers',
	'bespoke',
	'courses',
	'events',
	'sustainability',
	'disposal',
	'allergens',
	'age',
	'safety',
	'newsletter',
	'reviews',
	'preorder',
	'notify',
	'insurance',
	'consultation',
	'vat',
	'lockers',
	'holidays',
	'lost',
	'neighbour',
	'tradein',
	'referral',
	'origin',
	'ingredients',
	...( Object.keys( ARRANGEMENT_CONCEPTS ) as LexiconConcept[] ),
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
	// A separable verb's particle alone names nothing: "halten … zurück" holds back, it
	// returns nothing ("send it back" is a phrase, evidence-words.ts).
	if ( SEPARATED_PARTICLE.test( word ) ) {
		return [];
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
	// A word that is itself a form of a concept ("kostenlos": free) means that concept
	// only, not another whose form it begins with ("kosten": cost).
	const literal = Object.entries( CONCEPTS )
		.filter( ( [ , forms ] ) =>
			forms.some( ( f ) => f === word || f === plain )
		)
		.map( ( [ name ] ) => name );
	const exact = literal.length > 0 ? literal : matching( false );
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
 * @param phraseForms concepts the question names with a phrase ("pick it up": "pickup")
 */
export function searchQueries(
	text: string,
	phraseForms: string[] = []
): string[] {
	const own = [ ...contentWords( text ).slice( 0, 8 ), ...phraseForms ];
	const concepts = [ ...new Set( own.flatMap( conceptsOf ) ) ];
	if ( concepts.length === 0 ) {
		return [ own.join( ' ' ) ];
	}
	// The question's own words alone find the passage a concept's many forms would outrank
	// ("Gartenschere schärfen lassen" in a price list under a heading without "Preis").
	return [ own.join( ' ' ) ].concat(
		concepts.map( ( concept ) =>
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
		)
	);
}
